"""What the Summary page and the PDF both show, derived from answers + content."""

from __future__ import annotations

from dataclasses import dataclass

from decision_aid.answers import (
    DURATIONS,
    HEALTH,
    LEANINGS,
    SYMPTOMS,
    TREATMENTS,
    TUMOUR,
    WORK,
    Answers,
)
from decision_aid.flags import raised_flags, surgeon_questions
from decision_aid.models import Content, Flag, Priority
from decision_aid.patient import families_for
from decision_aid.weighing import Change, Weighing, factor_specs, sensitivity, weigh

LEADER_WORDS = {"mis": "MIS", "open": "open surgery", "even": "neither option"}

RATING_WORDS = ("Not at all", "A little", "Somewhat", "A lot", "Very much")


@dataclass(frozen=True)
class QuizResult:
    right: int
    answered: int
    total: int


@dataclass(frozen=True)
class SureResult:
    answered: int
    yes: int
    total: int

    @property
    def complete(self) -> bool:
        return self.answered == self.total

    @property
    def conflict(self) -> bool:
        """True if any answered item is "no": the patient may need more help."""
        return self.yes < self.answered


def _join(keys: list[str], words: dict[str, str]) -> str:
    return ", ".join(words.get(k, k) for k in keys) or "Not answered"


def situation(content: Content, answers: Answers) -> list[tuple[str, str]]:
    cond = content.conditions.get(answers.condition)
    fams = [content.families[f].label for f in families_for(content, answers)]
    yes_no = {True: "Yes", False: "No"}
    lines = [
        ("Condition", cond.label if cond else "Not answered"),
        ("Operation figures shown for", ", ".join(fams)),
        ("Main symptoms", _join(answers.symptoms, SYMPTOMS)),
        ("How long", DURATIONS.get(answers.duration, "Not answered")),
        ("Care tried so far", _join(answers.tried, TREATMENTS)),
        ("Blood thinners or bleeding risk", yes_no[answers.blood_thinners]),
        ("Earlier surgery at the same place", yes_no[answers.previous_surgery_same_level]),
        ("General health", HEALTH.get(answers.overall_health, "Not answered")),
        ("Worried about general anaesthesia", yes_no[answers.worry_anaesthesia]),
        ("Worried about radiation", yes_no[answers.worry_radiation]),
        ("Work", WORK.get(answers.work, "Not answered")),
        ("Quick return to work matters", yes_no[answers.quick_return_to_work]),
    ]
    if answers.condition == "tumour":
        lines.insert(2, ("Tumour size", TUMOUR.get(answers.tumour_size, "Not answered")))
    return lines


def ranked_priorities(content: Content, answers: Answers) -> list[tuple[Priority, int]]:
    """Rated priorities, most important first (ties keep the content's order)."""
    rated = [
        (p, answers.priorities[p.id]) for p in content.priorities if p.id in answers.priorities
    ]
    return sorted(rated, key=lambda pr: -pr[1])


def quiz_result(content: Content, answers: Answers) -> QuizResult:
    answered = [q for q in content.quiz if q.id in answers.quiz]
    right = sum(1 for q in answered if answers.quiz[q.id] == q.answer)
    return QuizResult(right, len(answered), len(content.quiz))


def sure_result(content: Content, answers: Answers) -> SureResult:
    ids = [s.id for s in content.sure]
    answered = [i for i in ids if i in answers.sure]
    return SureResult(len(answered), sum(1 for i in answered if answers.sure[i]), len(ids))


def leaning_label(answers: Answers) -> str:
    return LEANINGS.get(answers.leaning, "Not answered")


def questions_to_ask(content: Content, answers: Answers) -> list[str]:
    generated = [
        q.text for q in surgeon_questions(content, answers) if q.id not in answers.skipped_questions
    ]
    return generated + list(answers.own_questions)


def weighing(content: Content, answers: Answers) -> tuple[Weighing, list[Change]]:
    """The weigh-up for the patient's operation family (general evidence if several fit),
    and the smallest changes that would alter it. Ratings of points the content no longer
    has (an older save file) are left out rather than failing."""
    from decision_aid.patient import primary_family

    specs = factor_specs(content, primary_family(content, answers))
    known = {s.id for s in specs}
    ratings = {k: v for k, v in answers.priorities.items() if k in known}
    return weigh(ratings, specs), sensitivity(ratings, specs)


def mirror_sentence(content: Content, w: Weighing) -> str:
    """The overall picture as a mirror of the patient's ratings (never advice)."""
    return content.texts[f"weigh_{w.leader}" if w.rated else "weigh_none"]


def change_sentence(content: Content, ch: Change, rated: bool = True) -> str:
    """What would change the picture, worded for a rated or a not-yet-rated point."""
    key = "weigh_change" if rated else "weigh_change_unrated"
    return content.texts[key].format(
        label=ch.factor.label,
        new=RATING_WORDS[ch.new].lower(),
        old=RATING_WORDS[ch.old].lower(),
        leader=LEADER_WORDS[ch.leader_after],
    )


def flags(content: Content, answers: Answers) -> list[Flag]:
    return raised_flags(content, answers)
