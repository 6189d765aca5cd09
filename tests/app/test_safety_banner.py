"""The safety message on every step: emergency department now, or a doctor today."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from decision_aid.content import default_content
from tests.app.conftest import go

T = default_content().texts


@pytest.mark.parametrize(
    ("signs", "title", "not_title"),
    [
        (["saddle_numbness"], "safety_now_title", "safety_title"),
        (["unsteady", "bladder_bowel"], "safety_now_title", "safety_title"),
        (["fever"], "safety_title", "safety_now_title"),
    ],
)
def test_ticking_a_sign_shows_how_soon_to_get_help_at_once(
    at: AppTest, signs: list[str], title: str, not_title: str
) -> None:
    go(at, "situation")
    for sign in signs:
        at.checkbox(key=f"w:warning_signs:{sign}").check().run()
    for page in ("situation", "compare", "present"):  # present: the patient's own screen
        go(at, page)
        shown = " ".join(e.value for e in at.error)
        assert T[title] in shown and T[not_title] not in shown, page
    go(at, "consult")  # the clinician's: said of the patient, with what they were told
    shown = " ".join(e.value for e in at.error)
    told = T[f"consult_{title.removesuffix('_title')}_text"].split("{signs}.")[1].split()[:8]
    assert " ".join(told) in " ".join(shown.split())
    assert T[title] not in shown and "You ticked" not in shown and " your " not in shown
