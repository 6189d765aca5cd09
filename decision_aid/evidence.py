"""Put published figures into plain words, with their source and strength.

Nothing here computes a new number: every number in a phrase is a value of a row of
data/figures.csv, written as published (absolute values of differences are shown with
"less" or "more" instead of a minus sign).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from decision_aid.models import Content, FamilyEvidence, Figure, Source, TradeOff
from decision_aid.risk import fmt_number, per_100, plain_number, plain_pair, reading_number

Direction = Literal["lower_with_mis", "higher_with_mis", "no_difference"]
# Units whose "less" and "more" read better as "shorter" and "longer".
_TIME_UNITS = ("days", "minutes")
_GROUPS = re.compile(r"^(\d+) MIS / (\d+) open$")
COMPLICATIONS = "patients with complications"
# Rows of studies that pooled several kinds of operation (EVIDENCE.md: "lumbar_mixed" is
# for anaesthesia reviews that pooled disc, canal and fusion operations). Their findings
# hold for those kinds only, never for tumour or fracture surgery.
POOLED: dict[str, frozenset[str]] = {
    "lumbar_mixed": frozenset({"discectomy", "decompression", "fusion"}),
}
# A pooled study whose own population is narrower than its pool (EVIDENCE.md's population
# column): E49 studied laminectomy and discectomy only, no fusion.
POOLED_NARROWER: dict[str, frozenset[str]] = {
    "E49": frozenset({"discectomy", "decompression"}),
}


def found_line(content: Content, ev: FamilyEvidence) -> str:
    """ "Points towards MIS (some studies)", "No clear difference" or "Not measured ..."."""
    t = content.texts
    lean = t[f"leans_{ev.direction}"]
    if not ev.measured:
        if ev.direction in ("mis", "open"):
            return t["found_expected"].format(lean=lean)
        return t["found_not_measured"]
    if ev.direction in ("mis", "open"):
        return t["found_lean"].format(lean=lean, agreement=t[f"agreement_{ev.strength}"])
    return lean


def claim_line(content: Content, tr: TradeOff, family: str | None = None) -> str:
    """What the clinic pages claim and how far studies of the patient's kind of
    operation back it (never another family's verdict). For a patient whose kind of
    operation the claim is not about, only that it is about another kind."""
    t = content.texts
    if family and tr.claim_about and family not in tr.claim_about:
        about = ", ".join(content.families[f].label.lower() for f in tr.claim_about)
        return t["claim_other_family"].format(families=about)
    line = t["claim_line_family"] if family else t["claim_line"]
    return line.format(claim=tr.claim, status=t[claim_status_key(tr, family)])


def claim_status_key(tr: TradeOff, family: str | None) -> str:
    """The text key of how far studies back the claim, for one family or overall."""
    if family is None:
        return f"claim_{tr.claim_status}"
    own = tr.by_family.get(family)
    if own is not None and own.claim_status is not None:
        return f"claim_{own.claim_status}"
    if not tr.evidence_for(family).measured:
        return "claim_not_measured"
    return f"claim_{tr.claim_status}"


def source_families(content: Content, source: str) -> set[str]:
    """The operation families whose figures come from ``source``: empty for a source
    with no figures (a clinic page). A review that pooled kinds of operation (such as
    disc, canal and fusion operations under spinal anaesthesia) counts for each kind it
    pooled (:data:`POOLED`)."""
    found: set[str] = set()
    for fam in content.figure_families.get(source, frozenset()):
        if fam in POOLED:
            found |= POOLED_NARROWER.get(source, POOLED[fam])
        else:
            found.add(fam)
    return found


def sources_for(content: Content, ids: Iterable[str], family: str | None) -> tuple[str, ...]:
    """The sources to cite to a patient of ``family``: a study whose figures all belong to
    other kinds of operation is left out. With no family known, only sources with no
    figures (the clinic pages) are kept."""
    return tuple(s for s in ids if (fams := source_families(content, s)) == set() or family in fams)


def sources_line(content: Content, ids: Iterable[str], family: str | None) -> str:
    """ "Sources: S1, E17" for a patient of ``family`` (see :func:`sources_for`)."""
    return content.texts["sources_line"].format(ids=", ".join(sources_for(content, ids, family)))


_INLINE = re.compile(r"\[(E\d+)\]")


def inline_citations(text: str) -> set[str]:
    """The studies a content text cites in its own words, as "[E51]"."""
    return set(_INLINE.findall(text))


def _range(f: Figure, t: Mapping[str, str]) -> str:
    if f.ci_low is None or f.ci_high is None:
        return ""
    lo, hi = f.ci_low, f.ci_high
    if f.kind in ("odds_ratio", "relative_risk"):  # as published: 0.96 is not 1
        return " " + t["range"].format(lo=fmt_number(lo), hi=fmt_number(hi))
    n = reading_number  # the ends of a range: rounded, no "about"
    if lo < 0 < hi:
        less, more = _less_more(f.unit, t)
        return " " + t["range_across"].format(lo=n(-lo), hi=n(hi), less=less, more=more)
    a, b = sorted((abs(lo), abs(hi)))
    return " " + t["range"].format(lo=n(a), hi=n(b))


def _less_more(unit: str, t: Mapping[str, str]) -> tuple[str, str]:
    if unit in _TIME_UNITS:
        return t["word_shorter"], t["word_longer"]
    return t["word_less"], t["word_more"]


def group_sizes(f: Figure) -> tuple[int, int] | None:
    """The two group sizes a count of patients is out of ("37 MIS / 41 open"), where
    each is above zero and at least its count; else None (``python -m decision_aid
    check`` fails on a count without them)."""
    groups = _GROUPS.match(f.note)
    if not groups or f.mis is None or f.open is None:
        return None
    n_mis, n_open = int(groups[1]), int(groups[2])
    fit = n_mis > 0 and n_open > 0 and 0 <= f.mis <= n_mis and 0 <= f.open <= n_open
    return (n_mis, n_open) if fit else None


def phrase(f: Figure, content: Content) -> str:
    """The figure in words, e.g. "269.5 mL less with MIS (likely range 246.2 to 292.9)".

    The table's units are shown in plain words (data/plain_words.yaml); every word
    around the numbers comes from data/texts.yaml."""
    t, words = content.texts, content.plain
    n = fmt_number  # counts and ratios: as published

    def r(value: float) -> str:  # amounts: rounded for reading, "about" where changed
        return plain_number(value, t["about_value"])

    if f.kind == "difference" and f.difference is not None:
        d = f.difference
        rng = _range(f, t)
        if "with" in f.unit:  # the unit already says which way, e.g. "... with MIS"
            return f"{r(d)} {words.get(f.unit, f.unit)}{rng}"
        less, more = _less_more(f.unit, t)
        word = less if d < 0 else more
        if f.unit.startswith("seconds"):
            return t["diff_xray_seconds"].format(value=r(abs(d))) + rng
        if f.unit == "USD":
            return t["diff_dollars"].format(value=r(abs(d)), word=word) + rng
        return t["diff_with_mis"].format(value=r(abs(d)), unit=f.unit, word=word) + rng
    if f.kind == "pair" and f.mis is not None and f.open is not None:
        if f.unit == "per 100":
            rate = t["per_100"]
            return t["pair"].format(mis=per_100(f.mis, rate), open=per_100(f.open, rate))
        if f.unit == COMPLICATIONS:
            sizes = group_sizes(f)
            if sizes:
                # the same denominator for both (CONTENT.md rule 7), worked out from the
                # published counts and shown beside them, rounded as amounts are
                n_mis, n_open = sizes
                mis_100, open_100 = plain_pair(
                    100 * f.mis / n_mis, 100 * f.open / n_open, t["about_value"]
                )
                return t["pair_complications_of"].format(
                    mis=n(f.mis),
                    n_mis=n_mis,
                    mis_100=t["per_100"].format(n=mis_100, d=100),
                    open=n(f.open),
                    n_open=n_open,
                    open_100=t["per_100"].format(n=open_100, d=100),
                )
            return t["pair_complications"].format(mis=n(f.mis), open=n(f.open))
        unit = words.get(f.unit, f.unit)
        mis, open_ = plain_pair(f.mis, f.open, t["about_value"])
        return t["pair"].format(mis=f"{mis} {unit}", open=f"{open_} {unit}")
    if f.kind in ("odds_ratio", "relative_risk", "ratio") and f.difference is not None:
        return t[f"kind_{f.kind}"].format(value=n(f.difference)) + _range(f, t)
    if f.kind == "value" and f.mis is not None:
        return t["value_about"].format(value=n(f.mis), unit=words.get(f.unit, f.unit))
    return t.get(f"kind_{f.kind}", t["kind_unknown"])


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
    t = content.texts
    src = content.sources[f.source]
    strength = t.get(f"strength_{src.strength}", t["strength_none"])
    if src.quality_note:
        strength += " " + t["strength_authors"].format(note=src.quality_note)
    words = content.plain
    where = f"; {words.get(f.when, f.when)}" if f.when else ""
    note = f"; {words.get(f.note, f.note)}" if f.note and not _GROUPS.match(f.note) else ""
    text = f"{phrase(f, content)}{where}{note}"
    text = text[0].upper() + text[1:]
    ratio = f.kind in ("odds_ratio", "relative_risk")
    return ShownFigure(
        f, text, src, strength, citation(content, src), t["ratio_help"] if ratio else ""
    )


def citation(content: Content, src: Source) -> str:
    if src.kind == "document":
        return f"[{src.id}] {src.citation} ({content.texts['document_kind']})."
    link = f", {src.link}" if src.link else ""
    who = ""
    if src.who:
        about = "about_guidance" if src.kind == "guidance" else "about_study"
        who = " " + content.texts[about].format(who=src.who)
    return f"[{src.id}] {src.citation}{link}.{who}"
