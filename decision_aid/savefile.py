"""Answers <-> a versioned JSON save file, with a published JSON schema.

The file is an envelope::

    {"format": "spine-decision-aid/answers", "version": 1,
     "content_version": "1.0.0", "saved_at": "2026-11-21T10:00:00+00:00",
     "answers": {...}}

Loading checks size, JSON syntax, the envelope, the version (older versions are migrated
step by step through ``MIGRATIONS``), the schema, and finally the typed model. Each
failure raises :class:`SaveFileError` with one plain sentence for the patient.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
from pydantic import ValidationError

from decision_aid.answers import MAX_QUESTIONS, MAX_TEXT, Answers, loses_characters
from decision_aid.content import default_content
from decision_aid.models import Content

FORMAT = "spine-decision-aid/answers"
VERSION = 2
MAX_BYTES = 1_000_000
MAX_PDF_BYTES = 10 * MAX_BYTES
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "data" / "schema" / "savefile.schema.json"

# version n -> function turning a version-n envelope into a version n+1 envelope
Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(doc: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds the warning signs and what a surgeon asks; all start unanswered."""
    return {**doc, "version": 2}


MIGRATIONS: dict[int, Migration] = {1: _v1_to_v2}


class SaveFileError(ValueError):
    """A save file that cannot be loaded.

    ``key`` names the sentence for the patient in data/texts.yaml (``savefile_<key>``),
    with ``fields`` to fill in; :meth:`message` words it.
    """

    def __init__(self, key: str, **fields: object) -> None:
        super().__init__(key, fields)
        self.key = key
        self.fields = fields

    def message(self, content: Content) -> str:
        return content.texts[f"savefile_{self.key}"].format(**self.fields)

    def __str__(self) -> str:
        """The sentence in the project's own content (the key alone if that is broken)."""
        from decision_aid.content import ContentError, default_content

        try:
            return self.message(default_content())
        except (ContentError, KeyError):
            return self.key


def build_schema() -> dict[str, Any]:
    """The JSON schema of the current save-file version (published in data/schema/)."""
    answers = Answers.model_json_schema()
    defs = answers.pop("$defs", {})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.invalid/spine-decision-aid/savefile.schema.json",
        "title": "Spine surgery decision aid: save file",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "version", "answers"],
        "properties": {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "content_version": {"type": "string"},
            "saved_at": {"type": "string"},
            "answers": answers,
        },
        "$defs": defs,
    }


def dumps(answers: Answers, content_version: str = "", now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.UTC)
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "content_version": content_version,
        "saved_at": now.replace(microsecond=0).isoformat(),
        "answers": answers.model_dump(mode="json"),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False)


def to_bytes(answers: Answers, content_version: str = "") -> bytes:
    """The save file as UTF-8: the one encoder, for the download and the PDF attachment.

    A lone surrogate (valid in a JSON file, not in UTF-8) becomes U+FFFD; the rest of
    the text is kept as typed."""
    text = dumps(answers, content_version)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").encode("utf-8")


def _migrate(doc: dict[str, Any]) -> dict[str, Any]:
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise SaveFileError("no_version")
    if version > VERSION:
        raise SaveFileError("newer")
    while doc["version"] < VERSION:
        step = MIGRATIONS.get(doc["version"])
        if step is None:
            raise SaveFileError("retired", version=doc["version"])
        doc = step(dict(doc))
    return doc


def _plain(err: jsonschema.ValidationError) -> SaveFileError:
    path = [str(p) for p in err.absolute_path]
    if not path:
        return SaveFileError("problem_in_file", problem=_short(err.message, 200))
    if path[:1] == ["answers"] and len(path) > 1:
        return SaveFileError(
            "problem", where=_short(".".join(path[1:])), problem=_short(err.message, 200)
        )
    return SaveFileError("problem_in_answers", problem=_short(err.message, 200))


def _short(text: str, limit: int = 60) -> str:
    """A part of a file quoted in a message, cut short (a key can be any length)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Loaded:
    """Answers read from a file, the free-text fields that were longer than the aid
    keeps (their first part is kept; the file itself still has every word), and those
    with characters no page can show (left out, or shown as \ufffd)."""

    answers: Answers
    shortened: tuple[str, ...] = ()
    cleaned: tuple[str, ...] = ()
    saved_at: str = ""  # as the file gives it (ISO 8601 when this aid wrote it)
    content_version: str = ""  # the content version the answers were given with


def _free_texts(answers: Any) -> dict[str, list[str]]:
    if not isinstance(answers, dict):
        return {}
    out = {k: [answers[k]] for k in ("worries", "notes") if isinstance(answers.get(k), str)}
    questions = answers.get("own_questions")
    if isinstance(questions, list):
        out["own_questions"] = [q for q in questions if isinstance(q, str)]
    return out


def _cleaned(answers: Any) -> tuple[str, ...]:
    return tuple(k for k, v in _free_texts(answers).items() if any(map(loses_characters, v)))


def _too_long(answers: Any) -> tuple[str, ...]:
    if not isinstance(answers, dict):
        return ()
    out = [k for k in ("worries", "notes") if len(str(answers.get(k, ""))) > MAX_TEXT]
    questions = answers.get("own_questions")
    if isinstance(questions, list) and (
        len(questions) > MAX_QUESTIONS or any(len(str(q)) > MAX_TEXT for q in questions)
    ):
        out.append("own_questions")
    return tuple(out)


def loads(data: bytes | str) -> Answers:
    """Read a save file. Raises SaveFileError with a plain sentence if it is not usable."""
    return loads_noting(data).answers


def loads_noting(data: bytes | str) -> Loaded:
    """Read a save file, noting any free text that had to be shortened."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > MAX_BYTES:
        raise SaveFileError("too_large")
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        # ValueError also covers a number too long to read (over 4,300 digits)
        raise SaveFileError("unreadable") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise SaveFileError("foreign")
    doc = _migrate(doc)
    errors = sorted(schema_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        raise _plain(errors[0])
    try:
        answers = Answers.model_validate(doc["answers"])
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        msg = str(first["msg"]).removeprefix("Value error, ")
        raise SaveFileError("problem", where=_short(where), problem=_short(msg, 200)) from None
    if answers.condition and answers.condition not in default_content().conditions:
        # a condition this version does not know: saying so beats showing "not answered"
        problem = f"unknown condition {_short(answers.condition, 40)!r}"
        raise SaveFileError("problem", where="condition", problem=problem)
    return Loaded(
        answers,
        _too_long(doc["answers"]),
        _cleaned(doc["answers"]),
        str(doc.get("saved_at", "")),
        str(doc.get("content_version", "")),
    )


_VALIDATOR: jsonschema.protocols.Validator | None = None


def schema_validator() -> jsonschema.protocols.Validator:
    global _VALIDATOR
    if _VALIDATOR is None:
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        _VALIDATOR = cls(schema)
    return _VALIDATOR


def write_schema(path: Path = SCHEMA_PATH) -> None:
    path.write_text(json.dumps(build_schema(), indent=2) + "\n", encoding="utf-8")


def load_any(data: bytes) -> Answers:
    """Read a save file (JSON) or a summary PDF that carries one as "answers.json".

    Raises SaveFileError with a plain sentence if neither gives usable answers.
    """
    return load_any_noting(data).answers


def load_any_noting(data: bytes) -> Loaded:
    """:func:`load_any`, noting any free text that had to be shortened."""
    if data.lstrip()[:4] != b"%PDF":
        return loads_noting(data)
    if len(data) > MAX_PDF_BYTES:
        raise SaveFileError("pdf_too_large")
    from io import BytesIO

    from pypdf import PdfReader

    try:
        found = PdfReader(BytesIO(data)).attachments.get("answers.json")
    except Exception:  # a damaged PDF can fail in many ways; all mean "cannot read it"
        raise SaveFileError("pdf_no_answers") from None
    if not found:
        raise SaveFileError("pdf_no_answers")
    return loads_noting(found[0])


def saved_words(content: Content, loaded: Loaded) -> str:
    """When the answers were saved, and whether with older content: "Saved on 21 Nov
    2026." and, for another version, that some texts may differ. Empty if the file does
    not say (a date it gives that is not a date is left out, never shown as typed)."""
    t = content.texts
    said = []
    try:
        when = dt.datetime.fromisoformat(loaded.saved_at)
        said.append(t["resume_saved_on"].format(date=f"{when:%d %b %Y}"))
    except ValueError:
        pass
    old, now = loaded.content_version, content.meta.content_version
    if old and old != now and len(old) <= 20:
        said.append(t["resume_other_version"].format(old=old, new=now))
    return " ".join(said)
