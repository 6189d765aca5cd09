import streamlit as st

from ui.layout import content, page

PATH = "pages/options.py"


def body() -> None:
    c = content()
    st.write(c.texts["options_intro"])
    tabs = st.tabs([c.options[o].name for o in ("mis", "open", "not_now")])
    for tab, oid in zip(tabs, ("mis", "open", "not_now"), strict=True):
        option = c.options[oid]
        with tab:
            for title, text in option.sections():
                st.markdown(f"**{title}**")
                st.write(text)
            st.caption("Sources: " + ", ".join(option.sources))
    st.info(c.texts["any_surgery_risks"], icon=":material/info:")
    st.write(c.texts["aftercare"])


page(PATH, body)
