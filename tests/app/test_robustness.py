"""Odd answers never break a step: retired priority ids, long text, markup, scripts."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from decision_aid.answers import Answers
from tests.app.conftest import PAGES, go, plotly_specs, texts
from ui.session import ANSWERS_KEY

ODD = "<script>alert(1)</script> **bold** [x](javascript:alert(1)) $x$ مرحبا 😟 " + "z" * 4000


def test_odd_answers_render_everywhere(at: AppTest) -> None:
    at.session_state[ANSWERS_KEY] = Answers(
        condition="not_sure",
        priorities={"scar": 4, "a_point_that_no_longer_exists": 3},
        quiz={"retired_question": 1},
        sure={"retired": True},
        worries=ODD,
        notes=ODD,
        own_questions=[ODD, "Is it safe?"],
        skipped_questions=["nope"],
    )
    for page in PAGES:
        go(at, page)
        assert not at.error, (page, [e.value for e in at.error])
    shown = texts(at)  # the summary page
    assert "<script>" not in shown  # escaped, never raw markup
    assert "&lt;script&gt;" in shown
    assert "\\*\\*bold\\*\\*" in shown


def test_not_sure_shows_no_family_figures_and_confirming_the_diagnosis_first(
    at: AppTest,
) -> None:
    at.session_state[ANSWERS_KEY] = Answers(condition="not_sure", priorities={"scar": 4})
    for step in ("compare", "weigh", "summary"):
        go(at, step)
        shown = texts(at)
        assert "First, confirm your diagnosis with your surgeon." in shown, step
        assert "Figures for:" not in shown and "[E" not in shown.split("Sources")[0], step
        assert "line up a bit more with" not in shown, step
    assert not plotly_specs(at)


def test_compare_draws_no_chart_until_asked(at: AppTest) -> None:
    at.session_state[ANSWERS_KEY] = Answers(condition="spondylolisthesis")
    go(at, "compare")
    assert not plotly_specs(at), "closed details cost nothing"
    assert "[E1]" in texts(at), "the key figures show without opening anything"
