"""decision_aid.weighing: specs from content, the weighted sum, leader and sensitivity."""

from __future__ import annotations

import re

import pytest

from decision_aid.models import FAMILIES, Content
from decision_aid.weighing import (
    EPS,
    Change,
    FactorSpec,
    factor_specs,
    leader_of,
    sensitivity,
    signed_weight,
    weigh,
    wsm,
)


def spec(fid: str, direction: str = "mis", strength: str = "consistent") -> FactorSpec:
    return FactorSpec(fid, fid.title(), direction, strength, f"note on {fid}")


MIS_STRONG = spec("a", "mis", "consistent")
MIS_SOME = spec("b", "mis", "some")
OPEN_STRONG = spec("c", "open", "consistent")
OPEN_WEAK = spec("d", "open", "weak")
NEITHER = spec("e", "neither", "none")
MIXED = spec("f", "mixed", "weak")
SPECS = [MIS_STRONG, MIS_SOME, OPEN_STRONG, OPEN_WEAK, NEITHER, MIXED]


# --- factor_specs: what the content says -------------------------------------------


def test_factor_specs_follow_the_priorities_in_order(content: Content) -> None:
    specs = factor_specs(content, None)
    assert [s.id for s in specs] == [p.id for p in content.priorities]
    assert [s.label for s in specs] == [p.label for p in content.priorities]


@pytest.mark.parametrize("family", [None, *FAMILIES])
def test_factor_specs_take_each_familys_evidence(content: Content, family: str | None) -> None:
    for s, p in zip(factor_specs(content, family), content.priorities, strict=True):
        if p.evidence:  # a point with evidence of its own (staying awake)
            continue
        ev = content.tradeoffs[p.tradeoff].evidence_for(
            family, content.texts["not_measured_for_family"]
        )
        assert (s.direction, s.strength, s.note) == (ev.direction, ev.strength, ev.note)


def test_family_evidence_overrides_the_general_verdict(content: Content) -> None:
    general = {s.id: s for s in factor_specs(content, None)}
    tumour = {s.id: s for s in factor_specs(content, "tumour")}
    disc = {s.id: s for s in factor_specs(content, "discectomy")}
    # hospital_stay: generally "some" evidence for MIS, "consistent" for tumour surgery,
    # and no figures at all for disc surgery.
    assert (general["hospital_stay"].direction, general["hospital_stay"].strength) == (
        "mis",
        "some",
    )
    assert tumour["hospital_stay"].strength == "consistent"
    assert (disc["hospital_stay"].direction, disc["hospital_stay"].strength) == ("neither", "none")
    assert general["hospital_stay"].note == content.tradeoffs["hospital_stay"].evidence.verdict


# --- the weighted sum ---------------------------------------------------------------


def test_wsm_is_rating_over_four_times_weight() -> None:
    assert wsm([4, 2, 0, 1], [1.0, -1.0, 1.0, 0.5]) == pytest.approx([1.0, -0.5, 0.0, 0.125])


def test_wsm_rejects_mismatched_lengths() -> None:
    with pytest.raises(ValueError):
        wsm([1, 2], [1.0])


@pytest.mark.parametrize(
    ("direction", "strength", "weight"),
    [
        ("mis", "consistent", 1.0),
        ("mis", "some", 2 / 3),
        ("mis", "weak", 1 / 3),
        ("mis", "none", 0.0),
        ("open", "consistent", -1.0),
        ("open", "some", -2 / 3),
        ("open", "weak", -1 / 3),
        ("neither", "consistent", 0.0),
        ("mixed", "some", 0.0),
    ],
)
def test_signed_weight(direction: str, strength: str, weight: float) -> None:
    assert signed_weight(spec("x", direction, strength)) == pytest.approx(weight)


def test_no_ratings_means_even_and_not_rated() -> None:
    w = weigh({}, SPECS)
    assert (w.mis, w.open, w.net) == (0.0, 0.0, 0.0)
    assert w.leader == "even"
    assert not w.rated
    assert [f.rating for f in w.factors] == [0] * len(SPECS)


def test_no_factors_at_all() -> None:
    w = weigh({}, [])
    assert w.factors == ()
    assert w.leader == "even"


def test_one_mis_factor_rated_fully() -> None:
    w = weigh({"a": 4}, SPECS)
    assert w.factors[0].contribution == pytest.approx(1.0)
    assert w.mis == pytest.approx(1 / len(SPECS))
    assert w.open == 0.0
    assert w.leader == "mis"
    assert w.rated


def test_one_open_factor_rated_half() -> None:
    w = weigh({"c": 2}, SPECS)
    assert w.factors[2].contribution == pytest.approx(-0.5)
    assert w.open == pytest.approx(0.5 / len(SPECS))
    assert w.mis == 0.0
    assert w.leader == "open"


def test_factors_without_a_direction_never_count() -> None:
    w = weigh({"e": 4, "f": 4}, SPECS)
    assert [f.contribution for f in w.factors] == [0.0] * len(SPECS)
    assert w.leader == "even"
    assert w.rated  # rated, even though nothing pulls either way


def test_mixed_ratings_net_out() -> None:
    # a: 3/4 * 1 = 0.75 for MIS; c: 3/4 * 1 = 0.75 for open -> even.
    w = weigh({"a": 3, "c": 3}, SPECS)
    assert w.mis == pytest.approx(w.open)
    assert w.leader == "even"
    # b: 3/4 * 2/3 = 0.5 more for MIS -> MIS.
    assert weigh({"a": 3, "c": 3, "b": 3}, SPECS).leader == "mis"


def test_weigh_on_real_specs(content: Content) -> None:
    specs = factor_specs(content, None)
    n = len(specs)
    # radiation: open, consistent. scar: MIS, some.
    w = weigh({"radiation": 4, "scar": 4}, specs)
    assert w.open == pytest.approx(1 / n)
    assert w.mis == pytest.approx((2 / 3) / n)
    assert w.leader == "open"


@pytest.mark.parametrize(
    ("net", "leader"),
    [(0.0, "even"), (EPS / 2, "even"), (-EPS / 2, "even"), (0.01, "mis"), (-0.01, "open")],
)
def test_leader_of(net: float, leader: str) -> None:
    assert leader_of(net) == leader


# --- inputs checked at the edge -----------------------------------------------------


@pytest.mark.parametrize("bad", [-1, 5, 100, 2.5, True, "3", None])
def test_weigh_rejects_bad_ratings(bad: object) -> None:
    with pytest.raises(ValueError, match="must be a whole number from 0 to 4"):
        weigh({"a": bad}, SPECS)  # type: ignore[dict-item]


def test_weigh_rejects_unknown_factor() -> None:
    with pytest.raises(ValueError, match=re.escape("There is no factor called 'zzz' to rate.")):
        weigh({"zzz": 2}, SPECS)


@pytest.mark.parametrize("bad", [spec("x", "sideways", "some"), spec("x", "mis", "strong")])
def test_weigh_rejects_unknown_direction_or_strength(bad: FactorSpec) -> None:
    with pytest.raises(ValueError, match="unknown direction or strength"):
        weigh({}, [*SPECS, bad])


# --- sensitivity ----------------------------------------------------------------------


def test_sensitivity_names_the_closest_change_per_factor() -> None:
    specs = [MIS_SOME, OPEN_STRONG]
    # b=1: 1/4 * 2/3 = 1/6 for MIS; c=0. MIS leads.
    changes = sensitivity({"b": 1, "c": 0}, specs)
    by_id = {ch.factor.id: ch for ch in changes}
    # Dropping b to 0 makes them even; raising c to 1 (1/4 > 1/6) hands it to open.
    assert by_id["b"] == Change(MIS_SOME, 1, 0, "even")
    assert by_id["c"] == Change(OPEN_STRONG, 0, 1, "open")
    assert all(ch.size == 1 for ch in changes)


def test_sensitivity_skips_factors_that_cannot_change_the_leader() -> None:
    changes = sensitivity({"a": 4}, [MIS_STRONG, NEITHER, OPEN_WEAK])
    ids = [ch.factor.id for ch in changes]
    # NEITHER never counts; OPEN_WEAK at most 1/3 < 1, so only a can change the leader.
    assert ids == ["a"]
    assert changes[0].new == 0 and changes[0].leader_after == "even"


def test_sensitivity_is_sorted_smallest_first() -> None:
    # a=3: 0.75 for MIS; c=2: 0.5 for open. MIS leads by 0.25.
    # a 3->2 or c 2->3 ties them (size 1); d, open but weak (1/3 per 4 steps), needs 3
    # steps to tie (0.25); b and the factors with no direction can never change it.
    changes = sensitivity({"a": 3, "c": 2}, SPECS)
    assert [(ch.factor.id, ch.old, ch.new, ch.leader_after) for ch in changes] == [
        ("a", 3, 2, "even"),
        ("c", 2, 3, "even"),
        ("d", 0, 3, "even"),
    ]


def test_change_size() -> None:
    assert Change(MIS_STRONG, 4, 1, "open").size == 3
    assert Change(MIS_STRONG, 0, 2, "mis").size == 2


def test_staying_awake_is_mirrored_by_its_own_evidence(content: Content) -> None:
    """A patient who fears being put to sleep is not pulled towards the shorter
    operation: staying awake has its own evidence (E48-E53)."""
    disc = {s.id: s for s in factor_specs(content, "discectomy")}
    assert disc["stay_awake"].direction == "mis"  # awake endoscopic disc surgery
    assert disc["anaesthesia"].direction == "open"  # MIS disc surgery took longer
    tumour = {s.id: s for s in factor_specs(content, "tumour")}
    assert (tumour["stay_awake"].direction, tumour["stay_awake"].strength) == ("neither", "none")
    w = weigh({"stay_awake": 4}, list(disc.values()))
    assert w.leader == "mis"


def test_the_weigh_table_says_when_a_point_follows_from_the_method_and_was_not_measured() -> None:
    """The scar is smaller with MIS by how it is done; no study measured it. The table said
    "some" beside it, as if studies had."""
    from decision_aid.content import default_content
    from decision_aid.weighing import evidence_words, factor_specs

    c = default_content()
    specs = {s.id: s for s in factor_specs(c, "discectomy")}
    assert evidence_words(c, specs["scar"]) == c.texts["weigh_expected"]
    measured = [s for s in specs.values() if s.measured and s.direction != "neither"]
    assert measured
    for s in measured:
        assert evidence_words(c, s) == c.texts[f"agreement_{s.strength}"]
