"""Widgets bound to answers, with plain labels."""

from __future__ import annotations

import streamlit as st

from ui import session


def choice(path: str, label: str, options: dict[str, str], help: str | None = None) -> None:
    """A single choice stored as an id ("" when not answered)."""
    st.selectbox(
        label,
        list(options),
        format_func=lambda k: options.get(k, k),
        placeholder="Choose one",
        help=help,
        **session.bind(path, to_widget=lambda v: v or None, from_widget=lambda v: v or ""),
    )
