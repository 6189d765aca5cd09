"""The questions of "Your situation", once: the save file's field, the kind of answer, the
question's words and the summary line's label. The summary and the FHIR export both read
this table, so they cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.models import Content

Kind = Literal["choice", "choices", "boolean", "text", "texts", "condition"]


@dataclass(frozen=True)
class Item:
    field: str  # the Answers field (or "next_step" of the Consult)
    kind: Kind
    label: str  # data/texts.yaml key of the question
    choices: str = ""  # data/choices.yaml kind, for choice items
    summary: str = ""  # data/texts.yaml key of its line in the summary ("" = none)
    only_if: str = ""  # shown in the summary only if this answer is set ("condition=tumour")


SITUATION = (
    Item("warning_signs", "choices", "warning_header", "warning_signs", "situation_warning_signs"),
    Item("condition", "condition", "q_condition", "", "situation_condition"),
    Item(
        "tumour_size",
        "choice",
        "q_tumour_size",
        "tumour_size",
        "situation_tumour_size",
        "condition=tumour",
    ),
    Item("levels", "choice", "q_levels", "levels", "situation_levels"),
    Item("symptoms", "choices", "q_symptoms", "symptoms", "situation_symptoms"),
    Item("pain_pattern", "choice", "q_pain_pattern", "pain_pattern", "situation_pain_pattern"),
    Item("duration", "choice", "q_duration", "durations", "situation_duration"),
    Item("tried", "choices", "q_tried", "treatments", "situation_tried"),
    Item("age_band", "choice", "q_age_band", "age_band", "situation_age"),
    Item("overall_health", "choice", "q_health", "health", "situation_health"),
    Item("blood_thinners", "boolean", "q_blood_thinners", "", "situation_blood_thinners"),
    Item(
        "blood_thinner_kind",
        "choice",
        "q_blood_thinner_kind",
        "blood_thinner_kind",
        "situation_thinner_kind",
        "blood_thinners",
    ),
    Item(
        "previous_surgery_same_level",
        "boolean",
        "q_previous_surgery",
        "",
        "situation_previous_surgery",
    ),
    Item(
        "earlier_surgery",
        "choices",
        "q_earlier_surgery",
        "earlier_surgery",
        "situation_earlier",
        "previous_surgery_same_level",
    ),
    Item("smoking", "choice", "q_smoking", "smoking", "situation_smoking"),
    Item("diabetes", "boolean", "q_diabetes", "", "situation_diabetes"),
    Item("bone_or_steroids", "boolean", "q_bone_or_steroids", "", "situation_bones"),
    Item("weight", "choice", "q_weight", "weight", "situation_weight"),
    Item("worry_anaesthesia", "boolean", "q_worry_anaesthesia", "", "situation_worry_anaesthesia"),
    Item("worry_radiation", "boolean", "q_worry_radiation", "", "situation_worry_radiation"),
    Item("work", "choice", "q_work", "work", "situation_work"),
    Item("quick_return_to_work", "boolean", "q_quick_return", "", "situation_quick_return"),
    Item("home_support", "choice", "q_home_support", "home_support", "situation_home_support"),
    Item("mood", "choice", "q_mood", "mood", "situation_mood"),
    Item("worries", "text", "q_worries"),
)


def shown(item: Item, answers: Answers) -> bool:
    """Whether the summary shows this item for these answers."""
    if not item.summary:
        return False
    field, _, value = item.only_if.partition("=")
    if not field:
        return True
    current = getattr(answers, field)
    return current == value if value else bool(current)


def in_words(content: Content, item: Item, answers: Answers) -> str:
    """The answer to one situation question, in words ("Not answered" when empty)."""
    words = Choices(content)
    value = getattr(answers, item.field)
    if item.kind == "condition":
        cond = content.conditions.get(value)
        return cond.label if cond else words.none
    if item.kind == "boolean":
        return words.yes_no(value)
    if item.kind == "choices":
        return words.many(item.choices, value)
    if item.kind == "choice":
        return words.one(item.choices, value)
    return str(value)
