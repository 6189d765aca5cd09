"""The consult screen: the patient's essentials at a glance, dense and plain, for a
1440 x 900 screen without scrolling; then notes, next step and the record."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import streamlit as st

from decision_aid.answers import MAX_TEXT, Answers
from decision_aid.choices import Choices
from decision_aid.clinic.results import beside
from decision_aid.consult import (
    Consult,
    question_groups,
    record_note,
    situation_lines,
    sure_line,
)
from decision_aid.fhir import questionnaire_response
from decision_aid.models import Content
from decision_aid.report.consult import build_consult_pdf
from decision_aid.summary import Summary
from decision_aid.summary_words import excerpt, quiz_words
from ui import session
from ui.layout import quiet
from ui.results_view import open_store
from ui.textsafe import plain_markdown
from ui.widgets import limit_note

# Dense type for the consult screen (static CSS; no patient data goes into markup).
# Less room at the top only where Streamlit's header is see-through (wide screens): on
# a phone it is a solid bar and hid the top of the safety message under it.
QUESTION_START = 160  # characters of a long question of the patient's on the consult screen
DENSE = """<style>
@media (min-width: 992px) { [data-testid="stMainBlockContainer"] { padding-top: 1.2rem; } }
[data-testid="stMain"] h1 { font-size: 1.6rem; padding: 0 0 .3rem 0; }
[data-testid="stMain"] h2 { font-size: 1.25rem; padding: .6rem 0 .2rem 0; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: .9rem; line-height: 1.3;
  margin-bottom: .15rem; }
[data-testid="stMain"] [data-testid="stMarkdownContainer"] ul { margin-bottom: .2rem; }
</style>"""


def essentials(c: Content, s: Summary) -> None:
    """Condition, leaning, SURE, priorities, flags with sources, questions, worries."""
    t = c.texts
    st.html(DENSE)
    left, middle, right = st.columns([1, 1.2, 1.2], gap="medium")
    family = s.family or t["glance_family_unknown"]
    for f in s.flags:
        if f.urgent and f.id != "warning_signs":  # warning signs: the banner above
            left.warning(f"**{f.title}** [{', '.join(f.sources)}]", icon=":material/priority_high:")
    left.markdown(f"**{t['note_warning']}**  \n{s.warning_record}")
    left.markdown(f"**{t['glance_condition']}**  \n{s.condition}. {family}")
    left.markdown(f"**{t['glance_leaning']}**  \n{s.leaning}")
    # in the clinician's words: how many yes, then which were no (what to talk over)
    left.markdown(f"**{t['glance_sure']}**  \n{sure_line(c, s)}")
    if s.leaning_note_clinician:
        left.warning(s.leaning_note_clinician, icon=":material/compare_arrows:")
    left.markdown(f"**{t['glance_quiz']}**  \n{quiz_words(c, s, answers=False)}")
    ranked = "  \n".join(
        f"{i}. {p.label} ({w.lower()})" for i, (p, _, w) in enumerate(s.matters_most(5), start=1)
    )
    none = t["matters_none"] if s.priorities else t["consult_priorities_none"]
    middle.markdown(f"**{t['glance_priorities']}**  \n" + (ranked or none))
    flags = "  \n".join(f"- {f.title} [{', '.join(f.sources)}]" for f in s.flags if not f.urgent)
    middle.markdown(f"**{t['glance_flags']}**  \n" + (flags or t["consult_no_flags"]))
    situation = "  \n".join(f"{k}: {plain_markdown(v)}" for k, v in situation_lines(c, s))
    middle.markdown(f"**{t['consult_situation']}**  \n" + (situation or t["not_answered"]))
    questions(c, s, right)  # first: every question on the first screen, however long the rest
    for label, text in ((t["consult_worry"], s.worries), (t["consult_patient_notes"], s.notes)):
        start, cut = excerpt(text)
        said = plain_markdown(start) if start else t["consult_nothing_written"]
        right.markdown(f"**{label}**  \n{said}")
        if cut:
            with right.expander(t["consult_more_screen"]):
                st.markdown(plain_markdown(text.strip()))


def questions(c: Content, s: Summary, place: Any) -> None:
    """The patient's own questions, every one; the suggested ones they kept, folded."""
    t = c.texts
    own, suggested = question_groups(s)
    if not s.questions:
        place.markdown(f"**{t['consult_questions'].format(n=0)}**  \n{t['pdf_no_questions']}")
        return
    if own:  # each on a line or two: long ones show their start, in full folded below
        starts = [excerpt(q, QUESTION_START) for q in own]
        listed = "\n".join(f"- {plain_markdown(start)}" for start, _ in starts)
        place.markdown(f"**{t['consult_own_questions'].format(n=len(own))}**\n\n{listed}")
        if any(cut for _, cut in starts):
            with place.expander(t["consult_questions_full"]):
                st.markdown("\n".join(f"- {plain_markdown(q)}" for q in own))
    if suggested:
        with place.expander(t["consult_suggested"].format(n=len(suggested))):
            st.markdown("\n".join(f"- {plain_markdown(q)}" for q in suggested))


def notes_and_record(c: Content, a: Answers, s: Summary, own: list[tuple[str, str]]) -> None:
    """Clinician notes, the agreed next step, and the three exports from the same data
    (``s``: the summary of ``a``)."""
    t = c.texts
    st.header(t["consult_notes_header"])
    left, right = st.columns([2, 1])
    session.seed_consult_boxes()
    with left:  # held to MAX_TEXT by the app, as the patient's boxes (ui/widgets.long_text)
        notes = st.text_area(
            t["consult_notes_label"],
            key=session.CONSULT_NOTES,
            height=100,
            on_change=session.cut_to_limit,
            args=(session.CONSULT_NOTES, MAX_TEXT),
        )
        limit_note(session.CONSULT_NOTES)
    steps = Choices(c).options("next_steps")
    chosen = right.selectbox(
        t["consult_next_label"],
        list(steps),
        index=None,
        format_func=lambda k: steps[k],
        placeholder=t["choose_one"],
        key=session.CONSULT_NEXT,
    )
    session.set_consult(Consult.model_validate({"notes": notes, "next_step": chosen or ""}))
    _exports(c, a, s, session.consult(), own)


def own_results(c: Content, s: Summary) -> list[tuple[str, str]]:
    """The surgeon's own results for this family, beside the published figures."""
    db = open_store(c)
    family = s.comparisons[0].family.id if s.comparisons else None
    rows = beside(c, family, db.list(family)) if db and family else []
    if rows:
        st.header(c.texts["consult_own_heading"])
        for heading, text in rows:
            st.markdown(f"**{heading}.** {plain_markdown(text)}")  # a typed period
    return rows


def _exports(
    c: Content, a: Answers, s: Summary, consult: Consult, own: list[tuple[str, str]]
) -> None:
    t = c.texts
    st.header(t["consult_exports"])
    stamp = dt.date.today().isoformat()
    snapshot = a.model_copy(deep=True)
    left, right = st.columns(2)

    def fhir() -> bytes:  # built when downloaded, not on every rerun
        built = questionnaire_response(c, snapshot, consult)
        return json.dumps(built, ensure_ascii=False, indent=2).encode("utf-8", "replace")

    _download(
        left,
        t["consult_pdf"],
        quiet(lambda: build_consult_pdf(c, snapshot, consult, own)),
        f"consult-{stamp}.pdf",
        "application/pdf",
        ":material/picture_as_pdf:",
    )
    _download(
        right,
        t["consult_fhir"],
        quiet(fhir),
        f"questionnaire-response-{stamp}.json",
        "application/fhir+json",
        ":material/data_object:",
    )
    note = record_note(c, snapshot, consult, s)
    st.caption(t["consult_note_label"])
    st.code(note, language=None, wrap_lines=True)
    _download(
        st,
        t["consult_note_download"],
        note.encode("utf-8", "replace"),
        f"record-note-{stamp}.txt",
        "text/plain",
        ":material/description:",
    )


def _download(place: Any, label: str, data: Any, name: str, mime: str, icon: str) -> None:
    """A download that does not rerun the app; the PDF is the primary one."""
    place.download_button(
        label,
        data=data,
        file_name=name,
        mime=mime,
        on_click="ignore",
        icon=icon,
        type="primary" if name.endswith(".pdf") else "secondary",
        key=f"dl:{name}",
        width="stretch",
    )
