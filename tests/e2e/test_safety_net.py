"""The safety net in a real browser: a warning sign shows how soon to get help on every
step: an emergency department now for signs of squeezed nerves at the base of the spine,
a doctor today for the others."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_journey import at_step, idle, next_step, open_app, shot

pytestmark = pytest.mark.e2e
MESSAGE = "Please go to an emergency department now."
TODAY = "Please get help from a doctor today."


def test_a_warning_sign_shows_the_message_on_every_step_and_the_aid_goes_on(
    page: Page, app_url: str, shots_dir: Path
) -> None:
    open_app(page, app_url)
    page.get_by_role("button", name="Start").click()
    at_step(page, 2)
    expect(page.get_by_text(MESSAGE)).to_have_count(0)
    page.get_by_text("Walking has become unsteady").click()
    idle(page)
    expect(page.get_by_text(TODAY)).to_be_visible()  # today, and when to go at once
    expect(page.get_by_text("go to an emergency department at once", exact=False)).to_be_visible()
    expect(page.get_by_text(MESSAGE)).to_have_count(0)
    first = page.get_by_text("First, warning signs that need medical help")
    condition = page.get_by_text("What is your condition?")
    assert first.bounding_box()["y"] < condition.bounding_box()["y"]  # asked first
    page.get_by_text("Numbness between your legs or around your bottom").click()
    idle(page)
    expect(page.get_by_text(MESSAGE)).to_be_visible()
    expect(page.get_by_text(TODAY)).to_have_count(0)
    shot(page, shots_dir, "safety-02-situation")
    next_step(page, 2)
    expect(page.get_by_text(MESSAGE)).to_be_visible()  # still there on the next step
    expect(page.get_by_text("numbness between your legs", exact=False).first).to_be_visible()
    next_step(page, 3)  # and the aid is still usable
    expect(page.get_by_text(MESSAGE)).to_be_visible()
    shot(page, shots_dir, "safety-04-compare")
    page.get_by_text("Summary", exact=False).last.click()
    idle(page)
    expect(page.get_by_text(MESSAGE)).to_be_visible()
