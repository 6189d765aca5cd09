import streamlit as st

from ui.layout import content, page

PATH = "pages/options.py"


def body() -> None:
    c = content()
    st.write(c.texts["options_intro"])
    # Short tab labels so all three fit on a phone; each tab starts with the full name.
    tabs = st.tabs(["MIS", "Open surgery", "No surgery now"])
    for tab, oid in zip(tabs, ("mis", "open", "not_now"), strict=True):
        option = c.options[oid]
        with tab:
            st.header(option.name)
            for title, text in option.sections():
                st.markdown(f"**{title}**")
                st.write(text)
            st.caption("Sources: " + ", ".join(option.sources))
    st.info(c.texts["any_surgery_risks"], icon=":material/info:")
    st.write(c.texts["aftercare"])


page(PATH, body)
