"""Text at 200% zoom and on a 390 px phone: every step of a loaded example patient fits
the width (no sideways scrolling), with screenshots to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.e2e.test_journey import STEPS, at_step, next_step, shot
from tests.e2e.test_resume import EXAMPLES, upload

pytestmark = pytest.mark.e2e
# A 1280 x 800 screen at 200% zoom is a 640 x 400 CSS-pixel page at twice the pixel density.
SIZES = {"zoom200": (640, 400, 2), "phone390": (390, 844, 3)}
PATIENT = EXAMPLES / "patients" / "stenosis_multilingual_unsure.json"


def overflow(page: Page) -> list[str]:
    """Elements of the main area wider than the window (what would scroll sideways)."""
    return list(
        page.evaluate(
            """() => {
            const doc = document.documentElement;
            const w = doc.clientWidth;
            const out = [];
            if (doc.scrollWidth > w + 1) out.push('page ' + doc.scrollWidth);
            const main = document.querySelector('[data-testid=stMain]');
            const wide = main && main.scrollWidth > main.clientWidth + 1;
            if (wide) out.push('main ' + main.scrollWidth);
            for (const e of document.querySelectorAll('[data-testid=stMain] *')) {
              const r = e.getBoundingClientRect();
              if (r.width > 0 && r.right > w + 1 && getComputedStyle(e).position !== 'fixed') {
                const id = e.getAttribute('data-testid') || e.tagName;
                out.push(id + ' right=' + Math.round(r.right));
                if (out.length > 5) break;
              }
            }
            return out;
        }"""
        )
    )


@pytest.mark.parametrize("size", list(SIZES))
def test_every_step_fits_the_width(
    browser: Browser, app_url: str, shots_dir: Path, size: str
) -> None:
    w, h, scale = SIZES[size]
    context = browser.new_context(viewport={"width": w, "height": h}, device_scale_factor=scale)
    page = context.new_page()
    try:
        page.goto(app_url)
        at_step(page, 1)
        upload(page, PATIENT.name, PATIENT.read_bytes(), "application/json")
        at_step(page, 1)
        problems: list[str] = []
        for k in range(1, STEPS + 1):
            found = overflow(page)
            if found:
                problems.append(f"step {k}: {found}")
            if k in (1, 2, 4, 6, 10):
                shot(page, shots_dir, f"{size}-{k:02d}")
            if k < STEPS:
                next_step(page, k)
        assert not problems, "\n".join(problems)
    finally:
        context.close()
