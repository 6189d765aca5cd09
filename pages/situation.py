import streamlit as st

from decision_aid.answers import MAX_TEXT, Answers
from decision_aid.models import Content
from decision_aid.patient import families_for
from ui import session
from ui.layout import page
from ui.widgets import check, choice, choose, choose_many

PATH = "pages/situation.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    conditions = {k: v.label for k, v in c.conditions.items()}
    choice("condition", t["q_condition"], conditions, help=t["q_condition_help"])
    cond = c.conditions.get(a.condition)
    if cond:
        st.caption(cond.explain)
        fams = ", ".join(c.families[f].label for f in families_for(c, a))
        st.caption(t["families_shown"].format(families=fams))
        if cond.caveat:
            st.caption(cond.caveat)
    if a.condition == "tumour":
        choose("tumour_size", "tumour_size", "q_tumour_size", "q_tumour_size_help")
    choose_many("symptoms", "symptoms", "q_symptoms")
    choose("duration", "durations", "q_duration")
    choose_many("tried", "treatments", "q_tried")
    a = session.answers()
    if "none" in a.tried and len(a.tried) > 1:
        st.warning(t["tried_conflict"])

    st.header(t["situation_more"])
    check("blood_thinners", "q_blood_thinners")
    check("previous_surgery_same_level", "q_previous_surgery")
    choose("overall_health", "health", "q_health")
    check("worry_anaesthesia", "q_worry_anaesthesia")
    check("worry_radiation", "q_worry_radiation")
    choose("work", "work", "q_work")
    check("quick_return_to_work", "q_quick_return")
    st.text_area(
        t["q_worries"], max_chars=MAX_TEXT, help=t["q_worries_help"], **session.bind("worries")
    )


page(PATH, body)
