"""Free-text boxes are held to MAX_TEXT characters by the app: a longer text (a paste, say)
is cut at the limit in the box itself, with a note, instead of Streamlit's max_chars, which
drops a longer paste whole without a word (streamlit#9221) and counts an emoji as two."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from decision_aid.answers import MAX_TEXT
from tests.app.conftest import go
from tests.support.patients import load

CUT_NOTE = "characters too long, so its end was cut off"


@pytest.mark.parametrize(
    ("page", "key", "field"),
    [("situation", "w:worries", "worries"), ("questions", "w:notes", "notes")],
)
def test_a_text_over_the_limit_is_cut_in_the_box_and_the_box_says_so(
    at: AppTest, page: str, key: str, field: str
) -> None:
    go(at, page)
    assert not at.text_area(key=key).max_chars  # no silent drop in the browser
    text = "🙂" * 4990 + "end of what I wanted to say"  # 5,017 characters; emoji count once
    at.text_area(key=key).input(text).run()
    assert not at.exception
    assert at.text_area(key=key).value == text[:MAX_TEXT]
    assert getattr(at.session_state["answers"], field) == text[:MAX_TEXT]
    notes = [w.value for w in at.warning if CUT_NOTE in w.value]
    assert notes and "17 characters" in notes[0]
    at.text_area(key=key).input("Shorter now.").run()  # the note goes with the next edit
    assert not [w for w in at.warning if CUT_NOTE in w.value]
    assert getattr(at.session_state["answers"], field) == "Shorter now."


def test_emoji_up_to_the_limit_are_all_kept(at: AppTest) -> None:
    go(at, "situation")
    text = "😟" * MAX_TEXT  # 10,000 units in the browser: Streamlit's own limit dropped it
    at.text_area(key="w:worries").input(text).run()
    assert at.session_state["answers"].worries == text
    assert not [w for w in at.warning if CUT_NOTE in w.value]


def test_the_clinicians_notes_are_cut_at_the_limit_with_a_note(at: AppTest) -> None:
    at.session_state["answers"] = load("fracture_burst").answers
    go(at, "consult")
    assert not at.text_area(key="w:consult:notes").max_chars
    box = at.text_area(key="w:consult:notes")
    box.input("a" * (MAX_TEXT + 5)).run()
    assert at.text_area(key="w:consult:notes").value == "a" * MAX_TEXT
    assert at.session_state["consult"].notes == "a" * MAX_TEXT
    assert any("5 characters too long" in w.value for w in at.warning)


def test_loading_another_patients_file_clears_the_cut_notes() -> None:
    """The note spoke of the last patient's text, beside the new patient's words."""

    def script() -> None:
        import streamlit as st

        from decision_aid.answers import Answers
        from ui import session

        session.set_flag("cut:w:worries", 200)
        session.set_flag("cut:w:consult:notes", 3)
        before = (session.cut_by("w:worries"), session.cut_by("w:consult:notes"))
        session.replace_answers(Answers())  # what loading a save file does
        after = (session.cut_by("w:worries"), session.cut_by("w:consult:notes"))
        st.markdown(f"{before} {after}")

    app = AppTest.from_function(script).run()
    assert not app.exception, [e.value for e in app.exception]
    assert app.markdown[0].value == "(200, 3) (0, 0)"
