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
    """Every trade-off for one family: the verdict, the figures and the clinic's claim.

    How each option is done for each point is on the Compare step; the PDF says what
    MIS and open surgery are once, side by side, and then what studies found."""
    t = content.texts
    info = fc.family
    lh = line_height(BODY)
    pdf.heading(t["pdf_compare_heading"].format(family=info.label), keep_after=3 * lh)
    pdf.para(f"{info.label}: {info.explain}")
    _what_they_are(pdf, content)
    # full width between the two options side by side and the columns that flow
    pdf.para(f"{t['pdf_compare_intro']} {t['compare_family_note']} {t['range_help']}")

    def rows(p: SummaryPDF) -> None:
        for r in fc.rows:
            _row(p, content, r)

    pdf.two_columns(rows)


def _what_they_are(pdf: SummaryPDF, content: Content) -> None:
    """MIS and open surgery described once, side by side, in the same order."""
    mis, open_ = content.options["mis"], content.options["open"]

    def draw(p: SummaryPDF) -> None:
        width = (p.text_width - COLUMN_GAP) / 2
        y = p.get_y()
        legend_label(p, "mis", p.l_margin, y, mis.name)
        legend_label(p, "open", p.l_margin + width + COLUMN_GAP, y, open_.name)
        p.set_y(y + line_height(BODY) + 0.5)
        p.columns(mis.what_it_is, open_.what_it_is, COLUMN_GAP)

    pdf.block(draw)
    pdf.gap(1.5)


def _row(pdf: SummaryPDF, content: Content, r: Row) -> None:
    t, words = r.tradeoff, content.texts
    ev = r.evidence
    title = words["pdf_row_heading"].format(title=t.title, found=found_line(content, ev))
    note = ev.note
    pdf.heading(title, keep_after=pdf.measure(lambda p: p.para(note)), level=2)
    pdf.block(lambda p: p.para(note))  # a few lines, never split over two pages
    claim = claim_line(content, t, r.family)  # it names the clinic pages
    pdf.block(lambda p: p.para(claim, size=SMALL, colour=GREY))
    if not r.outcomes:
        if r.says_no_figures:
            pdf.para(words["no_figures"], colour=GREY)
        return
    for block in r.outcomes:
        _outcome(pdf, content, block)


def _outcome(pdf: SummaryPDF, content: Content, block: OutcomeBlock) -> None:
    first_rate = next((s.figure for s in block.figures if s.figure.is_rate), None)
    first = block.figures[0]
    disagree = content.texts["studies_disagree"] if block.disagree else ""

    def opening(p: SummaryPDF) -> None:  # kept with the outcome's name
        if disagree:
            p.para(disagree, colour=GREY, indent=4)
        _figure(p, content, first, first.figure is first_rate)

    pdf.heading(block.outcome.label, keep_after=pdf.measure(opening), level=3)
    if disagree:
        pdf.para(disagree, colour=GREY, indent=4)
    for s in block.figures:
        pdf.block(partial(_figure, content=content, s=s, with_help=s.figure is first_rate))


def _figure(pdf: SummaryPDF, content: Content, s: ShownFigure, with_help: bool) -> None:
    """One figure: its words, source and strength and, for the first rate of an outcome,
    its icon arrays (the strength in full is in the list of sources)."""
    lh = line_height(BODY)
    y = pdf.get_y()
    with pdf.style(BODY):
        pdf.text(pdf.l_margin + 0.5, y + lh * 0.75, "•")
    pdf.para(_bullet_text(content, s), indent=4, after=0.5)
    if s.help and pdf.first_time(s.help):
        pdf.para(s.help, size=SMALL, colour=GREY, indent=4, after=0.5)
    if with_help:
        if pdf.first_time(content.texts["icon_help"]):
            pdf.para(content.texts["icon_help"], size=SMALL, colour=GREY, indent=6)
        icon_pair(pdf, content, s.figure)


def _bullet_text(content: Content, s: ShownFigure) -> str:
    strength = content.texts.get(f"strength_short_{s.source.strength}", "")
    return f"{s.text} [{s.source.id}{', ' + strength if strength else ''}]"


def not_now(pdf: SummaryPDF, content: Content, family: str | None, condition: str) -> None:
    """Surgery or not now for the patient's family, in equal detail to the operations."""
    t = content.texts
    option = content.options["not_now"]
    nn = family_content(content, family, condition)
    lh = line_height(BODY)
    pdf.heading(t["not_now_header"] if nn else option.name, keep_after=3 * lh, level=2)
    if nn is None:
        pdf.para(t["compare_not_now"])
        pdf.para(option.recovery)
        return
    shown = findings(content, family or "", condition)
    again = f"{t['not_now_think_again']} {nn.think_again}"

    def draw(p: SummaryPDF) -> None:
        # when to think again (the safety advice) with what not having surgery involves:
        # last, it could stand alone at the top of the next page, away from its section
        p.para(f"{t['not_now_compared']} {nn.compared}")
        p.para(f"{t['not_now_involves']} {nn.involves}")
        p.block(lambda q: q.para(again, bold=True))
        p.para(f"{t['not_now_evidence']} {nn.evidence}")
        if any(f.crossover for f in shown):
            p.para(t["not_now_crossover"], size=SMALL, colour=GREY)
        for f in shown:
            p.block(partial(_finding, text=f"{f.text} [{f.source}]", analysis=f.analysis))
        certainty = f"{t['not_now_certainty']} {nn.certainty}"
        p.block(lambda q: q.para(certainty))  # whole: never one line left over a page

    pdf.two_columns(draw)


def _finding(pdf: SummaryPDF, text: str, analysis: str) -> None:
    lh = line_height(BODY)
    with pdf.style(BODY):
        pdf.text(pdf.l_margin + 0.5, pdf.get_y() + lh * 0.75, "•")
    pdf.para(text, indent=4, after=0.4 if analysis else 1.0)
    if analysis:  # every finding says which analysis it comes from
        pdf.para(analysis, size=SMALL, colour=GREY, indent=4, after=1.0)
