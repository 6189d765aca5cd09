from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from ui.steps import STEPS

# page names ("welcome", ...) in journey order
PAGES = tuple(step.path.removeprefix("app_pages/").removesuffix(".py") for step in STEPS)
APP = str(Path(__file__).resolve().parents[2] / "app.py")


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception
    return app


def go(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """All the text an AppTest run shows, joined (markdown, captions, alerts, headers)."""
    parts: list[str] = []
    for kind in (
        "markdown",
        "caption",
        "info",
        "warning",
        "success",
        "error",
        "header",
        "subheader",
        "title",
        "text",
    ):
        parts.extend(str(e.value) for e in at.get(kind))
    return "\n".join(parts)


def plotly_specs(at: AppTest) -> list[dict[str, Any]]:
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def open_details(at: AppTest) -> AppTest:
    """Switch on every "Figures for ..." section of Compare (drawn only when asked for)."""
    for toggle in list(at.toggle):
        if str(toggle.key).startswith("details:") and not toggle.value:
            toggle.set_value(True)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
