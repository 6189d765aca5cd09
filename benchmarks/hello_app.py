"""The one-line hello-world app that benchmarks/load.py compares the decision aid with."""

import streamlit as st

st.write("Hello, world!")
