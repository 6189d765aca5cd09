"""Typed, frozen models for the content in data/ and for a patient's answers.

Content models reject unknown fields, so a typo in a YAML key is an error rather than
a silently ignored line.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field

from decision_aid.model_base import (
    FAMILIES,
    ClaimStatus,
    Family,
    FamilyEvidence,
    OptionId,
    Side,
    Strength,
    _Frozen,
)
from decision_aid.models_journey import (
    Flag,
    Priority,
    QuizQuestion,
    Rule,
    SureItem,
    SurgeonQuestion,
)
from decision_aid.not_now_models import NotNowFamily, OptionFigure

# Names other modules import from here (the models are split by concern, one door in).
__all__ = [
    "FAMILIES",
    "ClaimStatus",
    "Condition",
    "Content",
    "Evidence",
    "Family",
    "FamilyEvidence",
    "FamilyInfo",
    "Figure",
    "Flag",
    "Meta",
    "NotNowFamily",
    "Option",
    "OptionFigure",
    "OptionId",
    "Outcome",
    "Priority",
    "QuizQuestion",
    "Rule",
    "Side",
    "Source",
    "Strength",
    "SureItem",
    "SurgeonQuestion",
    "TradeOff",
]


class Meta(_Frozen):
    content_version: str
    date_reviewed: dt.date
    next_review: dt.date
    authored_by: str
    checked_by: str
    funding: str
    conflicts: str
    disclaimer: str
    purpose: str
    how_chosen: str = ""  # how the studies were found and chosen
    update_policy: str = ""  # what triggers a review
    roles: str = ""  # who wrote and who checks the content
    # Measured by benchmarks/time_to_complete.py (a test keeps it true): low, high.
    minutes_to_complete: tuple[int, int] = (0, 0)


class Source(_Frozen):
    id: str = Field(pattern=r"^(S[0-9]|E[0-9]{1,2})$")
    kind: Literal["document", "study", "guidance"]
    citation: str
    doi: str | None = None
    pmid: str | None = None
    population: str | None = None
    design: str | None = None
    who: str | None = None  # population and design in plain words, for patients
    strength: Literal["stronger", "moderate", "weaker"] | None = None
    quality_note: str | None = None

    @property
    def link(self) -> str:
        if self.doi:
            return f"doi:{self.doi}"
        if self.pmid:
            return f"PMID {self.pmid}"
        return ""


class Option(_Frozen):
    id: OptionId
    name: str
    short: str
    what_it_is: str
    on_the_day: str
    anaesthesia: str
    incision_and_imaging: str
    recovery: str
    sources: tuple[str, ...]

    def sections(self) -> list[tuple[str, str]]:
        """(field, text) in the order shown; the titles are texts ``option_section_<field>``."""
        fields = ("what_it_is", "on_the_day", "anaesthesia", "incision_and_imaging", "recovery")
        return [(f, getattr(self, f)) for f in fields]


class Evidence(_Frozen):
    """What published studies say about a trade-off (EVIDENCE.md's verdicts)."""

    verdict: str
    direction: Side
    strength: Strength
    # False where no study measured it: the direction then follows from how each kind of
    # surgery is done (or the source documents), and the app says "not measured".
    measured: bool = True


class TradeOff(_Frozen):
    key: str
    title: str
    mis: str
    open: str
    claim: str
    claim_favours: Side
    claim_status: ClaimStatus
    evidence: Evidence
    by_family: dict[str, FamilyEvidence] = Field(default_factory=dict)
    outcomes: tuple[str, ...] = ()
    sources: tuple[str, ...]
    order: int
    # Operation families this trade-off is about; empty means all of them.
    applies_to: tuple[Family, ...] = ()
    # Families the clinic pages' claim is about (one page's claim on recurrence is about
    # tumours only); empty means spine surgery in general. Others are told it is not
    # about their kind of operation instead of reading it.
    claim_about: tuple[Family, ...] = ()
    # True when the overall verdict holds for every kind of operation alike.
    family_neutral: bool = False

    def evidence_for(self, family: str | None, not_measured: str = "") -> FamilyEvidence:
        """The evidence for one operation family, never another family's findings.

        A family with its own entry gets it. The overall verdict is used where it names
        no family (no study measured the point, or ``family_neutral``), or when no family
        is given. Otherwise the point was not measured for this family: ``not_measured``
        says so, with no direction and no strength."""
        if family and family in self.by_family:
            return self.by_family[family]
        ev = self.evidence
        if family and ev.measured and not self.family_neutral:
            return FamilyEvidence(
                direction="neither", strength="none", note=not_measured, measured=False
            )
        return FamilyEvidence(
            direction=ev.direction, strength=ev.strength, note=ev.verdict, measured=ev.measured
        )


class Outcome(_Frozen):
    id: str
    label: str
    tradeoff: str
    chart: Literal["continuous", "rate", "words"]


class Figure(_Frozen):
    """One published figure, a row of data/figures.csv."""

    family: Family
    outcome: str
    kind: Literal[
        "pair",
        "difference",
        "odds_ratio",
        "relative_risk",
        "ratio",
        "value",
        "no_difference",
        "more_with_mis",
        "less_with_mis",
        "less_with_open",
    ]
    mis: float | None = None
    open: float | None = None
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    unit: str = ""
    when: str = ""
    source: str
    note: str = ""

    @property
    def is_rate(self) -> bool:
        return self.kind == "pair" and self.unit == "per 100"

    @property
    def shows_no_gap(self) -> bool:
        """The study found no clear difference between MIS and open surgery."""
        return self.kind == "no_difference" or self.note == "no difference"


class Condition(_Frozen):
    id: str
    label: str
    explain: str
    families: tuple[Family, ...]
    sources: tuple[str, ...]
    caveat: str | None = None


class FamilyInfo(_Frozen):
    id: Family
    label: str
    explain: str


# Content.figure_families' indexes: (id of figures, id of option figures) -> the two
# tables themselves (held, so an id is never reused while its entry lives) and the index.
_FAMILY_INDEX: dict[tuple[int, int], tuple[object, object, dict[str, frozenset[str]]]] = {}


class Content(_Frozen):
    meta: Meta
    sources: dict[str, Source]
    options: dict[str, Option]
    tradeoffs: dict[str, TradeOff]
    outcomes: dict[str, Outcome]
    figures: tuple[Figure, ...]
    conditions: dict[str, Condition]
    families: dict[str, FamilyInfo]
    flags: tuple[Flag, ...]
    priorities: tuple[Priority, ...]
    quiz: tuple[QuizQuestion, ...]
    questions: tuple[SurgeonQuestion, ...]
    sure: tuple[SureItem, ...]
    sure_guidance: str
    texts: dict[str, str]
    # Surgery compared with not having surgery now (EVIDENCE.md Part 2).
    option_figures: tuple[OptionFigure, ...] = ()
    not_now: dict[str, NotNowFamily] = Field(default_factory=dict)
    # Outcomes a surgeon may record their own results for (id, label, published).
    clinic_outcomes: tuple[dict[str, Any], ...] = ()
    # Words for the answers a patient can choose: kind -> answer id -> words.
    choices: dict[str, dict[str, str]] = Field(default_factory=dict)
    # Plain words for the notes and units of figures.csv (kept verbatim there).
    plain: dict[str, str] = Field(default_factory=dict)

    def ordered_tradeoffs(self) -> list[TradeOff]:
        return sorted(self.tradeoffs.values(), key=lambda t: t.order)

    @property
    def figure_families(self) -> dict[str, frozenset[str]]:
        """Source id -> the families its figures (both tables) are about: built once per
        pair of tables (content is frozen; a copy with other tables gets its own). Kept
        outside the model, so that it never takes part in comparing two contents."""
        hit = _FAMILY_INDEX.get((id(self.figures), id(self.option_figures)))
        if hit is not None and hit[0] is self.figures and hit[1] is self.option_figures:
            return hit[2]
        found: dict[str, set[str]] = {}
        pairs: list[tuple[str, str]] = [(f.source, f.family) for f in self.figures]
        pairs += [(f.source, f.family) for f in self.option_figures]
        for source, family in pairs:
            found.setdefault(source, set()).add(family)
        index = {s: frozenset(fams) for s, fams in found.items()}
        if len(_FAMILY_INDEX) >= 64:  # tests make many contents; the app has one
            _FAMILY_INDEX.clear()
        key = (id(self.figures), id(self.option_figures))
        _FAMILY_INDEX[key] = (self.figures, self.option_figures, index)
        return index

    def figures_for(self, family: str, outcome: str | None = None) -> list[Figure]:
        return [
            f
            for f in self.figures
            if f.family == family and (outcome is None or f.outcome == outcome)
        ]
