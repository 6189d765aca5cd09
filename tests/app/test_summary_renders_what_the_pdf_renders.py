"""Any save file the PDF accepts, the Summary step renders too (one encoder, one summary)."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from decision_aid.content import default_content
from decision_aid.report import build_pdf
from decision_aid.savefile import load_any, loads, to_bytes
from tests.app.conftest import go, texts

EXAMPLE = Path(__file__).resolve().parents[2] / "data" / "examples" / "pass" / "savefile_full.json"


def _with_lone_surrogate() -> bytes:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["answers"]["worries"] = "before \ud800 after"
    return json.dumps(doc).encode("ascii")  # "\\ud800" is valid JSON, not valid UTF-8


def test_a_lone_surrogate_goes_through_the_one_encoder() -> None:
    answers = loads(_with_lone_surrogate())
    data = to_bytes(answers)
    assert loads(data).worries == "before \ufffd after"
    pdf = build_pdf(default_content(), answers)
    assert load_any(pdf).worries == "before \ufffd after"  # the same encoder inside the PDF


def test_the_summary_step_renders_a_file_the_pdf_renders(at: AppTest) -> None:
    answers = loads(_with_lone_surrogate())
    build_pdf(default_content(), answers)  # the PDF accepts it
    at.session_state["answers"] = answers
    go(at, "summary")
    assert not at.error
    assert "before" in texts(at)
