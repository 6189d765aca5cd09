import streamlit as st

from decision_aid.flags import pulling_flags, raised_flags
from decision_aid.patient import primary_family
from decision_aid.summary import RATING_WORDS, change_sentence, mirror_sentence, weighing
from ui import session
from ui.charts import weigh_chart
from ui.figures import show_chart
from ui.layout import content, page
from ui.summary_view import flag_card

PATH = "pages/weigh.py"


def body() -> None:
    c = content()
    a = session.answers()
    st.write(c.texts["weigh_intro"])
    family = primary_family(c, a)
    w, changes = weighing(c, a)
    if not w.rated:
        st.info(c.texts["weigh_none"])
    else:
        fam_note = c.families[family].label if family else "all kinds of operations"
        st.caption(f"Evidence used: {fam_note}.")
        show_chart(weigh_chart(w), "weigh")
        st.markdown(f"**{mirror_sentence(c, w)}**")
        st.info(c.texts["weigh_not_now"])
        pulls = pulling_flags(c, a, family)
        if pulls:
            st.markdown(f"**{c.texts['situation_pulls']}**")
            for fl in pulls:
                st.markdown(f"- {fl.title}: {c.texts['leans_words_' + fl.leans]}.")
        if changes:
            ch = changes[0]
            st.markdown("**What would change the picture**")
            st.write(change_sentence(c, ch, rated=ch.factor.id in a.priorities))
        with st.expander("Why each point leans the way it does"):
            for f in w.factors:
                if f.rating:
                    st.markdown(f"**{f.spec.label}** ({RATING_WORDS[f.rating].lower()})")
                    st.caption(f.spec.note)
    st.header("Things to talk over with your surgeon")
    for fl in raised_flags(c, a):
        flag_card(fl)


page(PATH, body)
