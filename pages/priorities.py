import streamlit as st

from decision_aid.choices import Choices
from decision_aid.models import Content
from ui import session
from ui.blocks import paragraphs, small_inline
from ui.layout import fragment_body, page

PATH = "pages/priorities.py"


@st.fragment
def ratings(c: Content) -> None:
    """The ratings, as a fragment: setting one reruns only this part of the page (nothing
    else on the page depends on them), not the whole step."""
    fragment_body(lambda: _ratings(c))


def _ratings(c: Content) -> None:
    words = Choices(c)
    for p in c.priorities:
        # The point and what it means come first, so a screen reader reads them before
        # the choices; the group keeps the point as its accessible name.
        paragraphs(f"**{p.label}**  \n{small_inline(p.meaning)}")
        st.radio(
            p.label,
            list(range(len(words.ratings()))),
            format_func=words.rating,
            horizontal=True,
            label_visibility="collapsed",
            **session.bind(f"priorities.{p.id}"),
        )
    rated = len(session.answers().priorities)
    st.caption(c.texts["rated_count"].format(rated=rated, total=len(c.priorities)))


page(PATH, lambda c, _a: ratings(c))
