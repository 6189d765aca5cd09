"""A patient's direction marks stay inside their own text in the record note."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from decision_aid.answers import MAX_TEXT, Answers
from decision_aid.bidi import FSI, PDI, close_open, isolate
from decision_aid.consult import Consult, record_note
from decision_aid.content import default_content

RLO = "\u202e"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _unclosed_at_end(line: str) -> int:
    """Isolates left open at the end of a line (0: the line's own text is back in charge)."""
    depth = 0
    for ch in line:
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
    return depth


def _closes_outer_early(wrapped: str) -> bool:
    depth = 0
    for i, ch in enumerate(wrapped):
        if ch in "\u2066\u2067\u2068":
            depth += 1
        elif ch == PDI:
            depth -= 1
            if depth == 0 and i != len(wrapped) - 1:
                return True
    return False


@given(st.text(alphabet=st.sampled_from([*BIDI, "a", "ب", " "]), max_size=40))
def test_an_isolate_holds_everything_it_opens_and_nothing_closes_it_early(text: str) -> None:
    wrapped = isolate(text)
    assert wrapped.startswith(FSI) and wrapped.endswith(PDI)
    assert not _closes_outer_early(wrapped)
    assert _unclosed_at_end(wrapped) == 0
    visible = [ch for ch in text if unicodedata.category(ch) != "Cf"]
    assert [ch for ch in wrapped if unicodedata.category(ch) != "Cf"] == visible


def test_an_override_in_a_question_does_not_reach_the_next_question_or_the_apps_words() -> None:
    a = Answers(
        own_questions=[f"override {RLO}question?", "A very long one"],
        notes=f"note {RLO}reversed",
        worries=f"{PDI}stray close then {RLO}override",
    )
    note = record_note(default_content(), a, Consult(notes=f"Seen {RLO}today"))
    for line in note.splitlines():
        assert _unclosed_at_end(line) == 0, line
        if RLO in line:  # every override sits inside an isolate opened before it
            start = line.index(FSI)
            assert start < line.index(RLO) and line.endswith(PDI), line
    assert f"{FSI}override {RLO}question?{PDI} | {FSI}A very long one{PDI}" in note


def test_a_note_cut_for_length_closes_what_it_cut_through() -> None:
    a = Answers(worries=RLO + "w" * (MAX_TEXT - 1), notes=RLO + "n" * (MAX_TEXT - 1))
    note = record_note(default_content(), a, Consult(notes="x" * MAX_TEXT))
    cut = default_content().texts["note_cut"]
    cut_line = next(line for line in note.splitlines() if cut in line)  # it was cut
    assert _unclosed_at_end(cut_line[: cut_line.index(cut)]) == 0  # closed before the app's words
    assert close_open(f"{FSI}abc") == f"{FSI}abc{PDI}"


def test_a_long_note_keeps_every_label_and_says_which_texts_were_shortened() -> None:
    """The note had been cut at its end, so the patient's notes fell off, label and all."""
    t = default_content().texts
    a = Answers(
        worries="worry " * 1000,
        notes="note " * 1000 + "NOTES END",
        own_questions=[f"Question {i} " + "q" * 400 for i in range(10)],
    )
    note = record_note(default_content(), a, Consult(notes="clinic " * 800))
    for label in (t["note_clinician"], t["consult_worry"], t["consult_patient_notes"]):
        assert f"\n{label}: " in note, label
    assert t["consult_own_questions"].format(n=10) in note
    assert note.count(t["note_cut"]) >= 4  # each long text says it was shortened
    assert len(note) <= MAX_TEXT * 2
    assert all(_unclosed_at_end(line) == 0 for line in note.splitlines())
