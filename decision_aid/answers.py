"""A patient's answers: one typed object, kept in the browser session only.

Free text is kept as typed (any script, emoji, markup). It is data: every place that
shows it escapes it. Lengths are capped so that a pasted novel cannot swamp a page.
"""

from __future__ import annotations

from typing import Annotated, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

MAX_TEXT = 5000
MAX_QUESTIONS = 20

Duration = Literal["", "under_6_weeks", "6_weeks_to_3_months", "3_to_12_months", "over_1_year"]
Health = Literal["", "good", "fair", "poor"]
TumourSize = Literal["", "small", "large_or_complex", "not_sure"]
Work = Literal["", "desk", "physical", "not_working"]

# Ids of the answers a patient can choose; their words are content (data/choices.yaml).
SYMPTOMS = ("back_pain", "leg_pain", "numbness", "weakness", "neck_arm")
TREATMENTS = ("medicine", "physio", "injections", "activity", "none")
LEANINGS = ("mis", "open", "not_now", "unsure")
# Choice lists whose ids the content must give words for, by name in data/choices.yaml.
CHOICE_IDS: dict[str, tuple[str, ...]] = {
    "symptoms": SYMPTOMS,
    "treatments": TREATMENTS,
    "durations": get_args(Duration)[1:],
    "health": get_args(Health)[1:],
    "tumour_size": get_args(TumourSize)[1:],
    "work": get_args(Work)[1:],
    "leanings": LEANINGS,
    "ratings": ("0", "1", "2", "3", "4"),
    "yes_no": ("yes", "no"),
}


def _clean_text(value: str) -> str:
    # Drop NUL and other C0 controls except tab and newline; a lone surrogate (valid in
    # JSON, not in UTF-8, so no page or file could show it) becomes the visible U+FFFD.
    cleaned = "".join(
        "\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch
        for ch in value
        if ch in "\t\n" or ord(ch) >= 32
    )
    return cleaned[:MAX_TEXT]


class Answers(BaseModel):
    """Everything the patient has said. Defaults mean "not answered yet"."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    # Your situation
    condition: str = ""
    symptoms: list[str] = Field(default_factory=list)
    duration: Duration = ""
    tried: list[str] = Field(default_factory=list)
    blood_thinners: bool = False
    previous_surgery_same_level: bool = False
    overall_health: Health = ""
    tumour_size: TumourSize = ""
    worry_anaesthesia: bool = False
    worry_radiation: bool = False
    work: Work = ""
    quick_return_to_work: bool = False
    worries: str = ""
    # What matters to you: priority id -> 0 (not at all) .. 4 (very much)
    priorities: dict[str, Annotated[int, Field(ge=0, le=4)]] = Field(default_factory=dict)
    # Check your understanding: question id -> index of chosen answer
    quiz: dict[str, Annotated[int, Field(ge=0, le=9)]] = Field(default_factory=dict)
    # Where you stand
    leaning: str = ""
    sure: dict[str, bool] = Field(default_factory=dict)
    # Your questions
    skipped_questions: list[str] = Field(default_factory=list)
    own_questions: list[str] = Field(default_factory=list)
    notes: str = ""

    @field_validator("worries", "notes")
    @classmethod
    def _text(cls, v: str) -> str:
        return _clean_text(v)

    @field_validator("own_questions")
    @classmethod
    def _questions(cls, v: list[str]) -> list[str]:
        out = [_clean_text(q).strip() for q in v]
        return [q for q in out if q][:MAX_QUESTIONS]

    @field_validator("symptoms", "tried")
    @classmethod
    def _known_choices(cls, v: list[str], info: ValidationInfo) -> list[str]:
        known, what = {"symptoms": (SYMPTOMS, "symptom"), "tried": (TREATMENTS, "treatment")}[
            str(info.field_name)
        ]
        bad = [s for s in v if s not in known]
        if bad:
            raise ValueError(f"unknown {what} {bad[0]!r}")
        return list(dict.fromkeys(v))

    @field_validator("leaning")
    @classmethod
    def _leaning(cls, v: str) -> str:
        if v and v not in LEANINGS:
            raise ValueError(f"unknown leaning {v!r}")
        return v
