"""What a patient waits for in a real browser: click "Next" until the next step is drawn.

Run by hand from the repository root (never by pytest; about 3 minutes; needs Chromium)::

    python benchmarks/browser.py [--background 0 9] [--rounds 5]

``benchmarks/load.py`` measures the server alone. This measures what a patient sees: in
Chromium (Playwright), one patient opens the app, chooses a condition on "Your
situation" and clicks "Next" through the ten steps; each row is the time from the click
until the new step's progress line is on screen and Streamlit reports the run finished
(``data-test-script-state`` back to ``notRunning``), so it includes the browser drawing
the page. The baseline is ``benchmarks/hello_button_app.py`` (one button and one line of
text; same server settings): click the button until its new count is on screen.

``--background N``: meanwhile N other sessions play example patients over the websocket
(``load.py``'s journeys, one after another with no pause), so the server is as busy as
with N + 1 patients at once. The browser, the background sessions and both servers
share this machine's cores, as they would not in use, so figures with background load
are pessimistic.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import threading
import time
from contextlib import contextmanager, suppress
from pathlib import Path

import load
import streamlit
from playwright.sync_api import Page, sync_playwright
from servers import Server, running
from stclient import Session

from tests.e2e.test_journey import choose  # opens the list again if a rerun closed it

ROOT = Path(__file__).resolve().parent.parent
HELLO = "benchmarks/hello_button_app.py"
DONE = "[data-testid='stApp'][data-test-script-state='notRunning']"
CONDITION = "Spinal stenosis (narrowed canal)"
STEPS = len(load.PAGES)
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


def finished(page: Page) -> None:
    page.wait_for_selector(DONE, timeout=60_000)


def patient_journey(page: Page, url: str) -> dict[str, float]:
    """One patient's clicks through the ten steps: step name -> ms."""
    page.goto(url)
    page.get_by_text(f"Step 1 of {STEPS}").wait_for(timeout=60_000)
    finished(page)
    times: dict[str, float] = {}
    for k in range(2, STEPS + 1):
        page.wait_for_timeout(200)  # a patient does not click within a frame
        start = time.perf_counter()
        page.get_by_role("button", name="Next →").click()
        page.get_by_text(f"Step {k} of {STEPS}").wait_for(timeout=60_000)
        finished(page)
        times[load.PAGES[k - 1]] = (time.perf_counter() - start) * 1000
        if k == 2:  # choose the condition, so that later steps show its figures
            choose(page, "What is your condition?", CONDITION)
    return times


def hello_clicks(page: Page, url: str, clicks: int) -> list[float]:
    page.goto(url)
    page.get_by_text("Clicks: 0").wait_for(timeout=60_000)
    finished(page)
    times = []
    for n in range(1, clicks + 1):
        page.wait_for_timeout(200)
        start = time.perf_counter()
        page.get_by_role("button", name="Next →").click()
        page.get_by_text(f"Clicks: {n}", exact=True).wait_for(timeout=60_000)
        finished(page)
        times.append((time.perf_counter() - start) * 1000)
    return times


async def _busy(server: Server, hello: bool, stop: threading.Event, i: int) -> None:
    people = load.patients()
    labels = {k: v.label for k, v in load.default_content().conditions.items()}
    while not stop.is_set():
        s = Session(server.port)
        await s.connect()
        steps = (
            load.hello_journey(s, 20) if hello else load.journey(s, people[i % len(people)], labels)
        )
        for _, rerun in steps:
            if stop.is_set():
                break
            await rerun()
        await s.close()
        i += 1


@contextmanager
def background(server: Server, n: int, hello: bool):  # type: ignore[no-untyped-def]
    """N websocket sessions keeping ``server`` busy until the block ends."""
    stop = threading.Event()

    async def all_of_them() -> None:
        await asyncio.gather(*(_busy(server, hello, stop, i) for i in range(n)))

    thread = threading.Thread(target=lambda: asyncio.run(all_of_them()), daemon=True)
    if n:
        thread.start()
        time.sleep(1)  # let them connect
    try:
        yield
    finally:
        stop.set()
        if n:
            thread.join(timeout=60)


def pct(values: list[float], p: float) -> float:
    return load.pct(values, p)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--background", type=int, nargs="+", default=[0, 9])
    parser.add_argument("--rounds", type=int, default=5, help="patient journeys per row")
    args = parser.parse_args()
    print(f"# benchmarks/browser.py, {time.strftime('%Y-%m-%d %H:%M')}", end="")
    print(f", streamlit {streamlit.__version__}, Python {platform.python_version()}", end="")
    print(f", {os.cpu_count()} CPUs. ms from click to the next step drawn.")
    with (
        running(["app.py", HELLO], ROOT, []) as (app, hello),
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for n in args.background:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            with background(hello, n, hello=True):
                base = hello_clicks(page, f"http://127.0.0.1:{hello.port}/", 3 * args.rounds)
            rows: dict[str, list[float]] = {}
            with background(app, n, hello=False):
                for _ in range(args.rounds):
                    for step, ms in patient_journey(page, f"http://127.0.0.1:{app.port}/").items():
                        rows.setdefault(step, []).append(ms)
            page.close()
            b50, b95 = pct(base, 50), pct(base, 95)
            print(f"\n## 1 patient in the browser, {n} other sessions busy on the server")
            head = f"{'n':>3} {'p50 ms':>7} {'p95 ms':>7} {'x p50':>6} {'x p95':>6}"
            print(f"{'click Next to':32} {head}")
            print(f"{'hello: click the button':32} {len(base):3} {b50:7.0f} {b95:7.0f}")
            for step, times in rows.items():
                p50, p95 = pct(times, 50), pct(times, 95)
                cells = f"{len(times):3} {p50:7.0f} {p95:7.0f} {p50 / b50:6.1f} {p95 / b95:6.1f}"
                print(f"{step:32} {cells}")
        with suppress(Exception):
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
