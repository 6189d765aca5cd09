"""The trials of surgery against no surgery are shown only to patients with a condition
they studied: the fusion trials (E40-E42) studied a slipped bone with a narrow canal, so
worn discs, back pain alone and a curved spine see no figures from them."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from decision_aid.answers import Answers
from decision_aid.content import default_content
from decision_aid.not_now import family_content, findings
from decision_aid.present import not_now_words
from decision_aid.report.build import build_pdf
from decision_aid.summary import summarise

CONTENT = default_content()
FUSION_TRIALS = {"E40", "E41", "E42"}
NOT_STUDIED = ["degenerative_disc", "chronic_back_pain", "scoliosis"]


def _pdf_text(a: Answers) -> str:
    return " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(BytesIO(build_pdf(CONTENT, a))).pages
    )


@pytest.mark.parametrize("condition", NOT_STUDIED)
def test_a_condition_the_trials_did_not_study_sees_none_of_their_figures(condition: str) -> None:
    assert CONTENT.conditions[condition].families == ("fusion",)
    assert findings(CONTENT, "fusion", condition) == []
    nn = family_content(CONTENT, "fusion", condition)
    assert nn is not None and nn.elsewhere is not None and not nn.findings
    assert (nn.compared, nn.evidence) == (nn.elsewhere.compared, nn.elsewhere.evidence)
    words = not_now_words(CONTENT, "fusion", condition)
    assert not any(e in words for e in FUSION_TRIALS)
    a = Answers(condition=condition)
    cited = {src.id for src in summarise(CONTENT, a).sources}
    assert not cited & FUSION_TRIALS
    text = _pdf_text(a)
    assert not any(f"[{e}]" in text or f"{e} " in text for e in FUSION_TRIALS), condition
    assert "You chose another problem." in text


def test_the_condition_the_trials_studied_sees_their_figures() -> None:
    shown = findings(CONTENT, "fusion", "spondylolisthesis")
    assert {f.source for f in shown} == FUSION_TRIALS
    a = Answers(condition="spondylolisthesis")
    assert {src.id for src in summarise(CONTENT, a).sources} >= FUSION_TRIALS
    assert "You chose another problem." not in _pdf_text(a)


def test_every_other_family_shows_its_trials_to_each_of_its_conditions() -> None:
    for cond in CONTENT.conditions.values():
        if cond.id in NOT_STUDIED or cond.id == "not_sure":
            continue
        for family in cond.families:
            assert findings(CONTENT, family, cond.id) == findings(CONTENT, family, None), cond.id
