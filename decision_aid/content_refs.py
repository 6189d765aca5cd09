"""Cross-references between content files: every id a file names must exist elsewhere."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from decision_aid.answers import Answers
from decision_aid.models import FAMILIES, Rule, TradeOff


def tradeoff_refs(t: TradeOff, where: str, source_ids: Collection[str]) -> list[str]:
    """Problems in a trade-off's references: its sources and operation families."""
    out = []
    if not t.sources:
        out.append(f"{where}: cites no source")
    for sid in t.sources:
        if sid not in source_ids:
            out.append(f"{where}: unknown source id {sid!r}")
    for fam in t.by_family:
        if fam not in FAMILIES:
            out.append(f"{where}: unknown operation family {fam!r}")
    return out


def _quiz(problems: list[str], c: dict[str, Any]) -> None:
    for q in c.get("quiz", ()):
        if q.feedback and len(q.feedback) != len(q.choices):
            problems.append(f"quiz.yaml[{q.id}]: feedback must give one line per choice")


def cross_check(problems: list[str], c: dict[str, Any]) -> None:
    _quiz(problems, c)
    p = problems
    source_ids = set(c["sources"])
    answer_fields = set(Answers.model_fields)

    def need_sources(where: str, ids: tuple[str, ...]) -> None:
        if not ids:
            p.append(f"{where}: cites no source")
        for sid in ids:
            if sid not in source_ids:
                p.append(f"{where}: unknown source id {sid!r}")

    priority_ids = {pr.id for pr in c["priorities"]}

    def need_rules(where: str, rules: tuple[Rule, ...]) -> None:
        for r in rules:
            head, _, sub = r.field.partition(".")
            known = head in answer_fields and (
                not sub or (head == "priorities" and sub in priority_ids)
            )
            if not known:
                p.append(f"{where}: rule uses unknown answer field {r.field!r}")
            ops = [r.equals, r.is_in, r.contains, r.at_least]
            if sum(op is not None for op in ops) != 1:
                p.append(f"{where}: a rule needs exactly one test (equals, in, contains, at_least)")

    for t in c["tradeoffs"].values():
        p.extend(tradeoff_refs(t, f"tradeoffs/{t.key}.yaml", source_ids))
        for o in t.outcomes:
            if o not in c["outcomes"]:
                p.append(f"tradeoffs/{t.key}.yaml: unknown outcome {o!r}")
    for o in c["outcomes"].values():
        if o.tradeoff not in c["tradeoffs"]:
            p.append(f"outcomes.yaml[{o.id}]: unknown trade-off {o.tradeoff!r}")
    for i, f in enumerate(c["figures"]):
        where = f"figures.csv row {i + 1} ({f.family}/{f.outcome})"
        if f.outcome not in c["outcomes"]:
            p.append(f"{where}: outcome has no entry in outcomes.yaml")
        if f.source not in source_ids or not f.source.startswith("E"):
            p.append(f"{where}: unknown evidence source {f.source!r}")
    for o in c["options"].values():
        need_sources(f"options/{o.id}.yaml", o.sources)
    for cond in c["conditions"].values():
        need_sources(f"conditions.yaml[{cond.id}]", cond.sources)
    for fl in c["flags"]:
        need_sources(f"flags.yaml[{fl.id}]", fl.sources)
        need_rules(f"flags.yaml[{fl.id}]", fl.when + fl.unless)
    for q in c["questions"]:
        need_rules(f"questions.yaml[{q.id}]", q.when + q.unless)
    for pr in c["priorities"]:
        if pr.tradeoff not in c["tradeoffs"]:
            p.append(f"priorities.yaml[{pr.id}]: unknown trade-off {pr.tradeoff!r}")
    for q in c["quiz"]:
        need_sources(f"quiz.yaml[{q.id}]", q.sources)
        if not 0 <= q.answer < len(q.choices):
            p.append(f"quiz.yaml[{q.id}]: answer {q.answer} is not one of the choices")
    for kind in ("mis", "open", "not_now"):
        if kind not in c["options"]:
            p.append(f"options/{kind}.yaml: option is missing")
    for fam in FAMILIES:
        if fam not in c["families"]:
            p.append(f"families.yaml: operation family {fam!r} is missing")
