"""Resume from a file in a real browser: good files load, bad files explain and lose nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_journey import at_step, choose, open_app, shot

pytestmark = pytest.mark.e2e
EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"


def upload(page: Page, name: str, data: bytes, mime: str) -> None:
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": name, "mimeType": mime, "buffer": data}]
    )


def test_bad_files_keep_answers_and_good_file_loads(
    page: Page, app_url: str, shots_dir: Path
) -> None:
    open_app(page, app_url)
    page.get_by_role("button", name="Start").click()
    at_step(page, 2)
    choose(page, "What is your condition?", "Broken bone in the spine (fracture)")
    page.get_by_role("button", name="← Back").click()
    at_step(page, 1)

    upload(page, "answers.json", b"{not json at all", "application/json")
    at_step(page, 1)
    expect(page.get_by_text("It is not a save file from this tool.", exact=False)).to_be_visible()
    expect(page.get_by_text("Your current answers are kept.", exact=False)).to_be_visible()
    shot(page, shots_dir, "resume-bad-file")

    upload(page, "other.json", b'{"format": "someone-else", "version": 1}', "application/json")
    at_step(page, 1)
    expect(page.get_by_text("This file is not a save file from this tool.")).to_be_visible()

    sneaky = (
        b'{"format": "spine-decision-aid/answers", "version": 1,'
        b' "answers": {"leaning": "[Click me](https://example.invalid) <b>bold</b>"}}'
    )
    upload(page, "sneaky.json", sneaky, "application/json")
    at_step(page, 1)
    alert = page.get_by_test_id("stAlert").filter(has_text="unknown leaning")
    expect(alert).to_contain_text("[Click me](https:\u2060//example.invalid) <b>bold</b>")
    assert alert.locator("a, b").count() == 0  # shown as text, never as a link or markup

    upload(page, "big.json", b" " * (6 * 1024 * 1024), "application/json")
    page.wait_for_timeout(500)
    assert page.locator("[data-testid='stException']").count() == 0

    # nothing was lost
    page.get_by_role("button", name="Next →").click()
    at_step(page, 2)
    expect(page.get_by_role("combobox", name="What is your condition?")).to_have_value(
        "Broken bone in the spine (fracture)"
    )
    page.get_by_role("button", name="← Back").click()
    at_step(page, 1)

    good = (EXAMPLES / "pass" / "savefile_full.json").read_bytes()
    upload(page, "answers.json", good, "application/json")
    at_step(page, 1)
    expect(page.get_by_text("Your answers are loaded.", exact=False)).to_be_visible()
    # how old the answers are, and that they were given with older content
    expect(page.get_by_text("Saved on 21 Nov 2026.", exact=False)).to_be_visible()
    expect(page.get_by_text("content version 1.0.0", exact=False)).to_be_visible()
    shot(page, shots_dir, "resume-loaded")
    page.get_by_role("button", name="Next →").click()
    at_step(page, 2)
    expect(page.get_by_role("combobox", name="What is your condition?")).to_have_value(
        "Herniated (slipped) disc"
    )


def test_the_safety_message_shows_as_soon_as_a_file_with_warning_signs_loads(
    page: Page, app_url: str
) -> None:
    """The file is loaded before the page is drawn: the message to get help today is at
    the top of Welcome at once, not only on the next step."""
    from decision_aid.content import default_content

    open_app(page, app_url)
    patient = (EXAMPLES / "patients" / "stenosis_72_tried_nothing.json").read_bytes()
    assert b"unsteady" in patient
    upload(page, "answers.json", patient, "application/json")
    at_step(page, 1)
    expect(page.get_by_text("Your answers are loaded.", exact=False)).to_be_visible()
    title = default_content().texts["safety_title"]
    expect(page.get_by_text(title, exact=False).first).to_be_visible()
