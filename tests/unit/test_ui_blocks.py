"""ui/blocks.py: several lines sent as one element, with nothing in them read as markup."""

from __future__ import annotations

from typing import Any

from ui.blocks import Html, side_by_side, small_inline, table, with_html


class Place:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def markdown(self, text: str, **options: Any) -> None:
        self.sent.append(text)
        self.options = options


def test_table_is_one_element_with_one_line_per_row_and_cells_kept_as_text() -> None:
    place = Place()
    rows = [("Age", "60 to 69"), ("Worry | pipe", "line one\nline two"), ("<b>x</b>", "**y**")]
    table(("Question", "Your answer"), rows, place=place)
    assert len(place.sent) == 1
    lines = place.sent[0].split("\n")
    assert lines[:2] == ["| Question | Your answer |", "| --- | --- |"]
    assert len(lines) == 2 + len(rows)  # a line break in a cell does not split its row
    assert lines[3] == r"| Worry \| pipe | line one line two |"  # the pipe is not a column
    assert "<b>" not in lines[4] and "&lt;b&gt;" in lines[4]
    assert r"\*\*y\*\*" in lines[4]


def test_small_inline_cannot_be_ended_early_by_the_text() -> None:
    assert small_inline("Sources: S0, S2") == ":small[Sources: S0, S2]"
    assert small_inline("a [b] c") == r":small[a \[b\] c]"


def test_side_by_side_escapes_every_label_and_text() -> None:
    made = side_by_side(("MIS <b>", "a & b"), ("Open", "<script>x</script>"))
    assert isinstance(made, Html)
    assert "<b>" not in made and "<script>" not in made
    assert "MIS &lt;b&gt;" in made and "a &amp; b" in made and "&lt;script&gt;" in made
    assert made.count("<strong>") == 2  # two labelled columns
    assert "minmax(" in made  # they stack when the screen is narrow


def test_with_html_is_one_element_and_only_its_own_html_is_markup() -> None:
    place = Place()
    with_html("### Title", side_by_side(("A", "x")), "", "**found** <img src=x>", place=place)
    assert len(place.sent) == 1 and place.options == {"unsafe_allow_html": True}
    title, grid, found = place.sent[0].split("\n\n")  # the empty part is left out
    assert title == "### Title" and grid.startswith("<div style=")
    assert found == "**found** &lt;img src=x&gt;"  # Markdown stays, a tag does not


def test_side_by_side_keeps_paragraphs_and_stays_one_html_line() -> None:
    made = side_by_side(("MIS", "First line\ngoes on.\n\nSecond   paragraph."), ("Open", ""))
    assert "\n" not in made  # a blank line would end the HTML block early
    assert "<p>First line goes on.</p><p>Second paragraph.</p>" in made
    assert "<p></p>" not in made
