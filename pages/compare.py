import streamlit as st

from decision_aid.compare import comparison
from decision_aid.patient import families_for
from ui import session
from ui.figures import row
from ui.layout import content, page

PATH = "pages/compare.py"


def body() -> None:
    c = content()
    a = session.answers()
    st.write(c.texts["compare_intro"])
    fams = families_for(c, a)
    st.caption(c.texts["source_codes"])
    if not a.condition:
        st.info(c.texts["compare_no_condition"])
        st.page_link("pages/situation.py", label=c.texts["choose_condition"], icon="➡️")
    tabs = st.tabs([c.families[f].label for f in fams]) if len(fams) > 1 else [st.container()]
    for tab, fam in zip(tabs, fams, strict=True):
        with tab:
            info = c.families[fam]
            st.header(f"Figures for: {info.label}")
            st.caption(f"{info.explain} {c.texts['compare_family_note']}")
            for r in comparison(c, fam):
                row(c, r, fam)
    st.info(f"**Not having surgery now.** {c.texts['compare_not_now']}")


page(PATH, body)
