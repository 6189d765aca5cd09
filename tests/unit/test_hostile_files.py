"""Hostile and odd files on the command line and through the loader: each gets one clear
line (exit 2) or is loaded, every step's summary and PDF build, nothing else is written,
and no text is changed without a note."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter

from decision_aid.content import default_content
from decision_aid.report import build_pdf
from decision_aid.savefile import FORMAT, VERSION, SaveFileError, load_any_noting
from decision_aid.summary import shortened_note

ROOT = Path(__file__).resolve().parents[2]
GOOD = json.loads((ROOT / "data/examples/pass/savefile_full.json").read_text(encoding="utf-8"))


def _doc(**answers: object) -> bytes:
    return json.dumps({"format": FORMAT, "version": VERSION, "answers": answers}).encode()


def _pdf_without_answers() -> bytes:
    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _pdf_with_bad_attachment() -> bytes:
    w = PdfWriter()
    w.add_blank_page(width=200, height=200)
    w.add_attachment("answers.json", b"{broken")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


REFUSED = {
    "empty": b"",
    "truncated": json.dumps(GOOD).encode()[:60],
    "not_json": b"hello, surgeon",
    "wrong_shape": b"[1, 2, 3]",
    "foreign": b'{"format": "someone-else", "version": 1}',
    "newer_version": json.dumps({**GOOD, "version": VERSION + 1}).encode(),
    "extra_field": json.dumps({**GOOD, "surprise": 1}).encode(),
    "deeply_nested": b"[" * 50_000 + b"]" * 50_000,
    "very_large": b'{"a": "' + b"x" * 2_000_000 + b'"}',
    "pdf_not_ours": _pdf_without_answers(),
    "pdf_damaged_attachment": _pdf_with_bad_attachment(),
    "binary": bytes(range(256)) * 10,
    # a number longer than Python reads (4,300 digits), as a rating and as the version
    "huge_number": json.dumps(GOOD).replace('"scar": 1', '"scar": 1' + "0" * 5000).encode(),
    "huge_version": b'{"format": "%s", "version": 1%s}' % (FORMAT.encode(), b"0" * 5000),
    "unknown_condition": _doc(condition="nonsense"),
    "very_long_key": _doc(priorities={"k" * 100_000: 9}),  # the message stays short
}
LOADED = {
    "lone_surrogate": _doc(worries="a \ud800 b"),
    "control_chars": _doc(notes="bell\x07 nul\x00 esc\x1b end"),
    "rtl_override": _doc(worries="abc \u202egnirts desrever\u202c def"),
    "markup": _doc(
        worries="<script>alert(1)</script> **bold** [x](https://example.invalid)",
        own_questions=["<img src=x onerror=alert(1)>"],
    ),
    "emoji_and_scripts": _doc(worries="😟 مرحبا नमस्ते 你好 שלום"),
    # Streamlit's own Markdown: an icon name, and indents that would make code blocks
    "icons_and_indents": _doc(
        worries="A worry :material/home:\n    indented line",
        notes="\tTabbed note :material/delete:",
        own_questions=["Can I :material/delete: this?\n      and more"],
    ),
    "over_length": _doc(notes="y" * 20_000),
    "version_1": json.dumps({**GOOD, "version": 1}).encode(),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_a_refused_file_gets_one_plain_message(name: str) -> None:
    with pytest.raises(SaveFileError) as info:
        load_any_noting(REFUSED[name])
    message = info.value.message(default_content())
    assert message.endswith(".") and "Traceback" not in message and len(message) < 400


@pytest.mark.parametrize("name", list(LOADED))
def test_an_odd_but_valid_file_loads_and_builds(name: str) -> None:
    loaded = load_any_noting(LOADED[name])
    pdf = build_pdf(default_content(), loaded.answers, shortened=loaded.shortened)
    assert pdf.startswith(b"%PDF")
    if name == "over_length":
        assert loaded.shortened == ("notes",)  # said, not done in silence
    else:
        assert loaded.shortened == ()
    changed = {"lone_surrogate": ("worries",), "control_chars": ("notes",)}
    assert loaded.cleaned == changed.get(name, ())  # every changed text is named


@pytest.mark.parametrize(
    ("name", "field"), [("lone_surrogate", "worries"), ("control_chars", "notes")]
)
def test_characters_no_page_can_show_are_named_to_the_user(name: str, field: str) -> None:
    content = default_content()
    loaded = load_any_noting(LOADED[name])
    note = shortened_note(content, loaded.shortened, loaded.cleaned)
    assert content.texts[f"text_field_{field}"] in note and "still has them" in note
    assert shortened_note(content, (), ()) == ""


def test_windows_line_endings_are_not_reported() -> None:
    loaded = load_any_noting(_doc(notes="line one\r\nline two"))
    assert loaded.cleaned == () and loaded.answers.notes == "line one\nline two"


@pytest.mark.parametrize(
    ("name", "filename"),
    [
        ("not_json", "answers.json"),
        ("pdf_not_ours", "my file (1) ñ 😟.pdf"),
        ("markup", "-dash-first.json"),
        ("emoji_and_scripts", "مرحبا.json"),
    ],
)
def test_the_command_line_answers_in_one_line_and_writes_nothing_else(
    tmp_path: Path, name: str, filename: str
) -> None:
    data = {**REFUSED, **LOADED}[name]
    src = tmp_path / filename
    src.write_bytes(data)
    out = tmp_path / "out.pdf"
    before = set(tmp_path.iterdir())
    run = subprocess.run(
        [sys.executable, "-m", "decision_aid", "summary", str(src), "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert "Traceback" not in run.stderr
    if name in REFUSED:
        assert run.returncode == 2 and run.stderr.startswith("error: ")
        assert len(run.stderr.strip().splitlines()) == 1
        assert set(tmp_path.iterdir()) == before  # nothing written
    else:
        assert run.returncode == 0, run.stderr
        assert set(tmp_path.iterdir()) == before | {out}
