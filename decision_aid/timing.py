"""How long the aid takes, from what a patient reads and answers (not a guess).

Reading: words at ``WORDS_PER_MINUTE``, a slow adult reading pace, chosen on purpose for
readers who are anxious or find reading hard (typical adult silent reading of English
non-fiction is about 238 words a minute: Brysbaert M, J Mem Lang 2019;109:104047,
doi:10.1016/j.jml.2019.104047). Answering: ``SECONDS_PER_ANSWER`` for each answer a
step asks for, and ``SECONDS_PER_STEP`` to move on.
"""

from __future__ import annotations

import math

WORDS_PER_MINUTE = 150
SECONDS_PER_ANSWER = 8
SECONDS_PER_STEP = 5


def minutes(words: int, answers: int, steps: int) -> float:
    """Minutes to read ``words`` and give ``answers`` across ``steps`` steps."""
    if min(words, answers, steps) < 0:
        raise ValueError("Words, answers and steps cannot be negative.")
    return words / WORDS_PER_MINUTE + (answers * SECONDS_PER_ANSWER + steps * SECONDS_PER_STEP) / 60


def stated_range(times: list[float]) -> tuple[int, int]:
    """The range to tell patients: the measured times, rounded out to 5 minutes."""
    if not times:
        raise ValueError("No measured times.")
    low = max(5, 5 * math.floor(min(times) / 5))
    high = 5 * math.ceil(max(times) / 5)
    return low, max(high, low + 5)
