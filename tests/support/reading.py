"""How a patient meets a step: its words (for reading level and reading time) and the
answers it asks for (for the time to complete)."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from typing import Any

from streamlit.testing.v1 import AppTest

from tests.app.conftest import APP

PROSE = (
    "markdown",
    "caption",
    "info",
    "warning",
    "success",
    "error",
    "header",
    "subheader",
    "title",
    "text",
)
INPUTS = ("radio", "checkbox", "selectbox", "multiselect", "text_area")
REFERENCE = re.compile(r"^\[[ES]\d+\] ")
PARAGRAPH = re.compile(r"\n\s*\n|\n(?=- )| {2}\n")  # blank line, list item, line break
SMALL = re.compile(r":small\[(.*?)(?<!\\)\]", re.S)  # small print (ui/blocks.small_inline)
TAG = re.compile(r"<[^>]+>")


def _html_as_text(text: str) -> str:
    """Texts side by side (ui/blocks.side_by_side) as the paragraphs they show as."""
    return html.unescape(TAG.sub("", text.replace("</p>", "\n\n")))


@functools.cache
def rendered(name: str, step: str) -> AppTest:
    """An example patient's step, rendered once per test run (shared by several tests)."""
    from tests.support.patients import load

    return render(load(name).answers, step)


def render(answers: object, step: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.session_state["answers"] = answers
    at.switch_page(f"app_pages/{step}.py").run()
    return at


def _visible(node: Any, folded: bool) -> Iterator[Any]:
    """Elements in page order; with ``folded`` False, not those inside closed expanders
    (details a patient reads only if they open them)."""
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        if not folded and type(node).__name__ == "Expander":
            yield node  # its label is read; its content only if opened
            return
        for child in children.values():
            yield from _visible(child, folded)
        return
    yield node


def step_prose(at: AppTest, folded: bool = True) -> str:
    """The words of a step as a patient reads them, one sentence per element; the
    references of the source list are left out, as in any readability count. With
    ``folded`` False, only what shows without opening anything."""
    parts = []
    for e in _visible(at.main, folded):
        kind = getattr(e, "type", "")
        if kind in PROSE or type(e).__name__.lower() in PROSE:
            parts.append(str(e.value))
        elif kind in INPUTS or type(e).__name__ in (
            "Radio",
            "Checkbox",
            "Selectbox",
            "Multiselect",
            "TextArea",
            "Expander",
        ):
            parts.append(str(getattr(e, "label", "")))
    # An element may hold several paragraphs or list items (ui/blocks.py): each is read
    # as a sentence of its own, as when they were elements of their own.
    pieces = [piece for p in parts for piece in PARAGRAPH.split(SMALL.sub(r"\1", _html_as_text(p)))]
    # a table of answers (ui/blocks.table) is not prose, as it was not as st.table
    pieces = [p for p in pieces if p.strip() and not REFERENCE.match(p)]
    pieces = [p for p in pieces if not p.lstrip().startswith("|")]
    return " ".join(p.strip().removeprefix("- ").lstrip("# ").rstrip(".?!:*") + "." for p in pieces)


def inputs(at: AppTest) -> int:
    """How many answers the step asks for."""
    return sum(len(at.get(kind)) for kind in INPUTS)
