"""Reading answers and writing files for the command line: one plain line on stderr
("error: ...") and exit status 2 for any problem; never a traceback."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from decision_aid.content import ContentError, default_content
from decision_aid.models import Content
from decision_aid.savefile import Loaded, SaveFileError, load_any_noting
from decision_aid.summary import shortened_note

EXIT_ERROR = 2
MAX_INPUT = 20_000_000  # bytes read at most; load_any applies the real limits


class CliError(Exception):
    """A problem to report in one line."""


def error(message: str) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def read(answers_path: str) -> tuple[Content, Loaded]:
    """The content and the answers in a save file or summary PDF (with a note on stderr
    if free text had to be shortened). Raises CliError."""
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not for patients
    source = Path(answers_path)
    try:
        with source.open("rb") as fh:
            data = fh.read(MAX_INPUT + 1)
    except FileNotFoundError:
        raise CliError(f"{answers_path}: no such file.") from None
    except IsADirectoryError:
        raise CliError(f"{answers_path}: is a folder, not a save file.") from None
    except OSError as exc:
        raise CliError(f"{answers_path}: cannot be read ({exc.strerror or exc}).") from None
    if len(data) > MAX_INPUT:
        raise CliError(f"{answers_path}: this file is too large to be a save file from this tool.")
    try:
        content = default_content()
    except ContentError as exc:
        raise CliError(f"the content files have problems ({len(exc.problems)} found).") from None
    try:
        loaded = load_any_noting(data)
    except SaveFileError as exc:
        raise CliError(f"{answers_path}: {exc.message(content)}") from None
    note = shortened_note(content, loaded.shortened, loaded.cleaned)
    if note:
        print(f"note: {answers_path}: {note}", file=sys.stderr)
    return content, loaded


def write(output: str, data: bytes) -> None:
    try:
        Path(output).write_bytes(data)
    except OSError as exc:
        raise CliError(f"{output}: cannot be written ({exc.strerror or exc}).") from None
    print(f"Wrote {output}")
