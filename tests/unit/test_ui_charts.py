"""ui/charts.py: how the comparison charts draw what they show."""

from __future__ import annotations

from decision_aid.answers import Answers
from decision_aid.compare import comparison
from decision_aid.content import default_content
from decision_aid.summary import weighing
from ui.charts import ICON_SIZE, TEXT_COLOUR, icon_array, pair_chart
from ui.weigh_chart import weigh_chart


def test_open_surgerys_bars_are_hatched_over_a_solid_fill() -> None:
    """Hatched so readers who cannot tell the colours apart still can tell the bars
    apart; over a solid fill, so the figure written on the bar stays readable."""
    c = default_content()
    charts = [
        chart
        for family in c.families
        for row in comparison(c, family)
        for block in row.outcomes
        if (chart := pair_chart(c, block)) is not None
    ]
    assert charts, "some outcomes are drawn as pairs of bars"
    for chart in charts:
        mis, open_ = chart.figure.data
        assert not mis.marker.pattern.shape
        assert open_.marker.pattern.shape == "/"
        assert open_.marker.pattern.fillmode == "overlay"


def test_chart_text_is_dark_and_icon_markers_fit_a_phone() -> None:
    """Streamlit's chart theme draws titles, ticks and labels in grey (3.7:1 on white);
    the charts set the page's dark text. Markers of 14 px touched on a 390 px phone."""
    c = default_content()
    chart = icon_array(c, "A second operation", 15, 10, "E17")
    layout = chart.figure.layout
    assert layout.font.color == TEXT_COLOUR and layout.title.font.color == TEXT_COLOUR
    assert all(a.font.color == TEXT_COLOUR for a in layout.annotations)  # "MIS: 15 in 100"
    assert all(d.marker.size == ICON_SIZE <= 11 for d in chart.figure.data)
    pair = next(
        chart
        for row in comparison(c, "fusion")
        for block in row.outcomes
        if (chart := pair_chart(c, block)) is not None
    )
    assert pair.figure.layout.xaxis.color == TEXT_COLOUR
    assert pair.figure.layout.yaxis.color == TEXT_COLOUR
    a = Answers(condition="spondylolisthesis", priorities={"scar": 4, "blood_loss": 2})
    weighed = weigh_chart(c, weighing(c, a)[0])
    assert weighed.figure.layout.xaxis.color == TEXT_COLOUR
    assert "lines up with MIS" in weighed.alt  # an acronym keeps its case
