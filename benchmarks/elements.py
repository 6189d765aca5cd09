"""Server CPU per rerun against the number of elements a page sends.

Run by hand from the repository root (never by pytest; under 1 minute)::

    python benchmarks/elements.py [--reruns 60]

Two tables, over Streamlit's websocket protocol with the app's own
``.streamlit/config.toml``:

1. the hello app (``benchmarks/hello_app.py``) and plain Streamlit apps that draw only
   N Markdown elements (N = 10 to 200; they set ``TCP_NODELAY`` as the hello app does),
   written to a temporary folder: what Streamlit itself costs per element on this
   machine. Each is rerun by one session (server CPU per rerun, p50 latency), then by 10
   sessions at once with no pause (p95 latency), and both latencies are also given as a
   ratio to the hello app's, as ``load.py`` gives them: how many elements a page can
   send and still be within the load test's ratio targets;
2. every page of the decision aid for a patient with a condition chosen, rerun by one
   session: the messages it sends per rerun and its server CPU per rerun.

With many sessions and no pause between reruns the server is busy all the time, so a
page's latency grows with its CPU per rerun; the second table set beside the first
shows how much of a page's cost is Streamlit's per-element cost.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any

from load import pct  # the same percentile as the load test
from servers import Server, running
from stclient import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from decision_aid.content import default_content  # noqa: E402

SIZES = (10, 25, 50, 100, 200)
HELLO = "benchmarks/hello_app.py"
CONCURRENT = 10  # sessions at once for the p95 column, as in load.py's 10-session table
CONDITION = "spinal_stenosis"


class Counting(Session):
    """A session that counts the messages of its last rerun."""

    messages = 0

    async def _read_run(self) -> list[str]:
        assert self.ws is not None
        ws: Any = self.ws  # its recv is wrapped for the length of one rerun
        recv = ws.recv
        count = 0

        async def counted(*args: Any, **kwargs: Any) -> Any:
            nonlocal count
            count += 1
            return await recv(*args, **kwargs)

        ws.recv = counted
        try:
            return await super()._read_run()
        finally:
            ws.recv = recv
            self.messages = count


async def cpu_per_rerun(server: Server, s: Counting, reruns: int, page: str | None) -> float:
    for _ in range(5):  # warm up
        await s.rerun(page)
    start = server.cpu_seconds()
    for _ in range(reruns):
        await s.rerun(page)
    return (server.cpu_seconds() - start) * 1000 / reruns


async def concurrent_p95(server: Server, sessions: int, reruns: int) -> float:
    """p95 latency (ms) of ``sessions`` sessions each rerunning ``reruns`` times, no pause."""
    clients = [Session(server.port) for _ in range(sessions)]
    times: list[float] = []

    async def play(s: Session) -> None:
        await s.connect()
        await s.rerun()  # the first run: not counted
        for _ in range(reruns):
            times.append(await s.rerun())
        await s.close()

    await asyncio.gather(*(play(s) for s in clients))
    return pct(times, 95)


def markdown_app(folder: Path, n: int) -> str:
    path = folder / f"markdown_{n}.py"
    path.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "import streamlit as st\n"
        "from ui.network import nodelay_once\n"
        "nodelay_once()\n"
        f"for i in range({n}):\n"
        "    st.markdown(f'Line {i}: a short sentence that a patient reads.')\n"
    )
    return str(path)


async def synthetic(reruns: int) -> None:
    print("## Streamlit alone: the hello app, and apps that draw N Markdown elements")
    print(f"# p95 with {CONCURRENT} sessions at once, no pause; x: ratio to the hello app's")
    head = f"{'elements':>8} {'messages':>8} {'CPU ms':>6} {'p50 ms':>6} {'x p50':>5}"
    print(f"{head} {f'p95 ms, {CONCURRENT}':>11} {'x p95':>5}")
    with tempfile.TemporaryDirectory() as tmp:
        scripts = [HELLO, *(markdown_app(Path(tmp), n) for n in SIZES)]
        with running(scripts, ROOT, []) as servers:
            base: tuple[float, float] | None = None
            for n, server in zip((1, *SIZES), servers, strict=True):
                s = Counting(server.port)
                await s.connect()
                await s.rerun()
                ms = await cpu_per_rerun(server, s, reruns, None)
                p50 = pct([await s.rerun() for _ in range(reruns)], 50)
                await s.close()
                p95 = await concurrent_p95(server, CONCURRENT, max(10, reruns // 2))
                base = base or (p50, p95)
                x50, x95 = p50 / base[0], p95 / base[1]
                cells = f"{ms:6.1f} {p50:6.1f} {x50:5.1f} {p95:11.0f} {x95:5.1f}"
                name = "1, hello" if server.script == HELLO else str(n)
                print(f"{name:>8} {s.messages:>8} {cells}")


async def app_pages(reruns: int) -> None:
    print(f"\n## The decision aid, one patient ({CONDITION} chosen), page by page")
    print(f"{'page':<30} {'messages':>8} {'CPU ms per rerun':>17}")
    label = default_content().conditions[CONDITION].label
    with running(["app.py"], ROOT, []) as (server,):
        s = Counting(server.port)
        await s.connect()
        await s.rerun()
        pages = [p for p in s.pages if not p.islower()]  # the names st.navigation gives
        await s.rerun(pages[1])
        await s.rerun(widget=s.choose("w:condition", label))
        for page in pages:
            ms = await cpu_per_rerun(server, s, reruns, page)
            print(f"{page:<30} {s.messages:>8} {ms:>17.1f}")
        await s.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reruns", type=int, default=60, help="reruns measured per row")
    args = parser.parse_args()
    asyncio.run(synthetic(args.reruns))
    asyncio.run(app_pages(args.reruns))


if __name__ == "__main__":
    main()
