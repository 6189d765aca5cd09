"""ui/charts.py: how the comparison charts draw what they show."""

from __future__ import annotations

from typing import Any

from decision_aid.answers import Answers
from decision_aid.compare import comparison
from decision_aid.content import default_content
from decision_aid.summary import weighing
from ui.charts import ICON_SIZE, TEXT_COLOUR, difference_chart, icon_array, lines, pair_chart
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


def test_chart_labels_and_hovers_say_the_rounded_number_and_tables_the_published() -> None:
    """E7's blood loss (108.8 and 299.6 mL) reads "about 109 ... about 300" in words:
    the bars say 109 and 300, a hover says what the bar says, the table 108.8 and 299.6."""
    c = default_content()
    block = next(
        b
        for r in comparison(c, "fusion")
        for b in r.outcomes
        if any(s.source.id == "E7" and s.figure.outcome == "blood_loss" for s in b.figures)
    )
    chart = pair_chart(c, block)
    assert chart is not None
    bars = {tr.name: tr for tr in chart.figure.data}
    mis = bars[c.texts["label_mis"]]
    row = [s.source.id for s in block.figures if s.figure.kind == "pair"].index("E7")
    assert mis.text[row] == f"{c.texts['label_mis']} 109"
    assert all(tr.hovertemplate == "%{y}: %{text}<extra></extra>" for tr in chart.figure.data)
    cells = [cell for line in chart.table.rows for cell in line]
    assert "108.8" in cells and "299.6" in cells
    assert "109" in chart.alt and "108.8" not in chart.alt
    diff = difference_chart(c, block)
    assert diff is not None
    assert "-270" in diff.figure.data[0].text and "-269.5" not in diff.figure.data[0].text
    assert diff.figure.data[0].hovertemplate == "%{y}: %{text}<extra></extra>"


def test_the_weigh_charts_axis_title_is_wrapped_to_fit_a_phone_with_room_below() -> None:
    """On a 390 px phone the axis title in one line was cut off at its end."""
    c = default_content()
    a = Answers(condition="herniated_disc", priorities={"scar": 4, "recurrence": 1})
    w, _ = weighing(c, a)
    fig = weigh_chart(c, w).figure
    title = fig.layout.xaxis.title.text
    assert all(len(line) <= 30 for line in title.split("<br>")), title
    lines = title.count("<br>") + 1
    assert lines > 1 and fig.layout.margin.b >= 40 + 18 * (lines - 1)


def test_a_long_title_or_axis_title_gets_room_and_the_top_number_is_not_cut_off() -> None:
    """Seen on a 390 px phone: an icon array's title over two lines ran into the labels
    under it, a pair chart's axis title over two lines ran into the key, and the number
    over the first study's dot was cut off by the top of the plot."""
    c = default_content()
    short = icon_array(c, "Short", 21, 36, "E9").figure.layout
    long = icon_array(c, "Still taking strong pain medicine at 3 months", 21, 36, "E9")
    assert lines(long.figure.layout.title.text) == 2
    assert long.figure.layout.margin.t > short.margin.t
    assert long.figure.layout.height > short.height  # the arrays keep their size

    blocks = [b for r in comparison(c, "fusion") for b in r.outcomes]
    pairs = [ch for ch in (pair_chart(c, b) for b in blocks) if ch is not None]
    one = [p.figure.layout for p in pairs if lines(p.figure.layout.xaxis.title.text) == 1]
    two = [p.figure.layout for p in pairs if lines(p.figure.layout.xaxis.title.text) == 2]
    assert one and two  # "mg of strong pain pills (as morphine)" takes two lines

    def gap(layout: Any) -> float:  # pixels from the plot's foot to the key's top
        plot = layout.height - layout.margin.t - layout.margin.b
        return -layout.legend.y * plot

    assert min(gap(x) for x in two) >= max(gap(x) for x in one) + 15

    for b in blocks:
        diff = difference_chart(c, b)
        if diff is not None:
            low, high = diff.figure.layout.yaxis.range
            assert high < -0.5 and low == len(diff.figure.data[0].y) - 0.5  # room above
