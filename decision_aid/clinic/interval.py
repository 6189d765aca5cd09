"""The Wilson score interval for a proportion (events out of cases).

References
----------
Wilson EB. Probable inference, the law of succession, and statistical inference.
J Am Stat Assoc 1927;22:209-212.
Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of
seven methods. Stat Med 1998;17:857-872 (method 3; Table I gives worked values).
"""

from __future__ import annotations

import math
from statistics import NormalDist


def wilson(events: int, cases: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wilson interval for ``events`` out of ``cases``, as proportions (0 to 1)."""
    if cases <= 0 or events < 0 or events > cases:
        raise ValueError("Events must be between 0 and the number of cases, and cases above 0.")
    z = NormalDist().inv_cdf(1 - (1 - confidence) / 2)
    p = events / cases
    z2 = z * z
    centre = (p + z2 / (2 * cases)) / (1 + z2 / cases)
    half = (z / (1 + z2 / cases)) * math.sqrt(p * (1 - p) / cases + z2 / (4 * cases * cases))
    return max(0.0, centre - half), min(1.0, centre + half)
