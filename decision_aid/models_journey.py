"""Content models of what the journey asks and says: rules, flags, questions for the
surgeon, quiz questions, SURE items and the points a patient rates."""

from __future__ import annotations

from pydantic import ConfigDict, Field, field_validator

from decision_aid.model_base import Family, FamilyEvidence, Side, _Frozen


class Rule(_Frozen):
    """A test on one answer field. Exactly one of the operators is set."""

    field: str
    equals: str | bool | None = None
    is_in: tuple[str, ...] | None = Field(default=None, alias="in")
    contains: str | None = None
    at_least: int | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class _Ruled(_Frozen):
    """Shown when its rules hold: all ``when`` rules (any, with ``any_of``), no ``unless``."""

    when: tuple[Rule, ...] = ()
    any_of: bool = False
    unless: tuple[Rule, ...] = ()


class Flag(_Ruled):
    id: str
    title: str
    text: str
    leans: Side
    sources: tuple[str, ...]
    when: tuple[Rule, ...]  # a flag always says when it is raised
    # A safety point: shown first and as a warning wherever flags are listed.
    urgent: bool = False
    # Operation families where the evidence behind ``leans`` and ``text`` applies (empty:
    # all). Elsewhere, or when the family is not known, ``text_elsewhere`` is shown and
    # only the sources that hold there (documents, and studies of that family) are cited.
    leans_in: tuple[Family, ...] = ()
    text_elsewhere: str | None = None


class Priority(_Frozen):
    id: str
    label: str
    meaning: str
    tradeoff: str
    # A point whose evidence is not its trade-off's main finding (e.g. staying awake, in
    # the anaesthesia trade-off, which is measured as time): its own, per family. A
    # family missing here has none.
    evidence: dict[str, FamilyEvidence] = Field(default_factory=dict)


class QuizQuestion(_Frozen):
    id: str
    question: str
    choices: tuple[str, ...]
    answer: int
    explanation: str
    sources: tuple[str, ...]
    # Operation families whose evidence the question is about (empty: every patient).
    families: tuple[Family, ...] = ()
    # What each answer means, one per choice, in order.
    feedback: tuple[str, ...] = ()

    @field_validator("choices")
    @classmethod
    def _two_or_more(cls, v: tuple[str, ...]) -> tuple[str, ...]:
        if len(v) < 2:
            raise ValueError("a quiz question needs at least two choices")
        return v


class SurgeonQuestion(_Ruled):
    id: str
    text: str


class SureItem(_Frozen):
    id: str
    letter: str
    question: str
