"""Line breaking and text direction for the PDF, independent of any page."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

Measure = Callable[[str], float]
# A word longer than this is split character by character, never measured whole: fpdf2's
# bidi code recurses once per character of a run of neutral characters (dots, emoji)
# after a right-to-left letter, and a run of about 1,000 exceeded Python's recursion limit.
LONG_WORD = 200


def paragraph_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False


def break_lines(text: str, width: float, measure: Measure) -> list[str]:
    """Greedy line breaking of ``text`` at spaces to ``width``; over-long words are split.

    ``measure`` gives the width of a string; a newline always starts a new line."""
    lines: list[str] = []
    space = measure(" ")
    for para in text.split("\n"):
        line, used, started = "", 0.0, False
        for word in para.split(" "):
            w = measure(word) if len(word) <= LONG_WORD else width + 1.0
            if started and used + space + w <= width:
                line, used = f"{line} {word}", used + space + w
                continue
            if started:
                lines.append(line)
            pieces = split_word(word, width, measure) if w > width else [word]
            lines.extend(pieces[:-1])
            line, started = pieces[-1], True
            used = measure(line)
        lines.append(line)
    return lines


def split_word(word: str, width: float, measure: Measure) -> list[str]:
    """A word too long for one line, in pieces that each fit."""
    pieces, current, used = [], "", 0.0
    for ch in word:
        w = measure(ch)
        if current and used + w > width:
            pieces.append(current)
            current, used = "", 0.0
        current += ch
        used += w
    return [*pieces, current]
