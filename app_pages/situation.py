import streamlit as st

from decision_aid.answers import MAX_TEXT, Answers
from decision_aid.models import Content
from decision_aid.patient import families_for, primary_family
from ui import session
from ui.blocks import small
from ui.layout import fragment_body, page
from ui.widgets import check, check_list, choice, choose, choose_many, long_text

PATH = "app_pages/situation.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    st.header(t["warning_header"])
    st.write(t["warning_intro"])
    # Outside the fragment below: ticking a warning sign reruns the whole step, so the
    # safety message at the top of the page appears at once.
    check_list("warning_signs", "warning_signs")
    questions(c)
    # Outside the fragment too: a text box keeps what was typed when it loses focus, and
    # inside a fragment that fragment rerun swallowed the click on Next that caused it.
    long_text("worries", t["q_worries"], help=t["q_worries_help"])
    st.caption(t["text_limit"].format(max=f"{MAX_TEXT:,}"))


@st.fragment
def questions(c: Content) -> None:
    """Everything after the warning signs, as a fragment: an answer here reruns only
    this part (nothing else on the page depends on it), not the whole step."""
    fragment_body(lambda: _questions(c))


def _questions(c: Content) -> None:
    t = c.texts
    st.header(t["condition_header"])
    conditions = {k: v.label for k, v in c.conditions.items()}
    choice("condition", t["q_condition"], conditions, help=t["q_condition_help"])
    a = session.answers()
    cond = c.conditions.get(a.condition)
    if cond:
        fams = ", ".join(c.families[f].label for f in families_for(c, a))
        shown = t["families_shown"].format(families=fams)
        if primary_family(c, a) is None:  # "not sure": Compare shows no figures yet
            shown = t["families_not_yet"]
        small((cond.explain, shown, cond.caveat or ""))
    if a.condition == "tumour":
        choose("tumour_size", "tumour_size", "q_tumour_size", "q_tumour_size_help")
    choose("levels", "levels", "q_levels", "q_levels_help")
    choose_many("symptoms", "symptoms", "q_symptoms")
    choose("pain_pattern", "pain_pattern", "q_pain_pattern")
    choose("duration", "durations", "q_duration")
    choose_many("tried", "treatments", "q_tried")
    if "none" in a.tried and len(a.tried) > 1:
        st.warning(t["tried_conflict"])

    st.header(t["situation_more"])
    choose("age_band", "age_band", "q_age_band")
    choose("overall_health", "health", "q_health")
    check("blood_thinners", "q_blood_thinners")
    if a.blood_thinners:
        choose("blood_thinner_kind", "blood_thinner_kind", "q_blood_thinner_kind")
    check("previous_surgery_same_level", "q_previous_surgery")
    if a.previous_surgery_same_level:
        choose_many("earlier_surgery", "earlier_surgery", "q_earlier_surgery")
    choose("smoking", "smoking", "q_smoking")
    check("diabetes", "q_diabetes")
    check("bone_or_steroids", "q_bone_or_steroids")
    choose("weight", "weight", "q_weight")
    check("worry_anaesthesia", "q_worry_anaesthesia")
    check("worry_radiation", "q_worry_radiation")
    choose("work", "work", "q_work")
    check("quick_return_to_work", "q_quick_return")
    choose("home_support", "home_support", "q_home_support")
    choose("mood", "mood", "q_mood", "q_mood_help")


page(PATH, body)
