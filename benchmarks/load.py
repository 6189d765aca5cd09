"""Load test: rerun latency of every step with N concurrent sessions, against hello world.

Run by hand from the repository root (never by pytest)::

    python benchmarks/load.py [--sessions 1 10 50] [--rounds R] [--think-ms 0]
        [--option runner.postScriptGC=false ...]

It starts the decision aid and ``benchmarks/hello_app.py`` with the same command line and
the same ``.streamlit/config.toml`` (``--option`` adds a flag to both), and drives both
over Streamlit's own websocket protocol (``stclient.py``; no browser, so it measures the
server, not Chromium).

In each round, N sessions connect at once and each plays one example patient, by
default with no pause between reruns (the server is then never idle: a stress test;
``--think-ms 1000`` gives each session a random pause of 0.5 to 1.5 s, closer to people
reading): open the app, "Your situation", choose the condition (and tumour
size), "What matters to you", rate their three most important points, then visit all ten
steps in order. Patients go round-robin over the example save files plus an empty patient
(no condition, nothing rated). Before that, N sessions do as many reruns of the hello app.
A rerun's latency runs from sending its message to the server's ``script_finished``.
A widget drawn inside a fragment reruns only that fragment, as in the browser (the
client sends the fragment's id). Both servers set ``TCP_NODELAY`` (``ui/network.py``):
without it, a rerun that followed another within about 45 ms waited for a delayed ACK,
and every rerun of the hello app took 44 ms, which hid the app's own cost.

Targets (from the performance issue, on the 2-core reference machine): with 1 session
every row's p50 within 2x the hello app's; with 10 sessions every row's p95 within 2.5x;
with 50 sessions no errors and every p95 under 3 s; under 5 MB of server memory per session.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import platform
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import streamlit
from servers import Server, running
from stclient import RerunError, Session

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from decision_aid.answers import Answers  # noqa: E402
from decision_aid.choices import Choices  # noqa: E402
from decision_aid.content import default_content  # noqa: E402
from decision_aid.savefile import loads  # noqa: E402
from ui.steps import STEPS  # noqa: E402

HELLO_APP = "benchmarks/hello_app.py"
PAGES = [f"{i}. {s.title}" for i, s in enumerate(STEPS, start=1)]  # names in st.navigation
SITUATION, PRIORITIES = PAGES[1], PAGES[4]
HELLO_OPEN, HELLO_RERUN, OPEN = "hello: open", "hello: rerun", "open (1. Welcome)"
INTERACTIONS = ["choose condition", "choose tumour size", "set a rating"]
NO_CONDITION = " · no condition"
RATED = 3  # how many points each patient rates
JOURNEYS = 20  # by default, at least this many patient journeys for each N

Step = tuple[str, Callable[[], Awaitable[float]]]  # (row of the table, one rerun)
Plan = Callable[[Session], list[Step]]


@dataclass
class Stats:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)
    messages: Counter[str] = field(default_factory=Counter)
    memory: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))  # MB/session
    cpu: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))  # ms/rerun

    def reruns(self) -> int:
        return sum(map(len, self.times.values())) + sum(self.errors.values())


def patients() -> list[Answers]:
    files = sorted((ROOT / "data" / "examples" / "patients").glob("*.json"))
    return [Answers(), *(loads(p.read_bytes()) for p in files)]


def journey(s: Session, a: Answers, labels: dict[str, str]) -> list[Step]:
    """One patient's reruns, in order, each with the row of the table it is counted in."""

    def change(key: str, option: str | int) -> Callable[[], Awaitable[float]]:
        # the widget's id is read from the page drawn just before
        return lambda: s.rerun(widget=s.choose(key, option))

    cond = "" if a.condition else NO_CONDITION
    steps: list[Step] = [(OPEN, s.rerun), (SITUATION + NO_CONDITION, partial(s.rerun, SITUATION))]
    if a.condition:
        steps.append((INTERACTIONS[0], change("w:condition", labels[a.condition])))
    if a.tumour_size:
        steps.append(
            (
                INTERACTIONS[1],
                change(
                    "w:tumour_size",
                    Choices(default_content()).options("tumour_size")[a.tumour_size],
                ),
            )
        )
    steps.append((PRIORITIES + cond, partial(s.rerun, PRIORITIES)))
    for pid, rating in sorted(a.priorities.items(), key=lambda kv: -kv[1])[:RATED]:
        steps.append((INTERACTIONS[2], change(f"w:priorities.{pid}", rating)))
    return steps + [(page + cond, partial(s.rerun, page)) for page in PAGES]


def hello_journey(s: Session, count: int) -> list[Step]:
    first: Step = (HELLO_OPEN, s.rerun)
    return [first] + [(HELLO_RERUN, s.rerun)] * (count - 1)


async def play(steps: list[Step], stats: Stats, think: float, seed: int = 0) -> None:
    """Play one session's reruns. With a pause (``think`` seconds), each pause is drawn
    between half and one and a half times it, and the session starts after a random part
    of one pause: people do not click in step, and sessions that did would arrive at the
    server all at once, every time."""
    rng = random.Random(seed)
    if think:
        await asyncio.sleep(rng.uniform(0, think))
    for label, rerun in steps:
        try:
            stats.times[label].append(await rerun())
        except Exception as exc:
            stats.errors[label] += 1
            stats.messages[f"{type(exc).__name__}: {exc}"] += 1
            if not isinstance(exc, RerunError | KeyError | IndexError):
                return  # timed out or lost the connection: this session is over
        await asyncio.sleep(think * rng.uniform(0.5, 1.5) if think else 0)


async def phase(
    name: str, server: Server, plans: list[Plan], stats: Stats, args: argparse.Namespace
) -> None:
    """N sessions at once, one plan each, on one server."""
    sessions = [Session(server.port, args.timeout) for _ in plans]
    rss, cpu, reruns = server.rss_mb(), server.cpu_seconds(), stats.reruns()
    try:
        await asyncio.gather(*(s.connect() for s in sessions))
        tasks = [
            asyncio.create_task(play(plan(s), stats, args.think_ms / 1000, seed=i))
            for i, (s, plan) in enumerate(zip(sessions, plans, strict=True))
        ]
        _, pending = await asyncio.wait(tasks, timeout=args.phase_timeout)
        for task in pending:
            task.cancel()
            stats.errors["round timed out"] += 1
        await asyncio.gather(*pending, return_exceptions=True)
        # memory with all sessions still connected
        stats.memory[name].append((server.rss_mb() - rss) / len(sessions))
        done = max(1, stats.reruns() - reruns)
        stats.cpu[name].append((server.cpu_seconds() - cpu) * 1000 / done)
    finally:
        await asyncio.gather(*(s.close() for s in sessions), return_exceptions=True)


async def measure(app: Server, hello: Server, n: int, args: argparse.Namespace) -> Stats:
    stats, people = Stats(), patients()
    labels = {k: v.label for k, v in default_content().conditions.items()}
    for r in range(rounds(n, args)):
        chosen = [people[(i + r) % len(people)] for i in range(n)]
        counts = [len(journey(Session(0), a, labels)) for a in chosen]  # as many reruns
        await phase("hello", hello, [partial(hello_journey, count=c) for c in counts], stats, args)
        await phase("app", app, [partial(journey, a=a, labels=labels) for a in chosen], stats, args)
    return stats


def rounds(n: int, args: argparse.Namespace) -> int:
    return int(args.rounds or math.ceil(JOURNEYS / n))


def pct(values: list[float], p: float) -> float:
    """Nearest-rank percentile (no interpolation: with few samples p95 is the maximum)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else math.nan


def order(label: str) -> tuple[int, str]:
    """Hello first, then the journey's order; "no condition" rows after the others."""
    firsts = [HELLO_OPEN, HELLO_RERUN, OPEN, *INTERACTIONS]
    if label in firsts:
        return firsts.index(label), label
    page = label.removesuffix(NO_CONDITION)
    return len(firsts) + PAGES.index(page) + len(PAGES) * (page != label), label


def report(n: int, stats: Stats, heading: str, targets: list[tuple[str, bool]]) -> None:
    hello = {
        k: (pct(stats.times[k], 50), pct(stats.times[k], 95)) for k in (HELLO_OPEN, HELLO_RERUN)
    }
    print(f"\n## {heading}")
    print(
        f"{'row':44} {'n':>4} {'p50 ms':>7} {'p95 ms':>7} {'x p50':>6} {'x p95':>6} {'errors':>6}"
    )
    worst50 = worst95 = worst_p95 = 0.0
    for label in sorted(stats.times, key=order):
        times = stats.times[label]
        p50, p95 = pct(times, 50), pct(times, 95)
        base = hello[HELLO_OPEN if label in (HELLO_OPEN, OPEN) else HELLO_RERUN]
        x50, x95 = p50 / base[0], p95 / base[1]
        if not label.startswith("hello"):
            worst50, worst95, worst_p95 = max(worst50, x50), max(worst95, x95), max(worst_p95, p95)
        cells = f"{len(times):4} {p50:7.0f} {p95:7.0f} {x50:6.1f} {x95:6.1f}"
        print(f"{label:44} {cells} {stats.errors[label]:6}")
    errors = sum(stats.errors.values())
    for message, count in stats.messages.most_common(5):
        print(f"  error x{count}: {message[:100]}")
    mem = {k: max(v) for k, v in stats.memory.items()}  # the worst round
    cpu = {k: sum(v) / len(v) for k, v in stats.cpu.items()}
    print(f"server memory per session: app {mem['app']:.2f} MB, hello {mem['hello']:.2f} MB")
    print(f"server CPU per rerun: app {cpu['app']:.0f} ms, hello {cpu['hello']:.0f} ms")
    print(f"worst ratio to hello: p50 {worst50:.1f}x, p95 {worst95:.1f}x; errors: {errors}")
    if n == 1:
        targets.append(("1 session: every p50 within 2x hello", worst50 <= 2.0))
    if n == 10:
        targets.append(("10 sessions: every p95 within 2.5x hello", worst95 <= 2.5))
    if n == 50:
        targets.append(("50 sessions: no errors", errors == 0))
        targets.append(("50 sessions: every p95 under 3 s", worst_p95 < 3000))
    if n >= 10:
        targets.append((f"{n} sessions: under 5 MB server memory per session", mem["app"] < 5))


def header(args: argparse.Namespace) -> None:
    git = ["git", "rev-parse", "--short", "HEAD"]
    commit = subprocess.run(git, cwd=ROOT, capture_output=True, text=True).stdout.strip()
    print(f"# benchmarks/load.py, {time.strftime('%Y-%m-%d %H:%M')}, commit {commit}")
    print(f"# streamlit {streamlit.__version__}, Python {platform.python_version()}, ", end="")
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    pause = f"{args.think_ms:.0f} ms" + (" (each drawn from 0.5x to 1.5x)" if args.think_ms else "")
    print(f"# pause between reruns: {pause}. x p50, x p95: ratio to the hello")
    print("# app's rerun (for open: to its first run) with as many sessions.")
    print("# memory per session: growth of the server's RSS with N sessions connected, / N.")
    if args.option:
        print(f"# Streamlit options for both servers: {' '.join(args.option)}")


async def warm_up(app: Server, hello: Server) -> None:
    """Import every page and load content once, so that first-run costs are not counted."""
    labels = {k: v.label for k, v in default_content().conditions.items()}
    plans: list[tuple[Server, Plan]] = [
        *((app, partial(journey, a=a, labels=labels)) for a in patients()),
        (hello, partial(hello_journey, count=5)),
    ]
    for server, plan in plans:
        s = Session(server.port)
        await s.connect()
        for _, rerun in plan(s):
            await rerun()  # an error here stops the benchmark
        await s.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--rounds", type=int, help=f"journeys per session (default {JOURNEYS}/N)")
    parser.add_argument(
        "--think-ms", type=float, default=0.0, help="mean pause between reruns (jittered)"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per rerun")
    parser.add_argument("--phase-timeout", type=float, default=900.0, help="seconds per round")
    parser.add_argument(
        "--option", action="append", default=[], help="KEY=VALUE: a Streamlit option for both"
    )
    args = parser.parse_args(argv)
    header(args)
    targets: list[tuple[str, bool]] = []
    start = time.monotonic()
    options = [
        part for o in args.option for part in ("--" + o.partition("=")[0], o.partition("=")[2])
    ]
    with running(["app.py", HELLO_APP], ROOT, options) as (app, hello):
        asyncio.run(warm_up(app, hello))
        for n in args.sessions:
            t = time.monotonic()
            stats = asyncio.run(measure(app, hello, n, args))
            sessions = f"{n} concurrent session{'s' * (n > 1)}"
            r = rounds(n, args)
            heading = f"{sessions}, {r} round{'s' * (r > 1)}: {time.monotonic() - t:.0f} s"
            report(n, stats, heading, targets)
    took = (
        f"{time.monotonic() - start:.0f} s in all, {time.process_time():.0f} s of it on client CPU"
    )
    print(f"\n## targets ({took})")
    for name, met in targets:
        print(f"{'met   ' if met else 'MISSED'} {name}")
    return 0 if all(met for _, met in targets) else 1


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        print("\ninterrupted; both servers were stopped", file=sys.stderr)
        sys.exit(130)
