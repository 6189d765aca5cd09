"""The clinician's record note: short, structured, built from the same summary."""

from __future__ import annotations

from decision_aid.consult import Consult, record_note
from decision_aid.content import default_content
from decision_aid.summary import summarise
from decision_aid.summary_words import matters_most_words
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
    assert "Clinician notes: \u2068Seen with family.\u2069" in note  # an isolate: see bidi.py
    assert "A large or complex tumour [S0, S2]" in note
    assert len(lines) < 20


def test_the_note_puts_warning_signs_first() -> None:
    p = load("stenosis_72_tried_nothing")
    note = record_note(CONTENT, p.answers, Consult())
    assert note.splitlines()[1].startswith("Warning signs: Walking has become unsteady")
    assert "Agreed next step: Not answered" in note


def test_free_text_stays_plain_text() -> None:
    p = load("arabic_emoji_markup")
    note = record_note(CONTENT, p.answers, Consult(notes="<b>x</b>\n\nline two"))
    assert "Clinician notes: \u2068<b>x</b> line two\u2069" in note  # one line, kept as typed


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


def test_the_note_says_whether_warning_signs_were_answered() -> None:
    """ "None of these" and a question never answered read differently (a surgeon asks
    the second)."""
    none = record_note(CONTENT, load("fracture_burst").answers, Consult())
    unasked = record_note(CONTENT, load("tumour_large_blood_thinners_unsure").answers, Consult())
    assert none.splitlines()[1] == "Warning signs: None of these"
    assert unasked.splitlines()[1] == "Warning signs: Not answered yet."


def test_the_note_carries_the_patients_own_questions_and_words_after_the_agreed_step() -> None:
    p = load("tumour_large_blood_thinners_unsure")
    note = record_note(CONTENT, p.answers, Consult(next_step="more_tests"))
    lines = note.splitlines()
    step = next(i for i, line in enumerate(lines) if line.startswith("Agreed next step"))
    own = next(i for i, line in enumerate(lines) if line.startswith("The patient's own"))
    assert own > step
    for q in p.answers.own_questions:
        assert " ".join(q.split()) in lines[own]
    assert any(line.startswith("In the patient's words: ") for line in lines[step:])


def test_a_long_note_keeps_its_footer_and_the_agreed_step() -> None:
    p = load("tumour_large_blood_thinners_unsure")
    long = p.answers.model_copy(update={"worries": "word " * 1000, "own_questions": ["q " * 400]})
    note = record_note(CONTENT, long, Consult(notes="n " * 2000, next_step="mis"))
    assert "Agreed next step: Minimally invasive" in note
    assert note.splitlines()[-1].startswith("Made with the spine surgery decision aid")
    assert len(note) <= 10_000
    assert "cut here for length" in note  # a cut text never looks complete
    short = record_note(CONTENT, p.answers, Consult())
    assert "cut here" not in short


def test_the_consult_pdf_lists_every_question_and_every_safety_point() -> None:
    """Page 1 counts the questions "listed under The patient's questions": the record
    has that list, the patient's own first. A weakness (a safety point that is not a
    warning sign) is among the points to talk over. The patient's notes ("for yourself
    or your surgeon") are there too."""
    from io import BytesIO

    from pypdf import PdfReader

    from decision_aid.report.consult import build_consult_pdf
    from decision_aid.summary import summarise

    p = load("tumour_large_blood_thinners_unsure")
    s = summarise(CONTENT, p.answers)
    pdf = build_consult_pdf(CONTENT, p.answers, Consult())
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)
    assert "listed under The patient's questions." in text
    assert "The patient's questions" in text.split("listed under The patient's questions.")[1]
    assert "Questions for your surgeon" not in text and "your surgeon" not in text.lower()
    where = [text.index(" ".join(q.split())[:40]) for q in s.questions]
    assert where == sorted(where) and s.questions[: len(p.answers.own_questions)] == list(
        p.answers.own_questions
    )
    glance = text[text.index("At a glance") : text.index("Agreed next step")]
    assert "Weakness in a leg or foot" in glance
    assert "Warning signs Not answered yet." in glance
    assert "In the patient's words" in glance
    assert p.answers.notes.strip() and " ".join(p.answers.notes.split())[:30] in glance
    # the record speaks of the patient: no "You said yes", no guidance meant for them
    assert "2 of 4 answered yes" in glance and "You said yes" not in glance
    assert "You do not have to decide today" not in text


def test_the_note_names_the_sure_items_answered_no() -> None:
    p = load("tumour_large_blood_thinners_unsure")
    noes = [q.id for q in CONTENT.sure if p.answers.sure.get(q.id) is False]
    assert noes, "the example answers at least one SURE item no"
    line = next(x for x in record_note(CONTENT, p.answers, Consult()).splitlines() if "SURE" in x)
    assert "Answered no:" in line
    assert all(CONTENT.texts[f"consult_sure_{i}"] in line for i in noes)
    assert "Do you" not in line  # of the patient, not the question they were asked


def test_the_consult_pdf_reports_warning_signs_to_the_clinician() -> None:
    """The record says which signs were ticked and what the patient was told, not the
    patient's own instruction ("Call your surgeon's team")."""
    from io import BytesIO

    from pypdf import PdfReader

    from decision_aid.report.consult import build_consult_pdf

    p = load("stenosis_72_tried_nothing")
    pdf = build_consult_pdf(CONTENT, p.answers, Consult())
    first = " ".join(PdfReader(BytesIO(pdf)).pages[0].extract_text().split())
    assert "Warning signs ticked" in first and "walking has become unsteady" in first
    assert "told them to get medical help today" in first
    assert "Call your surgeon's team" not in first


def test_the_note_names_the_quiz_points_without_an_answer_that_reads_as_the_patients() -> None:
    """ "The answer: MIS" in a clinician's record would read as what the patient said."""
    p = load("tumour_large_blood_thinners_unsure")  # one quiz answer not as the trial found
    note = record_note(CONTENT, p.answers, Consult())
    assert "after which treatment could more people walk?" in note
    assert "The answer" not in note and "Surgery plus radiotherapy." not in note


def test_the_note_speaks_of_the_patient_not_to_them() -> None:
    """The record is read by clinicians: the leaning that differs from the ratings is said
    about the patient, and quiz questions are quoted as the patient read them."""
    p = load("tumour_large_blood_thinners_unsure")
    a = p.answers.model_copy(update={"leaning": "mis", "priorities": {"access": 4, "scar": 0}})
    s = summarise(CONTENT, a)
    assert s.leaning_note and s.leaning_note_clinician  # the ratings mirror open surgery
    note = record_note(CONTENT, a, Consult(), s)
    assert s.leaning_note_clinician in note and s.leaning_note not in note
    assert "You are" not in note and "your surgeon" not in note.lower()
    assert "“In one trial, after which treatment could more people walk?”" in note


def test_matters_most_leaves_out_points_rated_not_at_all() -> None:
    p = load("tumour_large_blood_thinners_unsure")
    a = p.answers.model_copy(update={"priorities": {"scar": 0, "cost": 0, "pain": 2}})
    s = summarise(CONTENT, a)
    assert [pr.id for pr, _, _ in s.matters_most(3)] == ["pain"]
    line = next(
        x
        for x in record_note(CONTENT, a, Consult()).splitlines()
        if x.startswith(CONTENT.texts["glance_priorities"])
    )
    assert "Less pain after surgery" in line and "A small scar" not in line and "Cost" not in line
    none = summarise(CONTENT, a.model_copy(update={"priorities": {"scar": 0}}))
    assert matters_most_words(CONTENT, none) == CONTENT.texts["matters_none"]
    unrated = summarise(CONTENT, a.model_copy(update={"priorities": {}}))
    assert matters_most_words(CONTENT, unrated) == CONTENT.texts["not_rated"]


def test_the_note_carries_the_patients_notes_and_says_nothing_to_the_patient() -> None:
    p = load("herniated_disc_scar_leaning_mis")
    assert p.answers.notes.strip()
    note = record_note(CONTENT, p.answers, Consult())
    line = next(
        x for x in note.splitlines() if x.startswith(CONTENT.texts["consult_patient_notes"])
    )
    assert " ".join(p.answers.notes.split()) in line
    empty = record_note(
        CONTENT, p.answers.model_copy(update={"notes": "", "worries": ""}), Consult()
    )
    assert CONTENT.texts["consult_patient_notes"] not in empty


def test_the_consult_pdf_says_marked_characters_to_the_clinician() -> None:
    """A character no font has is marked [?]; the note says so about "the exact words",
    not "your exact words"."""
    from io import BytesIO

    from pypdf import PdfReader

    from decision_aid.report.consult import build_consult_pdf

    p = load("arabic_emoji_markup")
    pdf = build_consult_pdf(CONTENT, p.answers, Consult(notes="x"))
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages)
    assert "The exact words are kept" in text and "Your exact words" not in text


def test_the_consult_record_never_says_you_to_the_clinician_when_something_is_empty() -> None:
    """Empty notes and no flags are said about the patient, not as the patient's own PDF
    says them ("You did not write anything here", "Nothing in your answers ...")."""
    from io import BytesIO

    from pypdf import PdfReader

    from decision_aid.report.consult import build_consult_pdf

    t = CONTENT.texts
    no_flags = CONTENT.model_copy(update={"flags": ()})
    p = load("herniated_disc_scar_leaning_mis")
    pdf = build_consult_pdf(no_flags, p.answers, Consult())
    text = " ".join(" ".join(pg.extract_text().split()) for pg in PdfReader(BytesIO(pdf)).pages)
    for patient_words in (t["pdf_nothing_written"], t["pdf_no_flags"]):
        assert patient_words not in text
    assert t["consult_nothing_written"] in text and t["consult_no_flags"] in text
    note = record_note(no_flags, p.answers, Consult())
    assert t["consult_no_flags"] in note and t["pdf_no_flags"] not in note
