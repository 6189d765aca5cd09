import streamlit as st

from decision_aid.answers import DURATIONS, HEALTH, MAX_TEXT, SYMPTOMS, TREATMENTS, TUMOUR, WORK
from decision_aid.patient import families_for
from ui import session
from ui.layout import content, page
from ui.widgets import choice

PATH = "pages/situation.py"


def body() -> None:
    c = content()
    st.write(c.texts["situation_intro"])
    conditions = {k: v.label for k, v in c.conditions.items()}
    choice(
        "condition",
        "What is your condition?",
        conditions,
        help="Your surgeon may have named it. If not, choose “I am not sure”.",
    )
    a = session.answers()
    cond = c.conditions.get(a.condition)
    if cond:
        st.caption(cond.explain)
        fams = ", ".join(c.families[f].label for f in families_for(c, a))
        st.caption(f"We will show figures for: {fams}.")
        if cond.caveat:
            st.caption(cond.caveat)
    if a.condition == "tumour":
        choice(
            "tumour_size",
            "How large or complex is the tumour?",
            TUMOUR,
            help="Your surgeon or scan report may say. It changes which surgery fits.",
        )
    st.multiselect(
        "Main symptoms",
        list(SYMPTOMS),
        format_func=SYMPTOMS.get,
        placeholder="Choose any that apply",
        **session.bind("symptoms"),
    )
    choice("duration", "How long have you had them?", DURATIONS)
    st.multiselect(
        "Which other care have you tried?",
        list(TREATMENTS),
        format_func=TREATMENTS.get,
        placeholder="Choose any that apply",
        **session.bind("tried"),
    )
    a = session.answers()
    if "none" in a.tried and len(a.tried) > 1:
        st.warning(c.texts["tried_conflict"])

    st.header("Things that can change the picture")
    st.checkbox("I take blood thinners, or I bleed easily", **session.bind("blood_thinners"))
    st.checkbox(
        "I had surgery on the same part of my spine before",
        **session.bind("previous_surgery_same_level"),
    )
    choice("overall_health", "How is your general health?", HEALTH)
    st.checkbox(
        "I am worried about being fully asleep (general anaesthesia)",
        **session.bind("worry_anaesthesia"),
    )
    st.checkbox("I am worried about X-ray radiation", **session.bind("worry_radiation"))
    choice("work", "What kind of work do you do?", WORK)
    st.checkbox(
        "Getting back to work quickly matters a lot to me", **session.bind("quick_return_to_work")
    )
    st.text_area(
        "Anything else that worries you? (optional)",
        max_chars=MAX_TEXT,
        help="Only you and your surgeon see this.",
        **session.bind("worries"),
    )


page(PATH, body)
