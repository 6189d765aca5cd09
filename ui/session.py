"""The one module that touches ``st.session_state``.

The patient's answers live in one typed :class:`Answers` object in the session (never in
a cache, never on disk). Widgets are bound to a field path ("condition",
"priorities.scar"): their state is seeded from the answers before they are drawn and
copied back on change, so answers survive page switches even though Streamlit drops the
state of widgets that are not drawn.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import streamlit as st
from pydantic import ValidationError

from decision_aid.answers import Answers
from decision_aid.consult import Consult

ANSWERS_KEY = "answers"
WIDGET_PREFIX = "w:"
Convert = Callable[[Any], Any]
T = TypeVar("T", Answers, Consult)


def _typed(key: str, kind: type[T]) -> T:
    """The session's object under ``key``, made new (empty) on first use."""
    if key not in st.session_state:
        st.session_state[key] = kind()
    value = st.session_state[key]
    assert isinstance(value, kind)
    return value


def answers() -> Answers:
    return _typed(ANSWERS_KEY, Answers)


def replace_answers(new: Answers) -> None:
    """Swap in a whole new set of answers (e.g. from a save file) and reseed widgets."""
    st.session_state[ANSWERS_KEY] = new
    st.session_state[CONSULT_KEY] = Consult()  # a new patient: a new consult
    for key in [k for k in st.session_state if str(k).startswith(WIDGET_PREFIX)]:
        del st.session_state[key]
    for key in [k for k in st.session_state if str(k).startswith(f"ui:{CUT}")]:
        del st.session_state[key]  # a "your text was cut" note spoke of the last patient's text
    # The consult's boxes are on the page a file is loaded from: emptied through their
    # state, which the browser is sent (dropped, the boxes kept the last patient's notes
    # and next step on screen, and sent them back into the new patient's record).
    st.session_state[CONSULT_NOTES] = ""
    st.session_state[CONSULT_NEXT] = None


def get_path(a: Answers, path: str) -> Any:
    head, _, sub = path.partition(".")
    value = getattr(a, head)
    return value.get(sub) if sub else value


def set_path(a: Answers, path: str, value: Any) -> None:
    head, _, sub = path.partition(".")
    if not sub:
        setattr(a, head, value)
        return
    mapping = dict(getattr(a, head))
    if value is None:
        mapping.pop(sub, None)
    else:
        mapping[sub] = value
    setattr(a, head, mapping)


def bind(
    path: str,
    to_widget: Convert | None = None,
    from_widget: Convert | None = None,
    limit: int | None = None,
) -> dict:
    """Keyword arguments (key, on_change) that bind a widget to an answer field.
    ``limit``: a text longer than this many characters is cut (:func:`cut_to_limit`)."""
    key = WIDGET_PREFIX + path
    if key not in st.session_state:
        value = get_path(answers(), path)
        st.session_state[key] = to_widget(value) if to_widget else value

    def _sync() -> None:
        raw = cut_to_limit(key, limit) if limit else st.session_state[key]
        try:
            set_path(answers(), path, from_widget(raw) if from_widget else raw)
        except ValidationError:
            st.session_state["w:error"] = path

    return {"key": key, "on_change": _sync}


def cut_to_limit(key: str, limit: int) -> Any:
    """Cut the text box ``key`` to ``limit`` characters (in its on_change callback, so the
    box shows the cut text) and note by how many it was cut, for :func:`cut_by`."""
    raw = st.session_state.get(key)
    over = len(raw) - limit if isinstance(raw, str) else 0
    if isinstance(raw, str) and over > 0:
        st.session_state[key] = raw[:limit]
    set_flag(f"{CUT}{key}", over if over > 0 else None)
    return st.session_state.get(key)


def cut_by(key: str) -> int:
    """How many characters the box ``key`` lost to its limit at its last change (0: none)."""
    return int(get_flag(f"{CUT}{key}") or 0)


def pop_error() -> str | None:
    value = st.session_state.pop("w:error", None)
    return str(value) if value else None


def widget_state(key: str, default: Any = None) -> Any:
    """A widget's own state (its value in the browser), ``default`` if it has none."""
    return st.session_state.get(key, default)


def set_widget_state(key: str, value: Any) -> None:
    """Set a widget's value: before it is drawn (in a callback, say) the browser shows it."""
    st.session_state[key] = value


def get_flag(name: str, default: Any = None) -> Any:
    """Non-answer UI state (e.g. a message to show once)."""
    return st.session_state.get(f"ui:{name}", default)


def set_flag(name: str, value: Any) -> None:
    st.session_state[f"ui:{name}"] = value


CONSULT_KEY = "consult"
CUT = "cut:"  # flags "ui:cut:<widget key>": how many characters a text box lost to its limit
CONSULT_NOTES = WIDGET_PREFIX + "consult:notes"  # the clinician's notes box
CONSULT_NEXT = WIDGET_PREFIX + "consult:next"  # the agreed next step box


def consult() -> Consult:
    """The clinician's notes and next step for the loaded patient (this session only)."""
    return _typed(CONSULT_KEY, Consult)


def seed_consult_boxes() -> None:
    """The state of the consult's notes and next-step boxes, from the consult, before
    they are drawn (emptied by :func:`replace_answers` for another patient)."""
    c = consult()
    if CONSULT_NOTES not in st.session_state:
        st.session_state[CONSULT_NOTES] = c.notes
    if CONSULT_NEXT not in st.session_state:
        st.session_state[CONSULT_NEXT] = c.next_step or None


def set_consult(value: Consult) -> None:
    st.session_state[CONSULT_KEY] = value
