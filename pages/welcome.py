import streamlit as st

from decision_aid.answers import Answers
from decision_aid.models import Content
from decision_aid.savefile import SaveFileError, load_any_noting
from decision_aid.summary import shortened_note
from ui import session
from ui.layout import page
from ui.textsafe import plain_markdown

PATH = "pages/welcome.py"


def body(c: Content, a: Answers) -> None:
    t = c.texts
    low, high = c.meta.minutes_to_complete
    st.info(t["welcome_time"].format(low=low, high=high), icon=":material/schedule:")
    st.info(t["welcome_privacy"], icon=":material/lock:")
    st.warning(t["welcome_not_replace"], icon=":material/medical_services:")
    if st.button(t["start"], type="primary", key="start"):
        st.switch_page("pages/situation.py")

    st.header(t["resume_header"])
    st.write(t["resume_help"])
    upload = st.file_uploader(t["resume_label"], type=["json", "pdf"], key="resume_upload")
    if upload is not None and session.get_flag("loaded_file") != upload.file_id:
        session.set_flag("loaded_file", upload.file_id)
        try:
            loaded = load_any_noting(upload.getvalue())
            session.replace_answers(loaded.answers)
            session.set_flag("shortened", loaded.shortened)
            note = shortened_note(c, loaded.shortened)
            session.set_flag("resume_msg", ("ok", f"{t['resume_ok']} {note}".strip()))
        except SaveFileError as exc:
            message = exc.message(c)
            session.set_flag("resume_msg", ("error", f"{message} {t['resume_kept']}"))
    msg = session.get_flag("resume_msg")
    if msg:
        kind, text = msg
        (st.success if kind == "ok" else st.error)(plain_markdown(text))

    with st.expander(t["about_header"]):
        m = c.meta
        st.write(m.purpose)
        st.write(
            t["about_version"].format(
                version=m.content_version,
                reviewed=f"{m.date_reviewed:%d %B %Y}",
                next=f"{m.next_review:%d %B %Y}",
            )
        )
        st.write(t["about_authors"].format(authored=m.authored_by, checked=m.checked_by))
        st.write(m.funding)
        st.write(m.conflicts)
        st.caption(m.disclaimer)


page(PATH, body)
