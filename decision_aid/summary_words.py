"""The quiz and SURE results of a :class:`~decision_aid.summary.Summary` in words, as the
summary page, both PDFs and the consult screen say them."""

from __future__ import annotations

from decision_aid.models import Content
from decision_aid.summary import Summary


def quiz_words(content: Content, s: Summary, answers: bool = True) -> str:
    """The quiz points worth another look; "Not taken yet." when no question was
    answered ("Nothing from the quiz" would say it went well)."""
    t = content.texts
    if not s.quiz.answered:
        return t["not_taken"]
    if not answers:  # for the clinician: the questions only, quoted as the patient read
        # them (the answer would read as the patient's own)
        quoted = (t["consult_quiz_item"].format(question=q) for q, _ in s.quiz_review)
        return " ".join(quoted) or t["glance_quiz_none"]
    item = t["quiz_review_item"]
    return (
        " ".join(item.format(question=q, answer=a) for q, a in s.quiz_review)
        or t["glance_quiz_none"]
    )


def sure_words(content: Content, s: Summary) -> str:
    """How many SURE items were answered yes; "Not answered yet." when none was answered
    ("You said yes to 0 of 4" would read as four noes)."""
    t = content.texts
    if not s.sure.answered:
        return t["not_answered"]
    return t["pdf_sure_line"].format(yes=s.sure.yes, total=s.sure.total) + sure_open(content, s)


def sure_open(content: Content, s: Summary) -> str:
    """ " 3 not answered yet." where some SURE items were left open, else "": "0 of 4
    answered yes" alone would read as four noes."""
    left = s.sure.total - s.sure.answered
    if not s.sure.answered or not left:
        return ""
    return " " + content.texts["sure_left_open"].format(n=left)


def matters_most_words(content: Content, s: Summary, n: int = 3) -> str:
    """The points that matter most, in a line; what was rated when none of them does."""
    t = content.texts
    top = s.matters_most(n)
    if top:
        return "; ".join(p.label for p, _, _ in top)
    return t["matters_none"] if s.priorities else t["not_rated"]


EXCERPT = 300  # characters of a long free text shown where the reader wants the gist


def excerpt(text: str, limit: int = EXCERPT) -> tuple[str, bool]:
    """The start of ``text`` (stripped), cut at a space near ``limit`` characters with "…";
    and whether it was cut. Page 1 of the PDFs and the consult screen show this, and the
    whole text where the reader is told it is."""
    text = text.strip()
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip() + "…", True


def gist(text: str, nothing: str, more: str) -> str:
    """A free text's start for page 1 of the PDFs (a long one filled it and the next page),
    then, on a line of its own (its own bidi paragraph), ``more``: where the whole text is.
    ``nothing`` where nothing was written."""
    start, cut = excerpt(text)
    return f"{start}\n{more}" if cut else start or nothing
