"""decision_aid.summary: what the summary page and the PDF both show."""

from __future__ import annotations

from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.patient import quiz_for
from decision_aid.summary import (
    change_sentence,
    mirror_sentence,
    questions_to_ask,
    quiz_result,
    ranked_priorities,
    situation,
    summarise,
    sure_result,
)
from decision_aid.summary_words import quiz_words, sure_words
from decision_aid.weighing import factor_specs, sensitivity, weigh


def test_situation_of_empty_answers(content: Content) -> None:
    lines = dict(situation(content, Answers()))
    assert lines["Condition"] == "Not answered"
    assert lines["Main symptoms"] == "Not answered"
    assert lines["Blood thinners or bleeding risk"] == "No"
    assert "Tumour size" not in lines
    # no figures until the diagnosis is known, as on Compare (it listed all five)
    assert lines["Figures shown for"] == content.texts["situation_families_none"]
    sure = dict(situation(content, Answers(condition="spinal_stenosis")))
    assert sure["Figures shown for"] == content.families["decompression"].label
    unsure = dict(situation(content, Answers(condition="not_sure")))
    assert unsure["Figures shown for"] == content.texts["situation_families_none"]


def test_situation_of_a_tumour(content: Content) -> None:
    a = Answers(
        condition="tumour",
        tumour_size="large_or_complex",
        symptoms=["back_pain", "weakness"],
        blood_thinners=True,
    )
    lines = situation(content, a)
    assert lines[3] == ("Tumour size", "Large or complex")  # after signs and condition
    assert lines[0] == ("Warning signs", "Not answered")
    d = dict(lines)
    assert d["Condition"] == content.conditions["tumour"].label
    assert d["Figures shown for"] == content.families["tumour"].label
    assert d["Main symptoms"] == "Back pain, Weakness in a leg or foot"
    assert d["Blood thinners or bleeding risk"] == "Yes"


def test_ranked_priorities_most_important_first_ties_in_content_order(content: Content) -> None:
    a = Answers(priorities={"cost": 2, "scar": 4, "pain": 2, "access": 0})
    ranked = [(p.id, r) for p, r in ranked_priorities(content, a)]
    order = [p.id for p in content.priorities]
    ties = sorted(["cost", "pain"], key=order.index)
    assert ranked == [("scar", 4), (ties[0], 2), (ties[1], 2), ("access", 0)]


def test_quiz_result_counts_the_questions_of_the_patients_family(content: Content) -> None:
    from decision_aid.patient import quiz_for

    a = Answers(condition="spondylolisthesis")  # fusion
    asked = quiz_for(content, a)
    assert {q.id for q in asked} >= {"radiation", "blood", "not_now"}
    assert "disc_again" not in {q.id for q in asked}  # a disc finding, not for fusion
    right = {q.id: q.answer for q in asked[:2]}
    wrong = {asked[2].id: (asked[2].answer + 1) % len(asked[2].choices)}
    r = quiz_result(content, a.model_copy(update={"quiz": {**right, **wrong}}))
    assert (r.right, r.answered, r.total) == (2, 3, len(asked))
    # with no diagnosis, only the questions that fit everyone
    assert {q.id for q in quiz_for(content, Answers())} == {"not_now"}


def test_sure_result(content: Content) -> None:
    ids = [s.id for s in content.sure]
    all_yes = sure_result(content, Answers(sure=dict.fromkeys(ids, True)))
    assert all_yes.complete and not all_yes.conflict
    one_no = sure_result(content, Answers(sure={ids[0]: False, ids[1]: True}))
    assert (one_no.answered, one_no.yes, one_no.total) == (2, 1, len(ids))
    assert one_no.conflict and not one_no.complete


def test_an_untaken_quiz_and_an_unanswered_sure_check_say_so(content: Content) -> None:
    """Not "Nothing from the quiz" (it went well) nor "yes to 0 of 4" (four noes)."""
    t = content.texts
    a = Answers(condition="spondylolisthesis")
    s = summarise(content, a)
    assert quiz_words(content, s) == t["not_taken"]
    assert sure_words(content, s) == t["not_answered"]
    quiz = {q.id: q.answer for q in quiz_for(content, a)}
    ids = [x.id for x in content.sure]
    done = summarise(content, a.model_copy(update={"quiz": quiz, "sure": {ids[0]: False}}))
    assert quiz_words(content, done) == t["glance_quiz_none"]  # all right
    # one "no" and three left open: not "yes to 0 of 4" alone, which reads as four noes
    assert sure_words(content, done) == t["pdf_sure_line"].format(yes=0, total=len(ids)) + " " + t[
        "sure_left_open"
    ].format(n=len(ids) - 1)
    all_said = {i: False for i in ids}
    assert sure_words(content, summarise(content, a.model_copy(update={"sure": all_said}))) == (
        t["pdf_sure_line"].format(yes=0, total=len(ids))
    )
    first = quiz_for(content, a)[0]
    wrong = {**quiz, first.id: (first.answer + 1) % len(first.choices)}
    missed = summarise(content, a.model_copy(update={"quiz": wrong}))
    # the point to look at again, with its answer (not a question left hanging)
    assert quiz_words(content, missed) == t["quiz_review_item"].format(
        question=first.question, answer=first.choices[first.answer]
    )


def test_questions_to_ask_drops_skipped_and_adds_own(content: Content) -> None:
    a = Answers(skipped_questions=["waiting"], own_questions=["Can I drive?"])
    qs = questions_to_ask(content, a)
    texts = {q.id: q.text for q in content.questions}
    assert texts["which_operation"] in qs
    assert texts["waiting"] not in qs
    assert qs[0] == "Can I drive?"  # the patient's own first: what they most want to ask


def test_leaning_in_words(content: Content) -> None:
    assert summarise(content, Answers()).leaning == "Not answered"
    assert summarise(content, Answers(leaning="not_now")).leaning == "Not having surgery now"


def test_mirror_sentence_follows_the_leader(content: Content) -> None:
    specs = factor_specs(content, None)
    assert mirror_sentence(content, weigh({}, specs)) == content.texts["weigh_none"]
    assert mirror_sentence(content, weigh({"radiation": 4}, specs)) == content.texts["weigh_open"]
    assert mirror_sentence(content, weigh({"blood_loss": 4}, specs)) == content.texts["weigh_mis"]
    even = weigh({"anaesthesia": 3}, specs)  # no direction: rated, but even
    assert mirror_sentence(content, even) == content.texts["weigh_even"]


def test_change_sentence(content: Content) -> None:
    specs = factor_specs(content, None)
    changes = sensitivity({"blood_loss": 1}, specs)
    ch = next(c for c in changes if c.factor.id == "blood_loss")
    text = change_sentence(content, ch)
    assert ch.factor.label in text
    assert '"a little"' in text and '"not at all"' in text
    assert "{" not in text and text.rstrip().endswith("neither option.")
