"""The Weigh it up chart: how each point the patient rated lines up with MIS or open
surgery. Unlike the comparison charts (ui/charts.py), it depends on the patient's answers,
so it is built on every visit and never cached across sessions."""

from __future__ import annotations

import plotly.graph_objects as go

from decision_aid.models import Content
from decision_aid.weighing import Weighing, evidence_words
from ui.charts import (
    AXIS,
    EMPTY_COLOUR,
    MIS_COLOUR,
    OPEN_COLOUR,
    Chart,
    columns_table,
    layout_spec,
    wrap,
)


def weigh_chart(c: Content, w: Weighing) -> Chart:
    """Diverging bars, factor by factor: left lines up with open, right with MIS."""
    t = c.texts
    factors = [f for f in w.factors if f.rating > 0]
    labels = [f.spec.label for f in factors]
    values = [round(f.contribution, 3) for f in factors]
    colours = [MIS_COLOUR if v > 0 else OPEN_COLOUR if v < 0 else EMPTY_COLOUR for v in values]
    side = [
        t["label_mis"] if v > 0 else t["chart_open"] if v < 0 else t["chart_neither"]
        for v in values
    ]
    # One dict, made into a figure once: this chart depends on the patient's ratings, so
    # it is built on every visit to "Weigh it up"; plotly's add_/update_ methods took
    # 13 ms for it, one Figure(dict) about 2 ms.
    bar = {
        "type": "bar",
        "x": values,
        "y": labels,
        "orientation": "h",
        "marker": {"color": colours},
        "text": side,
        "textposition": "outside",
        "cliponaxis": False,
        "showlegend": False,
        "hovertemplate": "%{y}: %{text}<extra></extra>",
    }
    zero = {"type": "line", "x0": 0, "x1": 0, "xref": "x", "y0": 0, "y1": 1, "yref": "y domain"}
    # wrapped to fit a 390 px phone (one line was cut off there), with room below for it
    axis = wrap(t["weigh_axis"], 30)
    lines = axis.count("<br>") + 1
    extra = 18 * (lines - 1)
    layout = {
        **layout_spec(t["weigh_title"], 180 + 44 * max(len(factors), 1) + extra, 40 + extra),
        "shapes": [{**zero, "line": {"color": "#333333"}}],
        "xaxis": {
            "title": {"text": axis},
            "range": [-1.25, 1.25],
            "tickvals": [-1, 0, 1],
            "ticktext": [t["weigh_tick_open"], "", t["weigh_tick_mis"]],
            "gridcolor": "#eeeeee",
            **AXIS,
        },
        "yaxis": {
            **AXIS,
            "autorange": "reversed",
            "tickvals": labels,
            "ticktext": [wrap(lab, 18) for lab in labels],
        },
    }
    fig = go.Figure({"data": [bar], "layout": layout})
    table = columns_table(
        {
            t["weigh_col_matters"]: labels,
            t["weigh_col_rating"]: [f.rating for f in factors],
            t["weigh_col_lines_up"]: side,
            t["weigh_col_evidence"]: [evidence_words(c, f.spec) for f in factors],
        }
    )
    items = "; ".join(
        t["weigh_alt_item"].format(label=lab, side=s if s.isupper() else s.lower())
        for lab, s in zip(labels, side, strict=True)
    )
    alt = t["weigh_alt"].format(items=items) if factors else t["weigh_alt_none"]
    return Chart(fig, alt, table, t["chart_table_label"])
