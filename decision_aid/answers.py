"""A patient's answers: one typed object, kept in the browser session only.

Free text is kept as typed (any script, emoji, markup). It is data: every place that
shows it escapes it. Lengths are capped so that a pasted novel cannot swamp a page.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

MAX_TEXT = 5000
MAX_QUESTIONS = 20

Duration = Literal["", "under_6_weeks", "6_weeks_to_3_months", "3_to_12_months", "over_1_year"]
Health = Literal["", "good", "fair", "poor"]
TumourSize = Literal["", "small", "large_or_complex", "not_sure"]
Work = Literal["", "desk", "physical", "not_working"]

SYMPTOMS: dict[str, str] = {
    "back_pain": "Back pain",
    "leg_pain": "Leg pain or sciatica",
    "numbness": "Numbness or tingling",
    "weakness": "Weakness in a leg or foot",
    "neck_arm": "Neck or arm pain",
}
TREATMENTS: dict[str, str] = {
    "medicine": "Pain medicine",
    "physio": "Physiotherapy or exercise",
    "injections": "Spinal injections",
    "activity": "Rest or changing activities",
    "none": "None of these yet",
}
DURATIONS: dict[str, str] = {
    "under_6_weeks": "Less than 6 weeks",
    "6_weeks_to_3_months": "6 weeks to 3 months",
    "3_to_12_months": "3 to 12 months",
    "over_1_year": "More than a year",
}
HEALTH: dict[str, str] = {"good": "Good", "fair": "Fair", "poor": "Poor"}
TUMOUR: dict[str, str] = {
    "small": "Small or simple",
    "large_or_complex": "Large or complex",
    "not_sure": "I am not sure",
}
WORK: dict[str, str] = {
    "desk": "Desk or light work",
    "physical": "Physical work",
    "not_working": "Not working now",
}
LEANINGS: dict[str, str] = {
    "mis": "Minimally invasive surgery",
    "open": "Open surgery",
    "not_now": "Not having surgery now",
    "unsure": "I am not sure yet",
}


def _clean_text(value: str) -> str:
    # Drop NUL and other C0 controls except tab and newline; cap the length.
    cleaned = "".join(ch for ch in value if ch in "\t\n" or ord(ch) >= 32)
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

    @field_validator("symptoms")
    @classmethod
    def _symptoms(cls, v: list[str]) -> list[str]:
        bad = [s for s in v if s not in SYMPTOMS]
        if bad:
            raise ValueError(f"unknown symptom {bad[0]!r}")
        return list(dict.fromkeys(v))

    @field_validator("tried")
    @classmethod
    def _tried(cls, v: list[str]) -> list[str]:
        bad = [s for s in v if s not in TREATMENTS]
        if bad:
            raise ValueError(f"unknown treatment {bad[0]!r}")
        return list(dict.fromkeys(v))

    @field_validator("leaning")
    @classmethod
    def _leaning(cls, v: str) -> str:
        if v and v not in LEANINGS:
            raise ValueError(f"unknown leaning {v!r}")
        return v
