"""Turn answers into things to discuss with the surgeon, and questions to ask."""

from __future__ import annotations

from decision_aid.answers import Answers
from decision_aid.evidence import sources_for
from decision_aid.models import Content, Flag, SurgeonQuestion
from decision_aid.patient import primary_family
from decision_aid.rules import all_or_any


def raised_flags(content: Content, answers: Answers) -> list[Flag]:
    """The flags the answers raise, worded and sourced for the patient's operation family."""
    raised = [f for f in content.flags if all_or_any(f.when, f.any_of, answers, f.unless)]
    family = primary_family(content, answers)
    shown = [for_family(content, f, family) for f in raised]
    return sorted(shown, key=lambda f: not f.urgent)  # safety points first, else in order


def for_family(content: Content, flag: Flag, family: str | None) -> Flag:
    """A flag as a patient of ``family`` sees it: never another family's findings."""
    if family is not None and (not flag.leans_in or family in flag.leans_in):
        text = flag.text
    elif flag.text_elsewhere:
        text = flag.text_elsewhere
    else:
        text = flag.text
    sources = sources_for(content, flag.sources, family)
    return flag.model_copy(update={"text": text, "sources": sources})


def pulling_flags(content: Content, answers: Answers, family: str | None) -> list[Flag]:
    """Raised flags that point towards one option for this operation family."""
    return [
        f
        for f in raised_flags(content, answers)
        if f.leans in ("mis", "open") and (not f.leans_in or family in f.leans_in)
    ]


def surgeon_questions(content: Content, answers: Answers) -> list[SurgeonQuestion]:
    return [q for q in content.questions if all_or_any(q.when, q.any_of, answers, q.unless)]
