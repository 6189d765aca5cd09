"""Warning signs: which ones send the patient to an emergency department now, and which
to a doctor today, on screen and in both PDFs (E55: cauda equina needs care at once)."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from decision_aid.answers import EMERGENCY_SIGNS, WARNING_SIGNS, Answers
from decision_aid.consult import Consult
from decision_aid.content import default_content
from decision_aid.report.build import build_pdf
from decision_aid.report.consult import build_consult_pdf
from decision_aid.summary import summarise

CONTENT = default_content()
T = CONTENT.texts


def _first_page(pdf: bytes) -> str:
    return " ".join(PdfReader(BytesIO(pdf)).pages[0].extract_text().split())


def _words(key: str) -> str:
    return " ".join(T[key].split())


@pytest.mark.parametrize("sign", sorted(EMERGENCY_SIGNS))
def test_a_sign_of_squeezed_nerves_at_the_base_of_the_spine_means_go_now(sign: str) -> None:
    a = Answers(warning_signs=[sign, "fever"], condition="herniated_disc")
    assert a.emergency and summarise(CONTENT, a).emergency
    first = _first_page(build_pdf(CONTENT, a))
    assert _words("safety_now_title") in first
    assert _words("safety_title") not in first
    consult = _first_page(build_consult_pdf(CONTENT, a, Consult()))
    assert "told them to go to an emergency department now" in consult
    assert " your " not in consult.split("Warning signs ticked")[1].split("At a glance")[0]


@pytest.mark.parametrize("sign", sorted(set(WARNING_SIGNS) - EMERGENCY_SIGNS))
def test_the_other_signs_mean_a_doctor_today_and_say_when_to_go_at_once(sign: str) -> None:
    a = Answers(warning_signs=[sign], condition="herniated_disc")
    assert not a.emergency
    first = _first_page(build_pdf(CONTENT, a))
    assert _words("safety_title") in first and _words("safety_now_title") not in first
    assert "numbness between your legs" in first  # when to go at once, said beside it
    consult = _first_page(build_consult_pdf(CONTENT, a, Consult()))
    assert "told them to get medical help today" in consult


def test_every_when_to_think_again_sends_bladder_or_bowel_trouble_to_hospital_at_once() -> None:
    """Not "the same day": E55 says cauda equina usually needs admission at once."""
    for family, nn in CONTENT.not_now.items():
        again = " ".join(nn.think_again.split())
        assert "at once" in again and "bladder" in again, family
        assert "same day for numbness" not in again, family
        assert "same day for new weakness, numbness" not in again, family
