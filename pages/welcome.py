import streamlit as st

from decision_aid.savefile import SaveFileError, load_any
from ui import session
from ui.layout import content, page
from ui.textsafe import plain_markdown

PATH = "pages/welcome.py"


def body() -> None:
    c = content()
    t = c.texts
    st.write(t["welcome_intro"])
    st.info(t["welcome_time"], icon=":material/schedule:")
    st.info(t["welcome_privacy"], icon=":material/lock:")
    st.warning(t["welcome_not_replace"], icon=":material/medical_services:")
    if st.button("Start", type="primary", key="start"):
        st.switch_page("pages/situation.py")

    st.header("Carry on from a saved file")
    st.write(t["resume_help"])
    upload = st.file_uploader(
        "Your save file (.json) or summary PDF", type=["json", "pdf"], key="resume_upload"
    )
    if upload is not None and session.get_flag("loaded_file") != upload.file_id:
        session.set_flag("loaded_file", upload.file_id)
        try:
            session.replace_answers(load_any(upload.getvalue()))
            session.set_flag("resume_msg", ("ok", t["resume_ok"]))
        except SaveFileError as exc:
            session.set_flag("resume_msg", ("error", f"{exc} {t['resume_kept']}"))
    msg = session.get_flag("resume_msg")
    if msg:
        kind, text = msg
        (st.success if kind == "ok" else st.error)(plain_markdown(text))

    with st.expander("About this tool and its content"):
        m = c.meta
        st.write(m.purpose)
        st.write(
            f"Content version {m.content_version}. Last reviewed {m.date_reviewed:%d %B %Y}. "
            f"Next review due {m.next_review:%d %B %Y}."
        )
        st.write(f"Written by: {m.authored_by}. Checked by: {m.checked_by}.")
        st.write(m.funding)
        st.write(m.conflicts)
        st.caption(m.disclaimer)


page(PATH, body)
