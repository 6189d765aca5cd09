"""The summary PDF: answers + content -> PDF bytes, carrying the answers inside.

``build`` puts the sections in order; ``page`` is the page and text layer (paper, footer,
paragraphs, headings, measuring by drawing); ``fonts`` makes any text drawable;
``charts`` draws priority bars, icon arrays and the weigh-up chart as vector shapes;
``compare`` draws the side-by-side comparison for one operation family.
"""

from decision_aid.report.build import ATTACHMENT, build_pdf

__all__ = ["ATTACHMENT", "build_pdf"]
