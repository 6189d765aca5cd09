import streamlit as st

from decision_aid.answers import LEANINGS
from decision_aid.summary import sure_result
from ui import session
from ui.layout import content, page
from ui.widgets import choice

PATH = "pages/stand.py"
YES_NO = {True: "Yes", False: "No"}


def body() -> None:
    c = content()
    st.write(c.texts["stand_intro"])
    choice("leaning", "Which way are you leaning?", LEANINGS)
    st.header("The SURE check")
    st.caption("Four yes-or-no questions about how ready you feel to decide.")
    for item in c.sure:
        st.radio(
            item.question,
            [True, False],
            format_func=YES_NO.get,
            horizontal=True,
            **session.bind(f"sure.{item.id}"),
        )
    r = sure_result(c, session.answers())
    if r.conflict:
        st.warning(c.sure_guidance, icon=":material/support:")
    elif r.complete:
        st.success(c.texts["sure_all_yes"])
    st.write(c.texts["informed"])


page(PATH, body)
