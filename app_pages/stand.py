import streamlit as st

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.models import Content
from decision_aid.summary import sure_result
from ui import session
from ui.layout import page
from ui.widgets import choose

PATH = "app_pages/stand.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    choose("leaning", "leanings", "q_leaning")
    st.header(t["sure_header"])
    st.caption(t["sure_caption"])
    words = Choices(c)
    for item in c.sure:
        st.radio(
            item.question,
            [True, False],
            format_func=words.yes_no,
            horizontal=True,
            **session.bind(f"sure.{item.id}"),
        )
    r = sure_result(c, session.answers())
    if r.conflict:
        st.warning(c.sure_guidance, icon=":material/support:")
    elif r.complete:
        st.success(t["sure_all_yes"])
    st.write(t["informed"])


page(PATH, body)
