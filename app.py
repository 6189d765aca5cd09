"""Router only: page config and navigation. Run with ``streamlit run app.py``."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from decision_aid.content import default_content
from ui.steps import CLINICIAN, STEPS

ICON = Path(__file__).resolve().parent / "data" / "icon.png"


def run() -> None:
    st.set_page_config(
        page_title=default_content().texts["app_title"],
        page_icon=str(ICON),  # a local file: no request leaves the machine for it
        layout="wide",
        initial_sidebar_state="auto",
    )
    patient = [
        st.Page(s.path, title=f"{i}. {s.title}", icon=s.icon, default=(i == 1))
        for i, s in enumerate(STEPS, start=1)
    ]
    clinician = [st.Page(s.path, title=s.title, icon=s.icon) for s in CLINICIAN]
    # The sidebar links are drawn by the page frame (ui/layout.sidebar_nav) in two
    # groups: Streamlit's own sectioned list puts headings inside <ul> (an axe "list"
    # violation), so its navigation stays hidden.
    st.navigation([*patient, *clinician], position="hidden").run()


run()
