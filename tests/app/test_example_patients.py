"""Each example patient, walked through in AppTest: their own family's evidence only, their
flags, the safety message when they ticked a warning sign, and no figures at all when the
diagnosis is not known."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.conftest import go, texts
from tests.support.patients import CONFIRM, SAFETY, cited, load, names

FIGURE_STEPS = ("compare", "weigh", "summary")  # where an unknown diagnosis is said first


@pytest.mark.parametrize("name", names())
def test_each_step_shows_only_this_patients_evidence(at: AppTest, name: str) -> None:
    p = load(name)
    at.session_state["answers"] = p.answers
    seen: set[str] = set()
    for step in ("options", "compare", "weigh", "quiz", "summary"):
        go(at, step)
        shown = texts(at)
        errors = [e for e in at.error if e.icon != ":material/emergency:"]
        assert not at.exception and not errors, step
        assert (SAFETY in shown) == p.warned, step
        if step in FIGURE_STEPS:
            assert (CONFIRM in shown) == (p.family is None), step
        ids = cited(shown)
        assert not ids & p.others, (step, sorted(ids & p.others))
        if step in FIGURE_STEPS:
            seen |= ids
        if step == "weigh":
            for title in p.flags:
                assert title in shown, title
    if p.family:
        assert p.own <= seen | {"E14"} or p.own & seen, "the family's studies are shown"
    else:
        assert not seen, "no study figures for a patient whose diagnosis is not known"
