"""The summary PDF: read back with pypdf, for content, scripts, paper, pages and answers."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import ContentStream

from decision_aid.answers import (
    CHOICE_IDS,
    LEANINGS,
    SYMPTOMS,
    TREATMENTS,
    Answers,
)
from decision_aid.compare import comparison
from decision_aid.content import DATA_DIR, default_content
from decision_aid.evidence import citation, inline_citations
from decision_aid.flags import raised_flags as flags
from decision_aid.models import FAMILIES, Content
from decision_aid.not_now import findings as not_now_findings
from decision_aid.patient import families_for
from decision_aid.report import build_pdf
from decision_aid.report.fonts import REPLACEMENT, make_safe
from decision_aid.report.page import SummaryPDF
from decision_aid.savefile import load_any, loads
from decision_aid.summary import summarise

PATIENTS = DATA_DIR / "examples" / "patients"
DISC = PATIENTS / "herniated_disc_scar_leaning_mis.json"
TUMOUR_PATIENT = PATIENTS / "tumour_large_blood_thinners_unsure.json"
MULTILINGUAL = PATIENTS / "stenosis_multilingual_unsure.json"
HEADINGS = (
    "Your spine surgery decision: summary",
    "Your situation",
    "Things to talk over with your surgeon",
    "What matters to you, most important first",
    "How the options compare:",
    "Not having surgery now",
    "How the options line up with what matters to you",
    "Checking the key facts",
    "Where you stand",
    "The SURE check",
    "Questions for your surgeon",
    "In your own words",
    "Sources",
    "About this summary",
)
PAGE_SIZES = {"a4": (595, 842), "letter": (612, 792)}


def patient(path: Path) -> Answers:
    return loads(path.read_bytes())


@cache
def pdf_of(path: Path, paper: str = "a4") -> bytes:
    return build_pdf(default_content(), patient(path), paper, today=dt.date(2026, 11, 21))


def pages_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(BytesIO(pdf)).pages]


def flat(text: str) -> str:
    """Whitespace collapsed, so wrapped lines compare equal to the original text.

    Control characters are dropped: pypdf shows a shaped glyph that stands for no
    character of its own (such as a Devanagari half form) as its raw code.
    """
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cc" or ch in "\n\t")
    return " ".join(unicodedata.normalize("NFC", text).split())


def all_text(pdf: bytes) -> str:
    return flat(" ".join(pages_text(pdf)))


def evidence_ids(text: str) -> set[str]:
    return set(re.findall(r"\[(E\d+)\]", text))


def text_without_font(pdf: bytes) -> int:
    """How many text-showing operators run with no font set (poppler: "No font in show")."""
    reader = PdfReader(BytesIO(pdf))
    bad = 0
    for page in reader.pages:
        font, saved = None, []
        for operands, op in ContentStream(page.get_contents(), reader).operations:
            if op == b"q":
                saved.append(font)
            elif op == b"Q":
                font = saved.pop() if saved else None
            elif op == b"Tf":
                font = operands[0]
            elif op in (b"Tj", b"TJ", b"'", b'"'):
                bad += font is None
    return bad


@pytest.mark.parametrize("path", [DISC, TUMOUR_PATIENT, MULTILINGUAL], ids=lambda p: p.stem)
def test_every_section_heading_is_there(path: Path) -> None:
    text = all_text(pdf_of(path))
    for heading in HEADINGS:
        assert heading in text, heading


@pytest.mark.parametrize("path", [DISC, TUMOUR_PATIENT, MULTILINGUAL], ids=lambda p: p.stem)
def test_figures_and_citations_are_those_of_the_patients_family(
    content: Content, path: Path
) -> None:
    answers = patient(path)
    text = all_text(pdf_of(path))
    (family,) = families_for(content, answers)
    rows = comparison(content, family)
    shown = [s for r in rows for b in r.outcomes for s in b.figures]
    assert shown, family
    for s in shown:
        assert flat(f"{s.text} [{s.source.id}") in text  # then ", medium]" or the like
        assert flat(citation(default_content(), s.source)) in text
    for r in rows:
        assert flat(r.evidence.note) in text
    not_now = {f.source for f in not_now_findings(content, family, answers.condition)}
    assert not_now, "the not-now figures of the family are shown"
    inline = {i for r in rows for i in inline_citations(r.evidence.note)}
    own = {s.source.id for s in shown} | not_now | inline  # inline: a note's "[E51]"
    from_flags = {sid for f in flags(content, answers) for sid in f.sources}
    other = (
        {s.source for f in FAMILIES if f != family for s in content.figures_for(f)}
        - own
        - from_flags
    )
    found = evidence_ids(text)
    assert own <= found
    assert not (found & other), sorted(found & other)
    assert found <= own | from_flags


def test_disc_patient_sees_disc_studies_only() -> None:
    text = all_text(pdf_of(DISC))
    assert "[E18]" in text and "[E17]" in text
    assert "[E21]" not in text and "[E24]" not in text


def test_sources_say_who_was_studied_in_plain_words_and_list_clinic_pages_together() -> None:
    text = all_text(pdf_of(DISC))
    c = default_content()
    pages = "; ".join(f"[S{i}] {c.sources[f'S{i}'].citation}" for i in range(5))
    # the five clinic pages are one entry, each title once
    assert flat(c.texts["pdf_documents"].format(titles=pages)) in text
    assert text.count("patient-education page") == 1
    assert flat(f"Studied: {c.sources['E18'].who}.") in text
    # the evidence review's own terms are not what the patient reads
    assert "RCTs" not in text and "Studied in:" not in text


def test_tumour_patient_sees_tumour_studies_and_their_flags() -> None:
    text = all_text(pdf_of(TUMOUR_PATIENT))
    assert "[E21]" in text
    assert "[E18]" not in text
    assert "A large or complex tumour" in text
    assert "Bleeding risk or blood thinners" in text
    # a SURE "no" brings the guidance; the mirror sentence is never advice
    assert flat(default_content().sure_guidance) in text


def test_the_patients_words_come_back_in_every_script() -> None:
    answers = patient(MULTILINGUAL)
    text = all_text(pdf_of(MULTILINGUAL))
    for piece in (
        "Ich habe Angst vor der Narkose. Café, naïve, São Paulo, Łódź, Ærø.",
        "मुझे सर्जरी से डर लगता है।",
        "我担心手术后的恢复时间。",
        "<script>alert(1)</script> **bold** [a link](https://example.invalid)",
        "नमस्ते डॉक्टर — 医生你好",
        "¿Cuánto tiempo tardaré en volver a trabajar?",
        "<b>Is MIS safe?</b>",
    ):
        assert flat(piece) in text, piece
    # Arabic is drawn right to left: its words come back, in visual order
    arabic = ["أخاف", "من", "الجراحة", "وأريد", "أن", "أفهم", "هل", "سأحتاج", "إلى", "دكتور"]
    for word in arabic:
        assert word in text, word
    # 🙏 has no glyph in the bundled fonts: it is replaced visibly, with a note
    assert "🙏" in answers.worries
    assert REPLACEMENT in text
    assert flat(default_content().texts["pdf_replaced_note"]) in text
    assert "x" * 60 in text  # a long unbroken word is wrapped, not cut
    assert text_without_font(pdf_of(MULTILINGUAL)) == 0


def test_scripts_at_the_top_of_a_page_keep_their_font(content: Content) -> None:
    # Many short lines that start in a fallback font, so some start a new page.
    words = ["مرحبا دكتور", "नमस्ते", "你好", "hello", "שלום"]
    text = "\n".join(words[i % len(words)] for i in range(400))
    pdf = build_pdf(content, Answers(worries=text, notes=text))
    assert text_without_font(pdf) == 0


def test_plain_text_gets_no_replacement_note() -> None:
    text = all_text(pdf_of(DISC))
    assert REPLACEMENT not in text
    assert "could not be shown" not in text


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_paper_size_and_page_numbers(paper: str) -> None:
    pdf = pdf_of(TUMOUR_PATIENT, paper)
    reader = PdfReader(BytesIO(pdf))
    n = len(reader.pages)
    assert n > 1
    for i, page in enumerate(reader.pages, start=1):
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == PAGE_SIZES[paper]
        assert f"Page {i} of {n}" in page.extract_text()


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("path", sorted(PATIENTS.glob("*.json")), ids=lambda p: p.stem)
def test_no_heading_is_left_alone_at_the_foot_of_a_page(
    content: Content, path: Path, paper: str
) -> None:
    titles = {h.rstrip(":") for h in HEADINGS}
    titles |= {t.title for t in content.tradeoffs.values()}
    titles |= {o.label for o in content.outcomes.values()}
    titles |= {f.title for f in content.flags} | {"Your worries", "Your notes"}
    for text in pages_text(pdf_of(path, paper))[:-1]:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        body = [line for line in lines if not re.fullmatch(r"Page \d+ of \d+", line)]
        last = body[-1].rstrip(":")  # a row's heading goes on "...: Points towards MIS"
        assert last not in titles, last
        assert not last.startswith(("How the options compare", "What studies found")), last


def test_unknown_paper_is_refused(content: Content) -> None:
    with pytest.raises(ValueError, match="Paper"):
        build_pdf(content, Answers(), "a3")


@pytest.mark.parametrize("path", [DISC, TUMOUR_PATIENT, MULTILINGUAL], ids=lambda p: p.stem)
def test_the_pdf_carries_the_answers(path: Path) -> None:
    pdf = pdf_of(path)
    assert "answers.json" in PdfReader(BytesIO(pdf)).attachments
    assert load_any(pdf) == patient(path)


def test_made_on_date_and_review_dates(content: Content) -> None:
    text = all_text(pdf_of(DISC))
    assert "Made on 21 Nov 2026" in text
    assert f"Content version {content.meta.content_version}" in text
    assert f"Next review: {content.meta.next_review:%d %b %Y}" in text
    assert flat(content.meta.disclaimer) in text


def test_empty_answers_make_a_complete_pdf(content: Content) -> None:
    pdf = build_pdf(content, Answers(condition="herniated_disc"))
    text = all_text(pdf)
    for heading in HEADINGS:
        assert heading in text, heading
    assert load_any(pdf) == Answers(condition="herniated_disc")


@pytest.mark.parametrize("condition", ["", "not_sure"])
def test_no_diagnosis_puts_confirming_it_first_and_keeps_the_pdf_short(
    content: Content, condition: str
) -> None:
    pdf = build_pdf(content, Answers(condition=condition, priorities={"scar": 4}))
    pages = PdfReader(BytesIO(pdf)).pages
    first = flat(pages[0].extract_text())
    assert first.index("First, confirm your diagnosis") < first.index("Your situation")
    assert len(pages) <= 4
    text = all_text(pdf)
    assert "How the options compare:" not in text
    assert not re.search(r"\[E\d+\]", text.split("Sources")[0]), "no study figures shown"
    assert "line up a bit more with" not in text  # no pooled leaning


def test_a_point_the_content_no_longer_has_is_left_out(content: Content) -> None:
    answers = Answers(priorities={"scar": 4, "retired_point": 3})
    text = all_text(build_pdf(content, answers))
    assert "A small scar" in text
    assert "retired_point" not in text


@pytest.mark.parametrize(
    "unit",
    ["Lorem ipsum dolor sit amet. ", "मुझे सर्जरी से डर लगता है। ", "我担心手术后的恢复时间。", "x"],
)
def test_a_5000_character_note_is_shown_to_the_end(content: Content, unit: str) -> None:
    notes = (unit * 5000)[: 5000 - 8] + " THE-END"
    answers = Answers(condition="herniated_disc", notes=notes)
    assert len(answers.notes) == 5000
    pdf = build_pdf(content, answers)
    assert "THE-END" in all_text(pdf)
    assert text_without_font(pdf) == 0
    assert load_any(pdf) == answers


# --- any text, safely -------------------------------------------------------------------

free_text = st.text(max_size=400)
CONTENT = default_content()
answers_strategy = st.builds(
    Answers,
    condition=st.sampled_from(["", *CONTENT.conditions]),
    symptoms=st.lists(st.sampled_from(list(SYMPTOMS)), unique=True),
    duration=st.sampled_from(["", *CHOICE_IDS["durations"]]),
    tried=st.lists(st.sampled_from(list(TREATMENTS)), unique=True),
    blood_thinners=st.booleans(),
    previous_surgery_same_level=st.booleans(),
    overall_health=st.sampled_from(["", *CHOICE_IDS["health"]]),
    tumour_size=st.sampled_from(["", *CHOICE_IDS["tumour_size"]]),
    worry_anaesthesia=st.booleans(),
    worry_radiation=st.booleans(),
    work=st.sampled_from(["", *CHOICE_IDS["work"]]),
    quick_return_to_work=st.booleans(),
    worries=free_text,
    priorities=st.dictionaries(
        st.sampled_from([p.id for p in CONTENT.priorities]), st.integers(0, 4)
    ),
    quiz=st.dictionaries(st.sampled_from([q.id for q in CONTENT.quiz]), st.integers(0, 9)),
    leaning=st.sampled_from(["", *LEANINGS]),
    sure=st.dictionaries(st.sampled_from([s.id for s in CONTENT.sure]), st.booleans()),
    skipped_questions=st.lists(st.sampled_from([q.id for q in CONTENT.questions]), unique=True),
    own_questions=st.lists(free_text, max_size=3),
    notes=free_text,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(answers=answers_strategy, paper=st.sampled_from(["a4", "letter"]))
def test_any_answers_make_a_readable_pdf_that_carries_them(answers: Answers, paper: str) -> None:
    pdf = build_pdf(CONTENT, answers, paper)
    reader = PdfReader(BytesIO(pdf))
    assert len(reader.pages) >= 1
    assert reader.pages[-1].extract_text()
    assert text_without_font(pdf) == 0
    assert load_any(pdf) == answers


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=200))
def test_nothing_is_dropped_in_silence(text: str) -> None:
    """Every visible character is kept, or the text says [?] where something was."""
    safe = make_safe(text)
    visible = {
        ch
        for ch in unicodedata.normalize("NFC", text)
        if unicodedata.category(ch)[0] in "LNPS" or unicodedata.category(ch) in ("Mn", "Mc")
    }
    lost = visible - set(safe.text)
    if lost:
        assert safe.replaced and REPLACEMENT in safe.text, lost


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("👍🏽", "[?]"),
        ("👨\u200d👩\u200d👧 ok", "[?] ok"),
        ("🇬🇧🇫🇷", "[?][?]"),
        ("😟", "😟"),
        ("Café 医生 नमस्ते مرحبا", "Café 医生 नमस्ते مرحبا"),
        ("line\u2028next\ttab", "line\nnext    tab"),
    ],
)
def test_make_safe_examples(text: str, expected: str) -> None:
    assert make_safe(text).text == expected


@settings(max_examples=60, deadline=None)
@given(text=st.text(st.characters(codec="latin-1", exclude_categories=("Cc",)), max_size=300))
def test_wrapped_lines_fit_inside_the_margins(text: str) -> None:
    pdf = SummaryPDF("a4")
    width = 80.0
    for line in pdf.wrap(make_safe(text).text, width):
        assert pdf.plain_width(line) <= width + 1e-6 or len(line) == 1


@pytest.mark.parametrize("path", [DISC, TUMOUR_PATIENT, MULTILINGUAL], ids=lambda p: p.stem)
def test_page_one_is_at_a_glance(path: Path) -> None:
    """What a surgeon reads in 30 seconds is on page 1: condition and family, leaning,
    SURE, top priorities, flags, questions, quiz points and the patient's own worry."""
    answers = patient(path)
    s = summarise(default_content(), answers)
    first = flat(pages_text(pdf_of(path))[0])
    for label in (
        "At a glance",
        "Condition and operation",
        "Leaning",
        "SURE check",
        "Matters most",
        "To talk over",
        "Questions",
        "Worth another look",
        "In your words",
    ):
        assert label in first, label
    assert s.leaning in first and s.family in first
    for p, _, _ in s.priorities[:3]:
        assert flat(p.label) in first
    assert f"{len(s.questions)} questions" in first
    assert flat(answers.worries.split()[0]) in first or "[?]" in first


@pytest.mark.parametrize(
    "run", ["." * 1000, "\U0001f61f" * 1000, "\u060c" * 5000], ids=["dots", "emoji", "commas"]
)
def test_a_long_run_after_a_right_to_left_letter_still_makes_a_pdf(run: str) -> None:
    """One Arabic letter, then a long run of characters with no direction of their own
    and no space: fpdf2's bidi code recursed once per character and raised RecursionError
    at about 1,000 (found by fuzzing). The run is split into lines and every line drawn."""
    from decision_aid.consult import Consult
    from decision_aid.report.consult import build_consult_pdf

    text = "\u0628" + run
    pdf = build_pdf(default_content(), Answers(worries=text, own_questions=[text[:500]]))
    assert len(PdfReader(BytesIO(pdf)).pages) >= 2
    record = build_consult_pdf(default_content(), Answers(), Consult(notes=text))
    assert PdfReader(BytesIO(record)).pages


def test_with_no_weigh_up_chart_the_pdf_says_why_and_nothing_about_a_chart(
    content: Content,
) -> None:
    """Not sure of the diagnosis: no chart is drawn, and the PDF said "This chart
    mirrors ..." and told the reader to come back to a step of the app."""
    text = all_text(pdf_of(PATIENTS / "not_sure_of_diagnosis.json"))
    assert "This chart" not in text
    assert flat(content.texts["pdf_weigh_unknown"]) in text
    assert "come back here" not in text
    unrated = all_text(build_pdf(content, Answers(condition="spinal_stenosis")))
    assert "This chart" not in unrated and content.texts["pdf_not_rated"] in unrated
