import streamlit as st

from decision_aid.choices import Choices
from decision_aid.models import Content
from ui import session
from ui.blocks import paragraphs, small_inline
from ui.layout import fragment_body, page

PATH = "app_pages/priorities.py"
# On a phone the five answers do not fit on one line, and "Very much" wrapped to the next
# line under "Not at all", out of order: there they stand one under the other.
PHONE_SCALE = """<style>
@media (max-width: 640px) {
  [data-testid="stMain"] [data-testid="stRadio"] [role="radiogroup"] {
    flex-direction: column; align-items: flex-start; gap: .15rem; }
}
</style>"""


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


def body(c: Content, _a: object) -> None:
    st.html(PHONE_SCALE)
    ratings(c)


page(PATH, body)
