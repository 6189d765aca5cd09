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


def key_figure(row: Row) -> tuple[OutcomeBlock, ShownFigure] | None:
    """The one figure a short summary shows for a row: the first, except that where the
    studies point one way a figure with no clear gap is passed over (beside "points
    towards open surgery" it reads as the opposite). None: no figure fits."""
    points = row.evidence.direction in ("mis", "open")
    for b in row.outcomes:
        for s in b.figures:
            if not (points and s.figure.shows_no_gap):
                return b, s
    return None


def outcome_block(content: Content, family: str, outcome_id: str) -> OutcomeBlock | None:
    figs = content.figures_for(family, outcome_id)
    if not figs:
        return None
    shown = tuple(show(content, f) for f in figs)
    return OutcomeBlock(content.outcomes[outcome_id], shown, disagree(figs))


# comparison()'s rows, kept per content object and family: they depend on the content
# only, and the summary page, present mode and the PDFs ask for them on every rerun or
# build (about 1 ms for fusion). The content is kept with its rows, so its id is not
# reused while the entry lives; rows are frozen, and each call gets its own list.
_ROWS: dict[tuple[int, str], tuple[Content, tuple[Row, ...]]] = {}


def comparison(content: Content, family: str) -> list[Row]:
    """Every trade-off, in the content's order, with this family's figures."""
    if family not in FAMILIES:
        raise ValueError(f"Unknown operation family {family!r}.")
    hit = _ROWS.get((id(content), family))
    if hit is not None and hit[0] is content:
        return list(hit[1])
    rows = _build(content, family)
    if len(_ROWS) >= 64:  # tests make many contents; the app has one
        _ROWS.clear()
    _ROWS[(id(content), family)] = (content, tuple(rows))
    return rows


def _build(content: Content, family: str) -> list[Row]:
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
