"""Walk the journey in AppTest for three different patients."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from tests.app.conftest import PAGES, go, open_details, plotly_specs, texts


def fill_situation(at: AppTest, condition: str, **checks: bool) -> None:
    go(at, "situation")
    at.selectbox(key="w:condition").set_value(condition).run()
    for name, value in checks.items():
        at.checkbox(key=f"w:{name}").set_value(value).run()
    assert not at.exception


def rate(at: AppTest, **ratings: int) -> None:
    go(at, "priorities")
    for pid, value in ratings.items():
        at.radio(key=f"w:priorities.{pid}").set_value(value).run()
    assert not at.exception


def test_herniated_disc_scar_matters_most(at: AppTest) -> None:
    fill_situation(at, "herniated_disc", quick_return_to_work=True)
    assert "Disc surgery (discectomy)" in texts(at)
    open_details(go(at, "compare"))
    shown = texts(at)
    assert "[E18]" in shown and "[E17]" in shown
    assert "[E21]" not in shown and "[E2]" not in shown  # tumour and fusion figures absent
    assert "about twice as often" in shown or "1.95" in shown
    specs = plotly_specs(at)
    icon_titles = [s["layout"]["title"]["text"].replace("<br>", " ") for s in specs]
    assert any("A second operation within 2 years" in t for t in icon_titles)
    rate(at, scar=4, recurrence=1)
    go(at, "weigh")
    spec = plotly_specs(at)[0]
    bars = spec["data"][0]
    assert list(bars["y"]) == ["A small scar", "A lower chance of a second operation"]
    assert bars["x"][0] > 0 and bars["x"][1] < 0  # scar lines up with MIS; second op with open
    shown = texts(at)
    assert "How much the surgeon has done" in shown
    assert "Getting back to work" in shown
    go(at, "questions")
    labels = [c.label for c in at.checkbox]
    assert "What is the chance my disc bulges out again with each kind of surgery?" in labels


def test_spinal_metastasis_on_blood_thinners(at: AppTest) -> None:
    fill_situation(at, "tumour", blood_thinners=True)
    at.selectbox(key="w:tumour_size").set_value("large_or_complex").run()
    open_details(go(at, "compare"))
    shown = texts(at)
    assert "[E21]" in shown and "[E22]" in shown and "[E23]" in shown
    assert "[E18]" not in shown and "[E24]" not in shown
    assert "Tumour surgery" in shown
    go(at, "weigh")
    shown = texts(at)
    for title in (
        "A large or complex tumour",
        "Bleeding risk or blood thinners",
        "Who looks at the tumour",
    ):
        assert title in shown
    assert "You have not rated any points yet" in shown
    go(at, "questions")
    labels = [c.label for c in at.checkbox]
    assert "Is my tumour too large or complex for MIS?" in labels
    assert "What should I do about my blood thinners before surgery?" in labels


def test_stenosis_and_unsure(at: AppTest) -> None:
    fill_situation(at, "spinal_stenosis")
    open_details(go(at, "compare"))
    shown = texts(at)
    assert "[E19]" in shown and "[E16]" in shown
    assert "[E2]" not in shown
    specs = plotly_specs(at)
    dural = [
        s
        for s in specs
        if "Tear of the spinal lining" in s["layout"]["title"]["text"].replace("<br>", " ")
    ]
    assert dural, "icon array for dural tear is drawn"
    go(at, "stand")
    at.selectbox(key="w:leaning").set_value("unsure").run()
    for item, value in (
        ("sure", False),
        ("understand", True),
        ("risk_benefit", True),
        ("encouragement", True),
    ):
        at.radio(key=f"w:sure.{item}").set_value(value).run()
    assert 'A "no" is fine' in texts(at)
    go(at, "quiz")
    at.radio(key="w:quiz.later").set_value(0).run()  # stenosis: canal surgery questions
    at.radio(key="w:quiz.not_now").set_value(1).run()
    shown = texts(at)
    assert "You have answered 2 of 2" in shown and "score" not in shown.lower()
    assert "Not so. You can say no, or not now" in shown  # what the answer means
    assert "radiation" not in str([r.key for r in at.radio])  # a fusion question


def test_answers_survive_moving_between_steps(at: AppTest) -> None:
    fill_situation(at, "fracture", worry_radiation=True)
    go(at, "options")
    open_details(go(at, "compare"))
    go(at, "situation")
    assert at.selectbox(key="w:condition").value == "fracture"
    assert at.checkbox(key="w:worry_radiation").value is True
    rate(at, radiation=3)
    go(at, "summary")
    go(at, "priorities")
    assert at.radio(key="w:priorities.radiation").value == 3


def _step(at: AppTest) -> str:
    """The step shown: its number from the progress bar ("Step 3 of 10" -> 3)."""
    return str(at.get("progress")[0].proto.text).split()[1]


def test_start_back_and_next_move_one_step_each_and_keep_what_was_typed(at: AppTest) -> None:
    # A click is handled before its step is drawn again (ui/layout.leave_if_asked): it
    # must move exactly one step, never on and on, and keep the answers given with it.
    # (AppTest reruns the page it was last sent to with switch_page, so each click
    # starts from go().)
    go(at, "welcome").button(key="start").click().run()
    assert _step(at) == "2"
    go(at, "situation")
    at.text_area(key="w:worries").input("Typed just before Next")
    at.button(key="nav_next").click().run()
    assert _step(at) == "3"
    assert at.session_state["answers"].worries == "Typed just before Next"
    go(at, "compare").button(key="nav_back").click().run()
    assert _step(at) == "3"
    go(at, "compare").button(key="nav_next").click().run()
    assert _step(at) == "5"
    # a step chosen some other way (a sidebar link) is not taken over by an earlier click
    go(at, "compare").button(key="nav_back").click()
    at.switch_page("app_pages/summary.py").run()
    assert _step(at) == "10"
    at.run()
    assert _step(at) == "10"
    assert not at.exception


def test_every_step_renders_with_no_answers(at: AppTest) -> None:
    for k, page in enumerate(PAGES, start=1):
        go(at, page)
        progress = at.get("progress")
        assert progress and f"Step {k} of 10" in progress[0].proto.text
        assert not at.error, (page, [e.value for e in at.error])


def test_a_ratio_and_a_likely_range_are_explained_without_opening_anything(at: AppTest) -> None:
    """A fusion patient's infection row gives an odds ratio with its likely range: both
    are explained on the step itself, not only inside the closed figure details."""
    from decision_aid.content import default_content

    t = default_content().texts
    fill_situation(at, "spondylolisthesis")
    go(at, "compare")
    rows = [m.value for m in at.markdown if "Odds 0.3 times" in m.value]
    assert len(rows) == 1
    assert " ".join(t["ratio_help"].split()) in " ".join(rows[0].split())
    assert " ".join(t["range_help"].split()) in " ".join(texts(at).split())
    # a row with no ratio does not carry the explanation
    scar = [m.value for m in at.markdown if m.value.startswith("### Size of the scar")]
    assert scar and " ".join(t["ratio_help"].split()) not in " ".join(scar[0].split())


def test_a_chosen_answer_can_be_cleared_to_not_answered(at: AppTest) -> None:
    """Every select box starts empty and can be emptied again: the answer goes back to
    "not answered", not to the first choice."""
    go(at, "situation")
    box = at.selectbox(key="w:smoking")
    assert box.value is None
    box.set_value("never").run()
    assert at.session_state["answers"].smoking == "never"
    at.selectbox(key="w:smoking").set_value(None).run()
    assert not at.exception
    assert at.session_state["answers"].smoking == ""
    assert at.selectbox(key="w:smoking").value is None


def test_not_sure_of_the_condition_never_promises_figures_that_are_not_shown(
    at: AppTest,
) -> None:
    """Compare shows no figures until the condition is known; Your situation and Summary
    said figures would be shown for all five kinds, and Summary pointed "below" at
    nothing."""
    from decision_aid.content import default_content

    t = default_content().texts
    fill_situation(at, "not_sure")
    shown = texts(at)
    assert t["families_not_yet"] in shown and "We will show figures for" not in shown
    compare = texts(go(at, "compare"))
    assert t["confirm_diagnosis_below"] in compare and "[E1]" not in compare
    summary = texts(go(at, "summary"))
    assert t["confirm_diagnosis_below"] not in summary
    assert t["situation_families_none"] in summary
