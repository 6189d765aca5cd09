"""A bookmarked step opened first after the server starts: with the steps in a folder
named pages/, Streamlit ran that file on its own (its older multipage mode), and from then
on every session's sidebar listed the files ("app", "compare", "consult", ...), the
clinicians' pages among them. The steps live in app_pages/, so the router always runs."""

from __future__ import annotations

import subprocess

import pytest
from playwright.sync_api import Page, expect

from tests.e2e.conftest import start_app

pytestmark = pytest.mark.e2e


def test_a_deep_link_first_after_start_gets_the_ten_steps(page: Page) -> None:
    proc, url = start_app(subprocess.DEVNULL)  # a server no one has visited yet
    try:
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(f"{url}/priorities")
        expect(page.get_by_role("heading", name="What matters to you")).to_be_visible()
        nav = page.get_by_test_id("stSidebarNav")
        expect(nav).to_contain_text("1. Welcome")
        expect(nav).to_contain_text("5. What matters to you")
        for file_name in ("app", "consult", "priorities"):
            expect(nav.get_by_text(file_name, exact=True)).to_have_count(0)
        page.goto(f"{url}/")  # and the next visit too
        expect(page.get_by_test_id("stSidebarNav")).to_contain_text("1. Welcome")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
