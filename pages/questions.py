import streamlit as st

from decision_aid.answers import MAX_QUESTIONS, MAX_TEXT
from decision_aid.flags import surgeon_questions
from ui import session
from ui.layout import content, page

PATH = "pages/questions.py"


def _toggle(qid: str) -> None:
    a = session.answers()
    skipped = set(a.skipped_questions)
    skipped ^= {qid}
    a.skipped_questions = sorted(skipped)


def body() -> None:
    c = content()
    a = session.answers()
    st.write(c.texts["questions_intro"])
    for q in surgeon_questions(c, a):
        st.checkbox(
            q.text,
            value=q.id not in a.skipped_questions,
            key=f"ask:{q.id}",
            on_change=_toggle,
            args=(q.id,),
        )
    st.header("Your own questions")
    typed = st.text_area(
        f"Write one question per line (up to {MAX_QUESTIONS}).",
        max_chars=MAX_TEXT,
        **session.bind("own_questions", to_widget="\n".join, from_widget=lambda s: s.splitlines()),
    )
    if len([line for line in (typed or "").splitlines() if line.strip()]) > MAX_QUESTIONS:
        st.warning(c.texts["too_many_questions"])
    st.text_area(
        "Notes for yourself or your surgeon (optional)", max_chars=MAX_TEXT, **session.bind("notes")
    )


page(PATH, body)
