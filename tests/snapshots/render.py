"""Render the text a patient sees: every step (AppTest) and every example PDF.

Used by test_snapshots.py to show that a change of structure changes nothing a patient
sees. Regenerate on purpose with ``UPDATE_SNAPSHOTS=1 python -m pytest tests/snapshots``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "app.py")
PATIENTS = ROOT / "data" / "examples" / "patients"
PAGES = (
    "welcome",
    "situation",
    "options",
    "compare",
    "priorities",
    "weigh",
    "quiz",
    "stand",
    "questions",
    "summary",
)
_ATTRS = ("label", "options", "help", "placeholder", "value", "body", "caption")


def patients() -> dict[str, Path | None]:
    found: dict[str, Path | None] = {"empty": None}
    found.update({p.stem: p for p in sorted(PATIENTS.glob("*.json"))})
    return found


def _walk(node: Any) -> Iterator[str]:
    kind = type(node).__name__
    if hasattr(node, "children") and isinstance(node.children, dict):
        label = (
            getattr(node, "label", None) or getattr(node.proto, "label", "")
            if hasattr(node, "proto")
            else ""
        )
        if kind in ("Expander", "Tab") or label:
            yield f"[{kind}] {label}"
        for child in node.children.values():
            yield from _walk(child)
        return
    if getattr(node, "type", "") == "plotly_chart":
        spec = json.loads(node.proto.spec)
        yield f"[chart] {json.dumps(spec.get('layout', {}).get('title', {}), sort_keys=True)}"
        for trace in spec.get("data", []):
            keys = ("x", "y", "text", "name", "hovertext", "customdata")
            yield f"[trace] {json.dumps({k: trace.get(k) for k in keys}, sort_keys=True)}"
        layout = spec.get("layout", {})
        for ann in layout.get("annotations", []):
            yield f"[note] {ann.get('text')}"
        for axis in ("xaxis", "yaxis"):
            yield f"[{axis}] {json.dumps(layout.get(axis, {}).get('title'), sort_keys=True)}"
        return
    parts = []
    for attr in _ATTRS:
        try:
            value = getattr(node, attr)
        except Exception:
            continue
        if value is None or callable(value) or (attr == "value" and kind in ("UnknownElement",)):
            continue
        if hasattr(value, "to_csv"):
            value = value.to_csv(index=False)
        parts.append(f"{attr}={value!r}")
    if kind == "UnknownElement":
        t = node.type
        proto = getattr(node.proto, t, None) if hasattr(node, "proto") else None
        parts.append(re.sub(r"\s+", " ", str(proto if proto is not None else node.proto))[:4000])
        kind = f"Unknown:{t}"
    yield f"[{kind}] " + " ".join(parts)


def step_text(answers: Any, page: str) -> str:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    if answers is not None:
        at.session_state["answers"] = answers
    at.switch_page(f"app_pages/{page}.py").run()
    lines = [f"exception: {[e.value for e in at.exception]}"] if at.exception else []
    lines.extend(_walk(at.main))
    lines.extend(_walk(at.sidebar))
    return "\n".join(lines) + "\n"


def pdf_text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return "\n".join(f"--- page {i + 1}\n{p.extract_text()}" for i, p in enumerate(reader.pages))
