"""Shared fixtures: the real content, and a scratch copy of data/ to break."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from decision_aid.content import DATA_DIR, default_content
from decision_aid.models import Content


@pytest.fixture(scope="session")
def content() -> Content:
    """The project's own content, loaded once."""
    return default_content()


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A private copy of data/ (without the examples) that a test may edit freely."""
    dest = tmp_path / "data"
    shutil.copytree(DATA_DIR, dest, ignore=shutil.ignore_patterns("examples", "fonts"))
    return dest
