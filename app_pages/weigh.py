import streamlit as st

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.flags import pulling_flags, raised_flags
from decision_aid.models import Content
from decision_aid.patient import primary_family
from decision_aid.summary import change_sentence, leaning_note, mirror_sentence, weighing
from ui.blocks import bullet_list, paragraphs, small_inline
from ui.figures import confirm_diagnosis, show_chart
from ui.layout import page
from ui.summary_view import flag_card
from ui.weigh_chart import weigh_chart

PATH = "app_pages/weigh.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    family = primary_family(c, a)
    w, changes = weighing(c, a)
    pulls = pulling_flags(c, a, family)
    if family is None:
        confirm_diagnosis(c, "confirm_diagnosis_weigh")
    elif not w.rated:
        st.info(t["weigh_none"])
    else:
        st.caption(t["weigh_evidence_used"].format(family=c.families[family].label))
        show_chart(weigh_chart(c, w), "weigh")
        st.markdown(f"**{mirror_sentence(c, w, pulls)}**")
        note = leaning_note(c, a, w)
        if note:
            st.info(note, icon=":material/self_improvement:")
        st.info(t["weigh_not_now"])
        if pulls:
            paragraphs(
                f"**{t['situation_pulls']}**",
                bullet_list(f"{fl.title}: {t['leans_words_' + fl.leans]}." for fl in pulls),
            )
        if changes:
            ch = changes[0]
            paragraphs(
                f"**{t['weigh_change_header']}**",
                change_sentence(c, ch, rated=ch.factor.id in a.priorities),
            )
        with st.expander(t["weigh_why"]):
            words = Choices(c)
            # each rated point with its note in small print: one element
            paragraphs(
                *(
                    f"**{f.spec.label}** ({words.rating(f.rating).lower()})  \n"
                    + small_inline(f.spec.note)
                    for f in w.factors
                    if f.rating
                )
            )
    st.header(t["talk_over_header"])
    for fl in raised_flags(c, a):
        flag_card(c, fl)


page(PATH, body)
