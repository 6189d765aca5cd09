"""Decision aid for minimally invasive (MIS) versus open spine surgery: the domain package.

It imports neither streamlit nor plotly (tests/unit/test_layers.py enforces it): everything
that draws on the web lives in :mod:`ui`, and the PDF lives in :mod:`decision_aid.report`.
"""

__version__ = "0.1.0"
