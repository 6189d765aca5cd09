"""Plotly figure builders. They return figures (with alt text and a table); pages show them.

Colours are from the Okabe-Ito colour-blind-safe palette: blue for MIS, orange for open
surgery. They also differ in lightness, so they stay apart in greyscale print, and bars
carry text labels so colour is never the only cue.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from decision_aid.compare import OutcomeBlock
from decision_aid.models import Content
from decision_aid.risk import COLUMNS, fmt_number, icon_cells, per_100, reading_number

MIS_COLOUR = "#0072B2"
OPEN_COLOUR = "#E69F00"
EMPTY_COLOUR = "#D9D9D9"
# Dark text, as on the page (.streamlit/config.toml). Streamlit's chart theme draws
# labels and ticks in grey #808495, 3.7:1 on white (WCAG asks 4.5:1), whatever the figure
# says, so the charts are drawn with theme=None (ui/figures.py) and set their own text
# colour, bold title and margins that grow to fit the labels (automargin).
TEXT_COLOUR = "#111111"
FONT = {"family": "Arial, sans-serif", "size": 14, "color": TEXT_COLOUR}
# Every axis: dark labels, and a margin that grows to fit them.
AXIS = {"color": TEXT_COLOUR, "automargin": True}


@dataclass(frozen=True)
class Table:
    """A chart's figures as text, column by column: shown as a plain table under it."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


def columns_table(columns: Mapping[str, Sequence[object]]) -> Table:
    """Columns of values as a :class:`Table`: numbers as published (``fmt_number``),
    missing values as empty cells."""

    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, int | float) and not isinstance(v, bool):
            return fmt_number(v)
        return str(v)

    rows = zip(*columns.values(), strict=True)
    return Table(tuple(columns), tuple(tuple(cell(v) for v in row) for row in rows))


# What a hover shows: the study and the number as written beside the mark (rounded for
# reading), never plotly's raw value beside it.
HOVER_TEXT = "%{y}: %{text}<extra></extra>"


@dataclass(frozen=True)
class Chart:
    figure: go.Figure
    alt: str
    table: Table
    table_label: str


def wrap(text: str, width: int = 36) -> str:
    """Break a chart label into lines so it fits a phone screen."""
    return "<br>".join(textwrap.wrap(text, width)) or text


TITLE_LINE = 22  # pixels per line of a chart's title


def lines(text: str) -> int:
    """How many lines a wrapped chart label takes."""
    return text.count("<br>") + 1


def layout_spec(title: str, height: int, bottom: int = 40) -> dict[str, object]:
    """Title, size, margins, fonts and key. The top margin grows with the title's lines:
    a title over two lines ran into what is drawn under it (an icon array's labels)."""
    text = wrap(title, 40)
    return {
        "title": {
            "text": text,
            "x": 0,
            "font": {"size": 16, "color": TEXT_COLOUR, "weight": "bold"},
        },
        "height": height + TITLE_LINE * (lines(text) - 1),
        "margin": {"l": 10, "r": 10, "t": 70 + TITLE_LINE * (lines(text) - 1), "b": bottom},
        "font": FONT,
        "plot_bgcolor": "white",
        "paper_bgcolor": "white",
        "legend": {"orientation": "h", "y": -0.2},
    }


def _layout(fig: go.Figure, title: str, height: int) -> go.Figure:
    fig.update_layout(**layout_spec(title, height))
    fig.update_xaxes(**AXIS)
    fig.update_yaxes(**AXIS)
    fig.update_annotations(font_color=TEXT_COLOUR)  # the titles over each icon array
    return fig


PAIR_LEGEND_GAP = 64  # pixels from the bottom of the plot to the top of the key
AXIS_LINE = 16  # pixels per line of an axis title (12 px text)


def pair_chart(c: Content, block: OutcomeBlock) -> Chart | None:
    """Grouped bars: the MIS and open values each study reported (non-rate pairs)."""
    rows = [s for s in block.figures if s.figure.kind == "pair" and not s.figure.is_rate]
    if not rows:
        return None
    t = c.texts
    unit = c.plain.get(rows[0].figure.unit, rows[0].figure.unit)  # plain_words.yaml
    labels = [f"[{s.source.id}]" for s in rows]
    mis = [s.figure.mis for s in rows]
    opn = [s.figure.open for s in rows]
    fig = go.Figure()
    fig.add_bar(
        y=labels,
        x=mis,
        name=t["label_mis"],
        orientation="h",
        marker_color=MIS_COLOUR,
        text=[f"{t['label_mis']} {reading_number(v or 0)}" for v in mis],
        textposition="auto",
        hovertemplate=HOVER_TEXT,  # the number as written on the bar, not plotly's raw x
    )
    fig.add_bar(
        y=labels,
        x=opn,
        name=t["chart_open"],
        orientation="h",
        marker_color=OPEN_COLOUR,
        # hatched for readers who cannot tell the colours apart, over a solid fill so the
        # figure written on the bar stays readable (Streamlit's plotly template sets no
        # fill mode, and plotly's default drew the hatch on white)
        marker_pattern={"shape": "/", "fillmode": "overlay", "solidity": 0.2, "size": 10},
        text=[f"{t['chart_open']} {reading_number(v or 0)}" for v in opn],
        textposition="auto",
        hovertemplate=HOVER_TEXT,
    )
    fig.update_layout(barmode="group")
    axis = wrap(unit, 34)
    fig.update_xaxes(
        title={"text": axis, "font": {"size": 12}, "standoff": 12},
        rangemode="tozero",
        gridcolor="#eeeeee",
    )
    fig.update_yaxes(autorange="reversed", title_text="")
    extra = AXIS_LINE * (lines(axis) - 1)  # an axis title over two lines ran into the key
    height = 120 + 70 * len(rows) + extra
    _layout(fig, t["chart_pair_title"].format(label=block.outcome.label), height)
    # the key a fixed distance under the axis and its title, whatever the number of rows
    # (at a fraction of the plot's height it sat on the axis when there was one study)
    margin = fig.layout.margin
    fig.update_layout(margin={"b": (margin.b or 0) + extra})
    plot_height = (fig.layout.height or 0) - (margin.t or 0) - (margin.b or 0)
    gap = PAIR_LEGEND_GAP + extra
    fig.update_layout(legend={"y": -gap / plot_height, "yanchor": "top"})
    table = columns_table(
        {
            t["chart_col_study"]: labels,
            f"{t['label_mis']} ({unit})": mis,
            f"{t['chart_open']} ({unit})": opn,
            t["chart_col_note"]: [s.figure.note for s in rows],
        }
    )
    items = "; ".join(
        t["chart_pair_alt_item"].format(
            study=lab, mis=reading_number(m or 0), open=reading_number(o or 0)
        )
        for lab, m, o in zip(labels, mis, opn, strict=True)
    )
    alt = t["chart_pair_alt"].format(label=block.outcome.label.lower(), unit=unit, items=items)
    return Chart(fig, alt, table, t["chart_table_label"])


def difference_chart(c: Content, block: OutcomeBlock) -> Chart | None:
    """Dots with likely ranges: MIS minus open, as each review reported it."""
    rows = [s for s in block.figures if s.figure.kind == "difference"]
    if not rows:
        return None
    t = c.texts
    unit = c.plain.get(rows[0].figure.unit, rows[0].figure.unit)  # plain_words.yaml
    labels = [f"[{s.source.id}]" for s in rows]
    x = [s.figure.difference or 0.0 for s in rows]
    plus = [
        (s.figure.ci_high - (s.figure.difference or 0)) if s.figure.ci_high is not None else 0
        for s in rows
    ]
    minus = [
        ((s.figure.difference or 0) - s.figure.ci_low) if s.figure.ci_low is not None else 0
        for s in rows
    ]
    fig = go.Figure()
    fig.add_scatter(
        x=x,
        y=labels,
        mode="markers+text",
        marker={"size": 12, "color": MIS_COLOUR},
        error_x={
            "type": "data",
            "array": plus,
            "arrayminus": minus,
            "color": "#333333",
            "thickness": 2,
            "width": 6,
        },
        text=[reading_number(v) for v in x],  # as read in the words; the table: as published
        textposition="top center",
        hovertemplate=HOVER_TEXT,
        name=t["chart_diff_name"],
        showlegend=False,
    )
    fig.add_vline(x=0, line_dash="dash", line_color="#555555")
    axis = wrap(t["chart_diff_axis"].format(unit=unit), 34)  # 34: fits a 390 px phone
    fig.update_xaxes(
        title={"text": axis, "font": {"size": 12}, "standoff": 12},
        zeroline=False,
        gridcolor="#eeeeee",
    )
    # first study at the top, with room above it for its number (drawn over the dot, it
    # was cut off by the top of the plot)
    fig.update_yaxes(range=[len(rows) - 0.5, -0.9], title_text="")
    height = 120 + 55 * len(rows) + AXIS_LINE * lines(axis)
    _layout(fig, t["chart_diff_title"].format(label=block.outcome.label), height)
    table = columns_table(
        {
            t["chart_col_study"]: labels,
            t["chart_col_difference"].format(unit=unit): x,
            t["chart_col_low"]: [s.figure.ci_low for s in rows],
            t["chart_col_high"]: [s.figure.ci_high for s in rows],
            t["chart_col_note"]: [s.figure.note for s in rows],
        }
    )
    items = "; ".join(
        t["chart_diff_alt_item"].format(study=lab, text=s.text)
        for lab, s in zip(labels, rows, strict=True)
    )
    alt = t["chart_diff_alt"].format(label=block.outcome.label.lower(), items=items)
    return Chart(fig, alt, table, t["chart_table_label"])


ICON_SIZE = 11


def icon_array(c: Content, label: str, mis: float, open_: float, source_id: str) -> Chart:
    """Two 10 x 10 icon arrays, same denominator (100 people) for both options."""
    t = c.texts
    rate_mis, rate_open = per_100(mis, t["per_100"]), per_100(open_, t["per_100"])
    fig = make_subplots(
        rows=1,
        cols=2,
        horizontal_spacing=0.08,
        subplot_titles=(f"{t['label_mis']}: {rate_mis}", f"{t['chart_open']}: {rate_open}"),
    )
    for col, (value, colour, symbol) in enumerate(
        ((mis, MIS_COLOUR, "circle"), (open_, OPEN_COLOUR, "square")), start=1
    ):
        cells = icon_cells(value)
        fig.add_scatter(
            x=[c.col for c in cells],
            y=[c.row for c in cells],
            mode="markers",
            marker={
                # 11 px: on a 390 px phone a column of the array is about 13 px wide, and
                # 14 px markers touched each other (screenshots); on a wide screen they
                # stand apart either way
                "size": ICON_SIZE,
                "symbol": symbol,
                "color": [colour if c.filled else EMPTY_COLOUR for c in cells],
                "line": {"width": 1, "color": "#555555"},
            },
            hoverinfo="skip",
            showlegend=False,
            row=1,
            col=col,
        )
        fig.update_xaxes(visible=False, range=[-0.7, COLUMNS - 0.3], row=1, col=col)
        fig.update_yaxes(visible=False, autorange="reversed", row=1, col=col)
    _layout(fig, f"{label} [{source_id}]", 330)
    table = columns_table(
        {
            t["chart_col_option"]: [t["label_mis"], t["chart_open"]],
            t["chart_col_people"]: [mis, open_],
            t["chart_col_study"]: [source_id] * 2,
        }
    )
    alt = t["icon_alt"].format(label=label.lower(), mis=rate_mis, open=rate_open, study=source_id)
    return Chart(fig, alt, table, t["chart_table_label"])
