"""axe-core (shipped inside the axe-playwright-python package) on every step of a journey."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.e2e.test_journey import STEPS, choose, next_step, open_app

pytestmark = pytest.mark.e2e
BLOCKING = {"critical", "serious", "moderate"}


def test_no_serious_accessibility_violations_on_any_step(page: Page, app_url: str) -> None:
    axe = Axe()
    open_app(page, app_url)
    found: list[str] = []
    for k in range(1, STEPS + 1):
        if k == 2:
            choose(page, "What is your condition?", "Spinal stenosis (narrowed canal)")
        result = axe.run(page)
        for v in result.response["violations"]:
            if v["impact"] in BLOCKING:
                targets = [n["html"][:80] for n in v["nodes"][:2]]
                found.append(f"step {k}: {v['id']} ({v['impact']}): {targets}")
        if k < STEPS:
            next_step(page, k)
    assert not found, "\n".join(found)
