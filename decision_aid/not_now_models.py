"""Models of the evidence on surgery compared with not having surgery now (EVIDENCE.md
Part 2): rows of data/figures_options.csv, and per-family content in data/not_now/."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Analysis = Literal["", "itt", "as_treated"]


class OptionFigure(BaseModel):
    """One row of data/figures_options.csv, as published (arms a and b, see ``comparison``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str
    comparison: str
    outcome: str
    kind: str
    a: float | None = None
    b: float | None = None
    difference: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None
    unit: str = ""
    when: str = ""
    analysis: Analysis = ""
    source: str
    note: str = ""


class Finding(BaseModel):
    """A finding to show, worded by the content; its numbers come from one CSV row."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    outcome: str
    kind: str = ""  # which row, where one source gives an outcome twice (e.g. pair, ratio)
    text: str  # fields {a} {b} {difference} {low} {high} {when} are filled from the row
    crossover: bool = False  # how many who started without surgery had it later


class Elsewhere(BaseModel):
    """What a patient whose condition the trials did not study reads instead."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    compared: str  # whom the trials studied, and that it is not this condition
    evidence: str  # that no figures are shown, and why
    certainty: str


class NotNowFamily(BaseModel):
    """Not having surgery now, for one operation family: equal in detail to the options."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    family: str
    compared: str  # what the trials compared, in plain words
    involves: str  # what not having surgery now involves for this family
    evidence: str  # what the evidence shows, in words
    certainty: str  # how sure the evidence is, in plain words
    think_again: str  # when to think again
    findings: tuple[Finding, ...] = Field(default_factory=tuple)
    # The conditions the trials studied (empty: every condition of the family). A patient
    # with another condition of the family sees ``elsewhere`` and no findings: the trials'
    # figures are never borrowed for people they did not study.
    conditions: tuple[str, ...] = ()
    elsewhere: Elsewhere | None = None
