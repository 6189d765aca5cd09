"""Two browser sessions at once never see each other's answers, on the patient's steps and
on the clinician pages; the server log at the default level holds none of the patient's
words."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.conftest import start_app
from tests.e2e.test_journey import at_step, choose, idle

pytestmark = pytest.mark.e2e
SECRET = "Quokka-91ab my private worry"


@pytest.fixture(scope="module")
def logged_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    log = tmp_path_factory.mktemp("log") / "server.log"
    with log.open("wb") as out:
        proc, url = start_app(out)
        yield url, log
        proc.terminate()
        proc.wait(timeout=10)


def test_two_sessions_never_share_answers_and_the_log_has_no_patient_words(
    browser: Browser, logged_app: tuple[str, Path]
) -> None:
    url, log = logged_app
    a = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    b = browser.new_context(viewport={"width": 1280, "height": 800}).new_page()
    a.goto(url)
    at_step(a, 1)
    a.get_by_role("button", name="Start").click()
    at_step(a, 2)
    choose(a, "What is your condition?", "Herniated (slipped) disc")
    a.get_by_role("textbox", name="Anything else that worries you? (optional)").fill(SECRET)
    a.keyboard.press("Tab")
    idle(a)
    b.goto(url)
    at_step(b, 1)
    b.get_by_role("button", name="Start").click()
    at_step(b, 2)
    expect(
        b.get_by_role("textbox", name="Anything else that worries you? (optional)")
    ).to_have_value("")
    expect(b.get_by_role("combobox", name="What is your condition?")).not_to_have_value(
        "Herniated (slipped) disc"
    )
    b.get_by_role("link", name="Consult").click()
    idle(b)
    expect(b.get_by_text("Load the file your patient brings")).to_be_visible()
    expect(b.get_by_text(SECRET)).to_have_count(0)
    a.get_by_role("link", name="Consult").click()  # A's own consult shows A's words
    idle(a)
    expect(a.get_by_text("Quokka-91ab", exact=False).first).to_be_visible()
    time.sleep(0.5)
    assert "Quokka-91ab" not in log.read_text(encoding="utf-8", errors="replace")
