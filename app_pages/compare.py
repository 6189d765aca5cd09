import streamlit as st

from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.patient import primary_family
from ui.figures import confirm_diagnosis, general_row, not_now_section, row, rows_with_parts
from ui.layout import page

PATH = "app_pages/compare.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    family = primary_family(c, a)
    if family is None:
        confirm_diagnosis(c, then="confirm_diagnosis_below")
        st.header(t["same_for_all_header"])
        st.info(t["any_surgery_risks"], icon=":material/info:")
        for tr in c.ordered_tradeoffs():
            if not tr.applies_to:
                general_row(c, tr)
    else:
        st.caption(f"{t['source_codes']} {t['range_help']}")
        info = c.families[family]
        st.header(t["figures_for"].format(family=info.label))
        st.caption(f"{info.explain} {t['compare_family_note']}")
        not_now_section(c, family, a.condition)
        st.header(t["mis_or_open_header"])
        for r, parts in rows_with_parts(c, family):
            row(c, r, family, parts)
    st.info(f"**{t['not_now_title']}** {t['compare_not_now']}")


page(PATH, body)
