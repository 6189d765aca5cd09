"""Pass/fail examples in data/examples/: tests are generated from the folders.

- ``pass/*.yaml``: valid single trade-off files, with no problem at all.
- ``fail/*.yaml``: each broken for exactly one reason, stated on the first line as
  ``# expect: <part of the error message>``; checking it gives exactly one problem.
- ``pass/*.json``: save files that load.
- ``fail/*.json``: save files that do not; ``<name>.expect`` holds part of the message.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from decision_aid.content import (
    DATA_DIR,
    ContentError,
    check_tradeoff_file,
    default_content,
    load_content,
)
from decision_aid.models import Content
from decision_aid.patient import quiz_for
from decision_aid.savefile import FORMAT, VERSION, SaveFileError, loads, schema_validator
from tests.support.patients import load as load_patient
from tests.support.patients import names as patient_names

EXAMPLES = DATA_DIR / "examples"
PASS_YAML = sorted((EXAMPLES / "pass").glob("*.yaml"))
FAIL_YAML = sorted((EXAMPLES / "fail").glob("*.yaml"))
PASS_JSON = sorted((EXAMPLES / "pass").glob("*.json"))
FAIL_JSON = sorted((EXAMPLES / "fail").glob("*.json"))
EXPECT = re.compile(r"^# expect: (?P<text>\S.*)$")
SOURCE_IDS = set(default_content().sources)


def expected_reason(path: Path) -> str:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    m = EXPECT.match(first)
    assert m, f"{path.name}: the first line must be '# expect: <part of the message>'"
    return m["text"].strip()


def expected_message(path: Path) -> str:
    side = path.with_suffix(".expect")
    assert side.is_file(), f"{path.name} needs a {side.name} file with the expected message"
    text = side.read_text(encoding="utf-8").strip()
    assert text and "\n" not in text
    return text


def names(paths: list[Path]) -> list[str]:
    return [p.name for p in paths]


def test_the_folders_hold_examples() -> None:
    assert len(PASS_YAML) >= 2 and len(FAIL_YAML) >= 7
    assert len(PASS_JSON) >= 2 and len(FAIL_JSON) >= 7


def test_the_required_kinds_of_failure_are_covered() -> None:
    stems = {p.stem for p in FAIL_YAML}
    required = {
        "unknown_source",
        "key_mismatch",
        "missing_mis",
        "unknown_field",
        "unknown_family",
        "bad_direction",
        "bad_strength",
    }
    assert required <= stems, sorted(required - stems)


def test_every_expect_file_has_an_example() -> None:
    for side in (EXAMPLES / "fail").glob("*.expect"):
        assert side.with_suffix(".json").is_file(), side.name


def test_every_reason_is_different() -> None:
    reasons = [expected_reason(p) for p in FAIL_YAML]
    assert len(reasons) == len(set(reasons))


# --- trade-off files -----------------------------------------------------------------


@pytest.mark.parametrize("path", PASS_YAML, ids=names(PASS_YAML))
def test_pass_tradeoff(path: Path) -> None:
    assert check_tradeoff_file(path, SOURCE_IDS) == []


@pytest.mark.parametrize("path", FAIL_YAML, ids=names(FAIL_YAML))
def test_fail_tradeoff(path: Path) -> None:
    reason = expected_reason(path)
    problems = check_tradeoff_file(path, SOURCE_IDS)
    assert len(problems) == 1, problems
    assert reason in problems[0]
    assert problems[0].startswith(f"{path.name}: ")


def test_pass_examples_also_load_with_the_real_content(tmp_path: Path, content: Content) -> None:
    """Dropped into a copy of data/, the pass examples load without any problem."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("examples", "fonts"))
    for path in PASS_YAML:
        shutil.copy(path, data / "tradeoffs" / path.name)
    loaded = load_content(data)
    assert set(loaded.tradeoffs) == set(content.tradeoffs) | {p.stem for p in PASS_YAML}


@pytest.mark.parametrize("path", FAIL_YAML, ids=names(FAIL_YAML))
def test_fail_examples_also_fail_with_the_real_content(tmp_path: Path, path: Path) -> None:
    """The same fault is found when the file sits among the real trade-offs."""
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns("examples", "fonts"))
    shutil.copy(path, data / "tradeoffs" / path.name)
    with pytest.raises(ContentError) as info:
        load_content(data)
    assert any(expected_reason(path) in p for p in info.value.problems), info.value.problems


# --- save files --------------------------------------------------------------------------


@pytest.mark.parametrize("path", PASS_JSON, ids=names(PASS_JSON))
def test_pass_save_file(path: Path) -> None:
    raw = path.read_bytes()
    answers = loads(raw)
    doc = json.loads(raw)
    assert doc["format"] == FORMAT
    dumped = answers.model_dump(mode="json")
    for key, value in doc["answers"].items():
        assert dumped[key] == value, key  # every saved answer is read back as saved


@pytest.mark.parametrize("path", FAIL_JSON, ids=names(FAIL_JSON))
def test_fail_save_file(path: Path) -> None:
    message = expected_message(path)
    with pytest.raises(SaveFileError) as info:
        loads(path.read_bytes())
    assert message in str(info.value)


@pytest.mark.parametrize("path", FAIL_JSON, ids=names(FAIL_JSON))
def test_fail_save_file_breaks_one_rule(path: Path) -> None:
    """Where the schema can judge a file, it finds at most one fault in it."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return  # not JSON at all: that is its one fault
    if isinstance(doc, dict) and doc.get("format") == FORMAT and doc.get("version") == VERSION:
        assert len(list(schema_validator().iter_errors(doc))) <= 1


@pytest.mark.parametrize("name", patient_names())
def test_an_example_patient_answers_only_the_quiz_they_are_shown(name: str) -> None:
    """An example patient's quiz answers are to questions of their own operation family,
    so a demo or a test never shows a tumour patient's summary with fusion questions."""
    c = default_content()
    answers = load_patient(name).answers
    shown = {q.id for q in quiz_for(c, answers)}
    assert set(answers.quiz) <= shown, set(answers.quiz) - shown
