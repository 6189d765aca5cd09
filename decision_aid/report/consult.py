"""The consult PDF for the record: the patient summary's page 1, the clinician's notes and
agreed next step, the surgeon's own results beside the published figures, and the
patient's answers attached."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.consult import Consult, question_groups
from decision_aid.models import Content
from decision_aid.report import sections
from decision_aid.report.build import attach_answers
from decision_aid.report.page import BODY, GREY, SMALL, SummaryPDF, line_height
from decision_aid.summary import Summary, summarise
from decision_aid.summary_words import excerpt

LH = line_height(BODY)


def build_consult_pdf(
    content: Content,
    answers: Answers,
    consult: Consult,
    own_results: Sequence[tuple[str, str]] = (),
    paper: str = "a4",
    today: dt.date | None = None,
) -> bytes:
    """The consult record as PDF bytes. ``own_results`` are (label, text) lines of the
    surgeon's own results, already worded beside the published figures."""
    today = today or dt.date.today()
    t = content.texts
    s = summarise(content, answers)
    pdf = SummaryPDF(paper, footer=t["pdf_footer"])
    pdf.set_title(t["consult_pdf_title"])
    pdf.set_creator(t["app_name"])
    pdf.set_lang("en")
    pdf.add_page()
    pdf.start_section(t["consult_pdf_title"])
    pdf.para(t["consult_pdf_title"], size=18, bold=True, after=1)
    pdf.para(t["pdf_made_on"].format(date=f"{today:%d %b %Y}"), size=SMALL, colour=GREY)
    sections.safety(pdf, content, s, clinician=True)
    sections.glance(pdf, content, s, clinician=True)
    questions(pdf, content, s)
    own_words(pdf, content, s)
    pdf.heading(t["consult_notes_header"], keep_after=3 * LH)
    step = Choices(content).one("next_steps", consult.next_step)
    pdf.para(f"{t['consult_next_label']}: {step}", bold=True)
    pdf.replaced_note([consult.notes], t["consult_replaced_note"])
    pdf.para(consult.notes.strip() or t["consult_nothing_written"])
    pdf.heading(t["consult_own_heading"], keep_after=3 * LH)
    if not own_results:
        pdf.para(t["consult_own_none"], colour=GREY)
    for label, text in own_results:
        pdf.heading(label, level=3, keep_after=2 * LH)
        pdf.para(text)
    pdf.para(t["consult_pdf_attached"], size=SMALL, colour=GREY)
    attach_answers(pdf, content, answers, today)
    return bytes(pdf.output())


def own_words(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    """The patient's worries and notes in full, where page 1 shows only their start."""
    t = content.texts
    long = [
        (label, text)
        for label, text in ((t["consult_worry"], s.worries), (t["consult_patient_notes"], s.notes))
        if excerpt(text)[1]
    ]
    if not long:
        return
    pdf.heading(t["consult_own_words_heading"], keep_after=3 * LH)
    for label, text in long:
        pdf.heading(label, level=3, keep_after=2 * LH)
        pdf.para(text.strip())


def questions(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    """Every question, the patient's own first: page 1 counts them "listed under" this
    heading, so the record has them all."""
    t = content.texts
    pdf.heading(t["consult_questions_heading"], keep_after=3 * LH)
    if not s.questions:
        pdf.para(t["pdf_no_questions"])
        return
    own, suggested = question_groups(s)
    pdf.replaced_note(own, t["consult_replaced_note"])
    for label, items in ((t["consult_own_questions"], own), (t["consult_suggested"], suggested)):
        if items:
            pdf.heading(label.format(n=len(items)), level=3, keep_after=2 * LH)
            for q in items:
                pdf.para(f"- {q}", after=0.5)
