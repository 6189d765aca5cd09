"""Decision aid for minimally invasive (MIS) versus open spine surgery: the domain package.

Nothing here imports streamlit except :mod:`decision_aid.session`.
"""

__version__ = "0.1.0"
