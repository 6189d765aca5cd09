"""Properties of decision_aid.weighing, on the real content's factors and on generated ones."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from decision_aid.content import default_content
from decision_aid.models import FAMILIES
from decision_aid.weighing import (
    MAX_RATING,
    SIGN,
    STRENGTH_WEIGHT,
    FactorSpec,
    factor_specs,
    sensitivity,
    weigh,
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# The real factors: one list per operation family, and the general one (None).
REAL: dict[str, list[FactorSpec]] = {
    str(fam): factor_specs(default_content(), fam) for fam in (None, *FAMILIES)
}

ratings_value = st.integers(min_value=0, max_value=MAX_RATING)


@st.composite
def generated_specs(draw: st.DrawFn) -> list[FactorSpec]:
    n = draw(st.integers(min_value=1, max_value=8))
    return [
        FactorSpec(
            id=f"f{i}",
            label=f"Factor {i}",
            direction=draw(st.sampled_from(sorted(SIGN))),
            strength=draw(st.sampled_from(sorted(STRENGTH_WEIGHT))),
            note="",
        )
        for i in range(n)
    ]


@st.composite
def specs_and_ratings(draw: st.DrawFn) -> tuple[list[FactorSpec], dict[str, int]]:
    """Either a real family's factors or generated ones, with a rating for some of them."""
    if draw(st.booleans()):
        specs = REAL[draw(st.sampled_from(sorted(REAL)))]
    else:
        specs = draw(generated_specs())
    rated = draw(st.lists(st.sampled_from([s.id for s in specs]), unique=True))
    return specs, {fid: draw(ratings_value) for fid in rated}


def test_real_specs_exist_for_every_family() -> None:
    assert set(REAL) == {"None", *FAMILIES}
    for specs in REAL.values():
        assert specs and all(s.direction in SIGN and s.strength in STRENGTH_WEIGHT for s in specs)


@FAST
@given(specs_and_ratings())
def test_results_stay_in_range(case: tuple[list[FactorSpec], dict[str, int]]) -> None:
    specs, ratings = case
    w = weigh(ratings, specs)
    assert 0.0 <= w.mis <= 1.0
    assert 0.0 <= w.open <= 1.0
    assert all(-1.0 <= f.contribution <= 1.0 for f in w.factors)
    assert [f.spec for f in w.factors] == list(specs)
    assert [f.rating for f in w.factors] == [ratings.get(s.id, 0) for s in specs]


@FAST
@given(specs_and_ratings())
def test_contributions_add_up_to_the_totals(
    case: tuple[list[FactorSpec], dict[str, int]],
) -> None:
    specs, ratings = case
    w = weigh(ratings, specs)
    n = len(specs)
    pos = sum(f.contribution for f in w.factors if f.contribution > 0)
    neg = sum(f.contribution for f in w.factors if f.contribution < 0)
    assert w.mis == pytest.approx(pos / n)
    assert w.open == pytest.approx(-neg / n)
    assert w.net == pytest.approx(sum(f.contribution for f in w.factors) / n)
    for f in w.factors:
        # The sign of each contribution follows the evidence, never the rating.
        sign = SIGN[f.spec.direction] * (STRENGTH_WEIGHT[f.spec.strength] > 0) * (f.rating > 0)
        assert (f.contribution > 0) - (f.contribution < 0) == sign


@FAST
@given(specs_and_ratings(), st.data())
def test_raising_a_rating_never_works_against_its_side(
    case: tuple[list[FactorSpec], dict[str, int]], data: st.DataObject
) -> None:
    specs, ratings = case
    s = data.draw(st.sampled_from(specs))
    old = ratings.get(s.id, 0)
    assume(old < MAX_RATING)
    new = data.draw(st.integers(min_value=old + 1, max_value=MAX_RATING))
    before = weigh(ratings, specs)
    after = weigh({**ratings, s.id: new}, specs)
    if s.direction == "mis":
        assert after.mis >= before.mis
        assert after.open == pytest.approx(before.open)
        if s.strength != "none":
            assert after.mis > before.mis
    elif s.direction == "open":
        assert after.open >= before.open
        assert after.mis == pytest.approx(before.mis)
        if s.strength != "none":
            assert after.open > before.open
    else:
        assert (after.mis, after.open) == pytest.approx((before.mis, before.open))


@FAST
@given(specs_and_ratings())
def test_every_change_changes_the_leader_and_is_the_smallest(
    case: tuple[list[FactorSpec], dict[str, int]],
) -> None:
    specs, ratings = case
    base = weigh(ratings, specs).leader
    changes = sensitivity(ratings, specs)
    assert [ch.size for ch in changes] == sorted(ch.size for ch in changes)
    assert len({ch.factor.id for ch in changes}) == len(changes)
    found = {ch.factor.id: ch for ch in changes}
    for s in specs:
        old = ratings.get(s.id, 0)
        flips = [
            r for r in range(MAX_RATING + 1) if weigh({**ratings, s.id: r}, specs).leader != base
        ]
        if not flips:
            assert s.id not in found, "a change that changes nothing was reported"
            continue
        ch = found[s.id]
        assert ch.old == old and ch.new != old
        assert weigh({**ratings, s.id: ch.new}, specs).leader == ch.leader_after != base
        # No smaller change of that factor changes the leader.
        assert ch.size == min(abs(r - old) for r in flips)
        for r in range(MAX_RATING + 1):
            if abs(r - old) < ch.size:
                assert weigh({**ratings, s.id: r}, specs).leader == base


@FAST
@given(
    specs_and_ratings(),
    st.one_of(
        st.sampled_from([-1, MAX_RATING + 1]),
        st.integers().filter(lambda v: not 0 <= v <= MAX_RATING),
    ),
)
def test_ratings_outside_0_to_4_are_refused(
    case: tuple[list[FactorSpec], dict[str, int]], bad: int
) -> None:
    specs, ratings = case
    fid = specs[0].id
    with pytest.raises(ValueError, match="whole number from 0 to 4"):
        weigh({**ratings, fid: bad}, specs)


@FAST
@given(specs_and_ratings(), st.text(min_size=1, max_size=20), ratings_value)
def test_unknown_factor_ids_are_refused(
    case: tuple[list[FactorSpec], dict[str, int]], name: str, value: int
) -> None:
    specs, ratings = case
    assume(name not in {s.id for s in specs})
    with pytest.raises(ValueError, match="There is no factor called"):
        weigh({**ratings, name: value}, specs)
