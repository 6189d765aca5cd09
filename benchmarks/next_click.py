"""Server cost of a click on "Next": latency and server CPU, one session.

Run by hand from the repository root (never by pytest; under 1 minute)::

    python benchmarks/next_click.py [--root PATH] [--clicks 40]

One session clicks "Next" on Your situation, Compare and What matters to you, over
Streamlit's websocket protocol (``stclient.py``), and each click is checked to land on
the following step. It prints, per step, the p50 latency from the click to the server's
"script finished" and the mean server CPU of the click. ``--root`` runs the app of
another checkout (for example a ``git worktree`` of an older commit), to compare.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
from pathlib import Path

from servers import running
from stclient import Session
from streamlit.proto.WidgetStates_pb2 import WidgetState

ROOT = Path(__file__).resolve().parent.parent
STEPS = (1, 3, 4)  # positions in the list of steps: Your situation, Compare, What matters
WARM = 5  # clicks per step not counted


async def measure(root: Path, clicks: int) -> None:
    with running(["app.py"], root, []) as (server,):
        s = Session(server.port)
        await s.connect()
        await s.rerun()
        pages = [p for p in s.pages if not p.islower()]  # the names st.navigation gives
        results: dict[str, list[tuple[float, float]]] = {pages[i]: [] for i in STEPS}
        for _ in range(clicks + WARM):
            for i in STEPS:
                await s.rerun(pages[i])
                click = WidgetState(id=s.widgets["nav_next"].id, trigger_value=True)
                cpu = server.cpu_seconds()
                ms = await s.rerun(widget=click)
                cpu_ms = (server.cpu_seconds() - cpu) * 1000
                if s.page_hash != s.pages[pages[i + 1]]:
                    raise RuntimeError(f"Next on {pages[i]} did not reach {pages[i + 1]}")
                results[pages[i]].append((ms, cpu_ms))
        await s.close()
    print(f"# benchmarks/next_click.py, app at {root}, {clicks} clicks per step")
    print(f"{'click Next on':28} {'p50 ms':>7} {'CPU ms':>7}")
    for page, values in results.items():
        kept = values[WARM:]
        p50 = statistics.median(ms for ms, _ in kept)
        cpu = statistics.mean(c for _, c in kept)
        print(f"{page:28} {p50:7.1f} {cpu:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="checkout whose app to run")
    parser.add_argument("--clicks", type=int, default=40, help="clicks counted per step")
    args = parser.parse_args()
    asyncio.run(measure(args.root.resolve(), args.clicks))


if __name__ == "__main__":
    main()
