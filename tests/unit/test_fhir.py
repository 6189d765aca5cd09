"""FHIR R4 export: the Questionnaire and each patient's QuestionnaireResponse validate with
the fhir.resources R4B models and carry the answers back unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from decision_aid.consult import Consult
from decision_aid.content import default_content
from decision_aid.fhir import answers_from_response, questionnaire, questionnaire_response
from decision_aid.report import build_pdf
from tests.support.patients import PATIENTS, load, names

ROOT = Path(__file__).resolve().parents[2]
CONTENT = default_content()


def _link_ids(items: list[dict]) -> set[str]:  # type: ignore[type-arg]
    out: set[str] = set()
    for it in items:
        out.add(it["linkId"])
        out |= _link_ids(it.get("item", []))
    return out


def test_the_questionnaire_validates_and_names_every_answer() -> None:
    q = questionnaire(CONTENT)
    Questionnaire.model_validate(q)
    ids = _link_ids(q["item"])
    assert {"condition", "warning_signs", "leaning", "next_step", "worries"} <= ids
    assert {f"priorities.{p.id}" for p in CONTENT.priorities} <= ids
    assert {f"sure.{s.id}" for s in CONTENT.sure} <= ids


@pytest.mark.parametrize("name", names())
def test_each_response_validates_and_round_trips(name: str) -> None:
    answers = load(name).answers
    consult = Consult(next_step="second_opinion", notes="not exported")
    r = questionnaire_response(CONTENT, answers, consult)
    QuestionnaireResponse.model_validate(r)
    assert _link_ids(r["item"]) <= _link_ids(questionnaire(CONTENT)["item"])
    back, back_consult = answers_from_response(json.loads(json.dumps(r)))
    # FHIR carries every answer but which suggested questions the patient unticked
    assert back == answers.model_copy(update={"skipped_questions": []})
    assert back_consult.next_step == "second_opinion"


def test_free_text_is_carried_as_typed() -> None:
    answers = load("arabic_emoji_markup").answers
    text = json.dumps(questionnaire_response(CONTENT, answers), ensure_ascii=False)
    assert (
        "<script>alert(1)</script>"
        in json.loads(text)["item"][0]["item"][-1]["answer"][0]["valueString"]
        or "<script>" in text
    )


@pytest.mark.parametrize("kind", ["json", "pdf"])
def test_command_line_takes_a_save_file_or_a_summary_pdf(tmp_path: Path, kind: str) -> None:
    src = PATIENTS / "fracture_burst.json"
    if kind == "pdf":
        pdf = tmp_path / "summary.pdf"
        pdf.write_bytes(build_pdf(CONTENT, load("fracture_burst").answers))
        src = pdf
    out = tmp_path / "response.json"
    run = subprocess.run(
        [sys.executable, "-m", "decision_aid", "fhir", str(src), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    QuestionnaireResponse.model_validate(json.loads(out.read_text(encoding="utf-8")))
    q = tmp_path / "q.json"
    run = subprocess.run(
        [sys.executable, "-m", "decision_aid", "questionnaire", "-o", str(q)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0
    Questionnaire.model_validate(json.loads(q.read_text(encoding="utf-8")))


def test_command_line_refuses_a_bad_file_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "decision_aid", "fhir", str(bad), "-o", str(tmp_path / "x")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 2 and run.stderr.startswith("error: ")
    assert len(run.stderr.strip().splitlines()) == 1 and not (tmp_path / "x").exists()
