"""What a patient sees, frozen: the text of every step and of every example PDF.

A change of structure must leave these unchanged. A change of content updates them on
purpose: ``UPDATE_SNAPSHOTS=1 python -m pytest tests/snapshots``, then read the diff.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from pathlib import Path

import pytest

from decision_aid.content import default_content
from decision_aid.report import build_pdf
from decision_aid.savefile import loads
from tests.snapshots.render import PAGES, patients, pdf_text, step_text

HERE = Path(__file__).resolve().parent
UPDATE = os.environ.get("UPDATE_SNAPSHOTS") == "1"
TODAY = dt.date(2026, 11, 21)


# Two full stops in a row, not an ellipsis: a template adding "." to a text that ends
# with one (it happened to "Written by: ... summary.. Checked by: ...").
DOUBLED_STOP = re.compile(r"(?<![.])\.\.(?![.])")


def _one_stop(actual: str) -> None:
    found = DOUBLED_STOP.search(actual)
    assert found is None, (
        f"two full stops: {actual[max(0, found.start() - 80) : found.end() + 40]!r}"
    )


def _compare(actual: str, path: Path) -> None:
    _one_stop(actual)
    if UPDATE or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"{path.name} had no snapshot; one was written. Run again.")
        return
    expected = path.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(True), actual.splitlines(True), "snapshot", "now", n=1
            )
        )
        pytest.fail(f"{path} differs:\n{diff[:6000]}")


def _answers(name: str):
    path = patients()[name]
    return None if path is None else loads(path.read_bytes())


@pytest.mark.parametrize("patient", list(patients()))
@pytest.mark.parametrize("page", PAGES)
def test_step_text(patient: str, page: str) -> None:
    _compare(step_text(_answers(patient), page), HERE / "steps" / patient / f"{page}.txt")


@pytest.mark.parametrize("patient", list(patients()))
def test_pdf_text(patient: str) -> None:
    from decision_aid.answers import Answers

    answers = _answers(patient) or Answers()
    pdf = build_pdf(default_content(), answers, today=TODAY)
    _compare(pdf_text(pdf), HERE / "pdf" / f"{patient}.txt")
