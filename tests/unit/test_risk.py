"""decision_aid.risk: natural frequencies and icon-array cells."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision_aid.content import default_content
from decision_aid.risk import (
    COLUMNS,
    DENOMINATOR,
    filled_count,
    fmt_number,
    icon_caption,
    icon_cells,
    per_100,
    plain_number,
    rounded,
)

# Published rates have at most two decimals (figures.csv): 0.00 .. 100.00.
published_rate = st.integers(min_value=0, max_value=10_000).map(lambda n: n / 100)

TEXTS = default_content().texts
PATTERN = TEXTS["per_100"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0"),
        (17, "17"),
        (9.0, "9"),
        (4.7, "4.7"),
        (75.4, "75.4"),
        (0.3, "0.3"),
        (232.91, "232.91"),
        (1758, "1,758"),
        (-9295, "-9,295"),
        (1234.5, "1,234.5"),
    ],
)
def test_fmt_number_writes_numbers_as_published(value: float, text: str) -> None:
    assert fmt_number(value) == text


@settings(max_examples=200)
@given(published_rate)
def test_fmt_number_round_trips_published_values(value: float) -> None:
    assert float(fmt_number(value).replace(",", "")) == value


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0, "0 in 100"),
        (4.7, "4.7 in 100"),
        (9.0, "9 in 100"),
        (15.9, "15.9 in 100"),
        (100, "100 in 100"),
    ],
)
def test_per_100(value: float, text: str) -> None:
    assert per_100(value, PATTERN) == text


@pytest.mark.parametrize("bad", [-0.01, -1, 100.01, 101, 1e9, math.inf, -math.inf, math.nan])
def test_outside_0_to_100_is_an_error(bad: float) -> None:
    with pytest.raises(ValueError, match="must be between 0 and 100"):
        per_100(bad, PATTERN)
    with pytest.raises(ValueError, match="must be between 0 and 100"):
        icon_cells(bad)


@pytest.mark.parametrize(
    ("value", "filled"),
    [
        (0, 0),
        (0.49, 0),
        (0.5, 1),
        (2.5, 3),  # Python's round() would give 2
        (4.5, 5),  # ... and 4
        (4.4, 4),
        (4.7, 5),
        (15.9, 16),
        (99.5, 100),
        (100, 100),
    ],
)
def test_filled_count_rounds_half_up(value: float, filled: int) -> None:
    assert filled_count(value) == filled
    assert sum(c.filled for c in icon_cells(value)) == filled


@settings(max_examples=300)
@given(published_rate)
def test_filled_count_matches_decimal_half_up(value: float) -> None:
    expected = int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    assert filled_count(value) == expected


@settings(max_examples=100)
@given(published_rate)
def test_icon_cells_layout(value: float) -> None:
    cells = icon_cells(value)
    assert len(cells) == DENOMINATOR
    assert [c.index for c in cells] == list(range(DENOMINATOR))
    assert all((c.row, c.col) == divmod(c.index, COLUMNS) for c in cells)
    assert {c.row for c in cells} == set(range(DENOMINATOR // COLUMNS))
    # Filled cells come first, row by row from the top left, with no gaps.
    flags = [c.filled for c in cells]
    k = flags.count(True)
    assert flags == [True] * k + [False] * (DENOMINATOR - k)
    assert k == filled_count(value)


def test_icon_caption_keeps_the_published_figure() -> None:
    assert icon_caption(4.7, "MIS", TEXTS) == "4.7 in 100 people with MIS (drawn as 5 whole icons)"
    assert icon_caption(17, "open surgery", TEXTS) == "17 in 100 people with open surgery"
    assert icon_caption(9.0, "open surgery", TEXTS) == "9 in 100 people with open surgery"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (232.91, 233.0),
        (269.5, 270.0),  # a half goes up, not to the even number
        (2.11, 2.1),
        (1.45, 1.5),
        (0.35, 0.35),  # below 1: as published
        (0.96, 0.96),
        (-0.45, -0.45),
        (-2.25, -2.3),
        (9.96, 10.0),
        (10.0, 10.0),
        (1758.0, 1758.0),
        (0.0, 0.0),
    ],
)
def test_a_published_amount_is_rounded_for_reading(value: float, expected: float) -> None:
    assert rounded(value) == expected


@given(st.floats(min_value=-10_000, max_value=10_000, allow_nan=False))
@settings(max_examples=300)
def test_rounding_for_reading_is_never_further_off_than_half_the_last_place(v: float) -> None:
    r = rounded(v)
    assert abs(r - v) <= (0.5 if abs(v) >= 9.95 else 0.05) + 1e-9
    assert r == round(r) or abs(v) < 10  # no decimals from 10 up
    assert r == v or abs(v) >= 1  # below 1: as published


def test_about_is_said_only_where_the_rounding_changed_the_number() -> None:
    about = "about {value}"
    assert plain_number(232.91, about) == "about 233"
    assert plain_number(260.0, about) == "260"
    assert plain_number(2.9, about) == "2.9"
    assert plain_number(1758.0, about) == "1,758"
