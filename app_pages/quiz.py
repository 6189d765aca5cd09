import streamlit as st

from decision_aid.answers import Answers
from decision_aid.evidence import sources_line
from decision_aid.models import Content
from decision_aid.patient import primary_family, quiz_for
from decision_aid.summary import quiz_result
from ui import session
from ui.layout import page

PATH = "app_pages/quiz.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    asked = quiz_for(c, a)
    family = primary_family(c, a)
    for n, q in enumerate(asked, start=1):
        with st.container(border=True):
            st.radio(
                f"{n}. {q.question}",
                options=list(range(len(q.choices))),
                format_func=q.choices.__getitem__,
                **session.bind(f"quiz.{q.id}"),
            )
            chosen = session.answers().quiz.get(q.id)
            if chosen is not None:
                meaning = q.feedback[chosen] if chosen < len(q.feedback) else ""
                show = st.success if chosen == q.answer else st.info
                show(f"{meaning} {q.explanation}".strip())
                st.caption(sources_line(c, q.sources, family))  # this family's studies only
    r = quiz_result(c, session.answers())
    st.markdown(t["quiz_progress"].format(answered=r.answered, total=r.total))


page(PATH, body)
