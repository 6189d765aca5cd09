"""ui/charts.py: how the comparison charts draw what they show."""

from __future__ import annotations

from decision_aid.compare import comparison
from decision_aid.content import default_content
from ui.charts import pair_chart


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
