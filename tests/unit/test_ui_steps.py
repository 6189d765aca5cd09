from __future__ import annotations

from pathlib import Path

import pytest

from ui.steps import STEPS, index_of

ROOT = Path(__file__).resolve().parents[2]


def test_ten_steps_each_with_a_page_file() -> None:
    assert len(STEPS) == 10
    for s in STEPS:
        assert (ROOT / s.path).is_file(), s.path
    assert STEPS[0].title == "Welcome"
    assert STEPS[-1].title == "Summary"


def test_index_of() -> None:
    assert index_of("app_pages/compare.py") == 3
    with pytest.raises(ValueError, match="not a step"):
        index_of("app_pages/nope.py")


def test_pages_stay_thin() -> None:
    """Pages read state, call decision_aid and render: no arithmetic-heavy logic."""
    for s in STEPS:
        lines = (ROOT / s.path).read_text(encoding="utf-8").splitlines()
        assert len(lines) < 120, f"{s.path} has {len(lines)} lines"
