"""The ten steps of the patient's journey, in order. Titles are content (data/texts.yaml)."""

from __future__ import annotations

from dataclasses import dataclass

from decision_aid.content import default_content


@dataclass(frozen=True)
class Step:
    path: str
    key: str  # data/texts.yaml key of the step's title
    icon: str

    @property
    def title(self) -> str:
        return default_content().texts[self.key]


STEPS: tuple[Step, ...] = (
    Step("app_pages/welcome.py", "step_welcome", ":material/waving_hand:"),
    Step("app_pages/situation.py", "step_situation", ":material/person:"),
    Step("app_pages/options.py", "step_options", ":material/list:"),
    Step("app_pages/compare.py", "step_compare", ":material/compare_arrows:"),
    Step("app_pages/priorities.py", "step_priorities", ":material/tune:"),
    Step("app_pages/weigh.py", "step_weigh", ":material/balance:"),
    Step("app_pages/quiz.py", "step_quiz", ":material/quiz:"),
    Step("app_pages/stand.py", "step_stand", ":material/flag:"),
    Step("app_pages/questions.py", "step_questions", ":material/help:"),
    Step("app_pages/summary.py", "step_summary", ":material/summarize:"),
)


# For clinicians: a section of its own in the navigation, apart from the patient's steps.
CLINICIAN: tuple[Step, ...] = (
    Step("app_pages/consult.py", "step_consult", ":material/stethoscope:"),
    Step("app_pages/present.py", "step_present", ":material/co_present:"),
    Step("app_pages/results.py", "step_results", ":material/query_stats:"),
)


def index_of(path: str) -> int:
    for i, s in enumerate(STEPS):
        if s.path == path:
            return i
    raise ValueError(f"{path!r} is not a step of the journey.")
