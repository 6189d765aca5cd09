"""Natural frequencies ("6 in 100") and icon-array cells for absolute rates.

Rates are stored per 100 people, exactly as published. An icon array has 100 whole
icons, so a published 4.7 in 100 is drawn as 5 filled icons and the caption keeps the
published figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

DENOMINATOR = 100
COLUMNS = 10


def fmt_number(value: float) -> str:
    """A published number as written: no trailing zeros, thousands separated."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def rounded(value: float) -> float:
    """A published number rounded for reading: whole from 10 up, one decimal from 1 up
    (halves away from zero), so "232.91 mL" is read as 233 and "2.11 days" as 2.1. Below
    1 it stays as published: there its decimals are all it has ("0.35 minutes"). The
    data keeps the published figure; the charts' tables show it as published."""
    size = abs(value)
    if size < 1:
        return float(value)
    places = Decimal(1) if size >= 10 else Decimal("0.1")
    return float(Decimal(repr(float(value))).quantize(places, rounding=ROUND_HALF_UP))


def plain_number(value: float, about: str) -> str:
    """:func:`rounded` in words; ``about`` (the content's "about {value}") where the
    rounding changed the number."""
    r = rounded(value)
    text = fmt_number(r)
    return text if r == value else about.format(value=text)


def reading_number(value: float) -> str:
    """:func:`rounded` as written, with no "about": for the ends of a likely range (a
    range is approximate by nature) and for labels beside a number said in full."""
    return fmt_number(rounded(value))


def plain_pair(a: float, b: float, about: str) -> tuple[str, str]:
    """Two amounts compared, each as :func:`plain_number`; both as published where
    rounding would make two different numbers read the same."""
    if a != b and rounded(a) == rounded(b):
        return fmt_number(a), fmt_number(b)
    return plain_number(a, about), plain_number(b, about)


def per_100(value: float, pattern: str) -> str:
    """Natural-frequency phrase for a rate stored per 100 people.

    ``pattern`` is the content's wording with fields ``n`` and ``d`` (e.g. "{n} in {d}")."""
    if not 0 <= value <= DENOMINATOR:
        raise ValueError(f"A rate per 100 must be between 0 and 100, not {value}.")
    return pattern.format(n=fmt_number(value), d=DENOMINATOR)


@dataclass(frozen=True)
class Cell:
    index: int
    row: int
    col: int
    filled: bool


def icon_cells(value: float) -> list[Cell]:
    """100 cells, row by row from the top left; the first ``round(value)`` are filled."""
    if not 0 <= value <= DENOMINATOR:
        raise ValueError(f"A rate per 100 must be between 0 and 100, not {value}.")
    filled = filled_count(value)
    return [Cell(i, i // COLUMNS, i % COLUMNS, i < filled) for i in range(DENOMINATOR)]


def filled_count(value: float) -> int:
    # Round half up, so 4.5 shows 5 icons (Python's round() would give 4).
    return int(value + 0.5)


def icon_caption(value: float, option: str, texts: dict[str, str]) -> str:
    """ "6 in 100 people with MIS", noting when whole icons round the published rate."""
    shown = filled_count(value)
    text = texts["icon_caption"].format(rate=per_100(value, texts["per_100"]), option=option)
    if shown != value:
        text += " " + texts["icon_drawn_as"].format(shown=shown)
    return text
