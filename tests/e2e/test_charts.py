"""The charts as the browser draws them: dark, readable text on every kind of chart.

Streamlit's chart theme draws tick labels and axis titles in grey #808495 (3.7:1 on
white, under WCAG's 4.5:1) whatever the figure asks for, so the app draws its charts
with ``theme=None`` and sets its own text colour (ui/charts.py). This checks the colour
the browser actually paints, on a fusion patient's bars (pairs of rates) and the weigh-up.
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.test_journey import at_step, choose, idle, next_step, open_app, radio, shot

DARK = "rgb(17, 17, 17)"  # ui/charts.TEXT_COLOUR, #111111


def _tick_colours(page: Page) -> set[str]:
    """The fill of every axis tick label and axis title in the charts drawn now."""
    colours: list[str] = page.evaluate(
        """() => [...document.querySelectorAll(
            '[data-testid=stPlotlyChart] .xtick text, [data-testid=stPlotlyChart] .ytick text,'
            + ' [data-testid=stPlotlyChart] .xtitle, [data-testid=stPlotlyChart] .gtitle')]
            .map(e => getComputedStyle(e).fill)"""
    )
    return set(colours)


def test_chart_text_is_dark_in_the_browser(page: Page, app_url: str, shots_dir: Path) -> None:
    open_app(page, app_url)
    page.get_by_role("button", name="Start").click()
    at_step(page, 2)
    choose(page, "What is your condition?", "Spondylolisthesis or an unstable spine")
    next_step(page, 2)
    next_step(page, 3)
    page.get_by_text("Figures for “Blood loss”").click()
    idle(page)
    expect(page.get_by_test_id("stPlotlyChart").first).to_be_visible()
    colours = _tick_colours(page)
    assert colours == {DARK}, colours
    shot(page, shots_dir, "desktop-04-compare-fusion-charts")

    next_step(page, 4)
    radio(page, "Losing less blood", "Very much")
    next_step(page, 5)
    expect(page.get_by_test_id("stPlotlyChart").first).to_be_visible()
    colours = _tick_colours(page)
    assert colours == {DARK}, colours
