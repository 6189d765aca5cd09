"""The patient's situation: which operation families fit their condition."""

from __future__ import annotations

from decision_aid.answers import Answers
from decision_aid.models import FAMILIES, Content, QuizQuestion


def families_for(content: Content, answers: Answers) -> list[str]:
    """Operation families that fit the patient's condition (all five if unknown)."""
    cond = content.conditions.get(answers.condition)
    return list(cond.families) if cond else list(FAMILIES)


def primary_family(content: Content, answers: Answers) -> str | None:
    """The one family that fits, or None when the condition maps to several or is unknown."""
    fams = families_for(content, answers)
    return fams[0] if len(fams) == 1 else None


def quiz_for(content: Content, answers: Answers) -> list[QuizQuestion]:
    """The quiz questions that fit the patient's operation family (general ones only when
    the family is not known)."""
    family = primary_family(content, answers)
    return [q for q in content.quiz if not q.families or family in q.families]
