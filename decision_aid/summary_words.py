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
