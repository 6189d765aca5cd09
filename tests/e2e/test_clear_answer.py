"""A patient can take an answer back: a chosen answer in a select box can be cleared, so
the question reads "not answered" again (found by fuzzing: once chosen, it could only be
changed to another answer)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_journey import at_step, choose, idle, next_step, open_app

pytestmark = pytest.mark.e2e

QUESTION = "Do you smoke?"


def test_a_chosen_answer_can_be_cleared(page: Page, app_url: str) -> None:
    open_app(page, app_url)
    next_step(page, 1)
    box = page.get_by_role("combobox", name=QUESTION)
    box.scroll_into_view_if_needed()
    choose(page, QUESTION, "I have never smoked")
    select = page.get_by_test_id("stSelectbox").filter(has=box)
    select.get_by_role("button", name="Clear value").click()
    idle(page)
    expect(box).to_have_value("")
    # the answer itself is gone, not only the box: it stays cleared on coming back
    page.get_by_role("button", name="Next →").click()
    at_step(page, 3)
    page.get_by_role("button", name="← Back").click()
    at_step(page, 2)
    expect(page.get_by_role("combobox", name=QUESTION)).to_have_value("")
