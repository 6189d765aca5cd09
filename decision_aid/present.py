"""Present mode: the comparison for the patient's operation family, one point at a time,
the points this patient rated highest first."""

from __future__ import annotations

from dataclasses import dataclass

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.compare import Row, comparison
from decision_aid.evidence import found_line
from decision_aid.models import Content
from decision_aid.not_now import family_content, findings
from decision_aid.patient import primary_family

TOP = 3  # how many of the patient's highest-rated points are highlighted


@dataclass(frozen=True)
class PresentRow:
    row: Row
    found: str  # what studies found, in words
    # the key figures in words, each after what it measures, with its source
    figures: tuple[str, ...]
    rating: str  # how much it matters to the patient, in words ("" if not rated)
    top: bool  # one of the patient's highest-rated points


def present_rows(content: Content, answers: Answers) -> list[PresentRow]:
    """The family's comparison rows, highest-rated first (the content's order otherwise).
    Empty when the family is not known: no figures apply yet."""
    family = primary_family(content, answers)
    if family is None:
        return []
    words = Choices(content)
    rating_of = {
        p.tradeoff: answers.priorities[p.id]
        for p in content.priorities
        if p.id in answers.priorities
    }
    rows = comparison(content, family)
    ranked = sorted(rows, key=lambda r: -rating_of.get(r.tradeoff.key, -1))
    top = {r.tradeoff.key for r in ranked[:TOP] if rating_of.get(r.tradeoff.key, 0) > 0}
    return [
        PresentRow(
            row=r,
            found=found_line(content, r.evidence),
            figures=tuple(
                f"{b.outcome.label}: {s.text} [{s.source.id}]"
                for b in r.outcomes
                for s in b.figures
            ),
            rating=words.rating(rating_of[r.tradeoff.key]) if r.tradeoff.key in rating_of else "",
            top=r.tradeoff.key in top,
        )
        for r in ranked
    ]


def not_now_words(content: Content, family: str, condition: str) -> str:
    """Not having surgery now for this family, in its own words and studies (a tumour
    patient's "no surgery" still means radiotherapy), as on Compare; the general words
    where the family has none."""
    nn = family_content(content, family, condition)
    if nn is None:
        return content.texts["compare_not_now"]
    ids = sorted({f.source for f in findings(content, family, condition)}, key=lambda i: int(i[1:]))
    cited = f" [{', '.join(ids)}]" if ids else ""
    return f"{nn.involves} {nn.evidence}{cited}"
