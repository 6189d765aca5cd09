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
AgeBand = Literal["", "under_40", "40_to_59", "60_to_74", "75_plus"]
Smoking = Literal["", "never", "stopped", "yes"]
Weight = Literal["", "healthy", "over", "well_over", "not_sure"]
BloodThinner = Literal["", "aspirin", "antiplatelet", "warfarin", "doac", "injection", "not_sure"]
Levels = Literal["", "one", "two", "three_plus", "not_sure"]
PainPattern = Literal["", "leg_most", "back_most", "both"]
HomeSupport = Literal["", "yes", "some", "no"]
Mood = Literal["", "ok", "low_sometimes", "low_often"]

# Ids of the answers a patient can choose; their words are content (data/choices.yaml).
SYMPTOMS = ("back_pain", "leg_pain", "numbness", "weakness", "neck_arm")
TREATMENTS = ("medicine", "physio", "injections", "activity", "none")
# Signs that need medical help today (asked first on "Your situation").
WARNING_SIGNS = (
    "bladder_bowel",
    "saddle_numbness",
    "weakness_worse",
    "unsteady",
    "fever",
    "cancer_new_pain",
)
# Signs that the nerves at the base of the spine may be badly squeezed (cauda equina),
# or of a fast loss of strength: these send the patient to an emergency department now,
# not to a doctor later today. E55: cauda equina "would usually warrant immediate admission".
EMERGENCY_SIGNS = frozenset({"bladder_bowel", "saddle_numbness", "weakness_worse"})
EARLIER_SURGERY = ("mis", "open", "fusion", "metal", "not_sure")
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
    "warning_signs": (*WARNING_SIGNS, "none"),
    "warning_signs_record": (*WARNING_SIGNS, "none"),  # the same, said of the patient
    "age_band": get_args(AgeBand)[1:],
    "smoking": get_args(Smoking)[1:],
    "weight": get_args(Weight)[1:],
    "blood_thinner_kind": get_args(BloodThinner)[1:],
    "levels": get_args(Levels)[1:],
    "earlier_surgery": EARLIER_SURGERY,
    "pain_pattern": get_args(PainPattern)[1:],
    "home_support": get_args(HomeSupport)[1:],
    "mood": get_args(Mood)[1:],
    "next_steps": ("mis", "open", "not_now", "more_tests", "think_it_over", "second_opinion"),
    "ratings": ("0", "1", "2", "3", "4"),
    "yes_no": ("yes", "no"),
}


def loses_characters(value: str) -> bool:
    """True if :func:`_clean_text` drops or replaces a character the patient may have
    meant (a lone surrogate or a control character; a carriage return is only a line
    ending and does not count)."""
    return any(0xD800 <= ord(ch) <= 0xDFFF or (ord(ch) < 32 and ch not in "\t\n\r") for ch in value)


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

    # Your situation: warning signs first ("none" = the patient has none of them)
    warning_signs: list[str] = Field(default_factory=list)
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
    # What a spine surgeon asks (save file version 2)
    age_band: AgeBand = ""
    smoking: Smoking = ""
    diabetes: bool = False
    bone_or_steroids: bool = False
    weight: Weight = ""
    blood_thinner_kind: BloodThinner = ""
    levels: Levels = ""
    earlier_surgery: list[str] = Field(default_factory=list)
    pain_pattern: PainPattern = ""
    home_support: HomeSupport = ""
    mood: Mood = ""
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

    @field_validator("symptoms", "tried", "warning_signs", "earlier_surgery")
    @classmethod
    def _known_choices(cls, v: list[str], info: ValidationInfo) -> list[str]:
        known, what = {
            "symptoms": (SYMPTOMS, "symptom"),
            "tried": (TREATMENTS, "treatment"),
            "warning_signs": ((*WARNING_SIGNS, "none"), "warning sign"),
            "earlier_surgery": (EARLIER_SURGERY, "earlier operation"),
        }[str(info.field_name)]
        bad = [s for s in v if s not in known]
        if bad:
            raise ValueError(f"unknown {what} {bad[0]!r}")
        return list(dict.fromkeys(v))

    @property
    def warning(self) -> list[str]:
        """The warning signs the patient said yes to (empty: none, or not answered)."""
        return [s for s in self.warning_signs if s != "none"]

    @property
    def emergency(self) -> bool:
        """A warning sign was ticked that needs an emergency department now (EMERGENCY_SIGNS)."""
        return any(s in EMERGENCY_SIGNS for s in self.warning_signs)

    @field_validator("leaning")
    @classmethod
    def _leaning(cls, v: str) -> str:
        if v and v not in LEANINGS:
            raise ValueError(f"unknown leaning {v!r}")
        return v
