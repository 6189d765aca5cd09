"""Base types of the content models: family and side names, and the frozen model."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Family = Literal["fusion", "discectomy", "decompression", "tumour", "fracture"]
FAMILIES: tuple[Family, ...] = ("fusion", "discectomy", "decompression", "tumour", "fracture")
Side = Literal["mis", "open", "neither", "mixed"]
OptionId = Literal["mis", "open", "not_now"]
Leaning = Literal["mis", "open", "not_now", "unsure"]
Strength = Literal["consistent", "some", "weak", "none"]
ClaimStatus = Literal["supported", "partly", "not_supported", "not_measured"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FamilyEvidence(_Frozen):
    direction: Side
    strength: Strength
    note: str
    measured: bool = True
    # How far this family's studies back the clinic pages' claim, where that differs
    # from the trade-off's overall status (which sums up every family).
    claim_status: ClaimStatus | None = None
