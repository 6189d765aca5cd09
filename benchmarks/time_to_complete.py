"""Measure how long the aid takes for each example patient: words read and answers given
on all ten steps (AppTest), at the pace set in decision_aid/timing.py.

    python benchmarks/time_to_complete.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from decision_aid.timing import minutes, stated_range
from tests.app.conftest import PAGES
from tests.support.patients import load, names
from tests.support.reading import inputs, render, step_prose


def measure(name: str) -> tuple[int, int, float]:
    words = answers = 0
    for step in PAGES:
        at = render(load(name).answers, step)
        words += len(step_prose(at, folded=False).split())  # what shows without opening
        answers += inputs(at)
    return words, answers, minutes(words, answers, len(PAGES))


def main() -> None:
    times = []
    print(f"{'patient':<36} {'words':>6} {'answers':>8} {'minutes':>8}")
    for name in names():
        words, answers, mins = measure(name)
        times.append(mins)
        print(f"{name:<36} {words:>6} {answers:>8} {mins:>8.1f}")
    low, high = stated_range(times)
    print(f"\nTo state on the Welcome step: about {low} to {high} minutes.")


if __name__ == "__main__":
    main()
