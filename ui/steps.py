"""The ten steps of the patient's journey, in order."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    path: str
    title: str
    icon: str


STEPS: tuple[Step, ...] = (
    Step("pages/welcome.py", "Welcome", ":material/waving_hand:"),
    Step("pages/situation.py", "Your situation", ":material/person:"),
    Step("pages/options.py", "Your options", ":material/list:"),
    Step("pages/compare.py", "Compare", ":material/compare_arrows:"),
    Step("pages/priorities.py", "What matters to you", ":material/tune:"),
    Step("pages/weigh.py", "Weigh it up", ":material/balance:"),
    Step("pages/quiz.py", "Check your understanding", ":material/quiz:"),
    Step("pages/stand.py", "Where you stand", ":material/flag:"),
    Step("pages/questions.py", "Your questions", ":material/help:"),
    Step("pages/summary.py", "Summary", ":material/summarize:"),
)


def index_of(path: str) -> int:
    for i, s in enumerate(STEPS):
        if s.path == path:
            return i
    raise ValueError(f"{path!r} is not a step of the journey.")
