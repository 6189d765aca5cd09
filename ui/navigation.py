"""The app's pages as Streamlit ``Page`` objects, made once per process.

Building an ``st.Page`` from a path resolves the file on disk, and so do
``st.page_link`` and ``st.switch_page`` when they are given a path. With every
step drawing twelve sidebar links on every rerun, that path resolution was about a
third of the server's CPU under load (py-spy, ``benchmarks/load.py``). Here each
page is built once per process and main script folder, and links and page
switches are given the ``Page`` object, which Streamlit uses without touching the
disk.

Nothing here depends on a patient: titles and icons come from the content.
"""

from __future__ import annotations

import base64
import copy
import functools
import threading
from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

from ui.steps import CLINICIAN, STEPS

_lock = threading.Lock()
_built: dict[str, dict[str, StreamlitPage]] = {}


def _build() -> dict[str, StreamlitPage]:
    built: dict[str, StreamlitPage] = {}
    for i, s in enumerate(STEPS, start=1):
        built[s.path] = st.Page(s.path, title=f"{i}. {s.title}", icon=s.icon, default=(i == 1))
    for s in CLINICIAN:  # linked from their own sidebar section (ui/layout.sidebar_nav)
        built[s.path] = st.Page(s.path, title=s.title, icon=s.icon, visibility="hidden")
    return built


def _pages() -> dict[str, StreamlitPage]:
    ctx = get_script_run_ctx()
    root = str(ctx.pages_manager.main_script_parent) if ctx else ""
    with _lock:
        if root not in _built:
            _built[root] = _build()
        return _built[root]


def page(path: str) -> StreamlitPage:
    """The ``Page`` for one of the app's page files, e.g. ``"app_pages/compare.py"``."""
    return _pages()[path]


def for_navigation() -> list[StreamlitPage]:
    """Fresh copies for ``st.navigation``: it marks the page it returns as the one to
    run, and each session's run must mark and run its own object (shared objects would
    race between sessions). A shallow copy touches no disk."""
    return [copy.copy(p) for p in _pages().values()]


ICON = Path(__file__).resolve().parent.parent / "data" / "icon.png"


@functools.cache
def icon_url() -> str:
    """The app's icon as a ``data:`` URL, made once per process. Given a file path,
    ``st.set_page_config`` reads and registers the file on every rerun (about 1 ms);
    a ``data:`` URL is passed to the browser as it is, and no request leaves the machine."""
    return "data:image/png;base64," + base64.b64encode(ICON.read_bytes()).decode("ascii")
