"""``python -m decision_aid summary``: a PDF from a save file, or one plain error line."""

from __future__ import annotations

import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader

from decision_aid.content import DATA_DIR
from decision_aid.savefile import FORMAT, load_any, loads

ROOT = DATA_DIR.parent
EXAMPLE = DATA_DIR / "examples" / "patients" / "herniated_disc_scar_leaning_mis.json"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "decision_aid", "summary", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_writes_the_summary_pdf(tmp_path: Path, paper: str) -> None:
    out = tmp_path / "summary.pdf"
    result = run(str(EXAMPLE), "-o", str(out), "--paper", paper)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF")
    width = round(float(PdfReader(BytesIO(pdf)).pages[0].mediabox.width))
    assert width == {"a4": 595, "letter": 612}[paper]
    assert load_any(pdf) == loads(EXAMPLE.read_bytes())


def test_reads_a_summary_pdf_too(tmp_path: Path) -> None:
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    assert run(str(EXAMPLE), "-o", str(first)).returncode == 0
    result = run(str(first), "-o", str(second))
    assert result.returncode == 0, result.stderr
    assert load_any(second.read_bytes()) == loads(EXAMPLE.read_bytes())


def test_missing_file(tmp_path: Path) -> None:
    line = assert_one_line_error(run(str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.pdf")))
    assert "no such file" in line
    assert not (tmp_path / "x.pdf").exists()


def test_not_json(tmp_path: Path) -> None:
    src = tmp_path / "notes.txt"
    src.write_text("these are not answers\n", encoding="utf-8")
    line = assert_one_line_error(run(str(src), "-o", str(tmp_path / "x.pdf")))
    assert "not a save file" in line


def test_invalid_save_file(tmp_path: Path) -> None:
    src = tmp_path / "bad.json"
    doc = {"format": FORMAT, "version": 1, "answers": {"leaning": "maybe", "priorities": {}}}
    src.write_text(json.dumps(doc), encoding="utf-8")
    line = assert_one_line_error(run(str(src), "-o", str(tmp_path / "x.pdf")))
    assert "problem" in line


def test_pdf_without_answers(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    src = tmp_path / "other.pdf"
    src.write_bytes(bytes(pdf.output()))
    line = assert_one_line_error(run(str(src), "-o", str(tmp_path / "x.pdf")))
    assert "does not carry saved answers" in line


def test_damaged_pdf(tmp_path: Path) -> None:
    src = tmp_path / "broken.pdf"
    src.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    line = assert_one_line_error(run(str(src), "-o", str(tmp_path / "x.pdf")))
    assert "does not carry saved answers" in line


def test_a_folder_is_not_a_save_file(tmp_path: Path) -> None:
    assert_one_line_error(run(str(tmp_path), "-o", str(tmp_path / "x.pdf")))


def test_output_that_cannot_be_written(tmp_path: Path) -> None:
    line = assert_one_line_error(run(str(EXAMPLE), "-o", str(tmp_path / "no" / "dir" / "x.pdf")))
    assert "cannot be written" in line
