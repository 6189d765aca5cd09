import streamlit as st

from decision_aid.answers import Answers
from decision_aid.models import Content
from ui.blocks import paragraphs
from ui.layout import go_button, page
from ui.loading import loader

PATH = "app_pages/welcome.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    low, high = c.meta.minutes_to_complete
    st.info(t["welcome_time"].format(low=low, high=high), icon=":material/schedule:")
    st.info(t["welcome_privacy"], icon=":material/lock:")
    st.warning(t["welcome_not_replace"], icon=":material/medical_services:")
    go_button(st, t["start"], PATH, "app_pages/situation.py", type="primary", key="start")

    st.header(t["resume_header"])
    st.write(t["resume_help"])
    loader(c, "resume_upload", t["resume_label"])

    with st.expander(t["about_header"]):
        m = c.meta
        paragraphs(
            m.purpose,
            t["about_version"].format(
                version=m.content_version,
                reviewed=f"{m.date_reviewed:%d %b %Y}",
                next=f"{m.next_review:%d %b %Y}",
            ),
            t["about_authors"].format(authored=m.authored_by, checked=m.checked_by),
            m.roles,
            m.how_chosen,
            m.update_policy,
            m.funding,
            m.conflicts,
        )
        st.caption(m.disclaimer)


page(PATH, body)
