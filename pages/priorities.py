import streamlit as st

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.models import Content
from ui import session
from ui.layout import page

PATH = "pages/priorities.py"


def body(c: Content, a: Answers) -> None:
    words = Choices(c)
    for p in c.priorities:
        st.radio(
            p.label,
            list(range(len(words.ratings()))),
            format_func=words.rating,
            horizontal=True,
            help=p.meaning,
            **session.bind(f"priorities.{p.id}"),
        )
        st.caption(p.meaning)
    rated = len(session.answers().priorities)
    st.caption(c.texts["rated_count"].format(rated=rated, total=len(c.priorities)))


page(PATH, body)
