"""Weigh the patient's priorities against the direction and strength of the evidence.

The maths is a plain weighted sum (:func:`wsm`); :func:`weigh` checks its inputs at the
edge and explains what it found, factor by factor; :func:`sensitivity` names the smallest
change in one rating that would change which option lines up better.

Each factor's contribution is ``rating / 4 * strength * sign`` where ``sign`` is +1 if the
evidence favours MIS, -1 if it favours open surgery and 0 otherwise, and ``strength`` is
1, 2/3, 1/3 or 0 for consistent, some, weak or no evidence. A contribution therefore lies
in [-1, 1]. An option's alignment is the sum of the contributions on its side divided by
the number of factors, so it lies in [0, 1] and can only grow when a factor on its side
is rated higher.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from decision_aid.models import Content, FamilyEvidence

MAX_RATING = 4
STRENGTH_WEIGHT: dict[str, float] = {"consistent": 1.0, "some": 2 / 3, "weak": 1 / 3, "none": 0.0}
SIGN: dict[str, int] = {"mis": 1, "open": -1, "neither": 0, "mixed": 0}
EPS = 1e-9
Leader = Literal["mis", "open", "even"]


@dataclass(frozen=True)
class FactorSpec:
    """One rated priority and what the evidence says about its trade-off."""

    id: str
    label: str
    direction: str
    strength: str
    note: str
    measured: bool = True  # False: it follows from how the operation is done, or unknown


@dataclass(frozen=True)
class Factor:
    spec: FactorSpec
    rating: int
    contribution: float  # > 0 lines up with MIS, < 0 with open surgery


@dataclass(frozen=True)
class Weighing:
    factors: tuple[Factor, ...]
    mis: float
    open: float

    @property
    def net(self) -> float:
        return self.mis - self.open

    @property
    def leader(self) -> Leader:
        return leader_of(self.net)

    @property
    def rated(self) -> bool:
        return any(f.rating > 0 for f in self.factors)


@dataclass(frozen=True)
class Change:
    """A change of one rating that would change which option lines up better."""

    factor: FactorSpec
    old: int
    new: int
    leader_after: Leader

    @property
    def size(self) -> int:
        return abs(self.new - self.old)


def leader_of(net: float) -> Leader:
    if net > EPS:
        return "mis"
    if net < -EPS:
        return "open"
    return "even"


def wsm(ratings: Sequence[float], weights: Sequence[float]) -> list[float]:
    """Per-factor contributions of a weighted sum: ``rating / MAX_RATING * weight``."""
    return [r / MAX_RATING * w for r, w in zip(ratings, weights, strict=True)]


def signed_weight(spec: FactorSpec) -> float:
    return SIGN[spec.direction] * STRENGTH_WEIGHT[spec.strength]


def evidence_words(content: Content, spec: FactorSpec) -> str:
    """What the evidence behind a factor is, in words: "some studies", or "follows from how
    it is done; not measured" where no study measured it (never a bare "some")."""
    t = content.texts
    if not spec.measured:
        return t["weigh_expected" if spec.direction in ("mis", "open") else "weigh_not_measured"]
    return t.get(f"agreement_{spec.strength}", spec.strength)


def factor_specs(content: Content, family: str | None) -> list[FactorSpec]:
    """The rated priorities with their evidence for one operation family (None: general)."""
    out = []
    for p in content.priorities:
        not_measured = content.texts["not_measured_for_family"]
        if p.evidence:
            ev = p.evidence.get(family or "") or FamilyEvidence(
                direction="neither", strength="none", note=not_measured, measured=False
            )
        else:
            ev = content.tradeoffs[p.tradeoff].evidence_for(family, not_measured)
        out.append(FactorSpec(p.id, p.label, ev.direction, ev.strength, ev.note, ev.measured))
    return out


def weigh(ratings: Mapping[str, int], specs: Sequence[FactorSpec]) -> Weighing:
    """Line the options up against the patient's ratings.

    Raises
    ------
    ValueError
        If a rating is outside 0-4, names an unknown factor, or a factor's direction or
        strength is not one the model knows.
    """
    ids = {s.id for s in specs}
    for key, value in ratings.items():
        if key not in ids:
            raise ValueError(f"There is no factor called {key!r} to rate.")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RATING:
            raise ValueError(f"The rating for {key!r} must be a whole number from 0 to 4.")
    for s in specs:
        if s.direction not in SIGN or s.strength not in STRENGTH_WEIGHT:
            raise ValueError(f"Factor {s.id!r} has an unknown direction or strength.")
    if not specs:
        return Weighing((), 0.0, 0.0)
    values = [ratings.get(s.id, 0) for s in specs]
    contributions = wsm(values, [signed_weight(s) for s in specs])
    factors = tuple(Factor(s, v, c) for s, v, c in zip(specs, values, contributions, strict=True))
    n = len(specs)
    mis = sum(c for c in contributions if c > 0) / n
    open_ = -sum(c for c in contributions if c < 0) / n
    return Weighing(factors, mis, open_)


def sensitivity(ratings: Mapping[str, int], specs: Sequence[FactorSpec]) -> list[Change]:
    """Every smallest single-rating change that changes the leader, smallest first.

    For each factor, the closest new rating (0-4) that changes which option lines up
    better (or makes them even) is kept; the list is sorted by size of change.
    """
    base = weigh(ratings, specs).leader
    changes: list[Change] = []
    for s in specs:
        old = ratings.get(s.id, 0)
        for new in sorted(range(MAX_RATING + 1), key=lambda r: (abs(r - old), r)):
            if new == old:
                continue
            after = weigh({**ratings, s.id: new}, specs).leader
            if after != base:
                changes.append(Change(s, old, new, after))
                break
    return sorted(changes, key=lambda ch: ch.size)
