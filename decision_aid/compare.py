"""The side-by-side comparison for one operation family, built from content only."""

from __future__ import annotations

from dataclasses import dataclass

from decision_aid.evidence import ShownFigure, disagree, show
from decision_aid.models import FAMILIES, Content, FamilyEvidence, Figure, Outcome, TradeOff


@dataclass(frozen=True)
class OutcomeBlock:
    outcome: Outcome
    figures: tuple[ShownFigure, ...]
    disagree: bool

    @property
    def rates(self) -> list[Figure]:
        return [s.figure for s in self.figures if s.figure.is_rate]

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(s.source.id for s in self.figures))


@dataclass(frozen=True)
class Row:
    tradeoff: TradeOff
    evidence: FamilyEvidence
    outcomes: tuple[OutcomeBlock, ...]
    family: str = ""

    @property
    def says_no_figures(self) -> bool:
        """True when the row should say that this family has no figures for it (and its
        family-specific note does not already say so)."""
        return (
            not self.outcomes
            and bool(self.tradeoff.outcomes)
            and self.family not in self.tradeoff.by_family
            and self.evidence.measured  # a "not measured" note already says so
        )


def outcome_block(content: Content, family: str, outcome_id: str) -> OutcomeBlock | None:
    figs = content.figures_for(family, outcome_id)
    if not figs:
        return None
    shown = tuple(show(content, f) for f in figs)
    return OutcomeBlock(content.outcomes[outcome_id], shown, disagree(figs))


def comparison(content: Content, family: str) -> list[Row]:
    """Every trade-off, in the content's order, with this family's figures."""
    if family not in FAMILIES:
        raise ValueError(f"Unknown operation family {family!r}.")
    rows = []
    for t in content.ordered_tradeoffs():
        if t.applies_to and family not in t.applies_to:
            continue
        blocks = tuple(
            b for o in t.outcomes if (b := outcome_block(content, family, o)) is not None
        )
        ev = t.evidence_for(family, content.texts["not_measured_for_family"])
        rows.append(Row(t, ev, blocks, family))
    return rows


def figure_sources(rows: list[Row]) -> list[str]:
    """The studies whose figures the rows show, in order of first appearance."""
    return list(dict.fromkeys(s.source.id for r in rows for b in r.outcomes for s in b.figures))
