"""Several lines of text sent as one element.

Every element is one message from the server to the browser, and under load the cost
of a rerun grows with the number of messages (benchmarks/load.py, py-spy). Paragraphs,
list items and small print that follow each other are joined here into one Markdown
element that looks the same on the page.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import Any

import streamlit as st

from ui.textsafe import plain_markdown


def paragraphs(*parts: str, place: Any = st) -> None:
    """Paragraphs, one after another (empty ones left out)."""
    text = "\n\n".join(p for p in parts if p)
    if text:
        place.markdown(text)


def bullet_list(items: Iterable[str]) -> str:
    """A bulleted list as Markdown (each item one line), to join with other parts."""
    return "\n".join(f"- {i}" for i in items)


def bullets(items: Iterable[str], place: Any = st) -> None:
    """One bulleted list as its own element."""
    text = bullet_list(items)
    if text:
        place.markdown(text)


def small(lines: Iterable[str], place: Any = st) -> None:
    """Small grey print, one paragraph per line."""
    text = "\n\n".join(line for line in lines if line)
    if text:
        place.caption(text)


def small_inline(text: str) -> str:
    """Small print inside a Markdown element (Streamlit's ``:small[...]``), so that it
    can share one element with the paragraphs around it. Brackets are escaped so that
    the text cannot end the small print early."""
    return ":small[" + text.replace("[", "\\[").replace("]", "\\]") + "]"


def table_markdown(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A table as Markdown, every cell shown as plain text (ui/textsafe.plain_markdown)
    and kept on one line, so a row stays a row."""

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(plain_markdown(" ".join(str(c).split())) for c in cells) + " |"

    return "\n".join(
        [line(header), "| " + " | ".join("---" for _ in header) + " |"] + [line(r) for r in rows]
    )


def table(header: Sequence[str], rows: Iterable[Sequence[str]], place: Any = st) -> None:
    """A table as one Markdown element: no DataFrame to build and convert to Arrow on
    every rerun, and a plain HTML table for screen readers."""
    place.markdown(table_markdown(header, rows))


class Html(str):
    """Markup made in this module from escaped text; every other string is Markdown."""


# Two columns on a wide screen, one under the other when a column would be narrower
# than 15rem (a phone): no media query, no style sheet.
_GRID = "display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));column-gap:1.5rem"


def side_by_side(*columns: tuple[str, str]) -> Html:
    """Labelled texts side by side, for :func:`with_html`. Every label and text is
    escaped, so nothing in them becomes markup."""
    cells = "".join(
        f"<div><p><strong>{html.escape(label)}</strong></p>{_html_paragraphs(text)}</div>"
        for label, text in columns
    )
    return Html(f'<div style="{_GRID}">{cells}</div>')


def _html_paragraphs(text: str) -> str:
    """A text as escaped ``<p>`` paragraphs, all on one line: a blank line inside the HTML
    would end it early and show the rest as broken Markdown."""
    parts = (" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    return "".join(f"<p>{html.escape(p)}</p>" for p in parts if p)


def with_html(*parts: str, place: Any = st) -> None:
    """Paragraphs in one element, where some are :class:`Html` made here (drawn with
    raw HTML allowed). Markdown parts have ``&``, ``<`` and ``>`` escaped, so they show
    as written and cannot open a tag."""
    text = "\n\n".join(
        p if isinstance(p, Html) else html.escape(p, quote=False) for p in parts if p
    )
    if text:
        place.markdown(text, unsafe_allow_html=True)
