"""The hostile and odd files of tests/unit/test_hostile_files.py, uploaded in a real
browser: a refused file gets a plain message and the answers stay; an odd but valid file
loads and every step renders; no traceback and no error box anywhere."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_journey import STEPS, at_step, choose, next_step, open_app
from tests.e2e.test_resume import upload
from tests.unit.test_hostile_files import LOADED, REFUSED

pytestmark = pytest.mark.e2e
CONDITION = "Broken bone in the spine (fracture)"
ODD_NAMES = ("../../etc/passwd.json", "réponses 😟 مرحبا.json", "x" * 200 + ".json")


def no_error_box(page: Page, where: str) -> None:
    assert page.locator("[data-testid='stException']").count() == 0, where
    assert page.locator("[data-testid='stAlertContentError']").count() == 0, where


def mime(data: bytes) -> str:
    return "application/pdf" if data.startswith(b"%PDF") else "application/json"


def test_refused_files_leave_the_answers_as_they_were(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    page.get_by_role("button", name="Start").click()
    at_step(page, 2)
    choose(page, "What is your condition?", CONDITION)
    page.get_by_role("button", name="← Back").click()
    at_step(page, 1)
    files = [(f"{name}.json", data) for name, data in REFUSED.items()]
    files += [(odd, REFUSED["not_json"]) for odd in ODD_NAMES]
    # not a .json or .pdf, and over the aid's limit but under the server's (6 MB): both
    # reach the loader and get a sentence on the page
    files += [("notes.txt", b"my notes"), ("big.json", b'{"a": "' + b"x" * 6_000_000 + b'"}')]
    for i, (name, data) in enumerate(files):
        upload(page, name, data + b" " * i, mime(data))  # a new file each time
        at_step(page, 1)
        expect(page.get_by_text("Your current answers are kept.")).to_be_visible()
        no_error_box(page, name)
        # refused by the app, with a sentence, not by the upload box with a hover mark
        assert page.get_by_test_id("stFileChipIconError").count() == 0, name
    next_step(page, 1)
    expect(page.get_by_role("combobox", name="What is your condition?")).to_have_value(CONDITION)


@pytest.mark.parametrize("name", list(LOADED))
def test_odd_but_valid_files_load_and_every_step_renders(
    page: Page, app_url: str, name: str
) -> None:
    open_app(page, app_url)
    upload(page, f"{name}.json", LOADED[name], "application/json")
    at_step(page, 1)
    expect(page.get_by_text("Your answers are loaded.", exact=False)).to_be_visible()
    if name in ("lone_surrogate", "control_chars"):  # no text changed without saying so
        expect(page.get_by_text("The file you loaded still has them.", exact=False)).to_be_visible()
    for k in range(1, STEPS + 1):
        no_error_box(page, f"{name}, step {k}")
        assert page.locator("script:has-text('alert(1)')").count() == 0
        assert page.locator("img[src='x']").count() == 0
        # the patient's text never becomes a code block or an icon
        assert page.locator("[data-testid='stMarkdownContainer'] :is(pre, code)").count() == 0
        icons = page.locator("[data-testid='stMarkdownContainer'] span[role='img']")
        assert icons.count() == 0, f"{name}, step {k}: {icons.all_inner_texts()}"
        if k < STEPS:
            next_step(page, k)
