"""Walk the whole journey in a real browser, at desktop and phone sizes, with screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

pytestmark = pytest.mark.e2e

STEPS = 10
WORRY = "Worried 😟 about work. <b>not bold</b> **not bold** مرحبا"
VIEWPORTS = {"desktop": (1280, 800), "phone": (390, 844)}


def idle(page: Page) -> None:
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=30_000
    )
    page.wait_for_timeout(300)
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=30_000
    )


def at_step(page: Page, k: int) -> None:
    expect(page.get_by_text(f"Step {k} of {STEPS}")).to_be_visible(timeout=30_000)
    idle(page)
    assert page.locator("[data-testid='stException']").count() == 0, f"exception at step {k}"


def open_app(page: Page, url: str, width: int = 1280, height: int = 800) -> None:
    """Open the app at its first step in a window of this size."""
    page.set_viewport_size({"width": width, "height": height})
    page.goto(url)
    at_step(page, 1)


def shot(page: Page, shots: Path, name: str) -> None:
    """Screenshot the whole step: Streamlit scrolls inside stMain, so grow the viewport."""
    size = page.viewport_size or {"width": 1280, "height": 800}
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": size["width"], "height": min(max(height, 400), 12000)})
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / f"{name}.png"))
    page.set_viewport_size(size)


def next_step(page: Page, k: int) -> None:
    page.get_by_role("button", name="Next →").click()
    at_step(page, k + 1)


def choose(page: Page, label: str, option: str) -> None:
    """Pick an option of a selectbox; reopen the list if a rerun closed it."""
    box = page.get_by_role("combobox", name=label)
    item = page.get_by_role("option", name=option)
    for _ in range(3):
        idle(page)
        box.click()
        try:
            item.wait_for(state="visible", timeout=5_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
    item.click()
    idle(page)
    expect(box).to_have_value(option)


def radio(page: Page, label: str, option: str) -> None:
    group = page.get_by_test_id("stRadio").filter(has_text=label)
    group.get_by_text(option, exact=True).click()
    idle(page)


@pytest.mark.parametrize("size", list(VIEWPORTS))
def test_whole_journey(page: Page, app_url: str, shots_dir: Path, size: str) -> None:
    w, h = VIEWPORTS[size]
    page.set_viewport_size({"width": w, "height": h})
    page.goto(app_url)
    at_step(page, 1)
    shot(page, shots_dir, f"{size}-01-welcome")
    page.get_by_role("button", name="Start").click()
    at_step(page, 2)

    choose(page, "What is your condition?", "Herniated (slipped) disc")
    expect(page.get_by_text("Disc surgery (discectomy)").first).to_be_visible()
    page.get_by_text("Getting back to work quickly matters a lot to me").click()
    idle(page)
    page.get_by_role("textbox", name="Anything else that worries you? (optional)").fill(WORRY)
    page.keyboard.press("Tab")
    idle(page)
    shot(page, shots_dir, f"{size}-02-situation")
    next_step(page, 2)

    shot(page, shots_dir, f"{size}-03-options")
    next_step(page, 3)

    expect(page.get_by_text("Figures for: Disc surgery (discectomy)")).to_be_visible()
    label = "Figures for “The problem coming back, or a second operation”"
    page.get_by_text(label).click()  # a switch: the details are drawn only when asked for
    idle(page)
    expect(page.get_by_text("[E18]").first).to_be_visible()
    expect(page.get_by_test_id("stPlotlyChart").first).to_be_visible()
    page.get_by_text("Figures for “Pain after surgery”").click()  # a chart of differences
    idle(page)
    expect(page.get_by_test_id("stPlotlyChart")).to_have_count(2)
    shot(page, shots_dir, f"{size}-04-compare")
    next_step(page, 4)

    radio(page, "A small scar", "Very much")
    radio(page, "A lower chance of a second operation", "A little")
    # the ratings are a fragment: its own count is redrawn without a full rerun
    expect(page.get_by_text("You have rated 2 of", exact=False)).to_be_visible()
    shot(page, shots_dir, f"{size}-05-priorities")
    next_step(page, 5)

    expect(page.get_by_test_id("stPlotlyChart").first).to_be_visible()
    expect(page.get_by_text("What would change the picture")).to_be_visible()
    shot(page, shots_dir, f"{size}-06-weigh")
    next_step(page, 6)

    radio(page, "1. In studies of your kind of operation", "They were about the same")
    expect(page.get_by_text("Yes, that is what studies found.", exact=False).first).to_be_visible()
    shot(page, shots_dir, f"{size}-07-quiz")
    next_step(page, 7)

    choose(page, "Which way are you leaning?", "Minimally invasive surgery")
    radio(page, "Do you feel sure about the best choice for you?", "No")
    expect(page.get_by_text('A "no" is fine', exact=False)).to_be_visible()
    shot(page, shots_dir, f"{size}-08-stand")
    next_step(page, 8)

    page.get_by_role("textbox", name="Write one question per line").fill("Can I drive after?")
    page.keyboard.press("Tab")
    idle(page)
    shot(page, shots_dir, f"{size}-09-questions")
    next_step(page, 9)

    expect(page.get_by_role("button", name="Download PDF summary")).to_be_visible()
    expect(page.get_by_text("<b>not bold</b>", exact=False)).to_be_visible()
    expect(page.get_by_text("Can I drive after?")).to_be_visible()
    expect(page.get_by_text("Herniated (slipped) disc").first).to_be_visible()
    shot(page, shots_dir, f"{size}-10-summary")
    # both files are made when their button is clicked, from the answers given above
    from decision_aid.savefile import loads

    with page.expect_download() as save:
        page.get_by_role("button", name="Download save file").click()
    saved = loads(Path(save.value.path()).read_bytes())
    assert (saved.condition, saved.worries, saved.priorities["scar"]) == (
        "herniated_disc",
        WORRY,
        4,
    )
    with page.expect_download() as pdf:
        page.get_by_role("button", name="Download PDF summary").click()
    assert Path(pdf.value.path()).read_bytes().startswith(b"%PDF")

    # Back to the start of the journey: answers are still there.
    for k in range(STEPS, 2, -1):
        page.get_by_role("button", name="← Back").click()
        at_step(page, k - 1)
    expect(page.get_by_role("combobox", name="What is your condition?")).to_have_value(
        "Herniated (slipped) disc"
    )
    expect(
        page.get_by_role("textbox", name="Anything else that worries you? (optional)")
    ).to_have_value(WORRY)


def test_next_works_first_time_straight_from_typing(page: Page, app_url: str) -> None:
    """Typing in a text box, then clicking Next at once: the one click moves on and the
    text is kept (a text box inside a fragment had swallowed that click)."""
    open_app(page, app_url)
    page.get_by_role("button", name="Start").click()
    at_step(page, 2)
    box = page.get_by_role("textbox", name="Anything else that worries you? (optional)")
    box.click()
    page.keyboard.type("Typed just before Next")
    next_step(page, 2)  # one click, no Tab first
    page.get_by_role("button", name="← Back").click()
    at_step(page, 2)
    expect(box).to_have_value("Typed just before Next")


def _scrolled(page: Page) -> float:
    return float(page.evaluate("document.querySelector('[data-testid=stMain]').scrollTop"))


@pytest.mark.parametrize("width", [1280, 390])
def test_next_and_back_open_the_step_at_its_top(page: Page, app_url: str, width: int) -> None:
    """Next and Back sit at the foot of a long step; the step they open starts at its top
    (title, progress and any safety message in view), as a sidebar link's does, with the
    keyboard focus on its title: the first Tab went to Back at the foot of the new step."""
    from ui.steps import STEPS as ALL

    open_app(page, app_url, width=width, height=844)
    for k, button in ((1, "Next →"), (2, "Next →"), (3, "Next →"), (4, "← Back")):
        page.get_by_role("button", name=button).scroll_into_view_if_needed()
        if k > 1:
            assert _scrolled(page) > 100, f"step {k} is not long enough to show this"
        page.get_by_role("button", name=button).click()
        arrived = k + 1 if button == "Next →" else k - 1
        at_step(page, arrived)
        page.wait_for_timeout(500)
        assert _scrolled(page) == 0, f"{button} from step {k} opened part-way down"
        focused = page.evaluate(
            "[document.activeElement.tagName, document.activeElement.textContent]"
        )
        assert focused[0] == "H1" and ALL[arrived - 1].title in focused[1], focused
    # on step 3 the first Tab goes into the page from its top (the title's own link, then
    # the first of its tabs), not to Back at its foot
    page.keyboard.press("Tab")
    where = "(e => [e.tagName, e.textContent.trim(), !!e.closest('h1')])(document.activeElement)"
    first = page.evaluate(where)
    if first[2]:  # Streamlit's link to the heading, inside the title
        page.keyboard.press("Tab")
        first = page.evaluate(where)
    assert first[1] == "MIS", first
