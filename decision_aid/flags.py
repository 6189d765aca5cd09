"""Turn answers into things to discuss with the surgeon, and questions to ask."""

from __future__ import annotations

from decision_aid.answers import Answers
from decision_aid.models import Content, Flag, SurgeonQuestion
from decision_aid.rules import all_or_any


def raised_flags(content: Content, answers: Answers) -> list[Flag]:
    raised = [f for f in content.flags if all_or_any(f.when, f.any_of, answers, f.unless)]
    return sorted(raised, key=lambda f: not f.urgent)  # safety points first, else in order


def pulling_flags(content: Content, answers: Answers, family: str | None) -> list[Flag]:
    """Raised flags that point towards one option for this operation family."""
    return [
        f
        for f in raised_flags(content, answers)
        if f.leans in ("mis", "open") and (not f.leans_in or family in f.leans_in)
    ]


def surgeon_questions(content: Content, answers: Answers) -> list[SurgeonQuestion]:
    return [q for q in content.questions if all_or_any(q.when, q.any_of, answers, q.unless)]
