"""Surgery compared with not having surgery now, for the patient's operation family.

Every number comes from a row of data/figures_options.csv; the words around it come from
data/not_now/<family>.yaml, whose templates hold no digits of their own but the "in 100"
of a natural frequency (:func:`check`). Each finding says which analysis it comes from:
as randomised, or by the
treatment people actually had.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from decision_aid.models import Content
from decision_aid.not_now_models import Finding, NotNowFamily, OptionFigure
from decision_aid.risk import fmt_number, plain_number, plain_pair, reading_number

COMPARISON = "surgery_vs_nonsurgical"


@dataclass(frozen=True)
class ShownFinding:
    text: str
    source: str
    analysis: str  # in words ("" when the source reports one analysis only)
    crossover: bool
    row: OptionFigure


def row_for(content: Content, family: str, f: Finding) -> OptionFigure | None:
    rows = [
        r
        for r in content.option_figures
        if r.family == family
        and r.comparison == COMPARISON
        and r.source == f.source
        and r.outcome == f.outcome
        and (not f.kind or r.kind == f.kind)
    ]
    return rows[0] if len(rows) == 1 else None


# "{a} in 100" or "{a} to {b} in 100": a rate, said as published
_RATES = re.compile(r"\{(?:abs_)?(\w+)\}(?: to \{(?:abs_)?(\w+)\})? in 100")


def fields(row: OptionFigure, template: str = "", about: str = "{value}") -> dict[str, str]:
    """The row's values for a finding's ``template``, as decision_aid/evidence.phrase
    says them: rates per 100 as published; amounts rounded for reading
    (:func:`~decision_aid.risk.rounded`), with ``about`` where that changed them; the ends
    of a likely range rounded (a range is approximate by nature)."""
    rates = {name for pair in _RATES.findall(template) for name in pair if name}
    out = {"when": row.when}
    for name in ("a", "b", "difference", "ci_low", "ci_high"):
        value = getattr(row, name)
        if value is None:
            continue
        for key, v in ((name, value), (f"abs_{name}", abs(value))):
            if name in rates:
                out[key] = fmt_number(v)
            elif name.startswith("ci_"):
                out[key] = reading_number(v)
            else:
                out[key] = plain_number(v, about)
    # two arms' amounts: as published where rounding would make them read the same
    if row.a is not None and row.b is not None and not {"a", "b"} & rates:
        out["a"], out["b"] = plain_pair(row.a, row.b, about)
        out["abs_a"], out["abs_b"] = plain_pair(abs(row.a), abs(row.b), about)
    return out


def template_fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def findings(content: Content, family: str, condition: str | None) -> list[ShownFinding]:
    """The family's findings in words, crossover first. Empty if the family has none, or
    if its trials did not study ``condition`` (None: any condition, for content checks)."""
    nn = family_content(content, family, condition)
    if nn is None:
        return []
    out = []
    for f in nn.findings:
        row = row_for(content, family, f)
        if row is None:
            continue
        analysis = content.texts.get(f"analysis_{row.analysis}", "") if row.analysis else ""
        text = f.text.format(**fields(row, f.text, content.texts["about_value"]))
        out.append(ShownFinding(text, f.source, analysis, f.crossover, row))
    return sorted(out, key=lambda s: not s.crossover)


def family_content(
    content: Content, family: str | None, condition: str | None
) -> NotNowFamily | None:
    """The family's not-now content for a patient with ``condition``: as written where its
    trials studied that condition (or ``condition`` is None: any, for content checks);
    else its ``elsewhere`` words, with no findings."""
    nn = content.not_now.get(family) if family else None
    if nn is None or condition is None or not nn.conditions or condition in nn.conditions:
        return nn
    if nn.elsewhere is None:
        return None
    return nn.model_copy(update={**nn.elsewhere.model_dump(), "findings": ()})


def check(content: Content) -> list[str]:
    """Problems with the not-now content: unknown rows, missing values, digits in words."""
    problems = []
    for fam, nn in content.not_now.items():
        if fam not in content.families:
            problems.append(f"not_now/{fam}.yaml: unknown operation family {fam!r}")
        for cond in nn.conditions:
            if fam not in getattr(content.conditions.get(cond), "families", ()):
                problems.append(f"not_now/{fam}.yaml: {cond!r} is not a condition of {fam}")
        if nn.conditions and nn.elsewhere is None:
            problems.append(f"not_now/{fam}.yaml: conditions without 'elsewhere' words")
        for f in nn.findings:
            where = f"not_now/{fam}.yaml [{f.source} {f.outcome}]"
            row = row_for(content, fam, f)
            if row is None:
                problems.append(f"{where}: no single row of figures_options.csv matches")
                continue
            missing = template_fields(f.text) - set(fields(row))
            if missing:
                problems.append(f"{where}: the row has no value for {sorted(missing)}")
            if any(ch.isdigit() for ch in f.text.replace(" in 100", "")):
                problems.append(f"{where}: numbers must come from the row, not the words")
    return problems
