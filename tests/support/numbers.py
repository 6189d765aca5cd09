"""How a published number may be said to a patient: as published, or rounded for
reading (whole from 10 up, one decimal from 1 up, as published below 1)."""

from __future__ import annotations

import re


def numbers(text: str) -> list[float]:
    """Every number in a text, signs left out ("-7.9" is 7.9)."""
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text)]


def reads_as(said: float, published: float) -> bool:
    """``said`` is ``published`` as written, or rounded for reading (so never further off
    than half the last place said)."""
    if said == published:
        return True
    if abs(published) < 1:
        return False
    tolerance = 0.5 if abs(published) >= 9.95 else 0.05
    return abs(said - published) <= tolerance + 1e-9


def outside_ranges(text: str) -> str:
    """The text without its likely ranges (approximate by their nature)."""
    return re.sub(r"\(likely range [^)]*\)", "", text)


def assert_about_where_rounded(text: str, published: set[float]) -> None:
    """Every number outside a likely range that is not one of ``published`` (signs left
    out) has "about" just before it."""
    bare = outside_ranges(text)
    about = {float(n.replace(",", "")) for n in re.findall(r"[Aa]bout (\d[\d,]*(?:\.\d+)?)", bare)}
    for n in numbers(bare):
        assert n in published or n in about, (text, n)
