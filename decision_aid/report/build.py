"""Answers + content -> the summary PDF (bytes), carrying the answers as an attachment.

The PDF is built with fpdf2 and drawn with vector shapes only. Every number in it is a
published figure from data/figures.csv (through :mod:`decision_aid.evidence` and
:mod:`decision_aid.risk`), a count of the patient's own answers, or a date. What it says
is decided by :func:`decision_aid.summary.summarise`, which the Summary step renders too.
"""

from __future__ import annotations

import datetime as dt

from decision_aid import savefile
from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.report import sections
from decision_aid.report.compare import family_section, not_now
from decision_aid.report.page import SummaryPDF
from decision_aid.summary import summarise

ATTACHMENT = "answers.json"


def build_pdf(
    content: Content,
    answers: Answers,
    paper: str = "a4",
    today: dt.date | None = None,
    shortened: tuple[str, ...] = (),
) -> bytes:
    """The patient's summary as PDF bytes, on A4 or US Letter paper ("a4" | "letter").

    ``shortened`` names free-text fields that were cut when a file was loaded; the PDF
    says so beside the patient's own words."""
    today = today or dt.date.today()
    t = content.texts
    s = summarise(content, answers, shortened)
    pdf = SummaryPDF(paper, footer=t["pdf_footer"])
    pdf.set_title(t["pdf_title"])
    pdf.set_creator(t["app_name"])
    pdf.set_lang("en")
    pdf.add_page()
    sections.title(pdf, content, today, s)
    sections.situation(pdf, content, s)
    sections.flags(pdf, content, s)
    sections.priorities(pdf, content, s)
    family = s.comparisons[0].family.id if s.comparisons else None
    not_now(pdf, content, family, answers.condition)
    for fc in s.comparisons:
        family_section(pdf, content, fc)
    sections.weigh(pdf, content, s)
    sections.check_and_stand(pdf, content, s)
    sections.questions(pdf, content, s)
    sections.own_words(pdf, content, s)
    sections.sources(pdf, content, s)
    sections.about(pdf, content)
    attach_answers(pdf, content, answers, today)
    return bytes(pdf.output())


def attach_answers(pdf: SummaryPDF, content: Content, answers: Answers, today: dt.date) -> None:
    """The save file inside the PDF, so the patient brings one file (the one encoder)."""
    pdf.embed_file(
        bytes=savefile.to_bytes(answers, content.meta.content_version),
        basename=ATTACHMENT,
        mime_type="application/json",
        desc=content.texts["pdf_attachment_desc"],
        modification_date=dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC),
    )
