"""The layers stay apart: the domain draws nothing, pages stay thin."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WEB_ONLY = ("streamlit", "plotly")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


DOMAIN = sorted((ROOT / "decision_aid").rglob("*.py"))


@pytest.mark.parametrize("path", DOMAIN, ids=lambda p: str(p.relative_to(ROOT)))
def test_domain_imports_no_web_library(path: Path) -> None:
    bad = {n for n in _imports(path) if n.split(".")[0] in WEB_ONLY}
    bad |= {n for n in _imports(path) if n.split(".")[0] in ("ui", "app_pages", "app")}
    assert not bad, f"{path.name} imports {sorted(bad)}: the domain must not draw"


def test_the_check_sees_every_domain_module() -> None:
    assert len(DOMAIN) > 10


@pytest.mark.parametrize(
    "path",
    sorted(
        [
            *(ROOT / "decision_aid").rglob("*.py"),
            *(ROOT / "ui").glob("*.py"),
            *(ROOT / "app_pages").glob("*.py"),
        ]
    ),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_modules_stay_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= 300, f"{path.name} has {lines} lines: split it by concern"
