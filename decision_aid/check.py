"""`python -m decision_aid check`: validate all content and report on it."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from decision_aid.content import DATA_DIR, ContentError, load_content
from decision_aid.evidence import COMPLICATIONS, POOLED, group_sizes
from decision_aid.models import FAMILIES, Content, Source
from decision_aid.readability import MAX_GRADE, SMOG_SENTENCES, grade_all, word_count

EQUAL_DETAIL = 0.25  # MIS and open texts of a trade-off within 25% of each other


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def say(self, text: str = "") -> None:
        self.lines.append(text)

    def fail(self, text: str) -> None:
        self.problems.append(text)


def equal_detail(mis: str, open_: str) -> tuple[int, int, bool]:
    a, b = word_count(mis), word_count(open_)
    return a, b, abs(a - b) <= EQUAL_DETAIL * max(a, b)


def _carried(c: Content, ref: str) -> bool:
    kind, _, key = ref.partition(":")
    if kind == "flags":
        return any(f.id == key for f in c.flags)
    if kind == "questions":
        return any(q.id == key for q in c.questions)
    if kind == "texts":
        return key in c.texts
    return False


def check_claims(c: Content, claims: dict[str, Any], r: Report) -> None:
    keys = [row["key"] for row in claims.get("tradeoffs", [])]
    covered = 0
    for row in claims.get("tradeoffs", []):
        t = c.tradeoffs.get(row["key"])
        if t is None:
            r.fail(f"claim {row['key']!r} has no trade-off file")
            continue
        missing = set(row["sources"]) - set(t.sources)
        if t.claim_favours != row["favours"]:
            r.fail(f"claim {row['key']!r} favours {row['favours']}, file says {t.claim_favours}")
        elif missing:
            r.fail(f"claim {row['key']!r} does not cite {sorted(missing)}")
        else:
            covered += 1
    r.say(f"Claims covered: {covered}/{len(keys)}")
    for row in claims.get("considerations", []):
        if not _carried(c, row["carried_by"]):
            r.fail(f"consideration {row['key']!r}: {row['carried_by']} is missing")
    n = len(claims.get("considerations", []))
    r.say(f"Considerations carried: {n - sum('consideration' in p for p in r.problems)}/{n}")


def run(root: Path = DATA_DIR, today: dt.date | None = None) -> Report:
    today = today or dt.date.today()
    r = Report()
    try:
        c = load_content(root)
    except ContentError as exc:
        r.problems.extend(exc.problems)
        return r
    from decision_aid.not_now import check as check_not_now

    for problem in check_not_now(c):
        r.fail(problem)
    r.say(f"Content version {c.meta.content_version}")
    r.say(f"Reviewed {c.meta.date_reviewed}; next review {c.meta.next_review}")
    if c.meta.next_review <= today:
        r.fail(f"next review date {c.meta.next_review} has passed")
    r.say()
    r.say("Words per option, per trade-off (MIS / open):")
    for t in c.ordered_tradeoffs():
        a, b, ok = equal_detail(t.mis, t.open)
        r.say(f"  {t.key:<16} {a:>3} / {b:<3} {'ok' if ok else 'UNEQUAL'}")
        if not ok:
            r.fail(f"trade-off {t.key!r}: MIS {a} words vs open {b} words (over 25% apart)")
    r.say()
    r.say(
        f"Reading grade, Flesch-Kincaid and SMOG (each must be {MAX_GRADE:g} or lower; SMOG "
        f"counts on passages of {SMOG_SENTENCES}+ sentences, shown in brackets otherwise):"
    )
    for g in grade_all(c):
        sm = f"{g.smog:5.1f}" if g.smog_applies else f"({g.smog:4.1f})"
        r.say(f"  FK {g.grade:5.1f}  SMOG {sm} {'ok ' if g.ok else 'HIGH'} {g.where}")
        if g.grade > MAX_GRADE:
            r.fail(f"{g.where}: reading grade {g.grade:.1f} is above {MAX_GRADE:g}")
        elif not g.ok:
            r.fail(f"{g.where}: SMOG grade {g.smog:.1f} is above {MAX_GRADE:g}")
    r.say()
    claims = yaml.safe_load((root / "claims.yaml").read_text(encoding="utf-8")) or {}
    check_claims(c, claims, r)
    r.say()
    r.say("Published figures by operation family:")
    for fam in FAMILIES:
        figs = c.figures_for(fam)
        outcomes = sorted({f.outcome for f in figs})
        r.say(f"  {fam:<14} {len(figs):>2} figures, {len(outcomes)} outcomes")
        if not figs:
            r.fail(f"no figures for operation family {fam!r}")
    # a family the code does not know would make a study count for no patient's operation
    for f in c.option_figures:
        if f.family not in FAMILIES and f.family not in POOLED:
            r.fail(f"{f.source}: family {f.family!r} is neither an operation family nor pooled")
    # a count of patients is said with its group sizes ("4 of 37"), never without them
    for fig in c.figures:
        if fig.unit == COMPLICATIONS and group_sizes(fig) is None:
            r.fail(
                f"{fig.source}: {fig.family} {fig.outcome}: counts need their group sizes in the "
                "note, as '37 MIS / 41 open', each above zero and at least the count"
            )
    used = {f.source for f in c.figures} | {f.source for f in c.option_figures}
    studies = [s for s in c.sources if s.startswith("E")]
    r.say(f"Evidence sources cited by figures: {len(used)}/{len(studies)}")
    check_plain_sources(c, r)
    return r


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def numbers(text: str) -> Counter[str]:
    """The numbers in ``text``, thousands separators taken out ("2,139" is 2139)."""
    return Counter(n.rstrip(",").replace(",", "") for n in _NUMBER.findall(text))


def unsourced_numbers(src: Source) -> list[str]:
    """Numbers in a source's plain description that its copied population and design do
    not hold (as many times): the plain words may leave a number out, never add one."""
    have = numbers(f"{src.population or ''} {src.design or ''}")
    return sorted((numbers(src.who or "") - have).elements())


def check_plain_sources(c: Content, r: Report) -> None:
    """Every source described for surgeons (population, design) has a plain description
    for patients, and that description adds no number."""
    described = [s for s in c.sources.values() if s.population or s.design]
    for src in described:
        if not src.who:
            r.fail(f"source {src.id}: no plain description (who)")
        elif extra := unsourced_numbers(src):
            r.fail(f"source {src.id}: plain description has numbers not in the source: {extra}")
    plain = sum(1 for s in described if s.who)
    r.say(f"Sources described in plain words: {plain}/{len(described)}")


def main(root: Path = DATA_DIR) -> int:
    r = run(root)
    print("\n".join(r.lines))
    if r.problems:
        print(f"\n{len(r.problems)} problem(s):")
        print("\n".join(f"- {p}" for p in r.problems))
        return 1
    print("\nAll content checks passed.")
    return 0
