"""The clinician's record note: short, structured, built from the same summary."""

from __future__ import annotations

from decision_aid.consult import Consult, record_note
from decision_aid.content import default_content
from tests.support.patients import load

CONTENT = default_content()


def test_the_note_has_the_essentials_and_the_next_step() -> None:
    p = load("tumour_large_blood_thinners_unsure")
    note = record_note(
        CONTENT, p.answers, Consult(notes="Seen with family.", next_step="more_tests")
    )
    lines = note.splitlines()
    assert lines[0].startswith("Spine surgery decision aid")
    assert "Condition and operation: Tumour in or near the spine. Tumour surgery" in note
    assert "Agreed next step: More tests first" in note
    assert "Clinician notes: Seen with family." in note
    assert "A large or complex tumour [S0, S2]" in note
    assert len(lines) < 20


def test_the_note_puts_warning_signs_first() -> None:
    p = load("stenosis_72_tried_nothing")
    note = record_note(CONTENT, p.answers, Consult())
    assert note.splitlines()[1].startswith("Warning signs ticked: Walking has become unsteady")
    assert "Agreed next step: Not answered" in note


def test_free_text_stays_plain_text() -> None:
    p = load("arabic_emoji_markup")
    note = record_note(CONTENT, p.answers, Consult(notes="<b>x</b>\n\nline two"))
    assert "Clinician notes: <b>x</b> line two" in note  # one line, kept as typed


def test_the_consult_pdf_has_page_one_notes_own_results_and_the_answers() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    from decision_aid.report.consult import build_consult_pdf
    from decision_aid.savefile import load_any

    p = load("herniated_disc_scar_leaning_mis")
    own = [("Disc surgery (discectomy): A second operation", "3 in 40 MIS operations.")]
    consult = Consult(notes="Discussed \u202eRTL\u202c and <b>markup</b>.", next_step="mis")
    pdf = build_consult_pdf(CONTENT, p.answers, consult, own)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)
    for part in (
        "consultation record",
        "At a glance",
        "Agreed next step: Minimally invasive",
        "<b>markup</b>",
        "3 in 40 MIS operations",
        "Condition and operation",
    ):
        assert part in text, part
    assert load_any(pdf) == p.answers  # the answers are attached
