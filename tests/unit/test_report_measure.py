"""Every PDF element is measured by the code that draws it (a scratch page, not a twin)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from decision_aid.answers import Answers
from decision_aid.content import default_content
from decision_aid.report.charts import icon_pair, priority_bars, weigh_chart
from decision_aid.report.page import SMALL, SummaryPDF
from decision_aid.summary import weighing

CONTENT = default_content()


def _drawn_height(draw) -> float:  # type: ignore[no-untyped-def]
    pdf = SummaryPDF("a4")
    pdf.add_page()
    y = pdf.get_y()
    draw(pdf)
    assert pdf.page == 1, "the element should fit one page in this test"
    return pdf.get_y() - y


def _measured(draw) -> float:  # type: ignore[no-untyped-def]
    pdf = SummaryPDF("a4")
    pdf.add_page()
    y = pdf.get_y()
    height = pdf.measure(draw)
    assert pdf.get_y() == y and pdf.page == 1  # measuring draws nothing on the page
    return height


@settings(max_examples=30, deadline=None)
@given(st.text(min_size=0, max_size=600), st.sampled_from([10.0, SMALL]), st.booleans())
def test_a_paragraph_measures_as_it_draws(text: str, size: float, bold: bool) -> None:
    def draw(p: SummaryPDF) -> None:
        p.para(text, size=size, bold=bold, after=0)

    assert abs(_measured(draw) - _drawn_height(draw)) < 1e-6


def test_charts_measure_as_they_draw() -> None:
    ranked = [(p, i % 5) for i, p in enumerate(CONTENT.priorities)]
    answers = Answers(
        condition="spondylolisthesis", priorities={p.id: 3 for p in CONTENT.priorities}
    )
    w, _ = weighing(CONTENT, answers)
    rate = next(f for f in CONTENT.figures if f.is_rate)
    for draw in (
        lambda p: priority_bars(p, CONTENT, ranked),
        lambda p: weigh_chart(p, CONTENT, w),
        lambda p: icon_pair(p, CONTENT, rate),
    ):
        height = _measured(draw)
        assert height > 10
        assert abs(height - _drawn_height(draw)) < 1e-6


def test_a_block_that_does_not_fit_moves_to_a_new_page() -> None:
    pdf = SummaryPDF("a4")
    pdf.add_page()
    pdf.set_y(pdf.page_break_trigger - 5)
    rate = next(f for f in CONTENT.figures if f.is_rate)
    icon_pair(pdf, CONTENT, rate)  # taller than 5 mm: drawn whole on page 2
    assert pdf.page == 2
