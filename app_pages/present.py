import streamlit as st

from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.present import present_rows
from ui.figures import confirm_diagnosis
from ui.layout import clinician_page, go_button
from ui.present_view import show_row

PATH = "app_pages/present.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    go_button(st, t["present_back"], PATH, "app_pages/consult.py", icon=":material/arrow_back:")
    rows = present_rows(c, a)
    if not rows:
        confirm_diagnosis(c)
        return
    st.caption(t["present_intro"])
    show_row(c, rows, a.condition)


clinician_page(PATH, body, shown_to_patient=True)
