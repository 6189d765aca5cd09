import streamlit as st

from decision_aid.summary import RATING_WORDS
from ui import session
from ui.layout import content, page

PATH = "pages/priorities.py"


def body() -> None:
    c = content()
    st.write(c.texts["priorities_intro"])
    for p in c.priorities:
        st.radio(
            p.label,
            list(range(len(RATING_WORDS))),
            format_func=lambda i: RATING_WORDS[i],
            horizontal=True,
            help=p.meaning,
            **session.bind(f"priorities.{p.id}"),
        )
        st.caption(p.meaning)
    rated = len(session.answers().priorities)
    st.caption(f"You have rated {rated} of {len(c.priorities)} points.")


page(PATH, body)
