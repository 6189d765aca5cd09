import streamlit as st

from decision_aid.answers import Answers
from decision_aid.compare import comparison
from decision_aid.models import Content
from decision_aid.patient import families_for
from ui.figures import row
from ui.layout import page

PATH = "pages/compare.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    fams = families_for(c, a)
    st.caption(t["source_codes"])
    if not a.condition:
        st.info(t["compare_no_condition"])
        st.page_link("pages/situation.py", label=t["choose_condition"], icon="➡️")
    tabs = st.tabs([c.families[f].label for f in fams]) if len(fams) > 1 else [st.container()]
    for tab, fam in zip(tabs, fams, strict=True):
        with tab:
            info = c.families[fam]
            st.header(t["figures_for"].format(family=info.label))
            st.caption(f"{info.explain} {t['compare_family_note']}")
            for r in comparison(c, fam):
                row(c, r, fam)
    st.info(f"**{t['not_now_title']}** {t['compare_not_now']}")


page(PATH, body)
