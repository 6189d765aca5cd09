"""The side-by-side comparison section of the summary PDF, for one operation family."""

from __future__ import annotations

from decision_aid.compare import OutcomeBlock, Row, comparison
from decision_aid.evidence import ShownFigure, claim_line, found_line
from decision_aid.models import Content
from decision_aid.pdf_charts import icon_pair, icon_pair_height, legend_label
from decision_aid.pdf_text import BODY, GREY, SMALL, SummaryPDF, line_height

COLUMN_GAP = 6.0


def figure_sources(rows: list[Row]) -> list[str]:
    """The studies whose figures the rows show."""
    return list(dict.fromkeys(s.source.id for r in rows for b in r.outcomes for s in b.figures))


def family_section(pdf: SummaryPDF, content: Content, family: str) -> list[Row]:
    """Every trade-off for one family: both options' texts, the verdict and the figures."""
    info = content.families[family]
    intro = f"{content.texts['compare_intro']} {content.texts['compare_family_note']}"
    pdf.heading(f"How the options compare: {info.label}", keep_after=3 * line_height(BODY))
    pdf.para(f"{info.label}: {info.explain}")
    pdf.para(intro)
    rows = comparison(content, family)
    for r in rows:
        _row(pdf, content, r)
    return rows


def _row(pdf: SummaryPDF, content: Content, r: Row) -> None:
    t = r.tradeoff
    lh = line_height(BODY)
    both = pdf.columns_height(t.mis, t.open, COLUMN_GAP)
    pdf.heading(t.title, keep_after=lh + 0.5 + min(both, 12 * lh), level=2)
    width = (pdf.text_width - COLUMN_GAP) / 2
    y = pdf.get_y()
    legend_label(pdf, "mis", pdf.l_margin, y, "MIS")
    legend_label(pdf, "open", pdf.l_margin + width + COLUMN_GAP, y, "Open surgery")
    pdf.set_y(y + lh + 0.5)
    pdf.columns(t.mis, t.open, COLUMN_GAP)
    pdf.gap(1.5)
    ev = r.evidence
    found = f"What studies found: {found_line(ev)}"
    pdf.heading(found, keep_after=2 * lh, level=3)
    pdf.para(ev.note)
    pdf.para(f"What clinic pages claim: {claim_line(t)}", size=SMALL, colour=GREY)
    if not r.outcomes:
        if r.says_no_figures:
            pdf.para(content.texts["no_figures"], colour=GREY)
        return
    for block in r.outcomes:
        _outcome(pdf, content, block)


def _outcome(pdf: SummaryPDF, content: Content, block: OutcomeBlock) -> None:
    lh = line_height(BODY)
    first_rate = next((s.figure for s in block.figures if s.figure.is_rate), None)
    pdf.heading(
        block.outcome.label,
        keep_after=_figure_height(pdf, block.figures[0], block.figures[0].figure is first_rate),
        level=3,
    )
    if block.disagree:
        pdf.para(content.texts["studies_disagree"], colour=GREY, indent=4)
    for s in block.figures:
        with_help = s.figure is first_rate
        pdf.keep(_figure_height(pdf, s, with_help))
        y = pdf.get_y()
        with pdf.style(BODY):
            pdf.text(pdf.l_margin + 0.5, y + lh * 0.75, "•")
        pdf.para(_bullet_text(s), indent=4, after=0)
        pdf.para(s.strength, size=SMALL, colour=GREY, indent=4, after=1.2)
        if s.help:
            pdf.para(s.help, size=SMALL, colour=GREY, indent=4, after=1.2)
        if with_help:
            pdf.para(content.texts["icon_help"], size=SMALL, colour=GREY, indent=6)
        if s.figure.is_rate:
            icon_pair(pdf, s.figure)


def _figure_height(pdf: SummaryPDF, s: ShownFigure, with_help: bool) -> float:
    """Space for one figure: its words, its strength and, for a rate, its icon arrays."""
    h = pdf.text_height(_bullet_text(s), pdf.text_width - 4)
    h += pdf.text_height(s.strength, pdf.text_width - 4, SMALL) + 1.2
    if s.help:
        h += pdf.text_height(s.help, pdf.text_width - 4, SMALL) + 1.2
    if s.figure.is_rate:
        h += icon_pair_height(pdf, pdf.text_width / 2) + (line_height(SMALL) + 1.5) * with_help
    return h


def _bullet_text(s: ShownFigure) -> str:
    return f"{s.text} [{s.source.id}]"


def not_now(pdf: SummaryPDF, content: Content) -> None:
    option = content.options.get("not_now")
    title = option.name if option else "Not having surgery now"
    pdf.heading(title, keep_after=2 * line_height(BODY), level=2)
    pdf.para(content.texts["compare_not_now"])
    if option:
        pdf.para(option.recovery)
