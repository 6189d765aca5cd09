"""ui/blocks.py: several lines sent as one element, with nothing in them read as markup."""

from __future__ import annotations

from ui.blocks import small_inline, table


class Place:
    def __init__(self) -> None:
        self.sent: list[str] = []

    def markdown(self, text: str) -> None:
        self.sent.append(text)


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
