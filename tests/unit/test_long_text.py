"""Free text longer than the aid keeps is never cut in silence: the app, the command line
and the PDF say what was shortened."""

from __future__ import annotations

import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from decision_aid.answers import MAX_QUESTIONS, MAX_TEXT
from decision_aid.content import default_content
from decision_aid.report import build_pdf
from decision_aid.savefile import FORMAT, VERSION, load_any_noting

ROOT = Path(__file__).resolve().parents[2]
NOTE = "Some of your words were longer than this tool keeps"


def _file(**answers: object) -> bytes:
    doc = {"format": FORMAT, "version": VERSION, "answers": answers}
    return json.dumps(doc).encode("utf-8")


def test_a_long_text_is_kept_up_to_the_limit_and_noted() -> None:
    loaded = load_any_noting(_file(notes="x" * (MAX_TEXT + 10), worries="short"))
    assert len(loaded.answers.notes) == MAX_TEXT
    assert loaded.shortened == ("notes",)


def test_too_many_questions_are_noted() -> None:
    loaded = load_any_noting(_file(own_questions=[f"q{i}" for i in range(MAX_QUESTIONS + 3)]))
    assert len(loaded.answers.own_questions) == MAX_QUESTIONS
    assert loaded.shortened == ("own_questions",)


def test_nothing_is_noted_when_nothing_was_cut() -> None:
    assert load_any_noting(_file(notes="x" * MAX_TEXT)).shortened == ()


def test_the_pdf_says_what_was_shortened() -> None:
    loaded = load_any_noting(_file(worries="y" * (MAX_TEXT + 1)))
    pdf = build_pdf(default_content(), loaded.answers, shortened=loaded.shortened)
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert NOTE in " ".join(text.split())


def test_the_command_line_says_what_was_shortened(tmp_path: Path) -> None:
    src = tmp_path / "long.json"
    src.write_bytes(_file(worries="z" * (MAX_TEXT + 1)))
    out = tmp_path / "s.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "decision_aid", "summary", str(src), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert run.returncode == 0 and out.exists()
    assert NOTE in run.stderr and "your worries" in run.stderr
