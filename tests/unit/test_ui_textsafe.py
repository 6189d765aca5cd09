from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ui.textsafe import plain_markdown


@pytest.mark.parametrize(
    "raw",
    [
        "<script>alert(1)</script>",
        "**bold** _it_ `code` [link](http://x) # heading",
        "$x^2$ and ~~strike~~ | table |",
        "1. not a list",
    ],
)
def test_markup_is_neutralised(raw: str) -> None:
    out = plain_markdown(raw)
    assert "<" not in out and ">" not in out.replace("&gt;", "")
    # every Markdown special character left in the output is escaped
    for m in re.finditer(r"[*_`\[\]#$~|]", out):
        assert out[m.start() - 1] == "\\", (raw, out)


def test_scripts_and_emoji_pass_through() -> None:
    text = "Ça va? मेरी पीठ 背痛 مرحبا 😟"
    assert plain_markdown(text) == "Ça va? मेरी पीठ 背痛 مرحبا 😟"


def test_line_breaks_kept() -> None:
    assert plain_markdown("one\ntwo") == "one  \ntwo"


@given(st.text())
def test_never_raises_and_never_shrinks(text: str) -> None:
    out = plain_markdown(text)
    assert len(out) >= len(text)


@pytest.mark.parametrize("raw", ["see https://example.invalid now", "www.example.invalid", "a@b.c"])
def test_addresses_cannot_autolink(raw: str) -> None:
    out = plain_markdown(raw)
    assert "://" not in out and "www." not in out.lower() and "@b" not in out
    assert out.replace("\u2060", "").replace("\\", "") == raw


@pytest.mark.parametrize("raw", ["My notes :material/home: here", ":material/delete:", "a:b:c"])
def test_no_icon_can_be_named(raw: str) -> None:
    """Streamlit draws ":material/home:" as an icon even with its colons escaped; a word
    joiner after each colon keeps it text."""
    out = plain_markdown(raw)
    assert not re.search(r":material/", out.replace("\\", ""))
    assert out.replace("\u2060", "").replace("\\", "") == raw


@pytest.mark.parametrize("raw", ["    four spaces", "\ttab", "first\n      deeper"])
def test_indented_lines_are_not_code_blocks(raw: str) -> None:
    out = plain_markdown(raw)
    assert not re.search(r"(^|\n) {4}|\t", out), out  # no line starts with 4 spaces or a tab
    shown = out.replace("&nbsp;", " ").replace("  \n", "\n")
    assert shown == raw.replace("\t", "    ")  # the indent is kept, as spaces
