"""A long free text does not fill page 1: page 1 shows its start and says where the whole
text is, and the whole text is there (summary PDF: "In your own words"; consult PDF: after
the questions)."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader

from decision_aid.answers import MAX_TEXT
from decision_aid.consult import Consult
from decision_aid.content import default_content
from decision_aid.report.build import build_pdf
from decision_aid.report.consult import build_consult_pdf
from decision_aid.summary_words import EXCERPT, excerpt
from tests.support.patients import load

CONTENT = default_content()
T = CONTENT.texts
WORDS = ("My back hurts when I sit for long. " * 200)[: MAX_TEXT - 10] + " LAST WORDS"


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(pdf)).pages]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_excerpt_cuts_at_a_space_and_says_so() -> None:
    assert excerpt("  short  ") == ("short", False)
    start, cut = excerpt(WORDS)
    assert cut and start.endswith("…") and len(start) <= EXCERPT + 1
    assert WORDS.startswith(start[:-1])
    assert excerpt("x" * 400) == ("x" * EXCERPT + "…", True)  # no space: cut at the limit


def test_the_summary_pdf_shows_the_start_on_page_one_and_the_whole_text_later() -> None:
    p = load("herniated_disc_scar_leaning_mis")
    a = p.answers.model_copy(update={"worries": WORDS})
    pages = _pages(build_pdf(CONTENT, a))
    assert _flat(T["glance_more"]) in pages[0]
    assert "LAST WORDS" not in pages[0]
    assert T["heading_situation"] in pages[0]  # page 1 still reaches the situation
    assert "LAST WORDS" in " ".join(pages[1:])
    assert len(pages) <= 8


def test_the_consult_pdf_keeps_page_one_short_and_gives_the_whole_text_after_the_questions() -> (
    None
):
    p = load("herniated_disc_scar_leaning_mis")
    a = p.answers.model_copy(update={"worries": WORDS, "notes": WORDS})
    pages = _pages(build_consult_pdf(CONTENT, a, Consult()))
    text = " ".join(pages)
    assert _flat(T["consult_more"]) in pages[0] and "LAST WORDS" not in pages[0]
    questions = text.index(T["consult_questions_heading"])
    whole = text.index(T["consult_own_words_heading"])
    assert questions < whole < text.index("LAST WORDS")
    assert text.count("LAST WORDS") == 2  # the worries and the notes, each once in full


def test_short_texts_have_no_pointer_and_no_extra_section() -> None:
    p = load("herniated_disc_scar_leaning_mis")
    text = " ".join(_pages(build_consult_pdf(CONTENT, p.answers, Consult())))
    assert _flat(T["consult_more"]) not in text and T["consult_own_words_heading"] not in text
