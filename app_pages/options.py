import streamlit as st

from decision_aid.answers import Answers
from decision_aid.evidence import sources_line
from decision_aid.models import Content
from decision_aid.patient import primary_family
from ui.blocks import paragraphs, small_inline
from ui.layout import page

PATH = "app_pages/options.py"
OPTIONS = ("mis", "open", "not_now")


def body(c: Content, a: Answers) -> None:
    t = c.texts
    family = primary_family(c, a)
    # Short tab labels so all three fit on a phone; each tab starts with the full name.
    tabs = st.tabs([t[f"option_tab_{oid}"] for oid in OPTIONS])
    for tab, oid in zip(tabs, OPTIONS, strict=True):
        option = c.options[oid]
        with tab:
            st.header(option.name)
            # every section, then the sources in small print: one element
            paragraphs(
                *(
                    f"**{t['option_section_' + field]}**\n\n{text}"
                    for field, text in option.sections()
                ),
                small_inline(sources_line(c, option.sources, family)),
            )
    st.info(t["any_surgery_risks"], icon=":material/info:")
    st.write(t["aftercare"])


page(PATH, body)
