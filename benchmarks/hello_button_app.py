"""The hello-world baseline of benchmarks/browser.py: one button and one line of text,
with the same server settings as app.py (including ui/network.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from ui.network import nodelay_once

nodelay_once()
st.session_state.setdefault("clicks", 0)
if st.button("Next →"):
    st.session_state["clicks"] += 1
st.write(f"Clicks: {st.session_state['clicks']}")
