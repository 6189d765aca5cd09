"""Present mode on a shared screen: one point at a time, large and uncluttered."""

from __future__ import annotations

import streamlit as st

from decision_aid.models import Content
from decision_aid.present import PresentRow, not_now_words
from ui import session

PICK = "present_pick"  # the box that picks the point shown
INDEX = "present_index"  # the point shown, kept across pages

# Larger type for a shared screen (static CSS; no patient data goes into markup).
LARGE = """<style>
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 1.35rem; line-height: 1.5; }
[data-testid="stMain"] h2 { font-size: 2.2rem; }
</style>"""


def show_row(c: Content, rows: list[PresentRow], condition: str) -> None:
    t = c.texts
    st.html(LARGE)
    labels = [("★ " if r.top else "") + r.row.tradeoff.title for r in rows]
    # The box's own state is the point shown, and the buttons below set it (before the
    # page is drawn again, so the box shows the new point too); the flag keeps the point
    # while the clinician is on another page, where the box's state is dropped.
    if session.widget_state(PICK) not in range(len(rows)):
        session.set_widget_state(PICK, min(int(session.get_flag(INDEX, 0)), len(rows) - 1))
    index = st.selectbox(
        t["present_pick"], range(len(rows)), format_func=lambda i: labels[i], key=PICK
    )
    session.set_flag(INDEX, index)
    r = rows[index]
    st.header(labels[index])
    if r.rating:
        st.success(t["present_matters"].format(rating=r.rating.lower()), icon=":material/star:")
    left, right = st.columns(2, gap="large")
    left.subheader(t["label_mis"])
    left.write(r.row.tradeoff.mis)
    right.subheader(t["label_open"])
    right.write(r.row.tradeoff.open)
    st.markdown(f"**{t['studies_found']}** {r.found}")
    if r.row.evidence.note:
        st.markdown(r.row.evidence.note)
    for line in r.figures:
        st.markdown(f"- {line}")
    if any(s.help for b in r.row.outcomes for s in b.figures):
        st.caption(t["ratio_help"])  # how to read an odds ratio, where one is shown
    with st.container(border=True):
        st.markdown(f"**{t['present_not_now']}.** {not_now_words(c, r.row.family, condition)}")
    back, forward = st.columns(2)
    back.button(
        t["present_prev"],
        disabled=index == 0,
        width="stretch",
        icon=":material/chevron_left:",
        on_click=_go,
        args=(index - 1,),
    )
    forward.button(
        t["present_next"],
        disabled=index == len(rows) - 1,
        width="stretch",
        icon=":material/chevron_right:",
        on_click=_go,
        args=(index + 1,),
    )


def _go(index: int) -> None:
    session.set_widget_state(PICK, index)
    session.set_flag(INDEX, index)
