"""The side-by-side comparison section of the summary PDF, for one operation family."""

from __future__ import annotations

from functools import partial

from decision_aid.compare import OutcomeBlock, Row
from decision_aid.evidence import ShownFigure, claim_line, found_line
from decision_aid.models import Content
from decision_aid.not_now import family_content, findings
from decision_aid.report.charts import icon_pair, legend_label
from decision_aid.report.page import BODY, GREY, SMALL, SummaryPDF, line_height
from decision_aid.summary import FamilyComparison

COLUMN_GAP = 6.0


def family_section(pdf: SummaryPDF, content: Content, fc: FamilyComparison) -> None:
    """Every trade-off for one family: both options' texts, the verdict and the figures."""
    t = content.texts
    info = fc.family
    intro = f"{t['compare_intro']} {t['compare_family_note']}"
    pdf.heading(
        t["pdf_compare_heading"].format(family=info.label), keep_after=3 * line_height(BODY)
    )
    pdf.para(f"{info.label}: {info.explain}")
    pdf.para(intro)
    for r in fc.rows:
        _row(pdf, content, r)


def _row(pdf: SummaryPDF, content: Content, r: Row) -> None:
    t, words = r.tradeoff, content.texts
    lh = line_height(BODY)
    both = pdf.measure(lambda p: p.columns(t.mis, t.open, COLUMN_GAP))
    pdf.heading(t.title, keep_after=lh + 0.5 + min(both, 12 * lh), level=2)
    width = (pdf.text_width - COLUMN_GAP) / 2
    y = pdf.get_y()
    legend_label(pdf, "mis", pdf.l_margin, y, words["label_mis"])
    legend_label(pdf, "open", pdf.l_margin + width + COLUMN_GAP, y, words["label_open"])
    pdf.set_y(y + lh + 0.5)
    pdf.columns(t.mis, t.open, COLUMN_GAP)
    pdf.gap(1.5)
    ev = r.evidence
    found = f"{words['studies_found']} {found_line(content, ev)}"
    pdf.heading(found, keep_after=2 * lh, level=3)
    pdf.para(ev.note)
    claim = words["clinic_claim"].format(claim=claim_line(content, t))
    pdf.para(claim, size=SMALL, colour=GREY)
    if not r.outcomes:
        if r.says_no_figures:
            pdf.para(words["no_figures"], colour=GREY)
        return
    for block in r.outcomes:
        _outcome(pdf, content, block)


def _outcome(pdf: SummaryPDF, content: Content, block: OutcomeBlock) -> None:
    first_rate = next((s.figure for s in block.figures if s.figure.is_rate), None)
    first = block.figures[0]
    pdf.heading(
        block.outcome.label,
        keep_after=pdf.measure(lambda p: _figure(p, content, first, first.figure is first_rate)),
        level=3,
    )
    if block.disagree:
        pdf.para(content.texts["studies_disagree"], colour=GREY, indent=4)
    for s in block.figures:
        pdf.block(partial(_figure, content=content, s=s, with_help=s.figure is first_rate))


def _figure(pdf: SummaryPDF, content: Content, s: ShownFigure, with_help: bool) -> None:
    """One figure: its words, source and strength and, for the first rate of an outcome,
    its icon arrays (the strength in full is in the list of sources)."""
    lh = line_height(BODY)
    y = pdf.get_y()
    with pdf.style(BODY):
        pdf.text(pdf.l_margin + 0.5, y + lh * 0.75, "•")
    pdf.para(_bullet_text(content, s), indent=4, after=1.0)
    if s.help:
        pdf.para(s.help, size=SMALL, colour=GREY, indent=4, after=1.0)
    if with_help:
        pdf.para(content.texts["icon_help"], size=SMALL, colour=GREY, indent=6)
        icon_pair(pdf, content, s.figure)


def _bullet_text(content: Content, s: ShownFigure) -> str:
    strength = content.texts.get(f"strength_short_{s.source.strength}", "")
    return f"{s.text} [{s.source.id}{', ' + strength if strength else ''}]"


def not_now(pdf: SummaryPDF, content: Content, family: str | None) -> None:
    """Surgery or not now for the patient's family, in equal detail to the operations."""
    t = content.texts
    option = content.options["not_now"]
    nn = family_content(content, family)
    lh = line_height(BODY)
    pdf.heading(t["not_now_header"] if nn else option.name, keep_after=3 * lh, level=2)
    if nn is None:
        pdf.para(t["compare_not_now"])
        pdf.para(option.recovery)
        return
    for key, text in (
        ("compared", nn.compared),
        ("involves", nn.involves),
        ("evidence", nn.evidence),
    ):
        pdf.para(f"{t['not_now_' + key]} {text}")
    shown = findings(content, family or "")
    if any(f.crossover for f in shown):
        pdf.para(t["not_now_crossover"], size=SMALL, colour=GREY)
    for f in shown:
        pdf.block(partial(_finding, text=f"{f.text} [{f.source}]", analysis=f.analysis))
    pdf.para(f"{t['not_now_certainty']} {nn.certainty}")
    pdf.para(f"{t['not_now_think_again']} {nn.think_again}", bold=True)


def _finding(pdf: SummaryPDF, text: str, analysis: str) -> None:
    lh = line_height(BODY)
    with pdf.style(BODY):
        pdf.text(pdf.l_margin + 0.5, pdf.get_y() + lh * 0.75, "•")
    pdf.para(text, indent=4, after=0.4 if analysis else 1.0)
    if analysis:
        pdf.para(analysis, size=SMALL, colour=GREY, indent=4, after=1.0)
