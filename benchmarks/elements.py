"""Server CPU per rerun against the number of elements a page sends.

Run by hand from the repository root (never by pytest; about 1 minute)::

    python benchmarks/elements.py [--reruns 60]

Two tables, each rerun by one session over Streamlit's websocket protocol with the
app's own ``.streamlit/config.toml``:

1. plain Streamlit apps that draw only N Markdown elements (N = 1 to 200), written to
   a temporary folder: what Streamlit itself costs per element on this machine;
2. every page of the decision aid for a patient with a condition chosen: the messages
   it sends per rerun and its server CPU per rerun.

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

from servers import Server, running
from stclient import Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from decision_aid.content import default_content  # noqa: E402

SIZES = (1, 10, 25, 50, 100, 200)
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


async def synthetic(reruns: int) -> None:
    print("## Streamlit alone: an app that draws N Markdown elements")
    print(f"{'elements':>8} {'messages':>8} {'CPU ms per rerun':>17}")
    with tempfile.TemporaryDirectory() as tmp:
        scripts = []
        for n in SIZES:
            path = Path(tmp) / f"markdown_{n}.py"
            path.write_text(
                "import streamlit as st\n"
                f"for i in range({n}):\n"
                "    st.markdown(f'Line {i}: a short sentence that a patient reads.')\n"
            )
            scripts.append(str(path))
        for n, script in zip(SIZES, scripts, strict=True):
            with running([script], ROOT, []) as (server,):
                s = Counting(server.port)
                await s.connect()
                await s.rerun()
                ms = await cpu_per_rerun(server, s, reruns, None)
                print(f"{n:>8} {s.messages:>8} {ms:>17.1f}")
                await s.close()


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
