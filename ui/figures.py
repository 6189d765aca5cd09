"""Draw a comparison row: texts side by side, figures with source and strength, charts."""

from __future__ import annotations

import streamlit as st

from decision_aid.compare import OutcomeBlock, Row, comparison
from decision_aid.content import default_content
from decision_aid.evidence import claim_line, found_line, sources_line
from decision_aid.models import Content, TradeOff
from decision_aid.not_now import ShownFinding, family_content, findings
from ui import charts, navigation
from ui.blocks import paragraphs, side_by_side, small_inline, table_markdown, with_html

STRENGTH_ICON = {"consistent": "●●●", "some": "●●○", "weak": "●○○", "none": "○○○"}


def show_chart(chart: charts.Chart, key: str) -> None:
    st.plotly_chart(
        chart.figure, width="stretch", key=key, config={"displayModeBar": False}, theme=None
    )
    with st.expander(chart.table_label):
        # the description in small print, then the figures as a plain table: one element
        paragraphs(small_inline(chart.alt), table_markdown(chart.table.header, chart.table.rows))


@st.cache_resource(max_entries=256, show_spinner=False)
def block_charts(family: str, tradeoff: str, index: int) -> tuple[charts.Chart, ...]:
    """The charts of one outcome of one family's comparison, built once per process.

    They depend on the content only (never on a patient's answers), so one copy serves
    every session."""
    c = default_content()
    row = next(r for r in comparison(c, family) if r.tradeoff.key == tradeoff)
    block = row.outcomes[index]
    if block.outcome.chart == "continuous":
        built = (charts.pair_chart(c, block), charts.difference_chart(c, block))
        return tuple(ch for ch in built if ch is not None)
    if block.outcome.chart == "rate":
        return tuple(
            charts.icon_array(c, block.outcome.label, f.mis, f.open, f.source)
            for f in block.rates
            if f.mis is not None and f.open is not None
        )
    return ()


def outcome(c: Content, r: Row, index: int, key: str) -> None:
    block = r.outcomes[index]
    st.markdown(f"**{block.outcome.label}**")
    if block.disagree:
        st.warning(c.texts["studies_disagree"], icon=":material/call_split:")
    for s in block.figures:
        st.markdown(f"- {s.text} **[{s.source.id}]**")
        st.caption(f"{s.strength}. {s.citation}")
        if s.help:
            st.caption(s.help)
    for i, ch in enumerate(block_charts(r.family, r.tradeoff.key, index)):
        show_chart(ch, f"{key}-{i}")


def not_now_section(c: Content, family: str, condition: str) -> None:
    """Surgery or not now, for this family: what was compared, what not having surgery
    now involves, the figures (crossover first) with the analysis they come from, how
    sure it is, and when to think again."""
    t = c.texts
    st.header(t["not_now_header"])
    nn = family_content(c, family, condition)  # no figures where its trials did not study it
    if nn is None:
        st.write(t["not_now_none"])
        return
    if not nn.findings:
        shown: tuple[ShownFinding, ...] = ()
    elif c is default_content():
        shown = family_findings(family)
    else:
        shown = tuple(findings(c, family, condition))
    with st.container(border=True):
        paragraphs(
            f"**{t['not_now_compared']}** {nn.compared}",
            f"**{t['not_now_involves']}** {nn.involves}",
            f"**{t['not_now_think_again']}** {nn.think_again}",  # with what it involves
            f"**{t['not_now_evidence']}** {nn.evidence}",
        )
        crossover = any(f.crossover for f in shown)
        # the findings, each with the analysis it comes from in small print: one element
        paragraphs(
            small_inline(t["not_now_crossover"]) if crossover else "",
            *(
                f"- {f.text} **[{f.source}]**"
                + (f"  \n  {small_inline(f.analysis)}" if f.analysis else "")
                for f in shown
            ),
        )
        paragraphs(f"**{t['not_now_certainty']}** {nn.certainty}")


@st.cache_resource(max_entries=16, show_spinner=False)
def family_findings(family: str) -> tuple[ShownFinding, ...]:
    """The family's findings on not having surgery now, built once per process (content
    only; frozen)."""
    return tuple(findings(default_content(), family, None))


def confirm_diagnosis(c: Content, text_key: str = "confirm_diagnosis", then: str = "") -> None:
    """Shown first when the diagnosis is not known: no figures apply yet. ``then``: the
    key of a sentence about what follows on this page, if anything does."""
    t = c.texts
    said = f"**{t['confirm_diagnosis_title']}** {t[text_key]}" + (f" {t[then]}" if then else "")
    st.info(said, icon=":material/help:")
    st.page_link(
        navigation.page("app_pages/situation.py"),
        label=c.texts["choose_condition"],
        icon=":material/arrow_forward:",
    )


def _both_ways(c: Content, t: TradeOff) -> list[str]:
    """The trade-off's title, then its MIS and open texts side by side in the same order
    (one under the other on a phone): the first parts of the trade-off's one element."""
    words = c.texts
    return [
        f"### {t.title}",
        side_by_side((words["label_mis"], t.mis), (words["label_open"], t.open)),
    ]


def general_row(c: Content, t: TradeOff) -> None:
    """A trade-off as it is for every operation: the two texts, no figures, no verdict."""
    with st.container(border=True):
        with_html(*_both_ways(c, t))


def _ratio(block: OutcomeBlock) -> bool:
    return any(s.help for s in block.figures)


@st.cache_resource(max_entries=16, show_spinner=False)
def family_rows(family: str) -> tuple[tuple[Row, tuple[str, ...]], ...]:
    """The family's comparison, each row with the parts of its one element, built once
    per process: they depend on the content only (never on a patient's answers), and
    building them took about 1.3 ms of every rerun of Compare. Rows are frozen."""
    c = default_content()
    return tuple((r, row_parts(c, r)) for r in comparison(c, family))


def rows_with_parts(c: Content, family: str) -> tuple[tuple[Row, tuple[str, ...]], ...]:
    """:func:`family_rows` for the app's own content (kept once per process); built
    afresh for any other content."""
    if c is default_content():
        return family_rows(family)
    return tuple((r, row_parts(c, r)) for r in comparison(c, family))


def row_parts(c: Content, r: Row) -> tuple[str, ...]:
    """The title, both texts side by side, what studies found, the clinic's claim in
    small print, then the key figures, visible without opening anything."""
    t = r.tradeoff
    words = c.texts
    ev = r.evidence
    measured_lean = ev.measured and ev.direction in ("mis", "open")
    icon = f" {STRENGTH_ICON[ev.strength]}" if measured_lean else ""
    found = f"**{words['studies_found']}** {found_line(c, ev)}{icon}"
    claim = words["clinic_claim"].format(claim=claim_line(c, t, r.family))
    sources = sources_line(c, t.sources, r.family)  # this family's studies only
    return (
        *_both_ways(c, t),
        found,
        ev.note,
        small_inline(f"{claim} {sources}"),
        *(
            f"**{b.outcome.label}:** "
            # one sentence a study, so that a line of several studies stays readable
            + " ".join(f"{s.text} [{s.source.id}]." for s in b.figures)
            for b in r.outcomes
        ),
        small_inline(words["no_figures"]) if r.says_no_figures and not r.outcomes else "",
        # an odds ratio or relative risk is read here, not only in the details
        small_inline(words["ratio_help"]) if any(_ratio(b) for b in r.outcomes) else "",
    )


def row(c: Content, r: Row, key: str, parts: tuple[str, ...] | None = None) -> None:
    """One trade-off as one element (``parts``: :func:`row_parts`, made here if not
    given), then its figures and charts, drawn only when asked for."""
    t = r.tradeoff
    words = c.texts
    with st.container(border=True):
        with_html(*(parts if parts is not None else row_parts(c, r)))
        if r.outcomes:
            # Details and charts are drawn only when asked for: a closed section costs nothing.
            label = words["figures_for_row"].format(title=t.title)
            if st.toggle(label, key=f"details:{key}:{t.key}"):
                for i in range(len(r.outcomes)):
                    outcome(c, r, i, f"{key}-{t.key}-{i}")
