import streamlit as st

from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.summary import summarise
from ui import session
from ui.consult_view import essentials, notes_and_record, own_results
from ui.layout import clinician_page, go_button
from ui.loading import loader

PATH = "app_pages/consult.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    if a == Answers():
        st.info(t["consult_load_first"])
        loader(c, "consult_upload", t["consult_load_label"])
        st.caption(t["consult_privacy"])  # a file loaded here draws the consult screen at
        return  # once: it is loaded in the upload box's callback, before this run
    s = summarise(c, a, tuple(session.get_flag("shortened") or ()))
    present = "app_pages/present.py"
    go_button(st, t["consult_present"], PATH, present, type="primary", icon=":material/co_present:")
    essentials(c, s)
    own = own_results(c, s)
    notes_and_record(c, session.answers(), s, own)
    with st.expander(t["consult_load_another"]):
        loader(c, "consult_upload", t["consult_load_label"])
    st.caption(t["consult_privacy"])


clinician_page(PATH, body)
