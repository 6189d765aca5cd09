"""The surgeon's own results: a form guarded by the clinician passcode, and the list."""

from __future__ import annotations

import streamlit as st

from decision_aid.clinic import passcode
from decision_aid.clinic.results import ResultError, checked, label, words
from decision_aid.clinic.store import NotAllowed, ResultsStore, StoreError, database_url
from decision_aid.models import FAMILIES, Content
from ui import session
from ui.textsafe import plain_markdown


@st.cache_resource(show_spinner=False)
def store(url: str) -> ResultsStore:
    """One connection pool per database URL (the database holds no patient data)."""
    return ResultsStore(url)


def _secret(name: str) -> str:
    try:
        return str(st.secrets.get(name, ""))
    except Exception:  # no secrets.toml: nothing configured
        return ""


def open_store(c: Content) -> ResultsStore | None:
    try:
        return store(database_url(_secret("results_db")))
    except StoreError:
        st.error(c.texts["own_db_error"])
        return None


def results_page(c: Content) -> None:
    t = c.texts
    st.write(t["own_intro"])
    db = open_store(c)
    if db is None:
        return
    setting = passcode.configured(_secret("clinician_passcode"))
    if not setting:
        st.info(t["own_readonly"], icon=":material/lock:")
    else:
        _form(c, db, setting)
    shown = db.list()
    if not shown:
        st.caption(t["own_none"])
    for r in shown:
        said = plain_markdown(words(c, r))  # the period is typed by the surgeon: never markup
        st.markdown(f"- **{c.families[r.family].label}, {label(c, r.outcome)}:** {said}")


def _form(c: Content, db: ResultsStore, setting: str) -> None:
    t = c.texts
    outcomes = {o["id"]: o["label"] for o in c.clinic_outcomes}
    with st.form("own_result", clear_on_submit=False):
        a, b, o = st.columns(3)
        family = a.selectbox(t["own_family"], FAMILIES, format_func=lambda f: c.families[f].label)
        approach = b.selectbox(
            t["own_approach"], ("mis", "open"), format_func=lambda k: t[f"label_{k}"]
        )
        outcome = o.selectbox(t["own_outcome"], list(outcomes), format_func=lambda k: outcomes[k])
        e, n, p = st.columns(3)
        events = e.text_input(t["own_events"], key="own_events")
        cases = n.text_input(t["own_cases"], key="own_cases")
        period = p.text_input(t["own_period_label"], max_chars=40, key="own_period")
        code = st.text_input(t["own_passcode"], type="password", key="own_passcode")
        if st.form_submit_button(t["own_save"], type="primary"):
            try:
                result = checked(
                    c,
                    family=family,
                    approach=approach,
                    outcome=outcome,
                    events=events,
                    cases=cases,
                    period=period,
                )
                db.save(result, allowed=passcode.check(code, setting))
                session.set_flag("own_msg", ("ok", t["own_saved"]))
            except ResultError as exc:
                session.set_flag("own_msg", ("error", str(exc)))
            except NotAllowed:
                session.set_flag("own_msg", ("error", t["own_error_passcode"]))
    msg = session.get_flag("own_msg")
    if msg:
        (st.success if msg[0] == "ok" else st.error)(msg[1])
