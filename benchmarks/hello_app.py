"""The hello-world app that benchmarks/load.py compares the decision aid with: one line
of output, and the same server settings as app.py (including ui/network.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import streamlit as st

from ui.network import nodelay_once

nodelay_once()
st.write("Hello, world!")
