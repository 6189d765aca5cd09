import streamlit as st

from ui import session
from ui import summary_view as view
from ui.layout import content, page

PATH = "pages/summary.py"


def body() -> None:
    c = content()
    a = session.answers()
    st.write(c.texts["summary_intro"])
    view.downloads(c, a)
    view.situation_section(c, a)
    view.priorities_section(c, a)
    rows = view.comparison_section(c, a)
    view.stand_section(c, a)
    view.questions_section(c, a)
    view.sources_section(c, a, rows)


page(PATH, body)
