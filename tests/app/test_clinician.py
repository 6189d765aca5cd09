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
from ui.textsafe import plain_markdown

CONTENT = default_content()


def consult(at: AppTest) -> AppTest:
    at.switch_page("app_pages/consult.py").run()
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
    # the banner is said of the patient here, with what they were told, not to them
    assert (CONTENT.texts["consult_safety_title"] in shown) == p.warned
    assert SAFETY not in shown and "between your legs" not in shown
    for prio, _, _ in s.priorities[:3]:
        assert prio.label in shown
    for f in s.flags:  # safety points too (a weakness), as warnings
        if f.id != "warning_signs":
            assert f.title in shown
    assert f"**Warning signs**  \n{s.warning_answer}" in shown  # "None of these" too
    # every question, the patient's own first and in full, none cut off
    suggested = len(s.questions) - len(s.own_questions)
    if s.own_questions:
        assert f"The patient's own questions ({len(s.own_questions)})" in shown
    for q in s.questions:
        assert plain_markdown(q) in shown, q  # escaped: free text never becomes markup
    if suggested:
        label = f"Suggested by this tool ({suggested})"
        assert label in [e.label for e in at.expander]
    assert "… +" not in shown
    # the situation (symptoms, how long, care tried...), answered lines only
    from decision_aid.consult import situation_lines

    lines = situation_lines(CONTENT, s)
    assert lines and all(v != "Not answered" for _, v in lines)
    for label, value in lines:
        assert f"{label}: {plain_markdown(value)}" in shown, label
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
    assert "Clinician notes: \u2068Brace discussed.\u2069" in note  # an isolate (bidi.py)


def test_present_mode_shows_top_priorities_first_and_a_way_back(at: AppTest) -> None:
    p = load("herniated_disc_scar_leaning_mis")
    at.session_state["answers"] = p.answers
    at.switch_page("app_pages/present.py").run()
    assert not at.exception
    shown = texts(at)
    assert "★ Size of the scar" in shown  # scar is this patient's top rating
    assert "Matters to this patient: very much" in shown
    assert not cited(shown) & p.others
    next(b for b in at.button if b.label == "Next point").click().run()
    assert not at.exception
    assert texts(at) != shown
    # the way back, and in again (AppTest reruns the page last given to switch_page, so
    # each click is made from a fresh switch)
    next(b for b in at.button if b.label == "Back to the consult").click().run()
    assert not at.exception
    assert any(b.label == "Present the comparison" for b in at.button)
    consult(at)
    next(b for b in at.button if b.label == "Present the comparison").click().run()
    assert not at.exception
    assert any(b.label == "Back to the consult" for b in at.button)


def test_present_mode_without_a_diagnosis_shows_no_figures(at: AppTest) -> None:
    at.session_state["answers"] = load("not_sure_of_diagnosis").answers
    at.switch_page("app_pages/present.py").run()
    shown = texts(at)
    assert "First, confirm your diagnosis" in shown and not cited(shown)


def test_a_summary_pdf_loads_like_a_save_file() -> None:
    from decision_aid.savefile import load_any

    p = load("tumour_large_blood_thinners_unsure")
    assert load_any(build_pdf(CONTENT, p.answers)) == p.answers


def test_present_mode_labels_every_figure_and_gives_the_familys_not_now(at: AppTest) -> None:
    """Each figure after what its own row measures (the fusion 'bones joined' odds ratio
    is not read as accuracy), the ratio explained where one is shown, the row's note, and
    not having surgery now in the family's own words and studies (tumour: E43)."""
    from decision_aid.present import present_rows

    p = load("spondylolisthesis_earlier_surgery")
    rows = present_rows(CONTENT, p.answers)
    for r in rows:
        own = [b.outcome.label for b in r.row.outcomes]
        lines = [
            f"{label}: {s.text} [{s.source.id}]"
            for b in r.row.outcomes
            for label, s in ((b.outcome.label, s) for s in b.figures)
        ]
        assert list(r.figures) == lines and all(x.split(": ")[0] in own for x in r.figures)
    precision = next(r for r in rows if r.row.tradeoff.key == "precision")
    assert "Bones joining together: Odds 0.99 times those with open surgery" in " ".join(
        precision.figures
    )
    # on screen: the row with an odds ratio explains it, and shows its note
    ratio = next(
        i for i, r in enumerate(rows) if any(s.help for b in r.row.outcomes for s in b.figures)
    )
    at.session_state["answers"] = p.answers
    at.switch_page("app_pages/present.py").run()
    at.selectbox(key="present_pick").set_value(ratio).run()
    assert not at.exception
    shown = texts(at)
    assert CONTENT.texts["ratio_help"].split(".")[0] in shown
    assert rows[ratio].row.evidence.note.split(".")[0] in shown
    assert all(x in shown for x in rows[ratio].figures)
    nn = CONTENT.not_now["fusion"]
    assert nn.involves in shown  # the family's own words, not the general text
    at.session_state["answers"] = load("tumour_large_blood_thinners_unsure").answers
    at.switch_page("app_pages/present.py").run()
    assert not at.exception
    shown = texts(at)
    assert "radiotherapy" in shown and "[E43]" in shown


def test_next_and_previous_point_step_through_every_point_and_the_box_follows(
    at: AppTest,
) -> None:
    """Each click moves one point, also after the first (it stuck after one click, as the
    box kept the old point and sent it back), and the box names the point shown."""
    from decision_aid.present import present_rows

    p = load("spondylolisthesis_earlier_surgery")
    titles = [r.row.tradeoff.title for r in present_rows(CONTENT, p.answers)]
    at.session_state["answers"] = p.answers
    at.switch_page("app_pages/present.py").run()

    def click(label: str) -> None:
        next(b for b in at.button if b.label == CONTENT.texts[label]).click().run()
        assert not at.exception

    def shown() -> int:
        index = at.selectbox(key="present_pick").value
        assert titles[index] in at.header[-1].value  # the heading is the box's point
        return int(index)

    assert shown() == 0
    for i in range(1, 4):
        click("present_next")
        assert shown() == i
    click("present_prev")
    assert shown() == 2
    at.selectbox(key="present_pick").set_value(len(titles) - 1).run()
    assert shown() == len(titles) - 1
    assert next(b for b in at.button if b.label == CONTENT.texts["present_next"]).disabled
    click("present_prev")
    assert shown() == len(titles) - 2


def test_the_consult_shows_the_patients_notes_in_words_about_the_patient(at: AppTest) -> None:
    """The notes box on step 9 is "for yourself or your surgeon": the consult shows it.
    Nothing written is said to the clinician, not to the patient."""
    p = load("herniated_disc_scar_leaning_mis")
    a = p.answers.model_copy(update={"worries": ""})
    at.session_state["answers"] = a
    at.switch_page("app_pages/consult.py").run()
    assert not at.exception
    shown = texts(at)
    assert CONTENT.texts["consult_patient_notes"] in shown
    assert " ".join(a.notes.split())[:40] in " ".join(shown.split())
    assert CONTENT.texts["consult_nothing_written"] in shown
    assert CONTENT.texts["pdf_nothing_written"] not in shown  # "You did not write ..."


def test_long_worries_do_not_push_the_questions_down_the_consult_screen(at: AppTest) -> None:
    """The questions come first in their column; a long worry shows its start, and the
    whole text folded below it."""
    words = ("I worry about my job and my family. " * 150).strip() + " LAST WORDS"
    p = load("herniated_disc_scar_leaning_mis")
    at.session_state["answers"] = p.answers.model_copy(update={"worries": words})
    consult(at)
    shown = [m.value for m in at.markdown]
    first_question = next(i for i, v in enumerate(shown) if p.answers.own_questions[0] in v)
    worry = next(
        i for i, v in enumerate(shown) if v.startswith(f"**{CONTENT.texts['consult_worry']}**")
    )
    assert first_question < worry
    assert "LAST WORDS" not in shown[worry] and shown[worry].rstrip().endswith("…")
    folded = [e for e in at.expander if e.label == CONTENT.texts["consult_more_screen"]]
    assert folded and "LAST WORDS" in " ".join(m.value for m in folded[0].markdown)


def test_an_error_on_a_clinician_page_is_worded_for_the_clinician(
    at: AppTest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not the patient's "something went wrong on this step. Your answers are kept"."""
    import decision_aid.present

    def broken(*_args: object) -> list[object]:
        raise RuntimeError("a fault")

    monkeypatch.setattr(decision_aid.present, "present_rows", broken)
    at.session_state["answers"] = load("fracture_burst").answers
    at.switch_page("app_pages/present.py").run()
    assert not at.exception
    shown = [e.value for e in at.error]
    assert CONTENT.texts["clinician_page_error"] in shown
    assert CONTENT.texts["page_error"] not in shown


def test_long_questions_show_their_start_and_fold_the_whole(at: AppTest) -> None:
    p = load("herniated_disc_scar_leaning_mis")
    long = [f"Question {i} " + "about my work and my family " * 20 + f"END {i}" for i in range(10)]
    at.session_state["answers"] = p.answers.model_copy(update={"own_questions": long})
    consult(at)
    listed = next(m.value for m in at.markdown if "Question 0 " in m.value)
    assert all(f"Question {i} " in listed for i in range(10))  # every question on screen
    assert "END 0" not in listed and len(listed) < 2500
    folded = [e for e in at.expander if e.label == CONTENT.texts["consult_questions_full"]]
    assert folded and all(f"END {i}" in folded[0].markdown[0].value for i in range(10))
