"""``python -m decision_aid fhir ANSWERS -o response.json`` and
``python -m decision_aid questionnaire -o questionnaire.json``: FHIR R4 JSON."""

from __future__ import annotations

import json

from decision_aid.cli_io import CliError, error, read, write
from decision_aid.content import ContentError, default_content
from decision_aid.fhir import questionnaire, questionnaire_response


def _json(doc: object) -> bytes:
    text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8", "replace")


def response_main(answers_path: str, output: str) -> int:
    try:
        content, loaded = read(answers_path)
        write(output, _json(questionnaire_response(content, loaded.answers)))
    except CliError as exc:
        return error(str(exc))
    return 0


def questionnaire_main(output: str) -> int:
    try:
        content = default_content()
    except ContentError as exc:
        return error(f"the content files have problems ({len(exc.problems)} found).")
    try:
        write(output, _json(questionnaire(content)))
    except CliError as exc:
        return error(str(exc))
    return 0
