"""Router only: page config and navigation. Run with ``streamlit run app.py``.

The steps live in app_pages/, not pages/: Streamlit treats a folder named pages/ beside
the entry script as its older multipage app, and when the first visit after the server
started was a step's own address (a bookmark), it ran that file without this router, and
every session's sidebar then listed the files (tests/e2e/test_deep_link.py)."""

from __future__ import annotations

import streamlit as st

from decision_aid.content import default_content
from ui import navigation, network


def run() -> None:
    network.nodelay_once()  # Streamlit leaves Nagle's algorithm on (ui/network.py)
    st.set_page_config(
        page_title=default_content().texts["app_title"],
        page_icon=navigation.icon_url(),  # a data: URL, made once (ui/navigation.py)
        layout="wide",
        initial_sidebar_state="auto",
    )
    # Streamlit's own sidebar list shows the patient's ten steps (sent as one message
    # per rerun); the clinicians' pages are hidden from it and drawn below it as a
    # section of their own by the page frame (ui/layout.sidebar_nav). Streamlit's
    # sectioned list would put headings inside <ul> (an axe "list" violation).
    st.navigation(navigation.for_navigation(), position="sidebar", expanded=True).run()


run()
