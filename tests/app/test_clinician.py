"""For clinicians, in AppTest: load each example patient (save file and summary PDF), the
consult screen shows the essentials, notes and next step feed the exports, present mode
shows the patient's family one point at a time, top priorities first."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from decision_aid.content import default_content
from decision_aid.report import build_pdf
from decision_aid.summary import summarise
from tests.app.conftest import texts
from tests.support.patients import SAFETY, cited, load, names

CONTENT = default_content()


def consult(at: AppTest) -> AppTest:
    at.switch_page("pages/consult.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_nothing_loaded_asks_for_the_file(at: AppTest) -> None:
    shown = texts(consult(at))
    assert "Load the file your patient brings" in shown
    assert "Nothing about the patient is stored on the server." in shown


@pytest.mark.parametrize("name", names())
def test_the_consult_screen_shows_the_essentials(at: AppTest, name: str) -> None:
    p = load(name)
    s = summarise(CONTENT, p.answers)
    at.session_state["answers"] = p.answers
    shown = texts(consult(at))
    assert s.condition in shown and s.leaning in shown
    assert (SAFETY in shown) == p.warned
    for prio, _, _ in s.priorities[:3]:
        assert prio.label in shown
    for f in s.flags:
        if not f.urgent:
            assert f.title in shown
    assert f"Questions ({len(s.questions)})" in shown
    assert not cited(shown) & p.others, "no other family's study on the consult screen"
    note = at.get("code")[0].value
    assert note.startswith("Spine surgery decision aid: summary for the record")


def test_notes_and_next_step_reach_the_record_note(at: AppTest) -> None:
    at.session_state["answers"] = load("fracture_burst").answers
    consult(at)
    at.text_area(key="w:consult:notes").set_value("Brace discussed.").run()
    at.selectbox(key="w:consult:next").set_value("more_tests").run()
    note = at.get("code")[0].value
    assert "Agreed next step: More tests first" in note
    assert "Clinician notes: Brace discussed." in note


def test_present_mode_shows_top_priorities_first_and_a_way_back(at: AppTest) -> None:
    p = load("herniated_disc_scar_leaning_mis")
    at.session_state["answers"] = p.answers
    at.switch_page("pages/present.py").run()
    assert not at.exception
    shown = texts(at)
    assert "★ Size of the scar" in shown  # scar is this patient's top rating
    assert "Matters to this patient: very much" in shown
    assert not cited(shown) & p.others
    next(b for b in at.button if b.label == "Next point").click().run()
    assert not at.exception
    assert texts(at) != shown


def test_present_mode_without_a_diagnosis_shows_no_figures(at: AppTest) -> None:
    at.session_state["answers"] = load("not_sure_of_diagnosis").answers
    at.switch_page("pages/present.py").run()
    shown = texts(at)
    assert "First, confirm your diagnosis" in shown and not cited(shown)


def test_a_summary_pdf_loads_like_a_save_file() -> None:
    from decision_aid.savefile import load_any

    p = load("tumour_large_blood_thinners_unsure")
    assert load_any(build_pdf(CONTENT, p.answers)) == p.answers
