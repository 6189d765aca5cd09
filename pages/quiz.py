import streamlit as st

from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.summary import quiz_result
from ui import session
from ui.layout import page

PATH = "pages/quiz.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    for n, q in enumerate(c.quiz, start=1):
        with st.container(border=True):
            st.radio(
                f"{n}. {q.question}",
                options=list(range(len(q.choices))),
                format_func=q.choices.__getitem__,
                **session.bind(f"quiz.{q.id}"),
            )
            chosen = session.answers().quiz.get(q.id)
            if chosen is not None:
                if chosen == q.answer:
                    st.success(t["quiz_right"].format(explanation=q.explanation))
                else:
                    answer = q.choices[q.answer]
                    st.info(t["quiz_not_quite"].format(answer=answer, explanation=q.explanation))
                st.caption(t["sources_line"].format(ids=", ".join(q.sources)))
    r = quiz_result(c, session.answers())
    score = t["quiz_score"].format(right=r.right, total=r.total)
    st.markdown(f"**{score}** {t['quiz_answered'].format(answered=r.answered)}")


page(PATH, body)
