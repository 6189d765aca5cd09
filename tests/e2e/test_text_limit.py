"""A paste over the text limit in a real browser: Streamlit's own max_chars dropped it
whole, without a word (streamlit#9221). The box now keeps the first 5,000 characters and
says the end was cut."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.test_journey import at_step, idle, open_app, shot

pytestmark = pytest.mark.e2e


def test_a_long_paste_is_cut_at_the_limit_with_a_note(
    page: Page, app_url: str, shots_dir: Path
) -> None:
    open_app(page, app_url)
    page.get_by_role("button", name="Start").click()
    at_step(page, 2)
    box = page.get_by_role("textbox", name="Anything else that worries you? (optional)")
    text = "🙂" * 90 + "x" * 4950  # 5,040 characters; 5,130 units in the browser
    box.click()
    page.keyboard.insert_text(text)  # one input event, as a paste
    page.keyboard.press("Tab")
    idle(page)
    expect(page.get_by_text("characters too long, so its end was cut off")).to_be_visible()
    expect(page.get_by_text("Your text was 40 characters too long", exact=False)).to_be_visible()
    value = box.input_value()
    assert len(value.encode("utf-16-le")) // 2 == 90 * 2 + 4910  # the first 5,000 characters
    shot(page, shots_dir, "text-limit-02-situation")
