"""For clinicians, in a real browser at 1440 x 900: upload a summary PDF, see the
essentials above the fold, present the comparison, come back."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from decision_aid.answers import Answers
from decision_aid.content import default_content
from decision_aid.report import build_pdf
from decision_aid.summary import summarise
from tests.e2e.test_journey import idle
from tests.e2e.test_resume import upload
from tests.support.patients import load

pytestmark = pytest.mark.e2e
FOLD = 900


def _axe(page: Page) -> list[str]:
    """Serious, critical or moderate axe-core findings on the page."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [
        f"{v['id']} ({v['impact']})"
        for v in found
        if v["impact"] in ("critical", "serious", "moderate")
    ]


def open_consult_with(page: Page, app_url: str, answers: Answers, name: str = "a.json") -> None:
    """The consult screen at 1440 x 900, with this patient's save file loaded."""
    from decision_aid.savefile import to_bytes

    c = default_content()
    page.set_viewport_size({"width": 1440, "height": FOLD})
    page.goto(app_url)
    idle(page)
    page.get_by_role("link", name="Consult").click()
    idle(page)
    upload(page, name, to_bytes(answers, c.meta.content_version), "application/json")
    idle(page)


def _above_the_fold(page: Page, text: str) -> None:
    el = page.get_by_text(text, exact=False).first
    expect(el).to_be_visible()
    box = el.bounding_box()
    assert box is not None and box["y"] + box["height"] <= FOLD, (text, box)


def test_one_upload_one_screen_one_click_to_present(
    page: Page, app_url: str, shots_dir: Path
) -> None:
    p = load("tumour_large_blood_thinners_unsure")
    s = summarise(default_content(), p.answers)
    page.set_viewport_size({"width": 1440, "height": FOLD})
    page.goto(app_url)
    idle(page)
    page.get_by_role("link", name="Consult").click()
    idle(page)
    expect(page.get_by_text("Load the file your patient brings")).to_be_visible()
    upload(page, "summary.pdf", build_pdf(default_content(), p.answers), "application/pdf")
    idle(page)
    page.screenshot(path=str(shots_dir / "clinician-after-upload.png"))
    for text in (
        s.condition,
        s.leaning,
        "SURE check",
        s.priorities[0][0].label,
        "A large or complex tumour",
        "Warning signs",
        "The patient's situation",
        "Care tried so far",
        f"The patient's own questions ({len(s.own_questions)})",
        s.own_questions[-1],  # every one of the patient's own questions, above the fold
        "Suggested by this tool",
        "In the patient's words",
    ):
        _above_the_fold(page, text)
    page.screenshot(path=str(shots_dir / "clinician-consult-1440.png"))
    assert not _axe(page), _axe(page)
    page.get_by_role("button", name="Present the comparison").click()
    idle(page)
    expect(page.get_by_text("Matters to this patient", exact=False)).to_be_visible()
    page.screenshot(path=str(shots_dir / "clinician-present-1440.png"))
    assert not _axe(page), _axe(page)
    page.get_by_role("button", name="Back to the consult").click()
    idle(page)
    expect(page.get_by_text("Notes and next step")).to_be_visible()
    page.get_by_role("link", name="Your own results").click()
    idle(page)
    expect(page.get_by_role("heading", name="Your own results")).to_be_visible()
    page.screenshot(path=str(shots_dir / "clinician-own-results-1440.png"))
    assert not _axe(page), _axe(page)


def test_the_consult_downloads_are_built_when_clicked(page: Page, app_url: str) -> None:
    """The FHIR file and the consult PDF are made when their button is clicked (not on
    every rerun), from the loaded patient and the next step chosen just before; the
    record note on screen carries the clinician's notes."""
    import json

    from decision_aid.choices import Choices
    from tests.e2e.test_journey import choose

    p = load("stenosis_72_tried_nothing")
    c = default_content()
    code, label = next(iter(Choices(c).options("next_steps").items()))
    open_consult_with(page, app_url, p.answers)
    notes = page.get_by_role("textbox", name=c.texts["consult_notes_label"])
    notes.fill("Talked about walking distance.")
    page.keyboard.press("Tab")
    idle(page)
    choose(page, c.texts["consult_next_label"], label)
    with page.expect_download() as fhir:
        page.get_by_role("button", name=c.texts["consult_fhir"]).click()
    resource = json.loads(Path(fhir.value.path()).read_text(encoding="utf-8"))
    assert resource["resourceType"] == "QuestionnaireResponse"
    assert f'"code": "{code}"' in json.dumps(resource)  # the next step just chosen
    with page.expect_download() as pdf:
        page.get_by_role("button", name=c.texts["consult_pdf"]).click()
    assert Path(pdf.value.path()).read_bytes().startswith(b"%PDF")
    expect(page.get_by_text("Talked about walking distance.").last).to_be_visible()  # the note


def test_next_point_moves_on_each_click_and_the_box_follows(page: Page, app_url: str) -> None:
    """Present mode: every click on "Next point" shows the next point, and the box that
    picks a point names the one shown (it stuck after one click)."""
    from decision_aid.present import present_rows

    c = default_content()
    p = load("spondylolisthesis_earlier_surgery")
    titles = [("★ " if r.top else "") + r.row.tradeoff.title for r in present_rows(c, p.answers)]
    open_consult_with(page, app_url, p.answers)
    page.get_by_role("button", name="Present the comparison").click()
    idle(page)
    box = page.get_by_role("combobox", name=c.texts["present_pick"])
    for i in (1, 2, 3):
        page.get_by_role("button", name=c.texts["present_next"]).click()
        idle(page)
        expect(page.get_by_role("heading", name=titles[i], exact=True)).to_be_visible()
        expect(box).to_have_value(titles[i])
    page.get_by_role("button", name=c.texts["present_prev"]).click()
    idle(page)
    expect(page.get_by_role("heading", name=titles[2], exact=True)).to_be_visible()
    expect(box).to_have_value(titles[2])


def test_another_patients_file_empties_the_notes_and_next_step(page: Page, app_url: str) -> None:
    """The first patient's notes and agreed step stayed in the boxes after the next
    patient's file was loaded, and went into that patient's record."""
    from decision_aid.choices import Choices
    from decision_aid.savefile import to_bytes
    from tests.e2e.test_journey import choose

    c = default_content()
    t = c.texts
    first, second = load("tumour_large_blood_thinners_unsure"), load("stenosis_72_tried_nothing")
    label = next(iter(Choices(c).options("next_steps").values()))
    open_consult_with(page, app_url, first.answers)
    notes = page.get_by_role("textbox", name=t["consult_notes_label"])
    notes.fill("NOTE FOR THE FIRST PATIENT")
    page.keyboard.press("Tab")
    idle(page)
    choose(page, t["consult_next_label"], label)
    expect(page.get_by_text("NOTE FOR THE FIRST PATIENT").last).to_be_visible()  # the record

    page.get_by_text(t["consult_load_another"]).click()
    idle(page)
    upload(page, "b.json", to_bytes(second.answers, c.meta.content_version), "application/json")
    idle(page)
    expect(
        page.get_by_text(second.answers.worries.split(".")[0], exact=False).first
    ).to_be_visible()
    expect(notes).to_have_value("")
    box = page.get_by_role("combobox", name=t["consult_next_label"])
    expect(box).not_to_have_value(label)
    notes.fill("second")
    page.keyboard.press("Tab")
    idle(page)
    shown = page.locator("[data-testid=stMain]").inner_text()
    assert "NOTE FOR THE FIRST PATIENT" not in shown and label not in shown  # nor the record


def test_on_a_phone_a_clinicians_link_closes_the_sidebar(page: Page, app_url: str) -> None:
    """Streamlit's own list of steps closes the sidebar when a step is tapped on a phone;
    the clinicians' links left it open over most of the page they opened."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(app_url)
    idle(page)
    sidebar = page.get_by_test_id("stSidebar")
    page.get_by_test_id("stExpandSidebarButton").click()
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    sidebar.get_by_role("link", name="Consult").click()
    idle(page)
    expect(page.get_by_role("heading", name="Consult")).to_be_visible()
    expect(sidebar).to_have_attribute("data-collapsed", "true")
    page.get_by_test_id("stExpandSidebarButton").click()  # and again, to another page
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    sidebar.get_by_role("link", name="Your own results").click()
    idle(page)
    expect(sidebar).to_have_attribute("data-collapsed", "true")
