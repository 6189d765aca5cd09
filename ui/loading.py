"""Load a patient's save file or summary PDF into this session: a clear message, and the
current answers kept when the file cannot be used."""

from __future__ import annotations

import streamlit as st

from decision_aid.models import Content
from decision_aid.savefile import (
    MAX_BYTES,
    MAX_PDF_BYTES,
    SaveFileError,
    load_any_noting,
    saved_words,
)
from decision_aid.summary import shortened_note
from ui import session
from ui.textsafe import plain_markdown


def loader(c: Content, key: str, label: str) -> None:
    """A file uploader that loads answers once per file and says what happened.

    The file is loaded in the uploader's callback, before the page is drawn again, so
    everything on the page (the safety message at its top first) shows the loaded answers."""
    t = c.texts
    # No ``type=`` filter, and a server limit at the PDF limit (.streamlit/config.toml):
    # a wrong or oversized file reaches the loader and gets a sentence on the page, not
    # only a red mark whose reason shows on hover. The limits are said below the box.
    st.file_uploader(label, key=key, on_change=_load, args=(c, key))
    st.caption(
        t["upload_limits"].format(json_mb=MAX_BYTES // 1_000_000, pdf_mb=MAX_PDF_BYTES // 1_000_000)
    )
    msg = session.get_flag(f"{key}:msg")
    if msg:
        kind, text = msg
        # A refused file is not a fault of the app: a calm warning, not an error box.
        (st.success if kind == "ok" else st.warning)(plain_markdown(text))


def _load(c: Content, key: str) -> None:
    upload = session.widget_state(key)
    if upload is None or session.get_flag(f"{key}:file") == upload.file_id:
        return
    t = c.texts
    session.set_flag(f"{key}:file", upload.file_id)
    try:
        loaded = load_any_noting(upload.getvalue())
        session.replace_answers(loaded.answers)
        session.set_flag("shortened", loaded.shortened)
        note = shortened_note(c, loaded.shortened, loaded.cleaned)
        said = f"{t['resume_ok']} {saved_words(c, loaded)} {note}"
        session.set_flag(f"{key}:msg", ("ok", " ".join(said.split())))
    except SaveFileError as exc:
        message = exc.message(c)
        session.set_flag(f"{key}:msg", ("error", f"{message} {t['resume_kept']}"))
