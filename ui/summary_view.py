"""Sections of the Summary step: layout only. What they say is decided once, by
:func:`decision_aid.summary.summarise`, which the PDF renders too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import streamlit as st

from decision_aid.answers import Answers
from decision_aid.compare import key_figure
from decision_aid.evidence import citation, found_line
from decision_aid.models import Content, Flag
from decision_aid.report import build_pdf
from decision_aid.savefile import to_bytes
from decision_aid.summary import Summary
from decision_aid.summary_words import quiz_words, sure_open
from ui.blocks import bullet_list, bullets, paragraphs, small, small_inline, table
from ui.layout import quiet
from ui.textsafe import plain_markdown

Data = bytes | Callable[[], bytes]


def flag_card(c: Content, fl: Flag) -> None:
    """One point to talk over; safety points stand out as warnings."""
    if fl.urgent:
        st.warning(f"**{fl.title}.** {fl.text}", icon=":material/priority_high:")
        return
    with st.container(border=True):
        sources = c.texts["sources_line"].format(ids=", ".join(fl.sources))
        paragraphs(f"**{fl.title}**", fl.text, small_inline(sources))


def downloads(c: Content, a: Answers, shortened: tuple[str, ...] = ()) -> None:
    """PDF and save file, built from a copy of the answers, without rerunning the app."""
    t = c.texts
    snapshot = a.model_copy(deep=True)
    stamp = dt.date.today().isoformat()
    row = st.container(horizontal=True)  # two messages fewer than two columns
    _download(
        row,
        t["download_pdf"],
        quiet(lambda: build_pdf(c, snapshot, shortened=shortened)),
        f"summary-{stamp}.pdf",
    )
    _download(
        row,
        t["download_save_file"],
        quiet(lambda: to_bytes(snapshot, c.meta.content_version)),
        f"answers-{stamp}.json",
    )
    st.caption(t["pdf_carries_answers"])


def _download(place: Any, label: str, data: Data, name: str) -> None:
    """A download that does not rerun the app; the PDF is the primary one."""
    pdf = name.endswith(".pdf")
    place.download_button(
        label,
        data=data,
        file_name=f"spine-decision-{name}",
        mime="application/pdf" if pdf else "application/json",
        on_click="ignore",
        type="primary" if pdf else "secondary",
        icon=":material/picture_as_pdf:" if pdf else ":material/save:",
        width="stretch",
        key="dl_pdf" if pdf else "dl_json",
    )


def situation_section(c: Content, s: Summary) -> None:
    t = c.texts
    st.header(t["heading_situation"])
    table((t["col_question"], t["col_answer"]), s.situation)
    if s.shortened:
        st.info(s.shortened)
    if s.worries:
        paragraphs(f"**{t['worries_in_words']}**", plain_markdown(s.worries))
    st.header(t["heading_talk_over_short"])
    for fl in s.flags:
        flag_card(c, fl)


def priorities_section(c: Content, s: Summary) -> None:
    t = c.texts
    st.header(t["heading_priorities_short"])
    if not s.priorities:
        st.write(t["not_rated"])
    bullets(f"{p.label}: **{words.lower()}**" for p, _, words in s.priorities)
    if s.weighing.rated:
        st.markdown(f"**{s.mirror}** {t['not_now_reminder']}")
        if s.leaning_note:
            st.write(s.leaning_note)
    else:
        st.write(t["not_now_reminder"])


def comparison_section(c: Content, s: Summary) -> None:
    st.header(c.texts["heading_comparison_short"])
    if s.diagnosis_unknown:
        st.write(f"**{c.texts['confirm_diagnosis_title']}** {c.texts['confirm_diagnosis']}")
    for fc in s.comparisons:
        items = []
        for r in fc.rows:
            # one figure (compare.key_figure), named by what it counts (the trade-off's
            # title alone could read as if the figure were about all of it)
            key = key_figure(r)
            figure = ""
            if key:
                b, fig = key
                named = f"**{b.outcome.label}.** " if b.outcome.label != r.tradeoff.title else ""
                figure = f" {named}{fig.text} [{fig.source.id}]."
            items.append(f"{r.tradeoff.title}: {found_line(c, r.evidence)}.{figure}")
        paragraphs(f"**{fc.family.label}**", bullet_list(items))


def stand_section(c: Content, s: Summary) -> None:
    t = c.texts
    st.header(t["heading_stand_short"])
    q = s.quiz
    lines = [f"{t['label_quiz']} {t['not_taken']}"]
    if q.answered:
        review = quiz_words(c, s)
        progress = t["quiz_progress"].format(answered=q.answered, total=q.total)
        lines = [f"{t['label_quiz']} {progress}", f"**{t['glance_quiz']}:** {review}"]
    sure = s.sure
    yes = t["x_of_y"].format(x=sure.yes, y=sure.total)
    said = (
        f"**{yes}** {t['sure_answered_yes']}{sure_open(c, s)}"
        if sure.answered
        else t["not_answered"]
    )
    paragraphs(*lines, f"{t['label_leaning']} **{s.leaning}**", f"{t['label_sure']} {said}")
    if sure.conflict:
        st.warning(c.sure_guidance)


def questions_section(c: Content, s: Summary) -> None:
    st.header(c.texts["heading_questions"])
    bullets(plain_markdown(text) for text in s.questions)
    if s.notes:
        paragraphs(f"**{c.texts['your_notes']}**", plain_markdown(s.notes))


def sources_section(c: Content, s: Summary) -> None:
    t = c.texts
    st.header(t["heading_sources"])
    m = s.meta
    version = t["version_line"].format(
        version=m.content_version,
        reviewed=f"{m.date_reviewed:%d %b %Y}",
        next=f"{m.next_review:%d %b %Y}",
    )
    small(
        [
            *(citation(c, src) for src in s.sources),
            f"{version} {m.funding} {m.conflicts}",
            m.disclaimer,
        ]
    )
