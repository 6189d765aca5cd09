import streamlit as st

from decision_aid.answers import MAX_QUESTIONS, Answers
from decision_aid.flags import surgeon_questions
from decision_aid.models import Content
from ui import session
from ui.layout import page
from ui.widgets import long_text

PATH = "app_pages/questions.py"


def _toggle(qid: str) -> None:
    a = session.answers()
    skipped = set(a.skipped_questions)
    skipped ^= {qid}
    a.skipped_questions = sorted(skipped)


def body(c: Content, a: Answers) -> None:
    t = c.texts
    for q in surgeon_questions(c, a):
        st.checkbox(
            q.text,
            value=q.id not in a.skipped_questions,
            key=f"ask:{q.id}",
            on_change=_toggle,
            args=(q.id,),
        )
    st.header(t["own_questions_header"])
    typed = long_text(
        "own_questions",
        t["own_questions_label"].format(max=MAX_QUESTIONS),
        to_widget="\n".join,
        from_widget=lambda s: s.splitlines(),
    )
    if len([line for line in (typed or "").splitlines() if line.strip()]) > MAX_QUESTIONS:
        st.warning(t["too_many_questions"])
    long_text("notes", t["notes_label"])


page(PATH, body)
