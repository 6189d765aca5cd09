import streamlit as st

from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.present import present_rows
from ui import navigation
from ui.figures import confirm_diagnosis
from ui.layout import clinician_page
from ui.present_view import show_row

PATH = "pages/present.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    if st.button(t["present_back"], icon=":material/arrow_back:"):
        st.switch_page(navigation.page("pages/consult.py"))
    rows = present_rows(c, a)
    if not rows:
        confirm_diagnosis(c)
        return
    st.caption(t["present_intro"])
    show_row(c, rows)


clinician_page(PATH, body)
