"""Reading level of every patient-facing text (Flesch-Kincaid grade, via textstat).

Option names ("Minimally invasive surgery") are the terms the aid explains, so they are
not graded on their own. A grade formula means little on a handful of words, so texts of at least
``MIN_WORDS`` words are graded one by one, and shorter ones (titles, labels, quiz
choices) are graded together, per kind, as one passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import textstat

from decision_aid.models import Content

MAX_GRADE = 8.0
MIN_WORDS = 12


@dataclass(frozen=True)
class Graded:
    where: str
    text: str
    grade: float

    @property
    def ok(self) -> bool:
        return self.grade <= MAX_GRADE


def word_count(text: str) -> int:
    return len(text.split())


def grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


_FIELD = re.compile(r"\{[a-z_]+\}")


def sample(text: str) -> str:
    """A text with its ``{fields}`` filled by a short sample word, as a reader meets it."""
    return _FIELD.sub("five", text)


def patient_texts(c: Content) -> Iterator[tuple[str, str]]:
    """(kind/where, text) for every text a patient reads."""
    m = c.meta
    for name in ("purpose", "disclaimer", "funding", "conflicts"):
        yield f"meta.{name}", getattr(m, name)
    for o in c.options.values():
        # Option names are the terms being explained; their sections are graded.
        for title, text in o.sections():
            yield f"options/{o.id}.{title}", text
    for t in c.ordered_tradeoffs():
        base = f"tradeoffs/{t.key}"
        yield f"{base}.title", t.title
        yield f"{base}.mis", t.mis
        yield f"{base}.open", t.open
        yield f"{base}.claim", t.claim
        yield f"{base}.verdict", t.evidence.verdict
        for fam, fe in t.by_family.items():
            yield f"{base}.by_family.{fam}", fe.note
    for oc in c.outcomes.values():
        yield f"outcomes.{oc.id}", oc.label
    for cond in c.conditions.values():
        yield f"conditions.{cond.id}.label", cond.label
        yield f"conditions.{cond.id}.explain", cond.explain
        if cond.caveat:
            yield f"conditions.{cond.id}.caveat", cond.caveat
    for info in c.families.values():
        yield f"families.{info.id}", info.explain
    for fl in c.flags:
        yield f"flags.{fl.id}.title", fl.title
        yield f"flags.{fl.id}.text", fl.text
    for p in c.priorities:
        yield f"priorities.{p.id}.label", p.label
        yield f"priorities.{p.id}.meaning", p.meaning
    for q in c.quiz:
        yield f"quiz.{q.id}.question", q.question
        for i, ch in enumerate(q.choices):
            yield f"quiz.{q.id}.choice{i}", ch
        yield f"quiz.{q.id}.explanation", q.explanation
    for sq in c.questions:
        yield f"questions.{sq.id}", sq.text
    for s in c.sure:
        yield f"sure.{s.id}", s.question
    yield "sure.guidance", c.sure_guidance
    for key, text in c.texts.items():
        yield f"texts.{key}", sample(text)
    for kind, labels in c.choices.items():
        for key, text in labels.items():
            yield f"choices.{kind}.{key}", text
    for raw, words in c.plain.items():
        yield f"plain_words.{raw}", words


def grade_all(c: Content) -> list[Graded]:
    """Grade long texts one by one and short texts pooled by kind."""
    out: list[Graded] = []
    pools: dict[str, list[str]] = {}
    for where, text in patient_texts(c):
        if word_count(text) >= MIN_WORDS:
            out.append(Graded(where, text, grade(text)))
        else:
            kind = where.split(".")[0].split("/")[0] + " (short texts)"
            # Treat each short text as a sentence of the pooled passage.
            pools.setdefault(kind, []).append(text.rstrip(".?!:") + ".")
    for kind, texts in pools.items():
        passage = " ".join(texts)
        out.append(Graded(kind, passage, grade(passage)))
    return out
