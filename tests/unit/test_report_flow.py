"""Two-column text in the summary PDF: in order, never overlapping, inside its column,
balanced on its last page; and the whole summary for one family in 8 A4 pages."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import partial
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from decision_aid.answers import Answers
from decision_aid.content import DATA_DIR, default_content
from decision_aid.report import build_pdf
from decision_aid.report.flow import GAP
from decision_aid.report.page import SummaryPDF, line_height
from decision_aid.savefile import loads

PATIENTS = sorted((DATA_DIR / "examples" / "patients").glob("*.json"))
PAGE_LIMIT = 8  # issue 9: one operation family's summary in 8 pages at the default size


class Recording(SummaryPDF):
    """Remembers where every line of text was drawn: (page, x, y, text)."""

    def __init__(self) -> None:
        super().__init__("a4")
        self.lines: list[tuple[int, float, float, str]] = []

    def trial(self) -> SummaryPDF:
        return SummaryPDF(self.paper)  # trial runs are not recorded

    def text(self, x: float, y: float, text: str = "") -> None:  # type: ignore[override]
        if text and not self._is_scratch:
            self.lines.append((self.page, x, y, text))
        super().text(x, y, text)


words = st.lists(st.sampled_from(["spine", "nerve", "MIS", "open", "a", "recovery"]), max_size=80)
items = st.lists(st.tuples(words.map(" ".join), st.booleans()), min_size=1, max_size=40)


def _draw(pdf: SummaryPDF, texts: list[tuple[str, bool]]) -> None:
    for i, (text, whole) in enumerate(texts):
        tagged = f"item{i:02d} {text}"
        if whole:
            pdf.block(partial(SummaryPDF.para, text=tagged))
        else:
            pdf.para(tagged)


@settings(max_examples=40, deadline=None)
@given(items, st.floats(min_value=16, max_value=270))
def test_columns_keep_order_never_overlap_and_stay_inside(
    texts: list[tuple[str, bool]], start: float
) -> None:
    pdf = Recording()
    pdf.add_page()
    pdf.set_y(start)
    left, right = pdf.l_margin, pdf.w - pdf.r_margin
    pdf.two_columns(partial(_draw, texts=texts))
    assert (pdf.l_margin, pdf.w - pdf.r_margin) == (left, right)  # margins come back
    width = (right - left - GAP) / 2
    lh = line_height(10)
    seen = defaultdict(list)
    order = []
    for page, x, y, text in pdf.lines:
        col = 0 if x < left + width else 1
        assert left <= x and x + pdf.plain_width(text) <= right + 0.01
        if col == 0:
            assert x + pdf.plain_width(text) <= left + width + 0.01, text
        assert y <= pdf.h - pdf.b_margin + 0.01  # nothing below the bottom margin
        for other in seen[(page, col)]:
            assert abs(other - y) >= lh * 0.99, f"two lines at {y:.1f} on page {page}"
        seen[(page, col)].append(y)
        if text.startswith("item"):
            order.append(text.split()[0])
    assert order == [f"item{i:02d}" for i in range(len(texts))]  # read down, then across


def test_the_last_page_is_balanced() -> None:
    pdf = Recording()
    pdf.add_page()
    texts = [("spine nerve recovery " * 6, True)] * 12
    pdf.two_columns(partial(_draw, texts=texts))
    assert pdf.page == 1
    mid = pdf.l_margin + (pdf.text_width - GAP) / 2
    left = max(y for _, x, y, _ in pdf.lines if x < mid)
    right = max(y for _, x, y, _ in pdf.lines if x >= mid)
    block = pdf.measure(partial(SummaryPDF.para, text="item00 " + texts[0][0]))
    assert abs(left - right) <= block + 1


def test_a_few_lines_left_for_the_last_page_stay_in_its_left_column() -> None:
    """Balanced, two lines would be split one a column: a short paragraph cut in half."""
    pdf = Recording()
    pdf.add_page()
    pdf.set_y(pdf.h - pdf.b_margin - 40)  # room for a few lines in each column
    texts = [("spine nerve recovery open " * 10, False)] * 3  # just spills onto page 2
    pdf.two_columns(partial(_draw, texts=texts))
    assert pdf.page == 2
    mid = pdf.l_margin + (pdf.text_width - GAP) / 2
    last = [(x, y) for page, x, y, _ in pdf.lines if page == 2]
    assert last and all(x < mid for x, _ in last), last


def _all_wrong(answers: Answers) -> Answers:
    """Every quiz question answered wrongly: each one is then listed with its answer."""
    wrong = {q.id: (q.answer + 1) % len(q.choices) for q in default_content().quiz}
    return answers.model_copy(update={"quiz": wrong})


@pytest.mark.parametrize("quiz", ["as saved", "all wrong"])
@pytest.mark.parametrize("path", PATIENTS, ids=lambda p: p.stem)
def test_one_familys_summary_fits_in_eight_a4_pages(path: Path, quiz: str) -> None:
    answers = loads(path.read_bytes())
    if quiz == "all wrong":
        answers = _all_wrong(answers)
    pdf = build_pdf(default_content(), answers, today=dt.date(2026, 11, 22))
    pages = len(PdfReader(BytesIO(pdf)).pages)
    assert pages <= PAGE_LIMIT, f"{path.stem}, quiz {quiz}: {pages} pages"
