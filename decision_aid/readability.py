"""Reading level of every patient-facing text: Flesch-Kincaid grade and SMOG (textstat).

Both formulas are applied, each where it is valid:

- Flesch-Kincaid works on any text. Texts of at least ``MIN_WORDS`` words are graded one
  by one; shorter ones (titles, labels, choices) are graded together, per kind, as one
  passage, since a formula means little on a handful of words.
- SMOG (McLaughlin 1969) counts words of three or more syllables per 30 sentences; it is
  defined on samples of at least 30 sentences, and on a 3-sentence text one long word
  decides the grade. So SMOG is applied to prose passages of at least
  ``SMOG_SENTENCES`` sentences: each kind of content pooled, and each whole step as the
  patient meets it (tests/content/test_step_readability.py). Single texts, and the lists
  of figures in words (each item a number, a unit and "with open surgery"), report their
  SMOG grade without a limit; Flesch-Kincaid applies to them.

Strings that code builds from content (figures in words, verdicts, sentences about the
weigh-up) are graded as built, for every operation family (:func:`built_texts`).
Option names ("Minimally invasive surgery") are the terms the aid explains, so they are
not graded on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import textstat

from decision_aid.models import Content

MAX_GRADE = 8.0
MIN_WORDS = 12
SMOG_SENTENCES = 30


@dataclass(frozen=True)
class Graded:
    where: str
    text: str
    grade: float  # Flesch-Kincaid
    smog: float = 0.0
    sentences: int = 0
    prose: bool = True  # False for lists of figures in words: SMOG is reported only

    @property
    def smog_applies(self) -> bool:
        return self.prose and self.sentences >= SMOG_SENTENCES

    @property
    def ok(self) -> bool:
        return self.grade <= MAX_GRADE and (not self.smog_applies or self.smog <= MAX_GRADE)


def smog(text: str) -> float:
    return float(textstat.smog_index(text))


def graded(where: str, text: str, prose: bool = True) -> Graded:
    """Both grades of one text or passage."""
    sentences = int(textstat.sentence_count(text))
    return Graded(where, text, grade(text), smog(text), sentences, prose)


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
    for name in (
        "purpose",
        "disclaimer",
        "funding",
        "conflicts",
        "how_chosen",
        "update_policy",
        "roles",
    ):
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
        if fl.text_elsewhere:
            yield f"flags.{fl.id}.text_elsewhere", fl.text_elsewhere
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
    for src in c.sources.values():
        if src.who:  # the reference itself (names, journal, DOI) is not prose
            yield f"sources.{src.id}.who", src.who
    for fam, nn in c.not_now.items():
        for name in ("compared", "involves", "evidence", "certainty", "think_again"):
            yield f"not_now/{fam}.{name}", getattr(nn, name)
        if nn.elsewhere:
            for name, text in nn.elsewhere.model_dump().items():
                yield f"not_now/{fam}.elsewhere.{name}", text


def built_texts(c: Content) -> Iterator[tuple[str, str]]:
    """Strings the code builds from content, as a patient reads them, for every family."""
    from decision_aid.compare import comparison
    from decision_aid.evidence import claim_line, found_line
    from decision_aid.not_now import findings

    for fam in c.families:
        for i, f in enumerate(findings(c, fam, None)):
            yield f"built/{fam}/not_now.{i}", f.text
        for r in comparison(c, fam):
            base = f"built/{fam}/{r.tradeoff.key}"
            yield f"{base}.found", found_line(c, r.evidence)
            yield f"{base}.claim", claim_line(c, r.tradeoff, fam)
            for b in r.outcomes:
                for i, s in enumerate(b.figures):
                    yield f"{base}.{b.outcome.id}.{i}", s.text
                    yield f"{base}.{b.outcome.id}.{i}.strength", s.strength


def grade_all(c: Content) -> list[Graded]:
    """Grade long texts one by one; short texts, and every kind for SMOG, pooled by kind."""
    out: list[Graded] = []
    short: dict[str, list[str]] = {}
    pools: dict[str, list[str]] = {}
    for where, text in [*patient_texts(c), *built_texts(c)]:
        kind = where.split(".")[0].split("/")[0]
        if kind == "built":  # read as a list on one page: graded per family, as a list
            kind = "/".join(where.split("/")[:2])
        pools.setdefault(kind, []).append(text.rstrip(".?!:") + ".")
        if kind.startswith("built/"):
            continue
        if word_count(text) >= MIN_WORDS:
            out.append(graded(where, text))
        else:
            # Treat each short text as a sentence of the pooled passage.
            short.setdefault(f"{kind} (short texts)", []).append(text.rstrip(".?!:") + ".")
    for kind, texts in short.items():
        out.append(graded(kind, " ".join(texts)))
    for kind, texts in pools.items():
        prose = not kind.startswith("built/")
        out.append(graded(f"{kind} (all, for SMOG)", " ".join(texts), prose))
    return out
