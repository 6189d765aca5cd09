"""decision_aid.rules and decision_aid.flags: the rule language, flags and surgeon questions."""

from __future__ import annotations

from typing import Any

import pytest

from decision_aid.answers import Answers
from decision_aid.flags import raised_flags, surgeon_questions
from decision_aid.models import Content, Rule
from decision_aid.rules import all_or_any, field_value, holds


def flag_ids(content: Content, **answers: Any) -> list[str]:
    return [f.id for f in raised_flags(content, Answers(**answers))]


def question_ids(content: Content, **answers: Any) -> list[str]:
    return [q.id for q in surgeon_questions(content, Answers(**answers))]


def rule(**kw: Any) -> Rule:
    return Rule.model_validate(kw)


# --- the rule language ----------------------------------------------------------------


def test_field_value_reads_plain_and_dotted_fields() -> None:
    a = Answers(condition="tumour", priorities={"scar": 3})
    assert field_value(a, "condition") == "tumour"
    assert field_value(a, "priorities.scar") == 3
    assert field_value(a, "priorities.cost") is None  # not rated: not "not at all" (0)
    assert field_value(a, "condition.x") is None  # a sub-field of a non-mapping


@pytest.mark.parametrize(
    ("r", "answers", "expected"),
    [
        (rule(field="condition", equals="tumour"), {"condition": "tumour"}, True),
        (rule(field="condition", equals="tumour"), {"condition": "fracture"}, False),
        (rule(field="blood_thinners", equals=True), {"blood_thinners": True}, True),
        (rule(field="blood_thinners", equals=True), {}, False),
        (
            rule(field="overall_health", **{"in": ["fair", "poor"]}),
            {"overall_health": "poor"},
            True,
        ),
        (
            rule(field="overall_health", **{"in": ["fair", "poor"]}),
            {"overall_health": "good"},
            False,
        ),
        (rule(field="tried", contains="none"), {"tried": ["physio", "none"]}, True),
        (rule(field="tried", contains="none"), {"tried": ["physio"]}, False),
        (rule(field="condition", contains="tum"), {"condition": "tumour"}, False),  # not a list
        (rule(field="priorities.scar", at_least=3), {"priorities": {"scar": 3}}, True),
        (rule(field="priorities.scar", at_least=3), {"priorities": {"scar": 2}}, False),
        (rule(field="priorities.scar", at_least=1), {}, False),
        (rule(field="condition", at_least=1), {"condition": "tumour"}, False),  # not a number
        (rule(field="condition"), {"condition": "tumour"}, False),  # no test at all
    ],
)
def test_holds(r: Rule, answers: dict[str, Any], expected: bool) -> None:
    assert holds(r, Answers(**answers)) is expected


def test_the_in_operator_is_spelled_in_in_yaml() -> None:
    r = rule(field="work", **{"in": ["desk"]})
    assert r.is_in == ("desk",)


def test_all_or_any() -> None:
    yes = rule(field="blood_thinners", equals=True)
    no = rule(field="condition", equals="tumour")
    a = Answers(blood_thinners=True)
    assert all_or_any((), False, a) and all_or_any((), True, a)  # no rules: always
    assert all_or_any((yes,), False, a)
    assert not all_or_any((yes, no), False, a)
    assert all_or_any((yes, no), True, a)
    assert not all_or_any((no,), True, a)


# --- flags ----------------------------------------------------------------------------


def test_surgeon_experience_always_shows(content: Content) -> None:
    assert flag_ids(content) == ["surgeon_experience"]
    assert "surgeon_experience" in flag_ids(content, condition="tumour", blood_thinners=True)


def test_large_tumour_needs_both_a_tumour_and_a_large_one(content: Content) -> None:
    assert "large_tumour" in flag_ids(content, condition="tumour", tumour_size="large_or_complex")
    assert "large_tumour" not in flag_ids(content, condition="tumour", tumour_size="small")
    assert "large_tumour" not in flag_ids(
        content, condition="fracture", tumour_size="large_or_complex"
    )


def test_any_tumour_raises_the_team_flag(content: Content) -> None:
    assert "tumour_team" in flag_ids(content, condition="tumour")
    assert "tumour_team" not in flag_ids(content, condition="herniated_disc")


def test_blood_thinners_raise_bleeding_risk(content: Content) -> None:
    assert "bleeding_risk" in flag_ids(content, blood_thinners=True)
    assert "bleeding_risk" not in flag_ids(content, blood_thinners=False)


@pytest.mark.parametrize(
    "answers",
    [
        {"tried": ["none"]},
        {"tried": ["medicine", "none"]},
        {"duration": "under_6_weeks"},
        {"tried": ["none"], "duration": "under_6_weeks"},
    ],
)
def test_try_other_care_first_when_nothing_tried_or_recent(
    content: Content, answers: dict[str, Any]
) -> None:
    assert "try_other_care_first" in flag_ids(content, **answers)


def test_no_try_other_care_first_after_care_for_a_while(content: Content) -> None:
    ids = flag_ids(content, tried=["physio", "medicine"], duration="over_1_year")
    assert "try_other_care_first" not in ids


@pytest.mark.parametrize(
    ("answers", "flag"),
    [
        ({"previous_surgery_same_level": True}, "earlier_surgery"),
        ({"worry_anaesthesia": True}, "anaesthesia_worry"),
        ({"worry_radiation": True}, "radiation_worry"),
        ({"overall_health": "fair"}, "overall_health"),
        ({"overall_health": "poor"}, "overall_health"),
        ({"work": "physical"}, "work_needs"),
        ({"quick_return_to_work": True}, "work_needs"),
        ({"condition": "not_sure"}, "condition_unclear"),
        ({"symptoms": ["leg_pain", "weakness"]}, "weakness"),
    ],
)
def test_each_answer_raises_its_flag(content: Content, answers: dict[str, Any], flag: str) -> None:
    assert flag in flag_ids(content, **answers)
    assert flag not in flag_ids(content)


def test_good_health_and_desk_work_raise_nothing_extra(content: Content) -> None:
    assert flag_ids(content, overall_health="good", work="desk") == ["surgeon_experience"]


def test_flags_come_in_content_order(content: Content) -> None:
    everything = Answers(
        condition="tumour",
        tumour_size="large_or_complex",
        tried=["none"],
        blood_thinners=True,
        worry_radiation=True,
        symptoms=["weakness"],
    )
    raised = raised_flags(content, everything)
    ids = [f.id for f in raised]
    order = [f.id for f in content.flags]
    # safety points first, then the content's order
    assert ids == sorted(ids, key=lambda i: (not content_flag(content, i).urgent, order.index(i)))
    assert raised[0].id == "weakness" and raised[0].urgent
    assert {"large_tumour", "tumour_team", "bleeding_risk", "weakness"} <= set(ids)
    # not for a tumour, and never beside new weakness: other care first is not the advice
    assert "try_other_care_first" not in ids


def test_other_care_first_fires_for_a_disc_with_nothing_tried(content: Content) -> None:
    answers = Answers(condition="herniated_disc", tried=["none"])
    assert "try_other_care_first" in [f.id for f in raised_flags(content, answers)]
    weak = answers.model_copy(update={"symptoms": ["weakness"]})
    assert "try_other_care_first" not in [f.id for f in raised_flags(content, weak)]
    fracture = Answers(condition="fracture", duration="under_6_weeks")
    assert "try_other_care_first" not in [f.id for f in raised_flags(content, fracture)]


# --- surgeon questions ----------------------------------------------------------------


def test_questions_without_rules_always_show(content: Content) -> None:
    always = [q.id for q in content.questions if not q.when]
    assert always  # the content has some
    assert question_ids(content) == always


@pytest.mark.parametrize("rating", [0, 1, 2, 3, 4])
def test_the_experience_question_always_shows(content: Content, rating: int) -> None:
    assert "experience" in question_ids(content, priorities={"expertise": rating})


def test_leaning_either_way_adds_the_recovery_question(content: Content) -> None:
    """Recovery after each way, asked by a patient leaning either way, not only open."""
    assert "open_recovery" in question_ids(content, leaning="open")
    assert "open_recovery" in question_ids(content, leaning="mis")
    assert "open_recovery" not in question_ids(content, leaning="not_now")


def test_leaning_mis_adds_experience_and_switch_rate(content: Content) -> None:
    ids = question_ids(content, leaning="mis")
    assert {"experience", "switch_rate"} <= set(ids)
    assert "other_care" not in ids


def test_leaning_not_now_adds_other_care(content: Content) -> None:
    assert "other_care" in question_ids(content, leaning="not_now")


@pytest.mark.parametrize(
    ("answers", "question"),
    [
        ({"priorities": {"infection": 3}}, "own_results"),
        ({"blood_thinners": True}, "blood_thinners"),
        ({"worry_anaesthesia": True}, "local_anaesthesia"),
        ({"worry_radiation": True}, "xray"),
        ({"priorities": {"radiation": 3}}, "xray"),
        ({"condition": "tumour"}, "tumour_size"),
        ({"condition": "herniated_disc"}, "disc_again"),
        ({"work": "desk"}, "work"),
        ({"priorities": {"recovery": 4}}, "work"),
        ({"previous_surgery_same_level": True}, "earlier_surgery"),
        ({"priorities": {"cost": 3}}, "cost"),
        ({"priorities": {"scar": 3}}, "scar"),
        ({"tried": ["none"]}, "other_care"),
    ],
)
def test_each_answer_adds_its_question(
    content: Content, answers: dict[str, Any], question: str
) -> None:
    assert question in question_ids(content, **answers)
    assert question not in question_ids(content)


def test_just_below_a_threshold_adds_nothing(content: Content) -> None:
    base = question_ids(content)
    below = question_ids(
        content, priorities={"infection": 2, "radiation": 2, "cost": 2, "scar": 2, "recovery": 2}
    )
    assert below == base


def content_flag(content: Content, flag_id: str):  # type: ignore[no-untyped-def]
    return next(f for f in content.flags if f.id == flag_id)


def test_pulling_flags_respect_the_operation_family(content: Content) -> None:
    from decision_aid.flags import pulling_flags

    answers = Answers(condition="herniated_disc", blood_thinners=True, worry_radiation=True)
    disc = [f.id for f in pulling_flags(content, answers, "discectomy")]
    assert "bleeding_risk" not in disc  # for disc surgery the blood-loss gap was tiny
    # the X-ray figures (E2, E4) come from fusion studies: no pull for disc surgery
    assert "radiation_worry" not in disc
    assert "radiation_worry" in [f.id for f in pulling_flags(content, answers, "fusion")]
    assert "bleeding_risk" in [f.id for f in pulling_flags(content, answers, "tumour")]


def test_a_flag_never_shows_another_familys_study(content: Content) -> None:
    from decision_aid.flags import raised_flags

    answers = Answers(condition="herniated_disc", blood_thinners=True, work="physical")
    disc_studies = {f.source for f in content.figures_for("discectomy")}
    for f in raised_flags(content, answers):
        studies = {s for s in f.sources if content.sources[s].kind == "study"}
        assert studies <= disc_studies, (f.id, studies - disc_studies)
        assert "fusion" not in f.text.lower(), f.id


@pytest.mark.parametrize(("rating", "raised"), [(None, True), (0, False), (1, True), (4, True)])
def test_work_needs_is_not_raised_when_getting_back_to_work_was_rated_not_at_all(
    content: Content, rating: int | None, raised: bool
) -> None:
    """Ticked "getting back to work quickly matters" on step 2, then rated getting back
    to work "not at all" on step 5: no point saying that work matters to them."""
    priorities = {} if rating is None else {"recovery": rating}
    for answer in ({"quick_return_to_work": True}, {"work": "physical"}):
        ids = flag_ids(content, condition="spondylolisthesis", priorities=priorities, **answer)
        assert ("work_needs" in ids) is raised, (answer, rating)
