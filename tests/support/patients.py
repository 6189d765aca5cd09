"""The example patients (data/examples/patients) and what each should and should not see."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from decision_aid.answers import Answers
from decision_aid.content import default_content
from decision_aid.models import FAMILIES
from decision_aid.patient import primary_family
from decision_aid.savefile import loads

PATIENTS = Path(__file__).resolve().parents[2] / "data" / "examples" / "patients"
SAFETY = "Please get help from a doctor today."
CONFIRM = "First, confirm your diagnosis with your surgeon."


@dataclass(frozen=True)
class Patient:
    name: str
    answers: Answers
    family: str | None
    own: frozenset[str]  # studies whose figures belong to the patient's family
    others: frozenset[str]  # studies whose figures belong only to other families
    flags: tuple[str, ...]  # titles of the flags the answers raise

    @property
    def warned(self) -> bool:
        return bool(self.answers.warning)


def load(name: str) -> Patient:
    c = default_content()
    answers = loads((PATIENTS / f"{name}.json").read_bytes())
    family = primary_family(c, answers)
    # studies with figures for one of the five families (MIS vs open, or surgery vs not now)
    rows = [(f.family, f.source) for f in c.figures]
    rows += [(f.family, f.source) for f in c.option_figures if f.family in FAMILIES]
    general = {f.source for f in c.option_figures if f.family not in FAMILIES}
    own = {s for fam, s in rows if fam == family}
    every = {s for _, s in rows} - general  # a study of lumbar surgery in general is no family's
    from decision_aid.flags import raised_flags

    flags = tuple(f.title for f in raised_flags(c, answers))
    return Patient(name, answers, family, frozenset(own), frozenset(every - own), flags)


def names() -> list[str]:
    return sorted(p.stem for p in PATIENTS.glob("*.json"))


def cited(text: str) -> set[str]:
    """Study ids shown as [E12] in a text, or listed after "Sources:"."""
    ids = set(re.findall(r"\[(E\d+)\]", text))
    for listed in re.findall(r"Sources: ((?:[SE]\d+(?:, )?)+)", text):
        ids |= set(re.findall(r"E\d+", listed))
    return ids
