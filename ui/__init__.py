"""Streamlit view helpers shared by the pages (layout only; logic is in decision_aid)."""
