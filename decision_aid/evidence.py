"""Put published figures into plain words, with their source and strength.

Nothing here computes a new number: every number in a phrase is a value of a row of
data/figures.csv, written as published (absolute values of differences are shown with
"less" or "more" instead of a minus sign).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from decision_aid.models import Content, FamilyEvidence, Figure, Source, TradeOff
from decision_aid.risk import fmt_number, per_100

Direction = Literal["lower_with_mis", "higher_with_mis", "no_difference"]
STRENGTH_WORDS: dict[str, str] = {
    "stronger": "Stronger evidence: randomised trials",
    "moderate": "Moderate evidence: studies pooled together, mostly without random assignment",
    "weaker": "Weaker evidence: a single study without random assignment",
}
_TIME_UNITS = {"days": ("shorter", "longer"), "minutes": ("shorter", "longer")}
LEANS: dict[str, str] = {
    "mis": "Points towards MIS",
    "open": "Points towards open surgery",
    "neither": "No clear difference",
    "mixed": "Mixed results",
}
AGREEMENT: dict[str, str] = {
    "consistent": "studies agree",
    "some": "some studies",
    "weak": "weak evidence",
    "none": "no clear evidence",
}
CLAIM_STATUS: dict[str, str] = {
    "supported": "backed by studies",
    "partly": "partly backed by studies",
    "not_supported": "not backed by studies",
    "not_measured": "not measured in studies",
}
_GROUPS = re.compile(r"^(\d+) MIS / (\d+) open$")


def found_line(ev: FamilyEvidence) -> str:
    """ "Points towards MIS (some studies)", "No clear difference" or "Not measured ..."."""
    if not ev.measured:
        if ev.direction in ("mis", "open"):
            return f"{LEANS[ev.direction]} (expected from how it is done; not measured)"
        return "Not measured for this operation"
    if ev.direction in ("mis", "open"):
        return f"{LEANS[ev.direction]} ({AGREEMENT[ev.strength]})"
    return LEANS[ev.direction]


def claim_line(t: TradeOff) -> str:
    return f"{t.claim} Overall: {CLAIM_STATUS[t.claim_status]}."


def _range(f: Figure) -> str:
    if f.ci_low is None or f.ci_high is None:
        return ""
    lo, hi = f.ci_low, f.ci_high
    if f.kind in ("odds_ratio", "relative_risk"):
        return f" (likely range {fmt_number(lo)} to {fmt_number(hi)})"
    if lo < 0 < hi:
        less, more = _less_more(f.unit)
        return f" (likely range from {fmt_number(-lo)} {less} to {fmt_number(hi)} {more})"
    a, b = sorted((abs(lo), abs(hi)))
    return f" (likely range {fmt_number(a)} to {fmt_number(b)})"


def _less_more(unit: str) -> tuple[str, str]:
    return _TIME_UNITS.get(unit, ("less", "more"))


def phrase(f: Figure, plain: Mapping[str, str] | None = None) -> str:
    """The figure in words, e.g. "269.5 mL less with MIS (likely range 246.2 to 292.9)".

    ``plain`` maps the table's units to plain words (data/plain_words.yaml)."""
    words = plain or {}
    if f.kind == "difference" and f.difference is not None:
        d = f.difference
        if "with" in f.unit:  # the unit already says which way, e.g. "... with MIS"
            return f"{fmt_number(d)} {words.get(f.unit, f.unit)}{_range(f)}"
        less, more = _less_more(f.unit)
        word = less if d < 0 else more
        unit = "more X-ray time" if f.unit.startswith("seconds") else f.unit
        if f.unit.startswith("seconds"):
            return f"{fmt_number(abs(d))} seconds {unit} with MIS{_range(f)}"
        if f.unit == "USD":
            return f"{fmt_number(abs(d))} US dollars {word} with MIS{_range(f)}"
        return f"{fmt_number(abs(d))} {unit} {word} with MIS{_range(f)}"
    if f.kind == "pair" and f.mis is not None and f.open is not None:
        if f.unit == "per 100":
            return f"{per_100(f.mis)} with MIS, {per_100(f.open)} with open surgery"
        unit = f" {f.unit}" if f.unit not in ("patients with complications",) else ""
        text = f"{fmt_number(f.mis)}{unit} with MIS, {fmt_number(f.open)}{unit} with open surgery"
        groups = _GROUPS.match(f.note)
        if f.unit == "patients with complications" and groups:
            return (
                f"{fmt_number(f.mis)} of {groups[1]} with MIS, {fmt_number(f.open)} of "
                f"{groups[2]} with open surgery had a complication"
            )
        if f.unit == "patients with complications":
            text = f"{text} had a complication"
        if f.unit in words and f.unit not in ("patients with complications",):
            text = text.replace(f" {f.unit} ", f" {words[f.unit]} ")
        return text
    if f.kind == "odds_ratio" and f.difference is not None:
        return f"odds {fmt_number(f.difference)} times those with open surgery{_range(f)}"
    if f.kind == "relative_risk" and f.difference is not None:
        return f"risk {fmt_number(f.difference)} times that with open surgery{_range(f)}"
    if f.kind == "ratio" and f.difference is not None:
        return f"open surgery cost {fmt_number(f.difference)} times as much as MIS"
    if f.kind == "value" and f.mis is not None:
        return f"about {fmt_number(f.mis)} {words.get(f.unit, f.unit)}"
    return {
        "no_difference": "no clear difference",
        "more_with_mis": "more with MIS (no number given)",
        "less_with_mis": "less with MIS (no number given)",
        "less_with_open": "less with open surgery (no number given)",
    }.get(f.kind, "finding not stated")


def direction(f: Figure) -> Direction:
    """Which way a figure points, counting results the source calls not significant as none."""
    note = f.note.lower()
    if f.kind == "no_difference" or "not significant" in note or note == "no difference":
        return "no_difference"
    if f.kind in ("odds_ratio", "relative_risk", "ratio"):
        v = f.difference or 1.0
        if f.ci_low is not None and f.ci_high is not None and f.ci_low < 1 <= f.ci_high:
            return "no_difference"
        if f.kind == "ratio":  # open cost / MIS cost
            v = 1 / v
        return "lower_with_mis" if v < 1 else "higher_with_mis"
    if f.kind == "difference" and f.difference is not None:
        if f.ci_low is not None and f.ci_high is not None and f.ci_low < 0 < f.ci_high:
            return "no_difference"
        return "lower_with_mis" if f.difference < 0 else "higher_with_mis"
    if f.kind == "pair" and f.mis is not None and f.open is not None:
        if f.mis == f.open:
            return "no_difference"
        return "lower_with_mis" if f.mis < f.open else "higher_with_mis"
    if f.kind in ("less_with_mis",):
        return "lower_with_mis"
    if f.kind in ("more_with_mis", "less_with_open"):
        return "higher_with_mis"
    return "no_difference"


def disagree(figures: list[Figure]) -> bool:
    """True when figures for one outcome point in different directions."""
    return len({direction(f) for f in figures}) > 1


@dataclass(frozen=True)
class ShownFigure:
    figure: Figure
    text: str
    source: Source
    strength: str
    citation: str
    help: str = ""


def show(content: Content, f: Figure) -> ShownFigure:
    src = content.sources[f.source]
    strength = STRENGTH_WORDS.get(src.strength or "", "Strength not rated")
    if src.quality_note:
        strength += f" (the authors rated it {src.quality_note})"
    words = content.plain
    where = f"; {words.get(f.when, f.when)}" if f.when else ""
    note = f"; {words.get(f.note, f.note)}" if f.note and not _GROUPS.match(f.note) else ""
    text = f"{phrase(f, words)}{where}{note}"
    text = text[0].upper() + text[1:]
    ratio = f.kind in ("odds_ratio", "relative_risk")
    return ShownFigure(
        f, text, src, strength, citation(src), content.texts["ratio_help"] if ratio else ""
    )


def citation(src: Source) -> str:
    link = f", {src.link}" if src.link else ""
    who = f" Studied in: {src.population}; {src.design}." if src.population else ""
    return f"[{src.id}] {src.citation}{link}.{who}"
