"""decision_aid.evidence: real rows of data/figures.csv in words, their direction, agreement."""

from __future__ import annotations

import re

import pytest

from decision_aid.compare import comparison
from decision_aid.content import default_content
from decision_aid.evidence import (
    citation,
    claim_line,
    direction,
    disagree,
    phrase,
    show,
    sources_for,
)
from decision_aid.models import Content, Figure, Source
from tests.support.numbers import assert_about_where_rounded, numbers, reads_as

CONTENT = default_content()
FIGURES = CONTENT.figures


def row(family: str, outcome: str, source: str) -> Figure:
    """The one real row of figures.csv for this family, outcome and source."""
    found = [f for f in FIGURES if (f.family, f.outcome, f.source) == (family, outcome, source)]
    assert len(found) == 1, (family, outcome, source, found)
    return found[0]


# (family, outcome, source) of a real row -> its phrase, one or more rows per kind.
PHRASES = [
    # difference, with a likely range on one side of zero
    (("fusion", "blood_loss", "E2"), "about 270 mL less with MIS (likely range 246 to 293)"),
    (("fusion", "blood_loss", "E1"), "260 mL less with MIS"),
    (
        ("fusion", "hospital_stay", "E3"),
        "about 2.1 days shorter with MIS (likely range 1.5 to 2.8)",
    ),
    (("fusion", "operating_time", "E2"), "21 minutes longer with MIS (likely range 16 to 26)"),
    (("fracture", "operating_time", "E24"), "19 minutes shorter with MIS"),
    # difference whose likely range crosses zero
    (
        ("fusion", "operating_time", "E3"),
        "0.35 minutes shorter with MIS (likely range from 21 shorter to 20 longer)",
    ),
    # difference in seconds of X-ray, in US dollars, and with the direction in the unit
    (
        ("fusion", "radiation_time", "E2"),
        "about 25 seconds more X-ray time with MIS (likely range 22 to 29)",
    ),
    (("fusion", "cost_hospital", "E11"), "1,758 US dollars less with MIS"),
    (("fusion", "cost_societal_2y", "E11"), "9,295 US dollars less with MIS"),
    (
        ("fusion", "function_odi_extra_improvement", "E2"),
        "3.2 points more gain in daily function with MIS, on a 0 to 100 disability score"
        " (likely range 1.5 to 5)",
    ),
    (
        ("discectomy", "leg_pain_2y", "E17"),
        "3.3 points more leg pain with tube surgery, on a 0 to 100 scale (likely range 0.2 to 6.2)",
    ),
    # pair: rates per 100, amounts, and counts of patients
    (("fusion", "transfusion", "E12"), "0 in 100 with MIS, 17 in 100 with open surgery"),
    (("discectomy", "csf_leak", "E15"), "4.7 in 100 with MIS, 9 in 100 with open surgery"),
    (("decompression", "satisfaction", "E19"), "84 in 100 with MIS, 75.4 in 100 with open surgery"),
    (("fusion", "blood_loss", "E7"), "about 109 mL with MIS, about 300 mL with open surgery"),
    (("fusion", "hospital_stay", "E13"), "3 days with MIS, 5.5 days with open surgery"),
    (
        ("fusion", "opioids_in_hospital", "E9"),
        "167 mg of strong pain pills (as morphine) with MIS,"
        " 255 mg of strong pain pills (as morphine) with open surgery",
    ),
    (
        ("fusion", "complications", "E12"),
        "4 of 37 had a complication with MIS (about 11 in 100)."
        " With open surgery, 12 of 41 did (about 29 in 100)",
    ),
    # odds ratio, relative risk, ratio and a single value
    (
        ("fusion", "infection", "E2"),
        "odds 0.3 times those with open surgery (likely range 0.1 to 0.9)",
    ),
    (("fusion", "revision_or_readmission", "E6"), "odds 2.59 times those with open surgery"),
    (
        ("discectomy", "recurrence", "E18"),
        "risk 1.95 times that with open surgery (likely range 1.19 to 3.19)",
    ),
    (
        ("tumour", "complications", "E23"),
        "risk 0.4 times that with open surgery (likely range 0.25 to 0.64)",
    ),
    (("fusion", "cost_ratio", "E12"), "open surgery cost 1.28 times as much as MIS"),
    (("fusion", "learning_curve_cases", "E14"), "about 44 operations"),
    # findings in words only
    (("fusion", "hospital_stay", "E4"), "no clear gap"),
    (("fusion", "radiation_time", "E8"), "more with MIS (no number given)"),
    (("fusion", "pain_day_7", "E8"), "less with MIS (no number given)"),
    (("fusion", "leg_pain_day_3", "E10"), "less with open surgery (no number given)"),
]


@pytest.mark.parametrize(("key", "text"), PHRASES, ids=["/".join(k) for k, _ in PHRASES])
def test_phrase_of_a_real_row(key: tuple[str, str, str], text: str) -> None:
    assert phrase(row(*key), CONTENT) == text


@pytest.mark.parametrize("note", ["0 MIS / 41 open", "3 MIS / 41 open", "", "about 40 people"])
def test_counts_whose_groups_are_missing_or_too_small_are_not_said_per_100(note: str) -> None:
    """4 of 0, or 4 of 3, cannot be worked out per 100 (and the content check fails on
    it: tests/unit/test_check.py); the phrase never divides by a wrong group."""
    f = row("fusion", "complications", "E12").model_copy(update={"note": note})
    assert phrase(f, CONTENT) == "4 with MIS, 12 with open surgery had a complication"


@pytest.mark.parametrize(
    ("mis", "n_mis", "expected"),
    [
        (5, 50, "5 of 50 had a complication with MIS (10 in 100)"),  # exact: no "about"
        (0, 37, "0 of 37 had a complication with MIS (0 in 100)"),
        (1, 250, "1 of 250 had a complication with MIS (0.4 in 100)"),  # never "0"
        (1, 8, "1 of 8 had a complication with MIS (about 13 in 100)"),  # a half goes up
        (3, 37, "3 of 37 had a complication with MIS (about 8.1 in 100)"),
    ],
)
def test_counts_per_100_are_rounded_as_amounts_are(mis: int, n_mis: int, expected: str) -> None:
    f = row("fusion", "complications", "E12").model_copy(
        update={"mis": mis, "note": f"{n_mis} MIS / 41 open"}
    )
    assert phrase(f, CONTENT).startswith(expected + ". With open surgery, 12 of 41 did")


def test_two_amounts_that_would_round_the_same_are_said_as_published() -> None:
    f = row("fusion", "blood_loss", "E7").model_copy(update={"mis": 9.96, "open": 10.04})
    assert phrase(f, CONTENT).startswith("9.96 mL with MIS, 10.04 mL with open surgery")


def test_every_kind_in_figures_csv_is_phrased_above() -> None:
    covered = {row(*key).kind for key, _ in PHRASES}
    assert covered == {f.kind for f in FIGURES}


def _published(f: Figure) -> set[float]:
    values = [f.mis, f.open, f.difference, f.ci_low, f.ci_high]
    return {abs(v) for v in values if v is not None}


def _worked_out_per_100(f: Figure) -> set[float]:
    """Counts out of two groups ("4" of "37 MIS") are also said per 100 people, worked
    out from the row itself (said rounded, as amounts are)."""
    groups = re.fullmatch(r"(\d+) MIS / (\d+) open", f.note)
    if not groups or f.mis is None or f.open is None:
        return set()
    return {100 * f.mis / int(groups[1]), 100 * f.open / int(groups[2])}


@pytest.mark.parametrize("f", FIGURES, ids=lambda f: f"{f.family}/{f.outcome}/{f.source}")
def test_phrase_invents_no_number(f: Figure) -> None:
    """Every number in a phrase is a value of its row (or a number in its unit text)."""
    text = phrase(f, CONTENT)
    assert text and "None" not in text and "finding not stated" not in text
    # group sizes such as "37 MIS / 41 open" are part of the same published row
    plain_unit = CONTENT.plain.get(f.unit, "")
    allowed = _published(f) | set(numbers(f.unit)) | set(numbers(plain_unit))
    allowed |= set(numbers(f.note)) | {100.0}
    allowed |= _worked_out_per_100(f)
    said = numbers(text)
    for n in said:
        assert any(reads_as(n, v) for v in allowed), (text, n, allowed)
    # ... and every published value of the row is in the phrase.
    for v in _published(f):
        assert any(reads_as(n, v) for n in said), (text, v)
    # a number said otherwise than published is said with "about" just before it
    assert_about_where_rounded(text, allowed)


# --- direction and agreement ----------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (("fusion", "blood_loss", "E2"), "lower_with_mis"),
        (("fusion", "blood_loss", "E12"), "lower_with_mis"),  # pair 200 vs 798
        (("fusion", "operating_time", "E2"), "higher_with_mis"),
        (("fusion", "operating_time", "E3"), "no_difference"),  # range crosses zero
        (("fusion", "hospital_stay", "E7"), "no_difference"),  # "not significant" note
        (("fusion", "hospital_stay", "E4"), "no_difference"),
        (("fusion", "fusion_rate", "E6"), "no_difference"),  # note "no difference"
        (("fusion", "infection", "E2"), "lower_with_mis"),  # odds ratio 0.3
        (("fusion", "revision_or_readmission", "E6"), "higher_with_mis"),  # odds ratio 2.59
        (("tumour", "reintervention", "E21"), "no_difference"),  # range crosses 1
        (("discectomy", "recurrence", "E18"), "higher_with_mis"),
        (("fusion", "cost_ratio", "E12"), "lower_with_mis"),  # open costs 1.28 x MIS
        (("fusion", "radiation_time", "E4"), "higher_with_mis"),
        (("fusion", "pain_day_7", "E8"), "lower_with_mis"),
        (("fusion", "leg_pain_day_3", "E10"), "higher_with_mis"),  # less with open
        (("fusion", "learning_curve_cases", "E14"), "no_difference"),  # a single value
    ],
    ids=lambda v: "/".join(v) if isinstance(v, tuple) else v,
)
def test_direction_of_a_real_row(key: tuple[str, str, str], expected: str) -> None:
    assert direction(row(*key)) == expected


@pytest.mark.parametrize(
    ("family", "outcome", "expected"),
    [
        ("fusion", "hospital_stay", True),
        ("fusion", "operating_time", True),
        ("fusion", "complications", True),
        ("fusion", "blood_loss", False),
        ("fusion", "radiation_time", False),
        ("tumour", "complications", False),
        ("discectomy", "blood_loss", False),
    ],
)
def test_disagree(content: Content, family: str, outcome: str, expected: bool) -> None:
    figs = content.figures_for(family, outcome)
    assert figs
    assert disagree(figs) is expected


def test_one_figure_or_none_never_disagrees(content: Content) -> None:
    assert not disagree([])
    assert all(not disagree([f]) for f in content.figures)


# --- show() and citations --------------------------------------------------------------


def test_show_adds_when_note_source_and_strength(content: Content) -> None:
    s = show(content, row("fusion", "hospital_stay", "E7"))
    assert s.text == (
        "2.9 days with MIS, 3.3 days with open surgery; after surgery; the difference may be chance"
    )
    assert s.help == ""
    ratio = show(content, row("fusion", "infection", "E2"))
    assert ratio.help == content.texts["ratio_help"]
    assert ratio.text.endswith("; low-quality evidence")
    assert s.source.id == "E7"
    assert s.strength == CONTENT.texts["strength_weaker"]
    assert s.citation.startswith("[E7] Chan AK et al.")


def test_show_starts_with_a_capital(content: Content) -> None:
    for f in content.figures:
        text = show(content, f).text
        assert text[0] == text[0].upper()


def test_show_keeps_the_authors_quality_words(content: Content) -> None:
    s = show(content, row("fusion", "blood_loss", "E2"))
    assert s.strength == f"{CONTENT.texts['strength_moderate']} (the authors rated it low quality)"


def test_citation_prefers_doi_then_pmid() -> None:
    both = Source(id="E1", kind="study", citation="A. J 2020", doi="10.1/x", pmid="123")
    pmid = Source(id="E2", kind="study", citation="B. J 2021", pmid="456")
    bare = Source(id="S1", kind="document", citation="Surgery explained")
    assert citation(CONTENT, both) == "[E1] A. J 2020, doi:10.1/x."
    assert citation(CONTENT, pmid) == "[E2] B. J 2021, PMID 456."
    assert citation(CONTENT, bare) == "[S1] Surgery explained (clinic patient-education page)."


def test_citation_says_who_was_studied_in_plain_words(content: Content) -> None:
    assert citation(CONTENT, content.sources["E2"]) == (
        "[E2] Park, Seok, Lee, Ha. Yonsei Med J 2018;59(4):524-38, PMID 29749136. "
        "Studied: fusion for a slipped bone or worn joints. 9 studies where chance did not "
        "pick the operation."
    )
    guidance = citation(CONTENT, content.sources["E55"])
    assert "About this advice: for family doctors, on leg pain" in guidance
    # the evidence review's own terms stay in the data, not in what a patient reads
    assert "prospective cohorts" not in citation(CONTENT, content.sources["E2"])
    assert "Studied:" not in citation(CONTENT, content.sources["S1"])


@pytest.mark.parametrize("family", ["fusion", "discectomy", "decompression", "fracture"])
def test_a_claim_about_tumours_is_not_read_to_other_patients(content: Content, family: str) -> None:
    """One clinic page's claim on recurrence is about tumours: a patient having another
    kind of operation is told so, in the Compare step, the PDF and every rendered row."""
    for row in comparison(content, family):
        line = claim_line(content, row.tradeoff, family)
        assert "tumour coming back" not in line
        if row.tradeoff.key == "recurrence":
            assert "only about tumour surgery, not your kind of operation" in line


def test_a_claim_about_tumours_is_read_to_tumour_patients(content: Content) -> None:
    row = next(r for r in comparison(content, "tumour") if r.tradeoff.key == "recurrence")
    line = claim_line(content, row.tradeoff, "tumour")
    assert "tumour coming back" in line and "not backed by studies" in line


@pytest.mark.parametrize("family", ["discectomy", "decompression", "tumour", "fracture"])
def test_a_verdict_from_fusion_studies_is_not_given_to_other_patients(
    content: Content, family: str
) -> None:
    """X-ray time and long-term results were measured in fusion studies only: other
    patients read that it was not measured for their kind of operation, not the fusion
    verdict, and their sources leave the fusion studies out."""
    for key in ("radiation", "evidence"):
        row = next(r for r in comparison(content, family) if r.tradeoff.key == key)
        line = claim_line(content, row.tradeoff, family)
        assert line.endswith("For your kind of operation: not measured in studies."), line
        assert not row.evidence.measured
        assert sources_for(content, row.tradeoff.sources, family) == ("S2",)


def test_the_fusion_verdict_is_given_to_fusion_patients(content: Content) -> None:
    for key in ("radiation", "evidence"):
        row = next(r for r in comparison(content, "fusion") if r.tradeoff.key == key)
        assert claim_line(content, row.tradeoff, "fusion").endswith(
            "For your kind of operation: backed by studies."
        )
        assert "E8" in sources_for(content, row.tradeoff.sources, "fusion")


def test_awake_surgery_is_backed_for_disc_surgery_only(content: Content) -> None:
    """Awake disc surgery under numbing medicine was studied (E51, E54); canal surgery and
    some fusions under spinal anaesthesia, open or MIS (E48): partly; tumour and fracture
    surgery: not measured. Overall: partly."""
    t = content.tradeoffs["anaesthesia"]
    assert claim_line(content, t, "discectomy").endswith("operation: backed by studies.")
    for family in ("fusion", "decompression"):
        assert claim_line(content, t, family).endswith("partly backed by studies."), family
    for family in ("tumour", "fracture"):
        assert claim_line(content, t, family).endswith("not measured in studies."), family
    for family in ("fusion", "decompression", "tumour", "fracture"):
        assert not {"E51", "E54"} & set(sources_for(content, t.sources, family))
    assert claim_line(content, t).endswith("In all: partly backed by studies.")


def test_sources_for_keeps_documents_and_pooled_studies_for_the_kinds_they_pooled(
    content: Content,
) -> None:
    # a clinic page, fusion, disc, and a review that pooled disc, canal and fusion operations
    ids = ("S1", "E1", "E18", "E46")
    assert sources_for(content, ids, "fusion") == ("S1", "E1", "E46")
    assert sources_for(content, ids, "discectomy") == ("S1", "E18", "E46")
    assert sources_for(content, ids, "decompression") == ("S1", "E46")
    # low-back disc, canal and fusion operations say nothing about tumour or fracture
    # surgery, nor about an operation not known yet
    assert sources_for(content, ids, "tumour") == ("S1",)
    assert sources_for(content, ids, "fracture") == ("S1",)
    assert sources_for(content, ids, None) == ("S1",)


def test_a_review_of_low_back_operations_is_cited_for_those_kinds_only(content: Content) -> None:
    """E48 has rows for disc and canal surgery and for the pooled low-back operations (it
    also covered some fusions): it is cited to disc, canal and fusion patients, and never
    to a tumour or fracture patient (EVIDENCE.md: "lumbar_mixed" pooled disc, canal and
    fusion operations)."""
    for family in ("fusion", "discectomy", "decompression"):
        assert "E48" in sources_for(content, ("E48", "E51"), family)
    for family in ("tumour", "fracture", None):
        assert sources_for(content, ("E48", "E51"), family) == ()
    assert sources_for(content, ("E48", "E51"), "fusion") == ("E48",)
    # E49 pooled in the same rows but studied laminectomy and discectomy only: no fusion
    assert sources_for(content, ("E48", "E49"), "decompression") == ("E48", "E49")
    assert sources_for(content, ("E48", "E49"), "fusion") == ("E48",)
