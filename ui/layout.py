"""Page frame: title, progress, Back/Next, and a guard so a patient never sees a traceback."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import ScriptControlException

from decision_aid.answers import Answers
from decision_aid.choices import Choices
from decision_aid.content import ContentError, default_content
from decision_aid.models import Content
from ui import navigation, session
from ui.blocks import paragraphs
from ui.steps import CLINICIAN, STEPS, index_of

log = logging.getLogger("decision_aid")
# The one sentence that cannot come from the content: it says the content is broken.
CONTENT_BROKEN = "The content of this tool could not be loaded. Please tell the clinic."


def content() -> Content:
    return default_content()


def header(path: str) -> None:
    """Progress, then the step's title (a level-1 heading) and its intro: one element."""
    i = index_of(path)
    t = content().texts
    progress = t["progress"].format(n=i + 1, total=len(STEPS))
    st.progress((i + 1) / len(STEPS), text=progress)
    paragraphs(f"# {STEPS[i].title}", t[f"{stem(path)}_intro"])


GOTO = "goto"  # (page clicked on, page asked for) by a go_button: a flag, taken once


def go_button(where: Any, label: str, here: str, there: str, **kwargs: Any) -> None:
    """A button on page ``here`` that moves to page ``there`` (Back, Next, Start, ...),
    drawn in ``where`` (``st`` or a container); ``kwargs`` go to ``st.button``."""
    where.button(label, on_click=_go, args=(here, there), **kwargs)


def _go(here: str, there: str) -> None:
    session.set_flag(GOTO, (here, there))


def leave_if_asked(path: str) -> None:
    """Go at once to the page that a :func:`go_button` asked for.

    A click reruns the page it was made on. The button's callback has already noted
    where to go (and the answers' callbacks have kept what was typed or chosen), so the
    page is not drawn again only to switch away: that cost a whole page's work, all sent
    to the browser, for every click. The flag is taken, so the next page does not switch
    again, and it is acted on only on the page it was clicked on (a sidebar link clicked
    in between wins)."""
    asked = session.get_flag(GOTO)
    if asked:
        session.set_flag(GOTO, None)
        if asked[0] == path:
            session.set_flag(ARRIVED, asked[1])
            st.switch_page(navigation.page(asked[1]))


ARRIVED = "arrived"  # the page a go_button switched to: it opens at its top, once
# A script with no patient data (the page's title is content). A page switched to from
# the server keeps the browser's scroll position (a sidebar link does not): Next at the
# foot of a long step opened the next step part-way down, its title and any safety
# message out of view. And the keyboard focus stayed behind: the first Tab went to Back
# at the foot of the new step. So: scroll to the top, then, once the new page's title is
# drawn, put the focus on it (as on a new web page), where a screen reader reads it.
TO_TOP = """<script>
(() => {{
  const main = document.querySelector('[data-testid="stMain"]');
  main?.scrollTo(0, 0);
  const title = {title};
  let tries = 0;
  const focusTitle = () => {{
    const h = [...(main?.querySelectorAll("h1") ?? [])].find(
      (e) => e.textContent.includes(title) && !e.closest('[data-stale="true"]'));
    if (h) {{ h.tabIndex = -1; h.focus({{preventScroll: true}}); }}
    else if (tries++ < 40) setTimeout(focusTitle, 50);
  }};
  focusTitle();
}})(); // {n}
</script>"""


def page_title(path: str) -> str:
    """A page's title as drawn at its top."""
    return next(s.title for s in (*STEPS, *CLINICIAN) if s.path == path)


def open_at_top(path: str) -> None:
    """On the first run of a page that a go_button switched to: scroll to its top and
    put the focus on its title."""
    if session.get_flag(ARRIVED) == path:
        session.set_flag(ARRIVED, None)
        title = json.dumps(page_title(path)).replace("</", "<\\/")  # never ends the script
        _run_script(TO_TOP, title=title)


# Static script. On a phone, Streamlit's own list of steps closes the sidebar when a
# step is tapped; the clinicians' links below it did not, and the open sidebar covered
# most of the page they opened.
CLOSE_SIDEBAR = """<script>
(() => {{
  if (window.innerWidth > 768) return;
  const button = '[data-testid="stSidebarCollapseButton"] button[aria-expanded="true"]';
  document.querySelector(button)?.click();
}})(); // {n}
</script>"""


def close_sidebar_on_phone(path: str) -> None:
    """On the first run of a clinician's page after another page: close the sidebar on
    a narrow screen, as Streamlit's own page list does."""
    if session.get_flag("last_clinician_page") == path:
        return
    session.set_flag("last_clinician_page", path)
    _run_script(CLOSE_SIDEBAR)


def _run_script(template: str, **values: str) -> None:
    """Run one of the static scripts above in the browser, once. Each differs (a count
    ``n``): the browser runs a script again only in a new element, and an identical one
    left in the same place by the page before would be kept as it is. At the foot of the
    sidebar, where its empty element shifts nothing on the page."""
    n = int(session.get_flag("scripts", 0)) + 1
    session.set_flag("scripts", n)
    st.sidebar.html(template.format(n=n, **values), unsafe_allow_javascript=True)


def nav(path: str) -> None:
    """Back and Next buttons at the bottom of a step."""
    i = index_of(path)
    t = content().texts
    st.divider()
    # one row that shares its width between the buttons (two messages fewer than columns)
    row = st.container(horizontal=True)
    if i > 0:
        go_button(row, t["nav_back"], path, STEPS[i - 1].path, key="nav_back", width="stretch")
    if i < len(STEPS) - 1:
        ahead = STEPS[i + 1].path
        go_button(row, t["nav_next"], path, ahead, key="nav_next", type="primary", width="stretch")


@contextmanager
def safe(message: str = "page_error") -> Iterator[None]:
    """Turn any unexpected error into a calm message (the text ``message``: the patient's
    words, or a clinician page's), with no patient data in the log."""
    try:
        yield
    except ScriptControlException:  # reruns and page switches are not errors
        raise
    except ContentError:
        st.error(CONTENT_BROKEN)
    except Exception as exc:
        log.error("page error: %s", type(exc).__name__)
        st.error(content().texts[message])


def quiet(build: Callable[[], bytes]) -> Callable[[], bytes]:
    """A download's builder whose failure is logged by its type only: Streamlit logs the
    exception a builder raises, and its message could hold a patient's answer."""

    def run() -> bytes:
        try:
            return build()
        except Exception as exc:
            log.error("download error: %s", type(exc).__name__)
            raise RuntimeError("the file could not be made") from None

    return run


def clinician_page(
    path: str, body: Callable[[Content, Answers], None], shown_to_patient: bool = False
) -> None:
    """A page for clinicians: safety message if any, title, body; no patient progress.
    ``shown_to_patient``: a screen the patient looks at (present mode), so the safety
    message is in the patient's words; else it is said of the patient, for the record."""
    with safe("clinician_page_error"):
        leave_if_asked(path)  # before anything is drawn
        c = content()
        sidebar_nav(c)
        open_at_top(path)
        close_sidebar_on_phone(path)
        safety_banner(c, session.answers(), clinician=not shown_to_patient)
        step = next(s for s in CLINICIAN if s.path == path)
        st.title(step.title)
        body(c, session.answers())


def stem(path: str) -> str:
    """ "app_pages/compare.py" -> "compare"."""
    return path.removeprefix("app_pages/").removesuffix(".py")


def sidebar_nav(c: Content) -> None:
    """The clinicians' pages, as a section of their own below Streamlit's list of the
    patient's ten steps (app.py)."""
    side = st.sidebar
    side.markdown(f"**{c.texts['clinician_heading']}**")
    for s in CLINICIAN:
        side.page_link(navigation.page(s.path), label=s.title, icon=s.icon)


def safety_banner(c: Content, a: Answers, clinician: bool = False) -> None:
    """The warning signs the patient ticked, and to get medical help today, or at an
    emergency department now (``Answers.emergency``), on every step. ``clinician``: said
    of the patient, with what they were told (the consult's own pages)."""
    if not a.warning:
        return
    words = Choices(c).options("warning_signs_record" if clinician else "warning_signs")
    signs = "; ".join(words[s].lower() for s in a.warning)
    key = ("consult_safety" if clinician else "safety") + ("_now" if a.emergency else "")
    st.error(
        f"**{c.texts[f'{key}_title']}** {c.texts[f'{key}_text'].format(signs=signs)}",
        icon=":material/emergency:",
    )
    st.caption(c.texts["safety_source"])


def page(path: str, body: Callable[[Content, Answers], None]) -> None:
    """Draw one step: safety message if any, header, intro, ``body(content, answers)``,
    and Back/Next."""
    with safe():
        leave_if_asked(path)  # before anything is drawn
        sidebar_nav(content())
        open_at_top(path)
        session.set_flag("last_clinician_page", None)
        safety_banner(content(), session.answers())
        header(path)  # every step opens with its title and intro
        not_saved_warning()
        body(content(), session.answers())
    with safe():
        nav(path)


def not_saved_warning() -> None:
    """Say so once if the last answer could not be kept."""
    if session.pop_error():
        st.warning(content().texts["answer_not_saved"])


def fragment_body(draw: Callable[[], None]) -> None:
    """The body of an ``st.fragment`` on a step. A fragment's own reruns do not pass
    through :func:`page`, so it guards itself and shows the not-saved warning itself
    (on a full rerun the page frame has shown it already)."""
    with safe():
        not_saved_warning()
        draw()
