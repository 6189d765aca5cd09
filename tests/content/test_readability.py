"""Every patient-facing text reads at Flesch-Kincaid grade 8 or lower."""

from __future__ import annotations

import pytest

from decision_aid.content import default_content
from decision_aid.readability import MAX_GRADE, Graded, grade, grade_all, patient_texts

GRADED = grade_all(default_content())


def test_the_grade_limit_is_8() -> None:
    assert MAX_GRADE == 8


def test_a_hard_text_would_fail() -> None:
    hard = (
        "Notwithstanding considerable methodological heterogeneity, contemporaneous "
        "meta-analytical investigations demonstrated statistically indistinguishable "
        "postoperative functional trajectories irrespective of operative methodology."
    )
    assert grade(hard) > MAX_GRADE
    assert not Graded("x", hard, grade(hard)).ok


def test_every_text_is_graded() -> None:
    texts = list(patient_texts(default_content()))
    assert len(texts) > 150
    assert all(text.strip() for _, text in texts), [w for w, t in texts if not t.strip()]
    wheres = {g.where for g in GRADED}
    assert len(wheres) == len(GRADED), "a text is graded twice under one name"
    assert any(w.startswith("tradeoffs/") for w in wheres)
    assert any(w.endswith("(short texts)") for w in wheres)


@pytest.mark.parametrize("graded", GRADED, ids=lambda g: g.where)
def test_reading_grade(graded: Graded) -> None:
    assert graded.grade <= MAX_GRADE, f"{graded.where} reads at grade {graded.grade:.1f}"
