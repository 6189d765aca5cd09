"""Router only: page config and navigation. Run with ``streamlit run app.py``."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from decision_aid.content import default_content
from ui.steps import STEPS

ICON = Path(__file__).resolve().parent / "data" / "icon.png"


def run() -> None:
    st.set_page_config(
        page_title=default_content().texts["app_title"],
        page_icon=str(ICON),  # a local file: no request leaves the machine for it
        layout="wide",
        initial_sidebar_state="auto",
    )
    pages = [
        st.Page(s.path, title=f"{i}. {s.title}", icon=s.icon, default=(i == 1))
        for i, s in enumerate(STEPS, start=1)
    ]
    st.navigation(pages, position="sidebar").run()


run()
