"""``python -m decision_aid summary ANSWERS -o summary.pdf [--paper letter]``.

Reads a save file (JSON) or a summary PDF that carries one, and writes the summary PDF.
Problems are reported as one plain line on stderr ("error: ...") with exit status 2;
there is never a traceback.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from decision_aid.savefile import SaveFileError, load_any_noting
from decision_aid.summary import shortened_note

EXIT_ERROR = 2
MAX_INPUT = 20_000_000  # bytes read at most; load_any applies the real limits


def _error(message: str) -> int:
    print(f"error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_ERROR


def main(answers_path: str, output: str, paper: str) -> int:
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings are not for patients
    source = Path(answers_path)
    try:
        with source.open("rb") as fh:
            data = fh.read(MAX_INPUT + 1)
    except FileNotFoundError:
        return _error(f"{answers_path}: no such file.")
    except IsADirectoryError:
        return _error(f"{answers_path}: is a folder, not a save file.")
    except OSError as exc:
        return _error(f"{answers_path}: cannot be read ({exc.strerror or exc}).")
    if len(data) > MAX_INPUT:
        return _error(f"{answers_path}: this file is too large to be a save file from this tool.")
    from decision_aid.content import ContentError, default_content
    from decision_aid.report import build_pdf

    try:
        content = default_content()
    except ContentError as exc:
        return _error(f"the content files have problems ({len(exc.problems)} found).")
    try:
        loaded = load_any_noting(data)
    except SaveFileError as exc:
        return _error(f"{answers_path}: {exc.message(content)}")
    note = shortened_note(content, loaded.shortened)
    if note:
        print(f"note: {answers_path}: {note}", file=sys.stderr)
    try:
        pdf = build_pdf(content, loaded.answers, paper, shortened=loaded.shortened)
    except ValueError as exc:
        return _error(str(exc))
    except OSError as exc:
        return _error(f"a file the PDF needs cannot be read ({exc.strerror or exc}).")
    except Exception as exc:  # never a traceback: name the failure in one line
        return _error(f"the PDF could not be made ({type(exc).__name__}: {exc}).")
    try:
        Path(output).write_bytes(pdf)
    except OSError as exc:
        return _error(f"{output}: cannot be written ({exc.strerror or exc}).")
    print(f"Wrote {output}")
    return 0
