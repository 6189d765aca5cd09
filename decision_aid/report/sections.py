"""The sections of the summary PDF, each drawing its part of a :class:`Summary`."""

from __future__ import annotations

import datetime as dt
from functools import partial

from decision_aid.consult import answered_situation, sure_line
from decision_aid.evidence import citation
from decision_aid.models import Content, Flag
from decision_aid.report.charts import priority_bars, weigh_chart
from decision_aid.report.page import BODY, GREY, RULE, SMALL, SummaryPDF, line_height
from decision_aid.summary import Summary
from decision_aid.summary_words import gist, matters_most_words, quiz_words, sure_words

LH = line_height(BODY)
REFERENCE = 8.0  # font size of the list of sources: the longest (fusion) fits on 8 A4 pages
ALERT = (170, 0, 0)
LABEL_W = 68.0  # mm: the label column of the situation table

WARNING_FLAG = "warning_signs"  # the flag of the warning signs: safety() says it first


def title(pdf: SummaryPDF, content: Content, today: dt.date, s: Summary) -> None:
    """The title, then any safety message, then the date, version and purpose."""
    t, m = content.texts, content.meta
    pdf.start_section(t["pdf_title"])
    pdf.para(t["pdf_title"], size=18, bold=True, after=2)
    safety(pdf, content, s)
    if s.diagnosis_unknown:
        pdf.para(t["confirm_diagnosis_title"], size=13, bold=True)
        pdf.para(t["confirm_diagnosis"])
    glance(pdf, content, s)
    pdf.para(t["pdf_made_on"].format(date=f"{today:%d %b %Y}"), after=1)
    pdf.para(
        t["pdf_version_line"].format(
            version=m.content_version,
            reviewed=f"{m.date_reviewed:%d %b %Y}",
            next=f"{m.next_review:%d %b %Y}",
        ),
        size=SMALL,
        colour=GREY,
    )
    pdf.para(m.purpose)
    pdf.para(t["pdf_carries_answers"], size=SMALL, colour=GREY)


def safety(pdf: SummaryPDF, content: Content, s: Summary, clinician: bool = False) -> None:
    """First on page 1 when the patient ticked a warning sign: get medical help today, or
    at an emergency department now (``Summary.emergency``).
    ``clinician``: for the consult record, which signs and what the patient was told."""
    if not s.warning:
        return
    t = content.texts
    signs = (s.warning_record if clinician else "; ".join(s.warning)).lower()
    key = ("consult_safety" if clinician else "safety") + ("_now" if s.emergency else "")
    pdf.para(t[f"{key}_title"], size=13, bold=True, colour=ALERT)
    pdf.para(t[f"{key}_text"].format(signs=signs), bold=True)
    pdf.para(t["safety_source"], size=SMALL, colour=GREY, after=3)


def glance(pdf: SummaryPDF, content: Content, s: Summary, clinician: bool = False) -> None:
    """Page 1: what a surgeon reads in 30 seconds; the details follow. Safety points
    (a weakness, say) are among the points to talk over, first; the warning signs have
    their own row, also when none was ticked or the question was not answered.
    ``clinician``: the consult record's words, which speak of the patient (the SURE
    result with its noes, no guidance for the patient)."""
    t = content.texts
    sure = sure_line(content, s) if clinician else _sure_words(content, s)
    who = "consult" if clinician else "glance"
    worry_label = t["consult_worry"] if clinician else t["glance_worry"]
    nothing = t["consult_nothing_written"] if clinician else t["pdf_nothing_written"]
    no_flags = t["consult_no_flags"] if clinician else t["pdf_no_flags"]
    more = t["consult_more"] if clinician else t["glance_more"]  # where the whole text is
    pdf.heading(t["glance_heading"], keep_after=3 * LH)
    family = s.family or t["glance_family_unknown"]
    rows = [
        (t["situation_warning_signs"], s.warning_record if clinician else s.warning_answer),
        (t["glance_condition"], f"{s.condition}. {family}"),
        (t["glance_leaning"], s.leaning),
        (t["glance_sure"], sure),
        (t["glance_priorities"], matters_most_words(content, s)),
        (
            t["glance_flags"],
            "; ".join(f.title for f in s.flags if f.id != WARNING_FLAG) or no_flags,
        ),
        (t["glance_questions"], t[f"{who}_questions_count"].format(n=len(s.questions))),
        (t["glance_quiz"], quiz_words(content, s, answers=False)),  # the points; answers later
        (worry_label, gist(s.worries, nothing, more)),
    ]
    if clinician:  # the patient's notes are "for yourself or your surgeon" (step 9)
        rows.append((t["consult_patient_notes"], gist(s.notes, nothing, more)))
    texts, note = ([s.worries, s.notes], "consult") if clinician else ([s.worries], "pdf")
    pdf.replaced_note(texts, t[f"{note}_replaced_note"])
    for label, value in rows:
        pdf.block(partial(_label_row, label=label, value=value))
    if s.sure.conflict and not clinician:
        pdf.para(content.sure_guidance, size=SMALL, colour=GREY)


def _sure_words(content: Content, s: Summary) -> str:
    t = content.texts
    said = sure_words(content, s)
    return f"{said} {t['glance_sure_no']}" if s.sure.conflict else said


def _label_row(pdf: SummaryPDF, label: str, value: str) -> None:
    """A label and its value side by side."""
    y = pdf.get_y()
    label_w = min(LABEL_W, pdf.text_width * 0.42)
    pdf.para(label, colour=GREY, width=label_w - 3, after=0)
    bottom = pdf.get_y()
    pdf.set_y(y)
    pdf.para(value, indent=label_w, after=0)
    pdf.set_y(max(pdf.get_y(), bottom) + 0.6)


def situation(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    t = content.texts
    pdf.heading(t["heading_situation"], keep_after=3 * LH)
    answered = answered_situation(content, s)
    pdf.blocks_in_columns([partial(_label_row, label=k, value=v) for k, v in answered])
    skipped = len(s.situation) - len(answered)
    if skipped:
        pdf.para(t["pdf_situation_skipped"].format(n=skipped), size=SMALL, colour=GREY)
    if s.caveat:
        pdf.gap(1)
        pdf.para(s.caveat, colour=GREY)


def _flag(pdf: SummaryPDF, content: Content, fl: Flag) -> None:
    pdf.heading(fl.title, level=3)
    pdf.para(fl.text, after=0.5)
    ids = " ".join(f"[{sid}]" for sid in fl.sources)
    pdf.para(content.texts["sources_line"].format(ids=ids), size=SMALL, colour=GREY)


def flags(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    t = content.texts
    # the first point as drawn: in a column, where it is taller than across the page
    first = pdf.measure_in_column(partial(_flag, content=content, fl=s.flags[0])) if s.flags else LH
    pdf.heading(t["heading_talk_over"], keep_after=first)
    if not s.flags:
        pdf.para(t["pdf_no_flags"])
    # a point is never split
    pdf.blocks_in_columns([partial(_flag, content=content, fl=f) for f in s.flags])


def priorities(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    t = content.texts
    ranked = [(p, rating) for p, rating, _ in s.priorities]
    chart = pdf.measure(lambda p: priority_bars(p, content, ranked)) if ranked else LH
    pdf.heading(t["heading_priorities"], keep_after=chart)
    if not ranked:
        pdf.para(t["pdf_not_rated"])
        return
    priority_bars(pdf, content, ranked)


def weigh(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    t = content.texts
    w = s.weighing
    if not w.rated or s.diagnosis_unknown:  # no chart: say why, and not "this chart"
        pdf.heading(t["heading_weigh"], keep_after=3 * LH)
        pdf.para(t["pdf_weigh_unknown"] if s.diagnosis_unknown else t["pdf_not_rated"])
        pdf.para(t["not_now_reminder"])
        return
    intro = t["weigh_intro"]
    chart = pdf.measure(lambda p: weigh_chart(p, content, w))
    pdf.heading(
        t["heading_weigh"],
        keep_after=pdf.text_height(intro) + 1.5 + min(chart, 120.0) + 2 * LH,
    )
    pdf.para(intro)
    weigh_chart(pdf, content, w)
    pdf.para(s.mirror, bold=True)
    if s.leaning_note:
        pdf.para(s.leaning_note)
    pdf.para(t["weigh_not_now"])


def check_and_stand(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    t = content.texts
    q = s.quiz
    pdf.heading(t["heading_quiz"], keep_after=2 * LH)
    if not q.answered:
        pdf.para(t["pdf_quiz_none"])
    else:
        pdf.para(t["quiz_progress"].format(answered=q.answered, total=q.total))
        pdf.para(f"{t['glance_quiz']}: {quiz_words(content, s)}")
    pdf.heading(t["heading_stand"], keep_after=3 * LH)
    pdf.para(t["pdf_leaning"].format(leaning=s.leaning), bold=True)
    pdf.heading(t["sure_header"], keep_after=2 * LH, level=3)
    for item, answer in s.sure_items:
        pdf.para(f"{item.letter}: {item.question} {answer}", indent=2, after=0.6)
    pdf.gap(1)
    pdf.para(sure_words(content, s))
    if s.sure.conflict:
        pdf.para(content.sure_guidance, bold=True)
    elif s.sure.complete and s.sure.yes == s.sure.total:
        pdf.para(t["sure_all_yes"])


def _tick_box_line(pdf: SummaryPDF, text: str) -> None:
    y = pdf.get_y()
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.25)
    pdf.rect(pdf.l_margin, y + 0.9, 3.2, 3.2)
    pdf.para(text, indent=6, after=1.2)


def questions(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    t = content.texts
    pdf.heading(t["heading_questions"], keep_after=3 * LH)
    pdf.replaced_note(s.own_questions, t["pdf_replaced_note"])
    if not s.questions:
        pdf.para(t["pdf_no_questions"])
    for text in s.questions:
        pdf.keep(LH + 1)
        _tick_box_line(pdf, text)
    pdf.para(t["pdf_answer_room"], colour=GREY, after=0)
    for _ in range(4):
        pdf.keep(8)
        y = pdf.get_y() + 7
        pdf.set_draw_color(*RULE)
        pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
        pdf.set_y(y + 0.5)
    pdf.gap(2)


def _own_text(pdf: SummaryPDF, content: Content, label: str, text: str) -> None:
    t = content.texts
    pdf.heading(label, level=3)
    if not text.strip():
        pdf.para(t["pdf_nothing_written"], colour=GREY)
        return
    pdf.replaced_note([text], t["pdf_replaced_note"])
    pdf.para(text)


def own_words(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    t = content.texts
    parts = ((t["pdf_your_worries"], s.worries), (t["pdf_your_notes"], s.notes))
    note = pdf.measure(lambda p: p.para(s.shortened, colour=GREY)) if s.shortened else 0.0
    pdf.heading(t["heading_own_words"], keep_after=note + 4 * LH)  # as the label keeps
    if s.shortened:
        pdf.para(s.shortened, colour=GREY)
    for label, text in parts:
        pdf.keep(4 * LH)  # a label never alone at the foot of a page
        _own_text(pdf, content, label, text)


def sources(pdf: SummaryPDF, content: Content, s: Summary) -> None:
    """Every source cited, each with its strength in one word; the words explained once."""
    t = content.texts
    pdf.heading(t["heading_sources"], keep_after=2 * LH)
    present = {x.strength for x in s.sources}
    rated = [k for k in ("stronger", "moderate", "weaker") if k in present]
    if rated:
        pdf.para(". ".join(t[f"strength_{k}"] for k in rated) + ".", size=SMALL, colour=GREY)
    pages = [src for src in s.sources if src.kind == "document"]
    texts = []
    for src in (x for x in s.sources if x.kind != "document"):
        word = t["strength_short_" + src.strength].capitalize() if src.strength else ""
        texts.append(f"{citation(content, src)} {word}." if word else citation(content, src))
    if pages:  # five short titles in one entry, not five entries of two lines each; last,
        # as the longest entry it would take a new page for the heading more often
        titles = "; ".join(f"[{src.id}] {src.citation}" for src in pages)
        texts.append(t["pdf_documents"].format(titles=titles))
    # never split one reference
    pdf.blocks_in_columns([partial(_reference, text=x) for x in texts])


def _reference(pdf: SummaryPDF, text: str) -> None:
    pdf.para(text, size=REFERENCE, after=1.2)


def about(pdf: SummaryPDF, content: Content) -> None:
    t, m = content.texts, content.meta
    parts = [
        (t["pdf_authors"].format(authored=m.authored_by, checked=m.checked_by), SMALL, False),
        (t["pdf_funding"].format(funding=m.funding, conflicts=m.conflicts), SMALL, False),
        (f"{m.roles} {m.how_chosen} {m.update_policy}", SMALL, False),
        (m.disclaimer, BODY, True),
    ]

    def draw(p: SummaryPDF) -> None:
        for text, size, bold in parts[:-1]:
            p.para(text, size=size, bold=bold)
        text, size, bold = parts[-1]
        p.block(partial(SummaryPDF.para, text=text, size=size, bold=bold))  # never split

    # the section may go on over a page: kept whole, it could leave most of a page empty
    # before it and make a page more
    pdf.heading(t["heading_about"], keep_after=3 * line_height(SMALL))
    pdf.two_columns(draw)
