"""decision_aid.not_now: the findings on not having surgery now, in words, say the
numbers of their own row, as published or rounded for reading, and nothing else."""

from __future__ import annotations

import pytest

from decision_aid.content import default_content
from decision_aid.models import FAMILIES
from decision_aid.not_now import ShownFinding, fields, findings
from tests.support.numbers import assert_about_where_rounded, numbers, reads_as

CONTENT = default_content()
SHOWN = [(family, f) for family in FAMILIES for f in findings(CONTENT, family, None)]


def _values(f: ShownFinding) -> set[float]:
    row = f.row
    values = (row.a, row.b, row.difference, row.ci_low, row.ci_high)
    return {abs(v) for v in values if v is not None}


@pytest.mark.parametrize(("family", "f"), SHOWN, ids=[f"{fam}/{f.source}" for fam, f in SHOWN])
def test_a_finding_says_only_its_own_rows_numbers(family: str, f: ShownFinding) -> None:
    text = f.text
    when = set(numbers(f.row.when))
    allowed = _values(f) | when | {100.0}
    for n in numbers(text):
        assert any(reads_as(n, v) for v in allowed), (text, n, allowed)
    # a number said otherwise than published is said with "about" just before it
    assert_about_where_rounded(text, allowed)


def test_there_are_findings_with_numbers_to_check() -> None:
    assert sum(1 for _, f in SHOWN if numbers(f.text)) >= 20


def test_a_rate_stays_as_published_and_an_amount_is_rounded_with_about() -> None:
    row = next(r for r in CONTENT.option_figures if r.a is not None and r.b is not None).model_copy(
        update={"a": 75.4, "b": 22.4, "ci_low": 0.96, "ci_high": 14.1}
    )
    out = fields(
        row, "{a} in 100, then {b} points (likely range {ci_low} to {ci_high})", "about {value}"
    )
    assert out["a"] == "75.4"  # a rate per 100: as published
    assert out["b"] == "about 22"  # an amount: rounded, and said so
    assert (out["ci_low"], out["ci_high"]) == ("0.96", "14")  # a range: rounded, no "about"
    both = fields(row, "{abs_a} to {abs_b} in 100", "about {value}")
    assert (both["abs_a"], both["abs_b"]) == ("75.4", "22.4")


def test_two_arms_that_would_round_alike_are_said_as_published() -> None:
    row = next(r for r in CONTENT.option_figures if r.a is not None and r.b is not None)
    close = row.model_copy(update={"a": 22.4, "b": 21.6})
    out = fields(close, "{a} points after surgery and {b} points without", "about {value}")
    assert (out["a"], out["b"]) == ("22.4", "21.6")  # both "about 22" would hide the gap
