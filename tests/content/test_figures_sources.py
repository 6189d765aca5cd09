"""data/figures.csv and data/sources.yaml: the published evidence, cited in full."""

from __future__ import annotations

import csv
import re

import pytest

from decision_aid.check import Report, check_plain_sources, unsourced_numbers
from decision_aid.content import DATA_DIR, default_content
from decision_aid.models import FAMILIES, Content, Source

FIGURES_CSV = DATA_DIR / "figures.csv"
HEADER = "family,outcome,kind,mis,open,difference,ci_low,ci_high,unit,when,source,note"
PUBLISHED_ROWS = 75  # the rows of the project's checked evidence table

DOI = re.compile(r"^10\.\d{4,9}/\S+$")
PMID = re.compile(r"^\d{6,9}$")
# A full citation: authors or journal, then a journal and a year, e.g.
# "Sun, Li, Zhao, Qiu. Chin Med J 2013;126(20):3962".
FULL_CITATION = re.compile(r"^[A-Z][^.]*\.\s+\S.*\b(19|20)\d{2}\b")

_content = default_content()
CITED = sorted(
    {f.source for f in _content.figures} | {f.source for f in _content.option_figures},
    key=lambda s: int(s[1:]),
)
STUDIES = sorted((s for s in _content.sources.values() if s.kind == "study"), key=lambda s: s.id)


def rows() -> list[list[str]]:
    with FIGURES_CSV.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_header_is_exact() -> None:
    assert FIGURES_CSV.read_text(encoding="utf-8").splitlines()[0] == HEADER
    assert ",".join(rows()[0]) == HEADER


def test_exactly_the_published_rows() -> None:
    data = rows()[1:]
    assert len(data) == PUBLISHED_ROWS
    assert all(len(r) == len(HEADER.split(",")) for r in data)
    assert len({tuple(r) for r in data}) == len(data), "a row is repeated"
    assert len(_content.figures) == PUBLISHED_ROWS  # every row loads as a figure


def test_no_blank_lines_or_stray_whitespace() -> None:
    lines = FIGURES_CSV.read_text(encoding="utf-8").splitlines()
    assert all(line.strip() for line in lines)
    for r in rows():
        assert all(cell == cell.strip() for cell in r), r


@pytest.mark.parametrize("sid", CITED)
def test_every_figure_cites_a_known_study(sid: str, content: Content) -> None:
    assert re.fullmatch(r"E\d{1,2}", sid)
    assert sid in content.sources
    assert content.sources[sid].kind == "study"


def _traceable(src: Source) -> bool:
    return bool(
        (src.doi and DOI.match(src.doi))
        or (src.pmid and PMID.match(src.pmid))
        or FULL_CITATION.match(src.citation)
    )


@pytest.mark.parametrize("src", STUDIES, ids=lambda s: s.id)
def test_every_study_has_a_doi_pmid_or_full_citation(src: Source) -> None:
    assert _traceable(src), src
    if src.doi:
        assert DOI.match(src.doi), src.doi
    if src.pmid:
        assert PMID.match(src.pmid), src.pmid
    assert src.population and src.design and src.strength


# The evidence review's terms for surgeons: a patient reads the source's plain description.
SURGEONS_TERMS = re.compile(
    r"\b(RCTs?|ITT|TLIF|GRADE|cohorts?|meta-analysis|retrospective|prospective|as-treated|"
    r"spondylolisthesis|spondylosis|stenosis|discectomy|laminectomy|foraminotomy|"
    r"thoracolumbar|percutaneous|endoscopic|metastatic|metastases|interbody|"
    r"intraspinal|registry|multicentre|decompression|radiculopathy|herniation)\b",
    re.IGNORECASE,
)
DESCRIBED = sorted(
    (s for s in _content.sources.values() if s.population or s.design), key=lambda s: s.id
)


@pytest.mark.parametrize("src", DESCRIBED, ids=lambda s: s.id)
def test_every_source_is_described_in_plain_words(src: Source) -> None:
    assert src.who, f"{src.id} has no plain description (who)"
    assert not SURGEONS_TERMS.search(src.who), SURGEONS_TERMS.search(src.who)
    assert unsourced_numbers(src) == [], "a number the evidence review does not give"


def test_a_plain_description_may_not_add_a_number() -> None:
    src = Source(
        id="E99", kind="study", citation="x", population="fusion", design="RCT, 2,139 patients"
    )
    assert unsourced_numbers(src.model_copy(update={"who": "2,139 people; 12 months"})) == ["12"]
    # the same number twice needs it twice in the source
    twice = src.model_copy(update={"who": "2139 people, then 2139 again"})
    assert unsourced_numbers(twice) == ["2139"]
    assert unsourced_numbers(src.model_copy(update={"who": "people who had a fusion"})) == []


def test_the_content_check_names_a_source_without_plain_words() -> None:
    r = Report()
    bare = Source(id="E99", kind="study", citation="x", population="p", design="d")
    check_plain_sources(_content.model_copy(update={"sources": {"E99": bare}}), r)
    assert r.problems == ["source E99: no plain description (who)"]


def test_the_traceability_check_can_fail() -> None:
    vague = Source(id="E99", kind="study", citation="A study of spines")
    assert not _traceable(vague)
    assert _traceable(Source(id="E99", kind="study", citation="x", doi="10.1000/abc"))


def test_every_study_is_used_by_a_figure(content: Content) -> None:
    studies = {s.id for s in content.sources.values() if s.kind == "study"}
    assert set(CITED) == studies


def test_source_ids_match_their_kind(content: Content) -> None:
    for sid, src in content.sources.items():
        assert src.id == sid
        assert (sid[0] == "S") == (src.kind == "document")
        assert src.kind != "guidance" or not any(f.source == sid for f in content.figures)


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_has_figures(content: Content, family: str) -> None:
    assert content.figures_for(family)


def test_every_condition_maps_to_a_family(content: Content) -> None:
    for cond in content.conditions.values():
        assert cond.families, cond.id
        assert set(cond.families) <= set(FAMILIES)
        assert len(cond.families) == len(set(cond.families))
    mapped = {f for c in content.conditions.values() for f in c.families}
    assert mapped == set(FAMILIES), "a family no condition leads to"


def test_every_figure_outcome_belongs_to_its_tradeoff(content: Content) -> None:
    for f in content.figures:
        outcome = content.outcomes[f.outcome]
        assert f.outcome in content.tradeoffs[outcome.tradeoff].outcomes, f


def test_rate_outcomes_have_rate_figures(content: Content) -> None:
    """An outcome drawn as an icon array only has pairs of rates per 100."""
    for f in content.figures:
        if content.outcomes[f.outcome].chart == "rate" and f.kind == "pair":
            assert f.is_rate, f
            assert f.mis is not None and f.open is not None
            assert 0 <= f.mis <= 100 and 0 <= f.open <= 100


def test_likely_ranges_contain_the_estimate(content: Content) -> None:
    for f in content.figures:
        if f.ci_low is not None or f.ci_high is not None:
            assert f.ci_low is not None and f.ci_high is not None, f
            assert f.ci_low <= f.ci_high, f
            assert f.difference is not None and f.ci_low <= f.difference <= f.ci_high, f


def test_a_study_whose_design_is_listed_two_ways_is_not_labelled_strong(content: Content) -> None:
    """E51 is indexed both as a randomised trial and as retrospective: its plain words say
    the design is unclear, so its label may not say "trials in which chance picked"."""
    unclear = [s for s in content.sources.values() if "inconsistent" in (s.design or "")]
    assert [s.id for s in unclear] == ["E51"]
    for src in unclear:
        assert src.strength == "weaker", src.id
        assert "design is unclear" in (src.who or "")


def test_no_strong_label_beside_the_authors_low_certainty(content: Content) -> None:
    """A randomised design whose own authors rate it low or very low in certainty, or at
    high risk of bias, is labelled medium, not strong (data/sources.yaml)."""
    low = re.compile(r"\b(low|very low)\b.*\b(certainty|quality)\b|high risk of bias")
    strong = [s.id for s in content.sources.values() if s.strength == "stronger"]
    assert strong, "the check can fail: there are strong sources"
    for sid in strong:
        note = content.sources[sid].quality_note or ""
        assert not low.search(note), (sid, note)


def test_a_verdict_is_not_weak_when_all_its_studies_are_strong(content: Content) -> None:
    """A row read "Points towards open surgery (weak studies)" beside "[E18, strong]"."""
    checked = 0
    for t in content.ordered_tradeoffs():
        for fam, fe in t.by_family.items():
            figs = [f for f in content.figures_for(fam) if f.outcome in t.outcomes]
            labels = {content.sources[f.source].strength for f in figs}
            if figs and labels == {"stronger"}:
                checked += 1
                assert fe.strength != "weak", (t.key, fam)
    assert checked, "the check can fail: some rows rest on strong studies only"


@pytest.mark.parametrize("family", FAMILIES)
def test_an_overall_verdict_shown_to_a_family_carries_no_other_familys_number(
    content: Content, family: str
) -> None:
    """Where a family has no entry of its own and sees the overall verdict, the verdict
    may hold no number: every number comes from one family's study, with its source (the
    switch-to-open verdict had said one fusion surgeon's '90 cases' to every family)."""
    for tr in content.tradeoffs.values():
        ev = tr.evidence_for(family, "not measured")
        if ev.note == tr.evidence.verdict:
            assert not re.search(r"\d", ev.note), (tr.key, family, ev.note)
