"""No frequency word without a source (CONTENT.md, "Standards": "no frequency word
("almost always", "rarely", "most") appears without a source").

Every use of a frequency word in a text a patient reads (``readability.patient_texts``,
and the strings code builds from content for every family) is either a use that says
nothing about how often something happens (a rating, a question, a wrong quiz answer),
or a known claim whose sources are listed here, and the text it sits in cites one of
them (a trade-off, an option or a flag carries its own list of sources).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from decision_aid.content import default_content
from decision_aid.evidence import sources_for
from decision_aid.models import FAMILIES, Content
from decision_aid.readability import built_texts, patient_texts

FREQUENCY = re.compile(
    r"\b(almost always|always|usually|mostly|most|often|rarely|seldom|commonly|common|"
    r"frequently|typically|generally|never|sometimes|occasionally|normally|uncommon)\b",
    re.IGNORECASE,
)

# Uses that say nothing about how often anything happens in the world.
NOT_A_CLAIM = (
    "most important",  # the patient's own ranking
    "matters most",
    "matter most",
    "on most days",  # the patient's own answer about mood
    "I have never smoked",
    "It never happens after either kind",  # a wrong answer in the quiz, corrected there
    "how often",  # a question ("How often do you have to switch ...?")
    "less often with MIS. Above 1 means it happened more often with MIS",  # how to read a ratio
    "Less often after MIS",  # quiz choices, one of them right (E18, in its explanation)
    "Mostly fine",  # the patient's own answer about mood
    "Mostly true",  # the aid's judgement of a clinic claim, beside its figures
    "Medium at most",  # a strength label
    "does not always mean",
    "Most of the studies here",  # about this aid's own list of studies
    "as common with both",  # no difference between the two: the figures beside it
)

# Claims about how often something happens, each with the studies that give it.
SOURCED = {
    "most common choice": {"E46", "E47", "E50"},  # general anaesthesia (no proportion)
    "most often fully asleep": {"E46", "E47", "E50"},
    "twice as often after MIS": {"E18"},  # disc came back, review of trials
    "came back more often after MIS": {"E18"},
}

CONTENT = default_content()


AUDIENCE: tuple[str | None, ...] = (*FAMILIES, None)  # None: the operation is not known yet


def _cited_to_all(c: Content, ids: Sequence[str], families: Sequence[str | None]) -> set[str]:
    """The sources cited to every patient in ``families`` (each sees only the studies
    that hold for their kind of operation: ``evidence.sources_for``)."""
    return set.intersection(*(set(sources_for(c, ids, f)) for f in families))


def _sources(c: Content, where: str) -> set[str] | None:
    """The sources every patient who reads the text sees beside it, where the item it
    belongs to has a list: a text shown to every family is backed only by the studies
    cited to all of them."""
    parts = re.split(r"[./]", where)
    if where.startswith("tradeoffs/"):
        tr = c.tradeoffs[parts[1]]
        if parts[2] == "by_family":
            return set(sources_for(c, tr.sources, parts[3]))
        if parts[2] == "verdict":  # read as their own by families with no entry of their
            # own where it names no family (not measured, or family-neutral): TradeOff.evidence_for
            ev = tr.evidence
            told = [f for f in FAMILIES if f not in tr.by_family]
            if ev.measured and not tr.family_neutral:
                told = []  # they read "not measured for your kind of operation" instead
            return _cited_to_all(c, tr.sources, told) if told else None
        return _cited_to_all(c, tr.sources, AUDIENCE)
    if where.startswith("built/"):
        if parts[2] not in c.tradeoffs:
            return None
        return set(sources_for(c, c.tradeoffs[parts[2]].sources, parts[1]))
    if where.startswith("options/"):
        return _cited_to_all(c, c.options[parts[1]].sources, AUDIENCE)
    if where.startswith("flags."):
        fl = next(f for f in c.flags if f.id == parts[1])
        told: Sequence[str | None] = AUDIENCE  # the title, or a text for everyone
        if parts[2] == "text" and fl.leans_in and fl.text_elsewhere:
            told = fl.leans_in
        elif parts[2] == "text_elsewhere":
            told = [f for f in AUDIENCE if f not in fl.leans_in]
        return _cited_to_all(c, fl.sources, told)
    return None


def unsourced(c: Content) -> list[str]:
    """Every frequency word that is neither a non-claim nor a sourced claim cited there."""
    problems = []
    for where, text in [*patient_texts(c), *built_texts(c)]:
        flat = " ".join(text.split())
        for m in FREQUENCY.finditer(flat):
            near = flat[max(0, m.start() - 70) : m.end() + 70]
            if any(p.lower() in near.lower() for p in NOT_A_CLAIM):
                continue
            claim = next((k for k in SOURCED if k.lower() in near.lower()), None)
            if claim is None:
                problems.append(f"{where}: {m.group(0)!r} in {near!r}")
                continue
            cited = _sources(c, where)
            if cited is not None and not cited & SOURCED[claim]:
                problems.append(f"{where}: {claim!r} without {sorted(SOURCED[claim])}")
    return problems


def test_every_frequency_word_has_a_source() -> None:
    assert unsourced(CONTENT) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Infection is not common with either kind.", True),  # no rate was given
        ("Most people go home the next day.", True),
        # E46, E47 and E50 pooled low-back disc, canal and fusion operations: a text every
        # family reads (tumour and fracture patients too) cannot lean on them
        ("General anaesthesia is the most common choice.", True),
    ],
)
def test_the_check_finds_an_unsourced_frequency_word(text: str, found: bool) -> None:
    t = CONTENT.tradeoffs["anaesthesia"]
    changed = t.model_copy(update={"mis": text})
    c = CONTENT.model_copy(update={"tradeoffs": {**CONTENT.tradeoffs, "anaesthesia": changed}})
    assert any("tradeoffs/anaesthesia.mis" in p for p in unsourced(c)) == found


def _with_disc_note(note: str, sources: tuple[str, ...] | None = None) -> Content:
    t = CONTENT.tradeoffs["anaesthesia"]
    disc = t.by_family["discectomy"].model_copy(update={"note": note})
    update = {"by_family": {**t.by_family, "discectomy": disc}}
    changed = t.model_copy(update={**update, **({"sources": sources} if sources else {})})
    return CONTENT.model_copy(update={"tradeoffs": {**CONTENT.tradeoffs, "anaesthesia": changed}})


def test_a_sourced_claim_is_allowed_where_its_studies_hold() -> None:
    """Said to disc patients only, whose operation E46 pooled, the claim stands."""
    c = _with_disc_note("General anaesthesia is the most common choice.")
    assert not any("by_family.discectomy" in p for p in unsourced(c))


def test_a_sourced_claim_must_cite_its_source_where_it_is_said() -> None:
    c = _with_disc_note("General anaesthesia is the most common choice.", ("S1",))
    assert any("without" in p and "by_family.discectomy" in p for p in unsourced(c))
