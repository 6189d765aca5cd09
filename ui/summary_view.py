"""Sections of the Summary step (layout only; what they say comes from decision_aid)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from decision_aid.answers import Answers
from decision_aid.compare import Row, cited_sources, comparison
from decision_aid.evidence import citation, found_line
from decision_aid.models import Content, Flag
from decision_aid.patient import families_for
from decision_aid.report import build_pdf
from decision_aid.savefile import to_bytes
from decision_aid.summary import (
    RATING_WORDS,
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
from ui.textsafe import plain_markdown


def flag_card(fl: Flag) -> None:
    """One point to talk over; safety points stand out as warnings."""
    if fl.urgent:
        st.warning(f"**{fl.title}.** {fl.text}", icon=":material/priority_high:")
        return
    with st.container(border=True):
        st.markdown(f"**{fl.title}**")
        st.write(fl.text)
        st.caption("Sources: " + ", ".join(fl.sources))


def downloads(c: Content, a: Answers) -> None:
    """PDF and save file, built from a copy of the answers, without rerunning the app."""
    snapshot = a.model_copy(deep=True)
    stamp = dt.date.today().isoformat()
    left, right = st.columns(2)
    left.download_button(
        "Download PDF summary",
        data=lambda: build_pdf(c, snapshot),
        file_name=f"spine-decision-summary-{stamp}.pdf",
        mime="application/pdf",
        on_click="ignore",
        type="primary",
        icon=":material/picture_as_pdf:",
        width="stretch",
        key="dl_pdf",
    )
    right.download_button(
        "Download save file",
        data=to_bytes(snapshot, c.meta.content_version),
        file_name=f"spine-decision-answers-{stamp}.json",
        mime="application/json",
        on_click="ignore",
        icon=":material/save:",
        width="stretch",
        key="dl_json",
    )
    st.caption(c.texts["pdf_carries_answers"])


def situation_section(c: Content, a: Answers) -> None:
    st.header("Your situation")
    lines = situation(c, a)
    table = pd.DataFrame({"Your answer": [v for _, v in lines]}, index=[k for k, _ in lines])
    table.index.name = "Question"
    st.table(table)
    if a.worries:
        st.markdown("**Your worries, in your words:**")
        st.markdown(plain_markdown(a.worries))
    st.header("Things to talk over")
    for fl in flags(c, a):
        flag_card(fl)


def priorities_section(c: Content, a: Answers) -> None:
    st.header("What matters to you")
    ranked = ranked_priorities(c, a)
    if not ranked:
        st.write(c.texts["not_rated"])
    for p, rating in ranked:
        st.markdown(f"- {p.label}: **{RATING_WORDS[rating].lower()}**")
    w, _ = weighing(c, a)
    if w.rated:
        st.markdown(f"**{mirror_sentence(c, w)}** {c.texts['not_now_reminder']}")
    else:
        st.write(c.texts["not_now_reminder"])


def comparison_section(c: Content, a: Answers) -> list[Row]:
    st.header("The comparison, in short")
    shown: list[Row] = []
    for fam in families_for(c, a):
        rows = comparison(c, fam)
        shown.extend(rows)
        st.markdown(f"**{c.families[fam].label}**")
        for r in rows:
            st.markdown(f"- {r.tradeoff.title}: {found_line(r.evidence)}")
    return shown


def stand_section(c: Content, a: Answers) -> None:
    st.header("Check and where you stand")
    q = quiz_result(c, a)
    quiz = (
        f"**{q.right} of {q.total}** right ({q.answered} answered)."
        if q.answered
        else (c.texts["not_taken"])
    )
    st.markdown(f"Quiz: {quiz}")
    st.markdown(f"Leaning: **{leaning_label(a)}**")
    s = sure_result(c, a)
    sure = f"**{s.yes} of {s.total}** answered yes." if s.answered else c.texts["not_answered"]
    st.markdown(f"SURE check: {sure}")
    if s.conflict:
        st.warning(c.sure_guidance)


def questions_section(c: Content, a: Answers) -> None:
    st.header("Questions for your surgeon")
    for text in questions_to_ask(c, a):
        st.markdown(f"- {plain_markdown(text)}")
    if a.notes:
        st.markdown("**Your notes:**")
        st.markdown(plain_markdown(a.notes))


def sources_section(c: Content, a: Answers, rows: list[Row]) -> None:
    st.header("Sources")
    flag_sources = tuple(s for fl in flags(c, a) for s in fl.sources)
    for sid in cited_sources(c, rows, flag_sources):
        st.caption(citation(c.sources[sid]))
    m = c.meta
    st.caption(
        f"Content version {m.content_version}, reviewed {m.date_reviewed:%d %B %Y}, "
        f"next review {m.next_review:%d %B %Y}. {m.funding} {m.conflicts}"
    )
    st.caption(m.disclaimer)
