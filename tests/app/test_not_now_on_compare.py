"""Compare, "Surgery or not now": the fusion trials' figures only for the condition they
studied (a slipped bone with a narrow canal)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from decision_aid.answers import Answers
from tests.app.conftest import go, texts


@pytest.mark.parametrize(
    ("condition", "shown"), [("degenerative_disc", False), ("spondylolisthesis", True)]
)
def test_compare_shows_the_fusion_trials_only_to_the_condition_they_studied(
    at: AppTest, condition: str, shown: bool
) -> None:
    at.session_state["answers"] = Answers(condition=condition)
    shown_text = texts(go(at, "compare"))
    assert ("[E41]" in shown_text) is shown
    assert ("You chose another problem." in shown_text) is not shown
