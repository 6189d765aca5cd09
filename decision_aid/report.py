"""Answers + content -> the summary PDF (bytes), carrying the answers as an attachment.

The PDF is built with fpdf2 and drawn with vector shapes only. Every number in it is a
published figure from data/figures.csv (through :mod:`decision_aid.evidence` and
:mod:`decision_aid.risk`), a count of the patient's own answers, or a date. The weigh-up
chart mirrors the patient's ratings and is never a recommendation.
"""

from __future__ import annotations

import datetime as dt

from decision_aid import savefile
from decision_aid.answers import Answers
from decision_aid.evidence import citation
from decision_aid.models import Content, Flag
from decision_aid.patient import families_for
from decision_aid.pdf_charts import (
    priority_bars,
    priority_bars_height,
    weigh_chart,
    weigh_chart_height,
)
from decision_aid.pdf_compare import family_section, figure_sources, not_now
from decision_aid.pdf_text import BODY, GREY, RULE, SMALL, SummaryPDF, line_height
from decision_aid.summary import (
    flags,
    leaning_label,
    mirror_sentence,
    questions_to_ask,
    quiz_result,
    ranked_priorities,
    situation,
    sure_result,
    weighing,
)

TITLE = "Your spine surgery decision: summary"
ATTACHMENT = "answers.json"
LH = line_height(BODY)


def build_pdf(
    content: Content, answers: Answers, paper: str = "a4", today: dt.date | None = None
) -> bytes:
    """The patient's summary as PDF bytes, on A4 or US Letter paper ("a4" | "letter")."""
    today = today or dt.date.today()
    pdf = SummaryPDF(paper)
    pdf.set_title(TITLE)
    pdf.set_creator("Spine surgery decision aid")
    pdf.set_lang("en")
    pdf.add_page()
    _title(pdf, content, today)
    _situation(pdf, content, answers)
    raised = _flags(pdf, content, answers)
    _priorities(pdf, content, answers)
    cited: list[str] = []
    for family in families_for(content, answers):
        cited += figure_sources(family_section(pdf, content, family))
    not_now(pdf, content)
    _weigh(pdf, content, answers)
    _check_and_stand(pdf, content, answers)
    _questions(pdf, content, answers)
    _own_words(pdf, answers)
    flag_ids = [sid for f in raised for sid in f.sources]
    _sources(pdf, content, answers, [*flag_ids, *cited])
    _about(pdf, content)
    pdf.embed_file(
        bytes=_attachment(answers, content.meta.content_version),
        basename=ATTACHMENT,
        mime_type="application/json",
        desc="Your answers, to load into the decision aid again",
        modification_date=dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC),
    )
    return bytes(pdf.output())


def _attachment(answers: Answers, content_version: str) -> bytes:
    text = savefile.dumps(answers, content_version)
    # A lone surrogate (possible in JSON) cannot be UTF-8: keep the rest, mark it visibly.
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def _title(pdf: SummaryPDF, content: Content, today: dt.date) -> None:
    m = content.meta
    pdf.start_section(TITLE)
    pdf.para(TITLE, size=18, bold=True, after=2)
    pdf.para(f"Made on {today:%d %B %Y}", after=1)
    pdf.para(
        f"Content version {m.content_version}. Date reviewed: {m.date_reviewed:%d %B %Y}. "
        f"Next review: {m.next_review:%d %B %Y}.",
        size=SMALL,
        colour=GREY,
    )
    pdf.para(m.purpose)
    pdf.para(content.texts["pdf_carries_answers"], size=SMALL, colour=GREY)


def _situation(pdf: SummaryPDF, content: Content, answers: Answers) -> None:
    pdf.heading("Your situation", keep_after=3 * LH)
    label_w = 68.0
    for label, value in situation(content, answers):
        h = max(
            pdf.text_height(label, label_w - 3), pdf.text_height(value, pdf.text_width - label_w)
        )
        pdf.keep(h)
        y = pdf.get_y()
        pdf.para(label, colour=GREY, width=label_w - 3, after=0)
        pdf.set_y(y)
        pdf.para(value, indent=label_w, after=0)
        pdf.set_y(max(pdf.get_y(), y + h) + 0.6)
    cond = content.conditions.get(answers.condition)
    if cond and cond.caveat:
        pdf.gap(1)
        pdf.para(cond.caveat, colour=GREY)


def _flags(pdf: SummaryPDF, content: Content, answers: Answers) -> list[Flag]:
    raised = flags(content, answers)
    pdf.heading("Things to talk over with your surgeon", keep_after=3 * LH)
    if not raised:
        pdf.para("Nothing in your answers needs a special mention.")
    for fl in raised:
        pdf.heading(fl.title, keep_after=2 * LH, level=3)
        pdf.para(fl.text, after=0.5)
        pdf.para("Sources: " + " ".join(f"[{s}]" for s in fl.sources), size=SMALL, colour=GREY)
    return raised


def _priorities(pdf: SummaryPDF, content: Content, answers: Answers) -> None:
    ranked = ranked_priorities(content, answers)
    chart = priority_bars_height(pdf, ranked) if ranked else LH
    pdf.heading("What matters to you, most important first", keep_after=chart)
    if not ranked:
        pdf.para("You have not rated any points yet.")
        return
    priority_bars(pdf, ranked)


def _weigh(pdf: SummaryPDF, content: Content, answers: Answers) -> None:
    w, _ = weighing(content, answers)  # skips points an older save file may still rate
    intro = content.texts["weigh_intro"]
    chart = weigh_chart_height(pdf, w) if w.rated else 0.0
    pdf.heading(
        "How the options line up with what matters to you",
        keep_after=pdf.text_height(intro) + 1.5 + min(chart, 120.0) + 2 * LH,
    )
    pdf.para(intro)
    if w.rated:
        weigh_chart(pdf, w)
    pdf.para(mirror_sentence(content, w), bold=True)
    pdf.para(content.texts["weigh_not_now"])


def _check_and_stand(pdf: SummaryPDF, content: Content, answers: Answers) -> None:
    q = quiz_result(content, answers)
    pdf.heading("Checking the key facts", keep_after=2 * LH)
    pdf.para(
        f"You answered {q.answered} of {q.total} questions, and got {q.right} right."
        if q.answered
        else "You have not answered these questions yet."
    )
    pdf.heading("Where you stand", keep_after=3 * LH)
    pdf.para(f"Which way you are leaning: {leaning_label(answers)}", bold=True)
    s = sure_result(content, answers)
    pdf.heading("The SURE check", keep_after=2 * LH, level=3)
    words = {True: "Yes", False: "No"}
    for item in content.sure:
        answer = words.get(answers.sure[item.id]) if item.id in answers.sure else "Not answered"
        pdf.para(f"{item.letter}: {item.question} {answer}", indent=2, after=0.6)
    pdf.gap(1)
    pdf.para(f"You said yes to {s.yes} of {s.total}.")
    if s.conflict:
        pdf.para(content.sure_guidance, bold=True)
    elif s.complete and s.yes == s.total:
        pdf.para(content.texts["sure_all_yes"])


def _questions(pdf: SummaryPDF, content: Content, answers: Answers) -> None:
    items = questions_to_ask(content, answers)
    pdf.heading("Questions for your surgeon", keep_after=3 * LH)
    pdf.replaced_note(list(answers.own_questions))
    if not items:
        pdf.para("No questions chosen.")
    for text in items:
        pdf.keep(LH + 1)
        y = pdf.get_y()
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.25)
        pdf.rect(pdf.l_margin, y + 0.9, 3.2, 3.2)
        pdf.para(text, indent=6, after=1.2)
    pdf.para("Room for your surgeon's answers:", colour=GREY, after=0)
    for _ in range(4):
        pdf.keep(8)
        y = pdf.get_y() + 7
        pdf.set_draw_color(*RULE)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.set_y(y + 0.5)
    pdf.gap(2)


def _own_words(pdf: SummaryPDF, answers: Answers) -> None:
    pdf.heading("In your own words", keep_after=4 * LH)
    for label, text in (("Your worries", answers.worries), ("Your notes", answers.notes)):
        pdf.heading(label, keep_after=3 * LH, level=3)
        if not text.strip():
            pdf.para("You did not write anything here.", colour=GREY)
            continue
        pdf.replaced_note([text])
        pdf.para(text)


def _sources(pdf: SummaryPDF, content: Content, answers: Answers, extra: list[str]) -> None:
    ids = set(extra)
    for t in content.tradeoffs.values():
        ids.update(s for s in t.sources if s.startswith("S"))
    cond = content.conditions.get(answers.condition)
    if cond:
        ids.update(cond.sources)
    ordered = sorted(
        (i for i in ids if i in content.sources), key=lambda s: (s[0] != "S", int(s[1:]))
    )
    pdf.heading("Sources", keep_after=2 * LH)
    for sid in ordered:
        text = citation(content.sources[sid])
        pdf.keep(pdf.text_height(text, size=SMALL) + 1.2)  # never split one reference
        pdf.para(text, size=SMALL, after=1.2)


def _about(pdf: SummaryPDF, content: Content) -> None:
    m = content.meta
    parts = [
        (f"Written by: {m.authored_by}. Checked by: {m.checked_by}.", SMALL, False),
        (f"Funding: {m.funding} Conflicts of interest: {m.conflicts}", SMALL, False),
        (m.disclaimer, BODY, True),
    ]
    height = sum(pdf.text_height(t, size=size, bold=bold) + 1.5 for t, size, bold in parts)
    pdf.heading("About this summary", keep_after=height)
    for text, size, bold in parts:
        pdf.para(text, size=size, bold=bold)
