"""Widgets bound to answers, with plain labels."""

from __future__ import annotations

import streamlit as st

from decision_aid.answers import MAX_TEXT
from decision_aid.choices import Choices
from decision_aid.content import default_content
from ui import session


def choice(path: str, label: str, options: dict[str, str], help: str | None = None) -> None:
    """A single choice stored as an id ("" when not answered)."""
    st.selectbox(
        label,
        list(options),
        format_func=lambda k: options.get(k, k),
        placeholder=default_content().texts["choose_one"],
        help=help,
        index=None,  # never a preset answer, and an answer can be cleared again
        **session.bind(path, to_widget=lambda v: v or None, from_widget=lambda v: v or ""),
    )


def choose(path: str, kind: str, label_key: str, help_key: str | None = None) -> None:
    """A single choice among the content's words for ``kind`` (data/choices.yaml)."""
    t = default_content().texts
    help = t[help_key] if help_key else None
    choice(path, t[label_key], Choices(default_content()).options(kind), help)


def choose_many(path: str, kind: str, label_key: str) -> None:
    """Any number of choices among the content's words for ``kind``."""
    c = default_content()
    words = Choices(c).options(kind)
    st.multiselect(
        c.texts[label_key],
        list(words),
        format_func=lambda k: words.get(k, k),
        placeholder=c.texts["choose_any"],
        **session.bind(path),
    )


def check_list(path: str, kind: str, exclusive: str = "none") -> None:
    """One checkbox per choice of ``kind``, kept in the list answer ``path``.

    Ticking ``exclusive`` ("None of these") clears the others, and ticking any other
    choice clears it, so the answer never says both."""
    words = Choices(default_content()).options(kind)
    keys = {k: f"{session.WIDGET_PREFIX}{path}:{k}" for k in words}
    chosen = set(session.get_path(session.answers(), path))
    for k, key in keys.items():
        if key not in st.session_state:
            st.session_state[key] = k in chosen

    def _toggle(changed: str) -> None:
        ticked = [k for k, key in keys.items() if st.session_state[key]]
        if st.session_state[keys[changed]]:
            ticked = [changed] if changed == exclusive else [k for k in ticked if k != exclusive]
        for k, key in keys.items():
            st.session_state[key] = k in ticked
        session.set_path(session.answers(), path, ticked)

    for k, label in words.items():
        st.checkbox(label, key=keys[k], on_change=_toggle, args=(k,))


def check(path: str, label_key: str) -> None:
    """A yes/no answer as a checkbox."""
    st.checkbox(default_content().texts[label_key], **session.bind(path))


def long_text(
    path: str,
    label: str,
    help: str | None = None,
    to_widget: session.Convert | None = None,
    from_widget: session.Convert | None = None,
) -> str:
    """A free-text box bound to ``path``, held to MAX_TEXT characters by the app.

    Not Streamlit's ``max_chars``: its box drops a longer paste whole, without a word
    (streamlit#9221), and counts an emoji as two. Here a longer text is cut at the limit
    in the box itself, and a note under it says so until the box is changed again."""
    kw = session.bind(path, to_widget, from_widget, limit=MAX_TEXT)
    value = st.text_area(label, help=help, **kw)
    limit_note(kw["key"])
    return str(value or "")


def limit_note(key: str) -> None:
    """The note under a text box that lost its end to the limit (nothing otherwise)."""
    over = session.cut_by(key)
    if over:
        t = default_content().texts
        st.warning(
            t["text_cut"].format(n=f"{over:,}", max=f"{MAX_TEXT:,}"), icon=":material/content_cut:"
        )
