import streamlit as st

from decision_aid.summary import quiz_result
from ui import session
from ui.layout import content, page

PATH = "pages/quiz.py"


def body() -> None:
    c = content()
    st.write(c.texts["quiz_intro"])
    for n, q in enumerate(c.quiz, start=1):
        with st.container(border=True):
            st.radio(
                f"{n}. {q.question}",
                list(range(len(q.choices))),
                format_func=lambda i, q=q: q.choices[i],
                **session.bind(f"quiz.{q.id}"),
            )
            chosen = session.answers().quiz.get(q.id)
            if chosen is not None:
                if chosen == q.answer:
                    st.success(f"Right. {q.explanation}")
                else:
                    st.info(f"Not quite. The answer is: {q.choices[q.answer]}. {q.explanation}")
                st.caption("Sources: " + ", ".join(q.sources))
    r = quiz_result(c, session.answers())
    st.markdown(f"**Your score: {r.right} of {r.total}** ({r.answered} answered)")


page(PATH, body)
