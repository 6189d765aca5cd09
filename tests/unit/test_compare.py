"""decision_aid.compare: which families fit a condition, and the comparison rows."""

from __future__ import annotations

import pytest

from decision_aid.answers import Answers
from decision_aid.compare import comparison, figure_sources
from decision_aid.evidence import inline_citations, source_families
from decision_aid.models import FAMILIES, Content
from decision_aid.not_now import findings as not_now_findings
from decision_aid.patient import families_for, primary_family
from decision_aid.summary import FamilyComparison, cited_sources


@pytest.mark.parametrize(
    ("condition", "families"),
    [
        ("herniated_disc", ["discectomy"]),
        ("spinal_stenosis", ["decompression"]),
        ("bone_spurs", ["decompression"]),
        ("spondylolisthesis", ["fusion"]),
        ("scoliosis", ["fusion"]),
        ("fracture", ["fracture"]),
        ("tumour", ["tumour"]),
        ("not_sure", list(FAMILIES)),
        ("", list(FAMILIES)),  # not answered
        ("no_such_condition", list(FAMILIES)),
    ],
)
def test_families_for(content: Content, condition: str, families: list[str]) -> None:
    assert families_for(content, Answers(condition=condition)) == families


@pytest.mark.parametrize(
    ("condition", "family"),
    [
        ("herniated_disc", "discectomy"),
        ("degenerative_disc", "fusion"),
        ("tumour", "tumour"),
        ("not_sure", None),
        ("", None),
    ],
)
def test_primary_family(content: Content, condition: str, family: str | None) -> None:
    assert primary_family(content, Answers(condition=condition)) == family


@pytest.mark.parametrize("family", FAMILIES)
def test_rows_follow_the_tradeoff_order(content: Content, family: str) -> None:
    rows = comparison(content, family)
    orders = [r.tradeoff.order for r in rows]
    assert orders == sorted(orders)
    applies = [
        t.key for t in content.ordered_tradeoffs() if not t.applies_to or family in t.applies_to
    ]
    assert [r.tradeoff.key for r in rows] == applies
    assert len(rows) > len(content.tradeoffs) // 2


def test_a_tumour_only_tradeoff_shows_for_tumours_only(content: Content) -> None:
    assert content.tradeoffs["complex_tumour"].applies_to == ("tumour",)
    for family in FAMILIES:
        keys = {r.tradeoff.key for r in comparison(content, family)}
        assert ("complex_tumour" in keys) is (family == "tumour")
        for t in content.tradeoffs.values():
            if t.applies_to:
                assert (t.key in keys) is (family in t.applies_to)
        # Trade-offs about every family always show.
        assert {t.key for t in content.tradeoffs.values() if not t.applies_to} <= keys


@pytest.mark.parametrize("family", FAMILIES)
def test_rows_carry_only_their_familys_figures(content: Content, family: str) -> None:
    rows = comparison(content, family)
    shown = [s.figure for r in rows for b in r.outcomes for s in b.figures]
    assert shown, f"no figures for {family}"
    assert all(f.family == family for f in shown)
    # Every figure of the family is shown once, under its trade-off's row.
    assert sorted(shown, key=repr) == sorted(content.figures_for(family), key=repr)
    for r in rows:
        for b in r.outcomes:
            assert b.outcome.id in r.tradeoff.outcomes
            assert b.outcome.tradeoff == r.tradeoff.key


def test_a_discectomy_comparison_has_no_figure_from_another_family(content: Content) -> None:
    rows = comparison(content, "discectomy")
    families = {s.figure.family for r in rows for b in r.outcomes for s in b.figures}
    assert families == {"discectomy"}
    # Fusion has blood-loss figures; disc surgery's blood-loss row shows only its own one.
    blood = next(r for r in rows if r.tradeoff.key == "blood_loss")
    assert [s.figure.source for b in blood.outcomes for s in b.figures] == ["E18"]


@pytest.mark.parametrize("family", FAMILIES)
def test_row_evidence_is_the_familys(content: Content, family: str) -> None:
    not_measured = content.texts["not_measured_for_family"]
    for r in comparison(content, family):
        assert r.evidence == r.tradeoff.evidence_for(family, not_measured)


def test_family_evidence_replaces_the_general_verdict(content: Content) -> None:
    disc = {r.tradeoff.key: r for r in comparison(content, "discectomy")}
    fusion = {r.tradeoff.key: r for r in comparison(content, "fusion")}
    assert disc["blood_loss"].evidence.direction == "neither"
    assert fusion["blood_loss"].evidence.direction == "mis"
    assert (
        fusion["blood_loss"].evidence.note
        == content.tradeoffs["blood_loss"].by_family["fusion"].note
    )


def test_a_family_without_its_own_evidence_gets_none_from_another(content: Content) -> None:
    disc = {r.tradeoff.key: r for r in comparison(content, "discectomy")}
    expertise = disc["expertise"].evidence  # the learning-curve series was of fusions
    assert (expertise.direction, expertise.strength, expertise.measured) == (
        "neither",
        "none",
        False,
    )
    assert expertise.note == content.texts["not_measured_for_family"]
    assert "fusion" not in " ".join(r.evidence.note.lower() for r in disc.values())
    # a point no study measured keeps its family-neutral words
    assert disc["scar"].evidence.note == content.tradeoffs["scar"].evidence.verdict


def test_outcome_blocks_flag_disagreement_and_rates(content: Content) -> None:
    rows = {r.tradeoff.key: r for r in comparison(content, "fusion")}
    stay = next(b for b in rows["hospital_stay"].outcomes if b.outcome.id == "hospital_stay")
    assert stay.disagree
    blood = {b.outcome.id: b for b in rows["blood_loss"].outcomes}
    assert not blood["blood_loss"].disagree
    assert blood["blood_loss"].rates == []
    assert [(f.mis, f.open) for f in blood["transfusion"].rates] == [(0.0, 17.0)]
    assert blood["blood_loss"].sources == ["E1", "E2", "E3", "E4", "E5", "E7", "E9", "E12"]


def test_unknown_family_is_an_error(content: Content) -> None:
    with pytest.raises(ValueError, match="Unknown operation family 'knee'"):
        comparison(content, "knee")


@pytest.mark.parametrize("family", FAMILIES)
def test_cited_sources_documents_first_then_studies_by_number(
    content: Content, family: str
) -> None:
    rows = comparison(content, family)
    shown = [FamilyComparison(content.families[family], rows)]
    ids = [s.id for s in cited_sources(content, Answers(), shown, [])]
    assert len(ids) == len(set(ids))
    kinds = [i[0] for i in ids]
    assert kinds == sorted(kinds, key=lambda k: k != "S")
    numbers = [int(i[1:]) for i in ids if i[0] == "E"]
    assert numbers == sorted(numbers)
    documents = {s for t in content.tradeoffs.values() for s in t.sources if s.startswith("S")}
    not_now = {f.source for f in not_now_findings(content, family, Answers().condition)}
    inline = {i for r in rows for i in inline_citations(r.evidence.note)}
    assert set(ids) == documents | set(figure_sources(rows)) | not_now | inline
    # only studies of this family's figures are cited, never another family's
    family_studies = {f.source for f in content.figures_for(family)} | not_now | inline
    assert all(family in source_families(content, i) for i in inline)
    assert {i for i in ids if i.startswith("E")} == family_studies


def test_cited_sources_adds_the_sources_of_raised_flags(content: Content) -> None:
    rows = comparison(content, "discectomy")
    shown = [FamilyComparison(content.families["discectomy"], rows)]
    flag = next(f for f in content.flags if "E14" in f.sources)
    assert "E14" not in [s.id for s in cited_sources(content, Answers(), shown, [])]
    assert "E14" in [s.id for s in cited_sources(content, Answers(), shown, [flag])]


def test_figure_families_index_matches_both_tables(content: Content) -> None:
    """The per-process index of which families each source's figures are about (built
    once, for speed) holds exactly what a scan of both figure tables finds."""
    index = content.figure_families
    for source in content.sources:
        scanned = {f.family for f in content.figures if f.source == source}
        scanned |= {f.family for f in content.option_figures if f.source == source}
        assert set(index.get(source, ())) == scanned, source
    assert content.figure_families is index  # built once, not on every call


def test_figure_families_index_follows_a_copy_with_other_tables(content: Content) -> None:
    """A copy of the content with other figure tables gets its own index, never the
    original's (a stale index would cite studies by families they no longer have)."""
    assert "E1" in content.figure_families
    bare = content.model_copy(update={"figures": ()})
    assert "E1" not in bare.figure_families
    assert "E1" in content.figure_families


def test_rows_are_kept_per_content_and_each_call_gets_its_own_list(content: Content) -> None:
    first = comparison(content, "fusion")
    again = comparison(content, "fusion")
    assert again == first and again is not first  # a caller may change its list freely
    again.clear()
    assert comparison(content, "fusion") == first
    # other content (here other words for a rate) gets rows of its own
    other = content.model_copy(update={"texts": {**content.texts, "per_100": "{n} out of {d}"}})
    texts = [s.text for r in comparison(other, "fusion") for b in r.outcomes for s in b.figures]
    assert any("out of 100" in x for x in texts)
    assert not any("out of 100" in s.text for r in first for b in r.outcomes for s in b.figures)


def test_the_key_figure_never_says_no_gap_beside_a_verdict_that_points_one_way() -> None:
    """The Summary step's one figure per row: for fusion's "problem coming back" (points
    towards open surgery) it was "no clear gap" [E8]; it is the repeat-surgery odds [E6]."""
    from decision_aid.compare import comparison, key_figure
    from decision_aid.content import default_content

    content = default_content()
    for family in content.families:
        for row in comparison(content, family):
            key = key_figure(row)
            if key and row.evidence.direction in ("mis", "open"):
                assert not key[1].figure.shows_no_gap, (family, row.tradeoff.key)
            if key is None:  # only where no figure fits
                assert all(s.figure.shows_no_gap for b in row.outcomes for s in b.figures), (
                    family,
                    row.tradeoff.key,
                )
    back = next(r for r in comparison(content, "fusion") if r.tradeoff.key == "recurrence")
    key = key_figure(back)
    assert key is not None and key[1].source.id == "E6"
    assert back.outcomes[0].figures[0].figure.shows_no_gap  # the first one was
