"""A surgeon's own result for one outcome, checked, and worded beside published figures."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from decision_aid.clinic.interval import wilson
from decision_aid.models import FAMILIES, Content
from decision_aid.risk import plain_number, reading_number

SMALL_COUNT = 50  # under this many cases the interval is wide: the page says so
MAX_CASES = 1_000_000
Approach = Literal["mis", "open"]


class ResultError(ValueError):
    """A result that cannot be saved; the message is one plain sentence."""


class OwnResult(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str
    approach: Approach
    outcome: str
    events: int
    cases: int
    period: str = ""
    updated: dt.date | None = None

    @field_validator("family")
    @classmethod
    def _family(cls, v: str) -> str:
        if v not in FAMILIES:
            raise ValueError("unknown kind of operation")
        return v

    @field_validator("events", "cases", mode="before")
    @classmethod
    def _whole(cls, v: object) -> int:
        if isinstance(v, bool) or not isinstance(v, (int, str, float)):
            raise ValueError("a whole number is needed")
        try:
            number = float(str(v).strip())
        except ValueError:
            raise ValueError("a whole number is needed") from None
        if not number.is_integer():
            raise ValueError("a whole number is needed")
        return int(number)

    @model_validator(mode="after")
    def _counts(self) -> OwnResult:
        if self.cases < 1 or self.cases > MAX_CASES:
            raise ValueError("cases must be a whole number from 1 to a million")
        if self.events < 0:
            raise ValueError("events cannot be below 0")
        if self.events > self.cases:
            raise ValueError("there cannot be more events than cases")
        return self


def checked(content: Content, **values: object) -> OwnResult:
    """An OwnResult from form values, or ResultError with a plain sentence."""
    if values.get("outcome") not in {o["id"] for o in content.clinic_outcomes}:
        raise ResultError(content.texts["own_error_outcome"])
    try:
        return OwnResult.model_validate(values)
    except ValidationError as exc:
        msg = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
        raise ResultError(content.texts["own_error"].format(problem=msg)) from None


def words(content: Content, r: OwnResult) -> str:
    """ "2 in 150 MIS operations: about 1.3 in 100 (likely range 0.37 to 4.7 in 100).
    This surgeon's own results." """
    t = content.texts
    low, high = wilson(r.events, r.cases)
    text = t["own_line"].format(
        events=r.events,
        cases=r.cases,
        approach=t[f"option_word_{r.approach}"],
        # rounded for reading as the published figures are (decision_aid/risk.py)
        rate=plain_number(100 * r.events / r.cases, t["about_value"]),
        low=reading_number(100 * low),
        high=reading_number(100 * high),
    )
    if r.period:
        text += " " + t["own_period"].format(period=r.period)
    if r.cases < SMALL_COUNT:
        text += " " + t["own_small"].format(n=SMALL_COUNT)
    return text


def label(content: Content, outcome: str) -> str:
    return next(o["label"] for o in content.clinic_outcomes if o["id"] == outcome)


def beside(content: Content, family: str | None, results: list[OwnResult]) -> list[tuple[str, str]]:
    """(heading, text): each of the surgeon's results for this family, then the published
    figures for the same outcome and family, labelled as published."""
    from decision_aid.evidence import show

    if family is None:
        return []
    out = []
    for r in results:
        if r.family != family:
            continue
        published = next(o["published"] for o in content.clinic_outcomes if o["id"] == r.outcome)
        figs = [
            (content.outcomes[o].label, show(content, f))
            for o in published
            for f in content.figures_for(family, o)
        ]
        lines = [words(content, r)]
        lines += [  # each named: a second operation, or repeat surgery or a hospital stay
            content.texts["own_published"].format(
                outcome=name.lower(), text=s.text, source=s.source.id
            )
            for name, s in figs
        ]
        if not figs:
            lines.append(content.texts["own_published_none"])
        out.append(
            (f"{content.families[family].label}: {label(content, r.outcome)}", " ".join(lines))
        )
    return out
