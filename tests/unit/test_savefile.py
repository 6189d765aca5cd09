"""decision_aid.savefile: round trips, plain messages for bad files, schema, migrations."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from decision_aid import savefile
from decision_aid.answers import MAX_QUESTIONS, MAX_TEXT, Answers
from decision_aid.savefile import (
    FORMAT,
    MAX_BYTES,
    SCHEMA_PATH,
    VERSION,
    SaveFileError,
    build_schema,
    dumps,
    loads,
    to_bytes,
)

NOT_READABLE = "This file could not be read. It is not a save file from this tool."
NOT_OURS = "This file is not a save file from this tool."
NEWER = (
    "This save file was made by a newer version of the tool. "
    "Please update the tool, or start again."
)
PATIENTS = Path(__file__).resolve().parents[2] / "data" / "examples" / "patients"
NO_VERSION = "This save file has no valid version number."
TOO_LARGE = "This file is too large to be a save file from this tool."

FULL = Answers(
    condition="tumour",
    symptoms=["back_pain", "weakness"],
    duration="3_to_12_months",
    tried=["physio", "medicine"],
    blood_thinners=True,
    previous_surgery_same_level=True,
    overall_health="fair",
    tumour_size="large_or_complex",
    worry_anaesthesia=True,
    worry_radiation=True,
    work="physical",
    quick_return_to_work=True,
    worries="Will it hurt? 😟 <script>alert('x')</script> & **bold** [link](http://x)",
    priorities={"scar": 0, "blood_loss": 4, "expertise": 2},
    quiz={"long_term": 1, "radiation": 0},
    leaning="open",
    sure={"sure": False, "understand": True},
    skipped_questions=["cost", "scar"],
    own_questions=["كم من الوقت سأبقى في المستشفى؟", "האם אוכל ללכת?", "<b>bold</b> 🦴"],
    notes="Line one\nLine two\tTabbed — «quoted» ‮reversed‬",
)


def envelope(answers: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "content_version": "1.0.0",
        "saved_at": "2026-11-21T10:00:00+00:00",
        "answers": {} if answers is None else answers,
    }
    doc.update(top)
    return doc


def load_doc(doc: Any) -> Answers:
    return loads(json.dumps(doc))


def error_of(data: bytes | str) -> str:
    with pytest.raises(SaveFileError) as info:
        loads(data)
    return str(info.value)


# --- round trips ---------------------------------------------------------------------


def test_round_trip_keeps_every_answer() -> None:
    assert loads(dumps(FULL, "1.0.0")) == FULL


def test_round_trip_of_bytes() -> None:
    assert loads(to_bytes(FULL, "1.0.0")) == FULL


def test_round_trip_of_empty_answers() -> None:
    assert loads(dumps(Answers())) == Answers()


def test_free_text_is_kept_exactly_as_typed() -> None:
    back = loads(dumps(FULL))
    assert back.worries == FULL.worries
    assert "<script>" in back.worries and "😟" in back.worries
    assert back.own_questions[0].startswith("كم")  # right-to-left script
    assert "\u202e" in back.notes  # a right-to-left override character survives as text


def test_the_envelope() -> None:
    now = dt.datetime(2026, 11, 21, 10, 30, 15, 123456, tzinfo=dt.UTC)
    doc = json.loads(dumps(FULL, "1.2.3", now=now))
    assert list(doc) == ["format", "version", "content_version", "saved_at", "answers"]
    assert doc["format"] == FORMAT
    assert doc["version"] == VERSION
    assert doc["content_version"] == "1.2.3"
    assert doc["saved_at"] == "2026-11-21T10:30:15+00:00"
    assert doc["answers"] == FULL.model_dump(mode="json")


def test_the_file_is_readable_utf8_not_escapes() -> None:
    text = dumps(FULL)
    assert "😟" in text and "\\u" not in text.replace("\\u202e", "").replace("\\u202c", "")


def test_a_byte_order_mark_is_accepted() -> None:
    assert loads(b"\xef\xbb\xbf" + to_bytes(FULL)) == FULL


answer_text = st.text(max_size=300)


@settings(max_examples=75, deadline=None)
@given(
    worries=answer_text,
    notes=answer_text,
    own=st.lists(st.text(max_size=60), max_size=25),
    ratings=st.dictionaries(
        st.sampled_from(["scar", "cost", "pain", "access"]), st.integers(0, 4), max_size=4
    ),
)
def test_round_trip_of_any_text(
    worries: str, notes: str, own: list[str], ratings: dict[str, int]
) -> None:
    a = Answers(worries=worries, notes=notes, own_questions=own, priorities=ratings)
    assert loads(dumps(a)) == a
    assert loads(to_bytes(a)) == a


def test_answers_clean_control_characters_and_cap_lengths() -> None:
    a = Answers(worries="a\x00b\x07c\td\ne" + "x" * (MAX_TEXT + 50))
    assert a.worries.startswith("abc\td\ne")
    assert len(a.worries) == MAX_TEXT
    many = Answers(own_questions=[f"q{i}" for i in range(MAX_QUESTIONS + 5)] + ["  ", ""])
    assert many.own_questions == [f"q{i}" for i in range(MAX_QUESTIONS)]


# --- bad files: one plain sentence each ---------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", b"not json", b'{"format": ', b"\xff\xfe\x00bad", "{'single': 'quotes'}", b"[" * 100_000],
    ids=["empty", "words", "cut-off", "not-utf8", "single-quotes", "deeply-nested"],
)
def test_not_json(data: bytes | str) -> None:
    assert error_of(data) == NOT_READABLE


@pytest.mark.parametrize("doc", [[], [envelope()], "a string", 42, None, True])
def test_not_a_dict(doc: Any) -> None:
    assert error_of(json.dumps(doc)) == NOT_OURS


@pytest.mark.parametrize(
    "fmt", ["spine-decision-aid/other", "", None, 1, "SPINE-DECISION-AID/ANSWERS"]
)
def test_wrong_format(fmt: Any) -> None:
    assert error_of(json.dumps(envelope(format=fmt))) == NOT_OURS


def test_missing_format() -> None:
    doc = envelope()
    del doc["format"]
    assert error_of(json.dumps(doc)) == NOT_OURS


@pytest.mark.parametrize("version", [VERSION + 1, VERSION + 100])
def test_newer_version(version: int) -> None:
    assert error_of(json.dumps(envelope(version=version))) == NEWER


@pytest.mark.parametrize("version", [0, -1, "1", 1.5, True, None, []])
def test_no_valid_version(version: Any) -> None:
    assert error_of(json.dumps(envelope(version=version))) == NO_VERSION


def test_missing_version() -> None:
    doc = envelope()
    del doc["version"]
    assert error_of(json.dumps(doc)) == NO_VERSION


@pytest.mark.parametrize(
    ("priorities", "message"),
    [
        (
            {"scar": 5},
            "This save file has a problem in priorities.scar: 5 is greater than the maximum of 4.",
        ),
        (
            {"cost": -1},
            "This save file has a problem in priorities.cost: -1 is less than the minimum of 0.",
        ),
        (
            {"pain": 2.5},
            "This save file has a problem in priorities.pain: 2.5 is not of type 'integer'.",
        ),
        (
            {"pain": "high"},
            "This save file has a problem in priorities.pain: 'high' is not of type 'integer'.",
        ),
    ],
)
def test_bad_rating(priorities: dict[str, Any], message: str) -> None:
    assert error_of(json.dumps(envelope({"priorities": priorities}))) == message


def test_unknown_field_in_the_answers() -> None:
    doc = envelope({"favourite_colour": "blue"})
    assert error_of(json.dumps(doc)) == (
        "This save file has a problem in your answers: "
        "Additional properties are not allowed ('favourite_colour' was unexpected)."
    )


def test_unknown_field_in_the_envelope() -> None:
    doc = envelope(extra="x")
    assert error_of(json.dumps(doc)) == (
        "This save file has a problem in the file: "
        "Additional properties are not allowed ('extra' was unexpected)."
    )


def test_missing_answers() -> None:
    doc = envelope()
    del doc["answers"]
    assert error_of(json.dumps(doc)) == (
        "This save file has a problem in the file: 'answers' is a required property."
    )


def test_a_value_the_schema_allows_but_the_model_does_not() -> None:
    doc = envelope({"symptoms": ["back_pain", "itchy_toes"]})
    assert error_of(json.dumps(doc)) == (
        "This save file has a problem in symptoms: unknown symptom 'itchy_toes'."
    )


def test_a_choice_not_in_the_list() -> None:
    msg = error_of(json.dumps(envelope({"duration": "forever"})))
    assert msg.startswith("This save file has a problem in duration: 'forever' is not one of")
    assert msg.endswith(".")


def test_long_messages_are_cut_short() -> None:
    msg = error_of(json.dumps(envelope({"condition": ["x" * 1000]})))
    assert msg.startswith("This save file has a problem in condition: ")
    assert len(msg) < 300


def test_oversized_file() -> None:
    big = json.dumps(envelope({"notes": "x" * MAX_BYTES}))
    assert len(big.encode()) > MAX_BYTES
    assert error_of(big) == TOO_LARGE
    assert error_of(b" " * (MAX_BYTES + 1)) == TOO_LARGE


def test_oversized_counts_bytes_not_characters() -> None:
    # 250,001 four-byte emoji: few characters, over 1 MB of UTF-8.
    text = "😟" * (MAX_BYTES // 4 + 1)
    assert len(text) < MAX_BYTES < len(text.encode())
    assert error_of(text) == TOO_LARGE


def test_exactly_the_limit_is_still_read() -> None:
    data = to_bytes(FULL)
    padded = data + b" " * (MAX_BYTES - len(data))
    assert len(padded) == MAX_BYTES
    assert loads(padded) == FULL


def test_save_file_error_is_a_value_error() -> None:
    assert issubclass(SaveFileError, ValueError)


# --- the published schema ------------------------------------------------------------


def test_the_published_schema_is_in_sync_with_the_code() -> None:
    published = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert published == build_schema(), (
        "data/schema/savefile.schema.json is out of date: regenerate it with "
        "python -c 'from decision_aid.savefile import write_schema; write_schema()'"
    )


def test_the_schema_is_a_valid_json_schema() -> None:
    schema = build_schema()
    jsonschema.validators.validator_for(schema).check_schema(schema)


def test_every_answer_field_is_in_the_schema() -> None:
    props = build_schema()["properties"]["answers"]["properties"]
    assert set(props) == set(Answers.model_fields)


def test_a_real_save_file_validates_against_the_published_schema() -> None:
    published = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    errors = list(
        jsonschema.validators.validator_for(published)(published).iter_errors(
            json.loads(dumps(FULL))
        )
    )
    assert [e.message for e in errors] == []


def test_write_schema(tmp_path: Any) -> None:
    path = tmp_path / "schema.json"
    savefile.write_schema(path)
    assert json.loads(path.read_text(encoding="utf-8")) == build_schema()
    assert path.read_text(encoding="utf-8").endswith("}\n")


# --- migrations --------------------------------------------------------------------------


@pytest.fixture
def next_version(monkeypatch: pytest.MonkeyPatch) -> int:
    """Pretend the tool is one version newer, validating against that version's schema."""
    new = VERSION + 1
    monkeypatch.setattr(savefile, "VERSION", new)
    schema = savefile.build_schema()
    assert schema["properties"]["version"] == {"const": new}
    monkeypatch.setattr(savefile, "_VALIDATOR", jsonschema.validators.validator_for(schema)(schema))
    return new


def test_old_versions_are_migrated(monkeypatch: pytest.MonkeyPatch, next_version: int) -> None:
    seen: list[int] = []

    def rename_concerns(doc: dict[str, Any]) -> dict[str, Any]:
        # The older version called "worries" "concerns".
        seen.append(doc["version"])
        answers = dict(doc["answers"])
        answers["worries"] = answers.pop("concerns")
        return {**doc, "version": doc["version"] + 1, "answers": answers}

    monkeypatch.setitem(savefile.MIGRATIONS, next_version - 1, rename_concerns)
    old = envelope({"concerns": "Will I walk? 🚶", "condition": "fracture"}, version=VERSION)
    back = load_doc(old)
    assert back == Answers(worries="Will I walk? 🚶", condition="fracture")
    assert seen == [next_version - 1]
    # The current version needs no migration.
    assert load_doc(envelope({"worries": "hi"}, version=next_version)).worries == "hi"
    assert seen == [next_version - 1]


def test_migrations_run_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    target = VERSION + 2
    monkeypatch.setattr(savefile, "VERSION", target)
    schema = savefile.build_schema()
    monkeypatch.setattr(savefile, "_VALIDATOR", jsonschema.validators.validator_for(schema)(schema))
    steps: list[int] = []

    def step(doc: dict[str, Any]) -> dict[str, Any]:
        steps.append(doc["version"])
        answers = {**doc["answers"], "notes": doc["answers"].get("notes", "") + "+"}
        return {**doc, "version": doc["version"] + 1, "answers": answers}

    monkeypatch.setitem(savefile.MIGRATIONS, VERSION, step)
    monkeypatch.setitem(savefile.MIGRATIONS, VERSION + 1, step)
    back = load_doc(envelope({"notes": "n"}, version=VERSION))
    assert steps == [VERSION, VERSION + 1]
    assert back.notes == "n++"


def test_a_version_with_no_migration_cannot_be_read(next_version: int) -> None:
    assert savefile.MIGRATIONS.get(next_version - 1) is None
    assert error_of(json.dumps(envelope(version=next_version - 1))) == (
        f"Save files of version {next_version - 1} can no longer be read."
    )


def test_migrated_files_are_still_checked(
    monkeypatch: pytest.MonkeyPatch, next_version: int
) -> None:
    def bump(doc: dict[str, Any]) -> dict[str, Any]:
        return {**doc, "version": doc["version"] + 1}

    monkeypatch.setitem(savefile.MIGRATIONS, next_version - 1, bump)
    doc = envelope({"priorities": {"scar": 9}}, version=next_version - 1)
    assert error_of(json.dumps(doc)) == (
        "This save file has a problem in priorities.scar: 9 is greater than the maximum of 4."
    )


def test_a_version_1_file_loads_with_the_new_questions_unanswered() -> None:
    assert VERSION == 2 and set(savefile.MIGRATIONS) == {1}
    old = PATIENTS / "herniated_disc_scar_leaning_mis.json"
    doc = json.loads(old.read_text(encoding="utf-8"))
    assert doc["version"] == 1
    a = loads(old.read_bytes())
    assert a.condition == "herniated_disc" and a.priorities["scar"] == 4
    assert a.warning_signs == [] and a.age_band == "" and a.smoking == ""
    assert json.loads(savefile.dumps(a))["version"] == 2


def test_a_loaded_file_says_when_it_was_saved_and_with_which_content() -> None:
    """A surgeon (or a patient coming back) reads how old the answers are, and that an
    older content version may have worded things differently."""
    from decision_aid.content import DATA_DIR, default_content

    c = default_content()
    example = DATA_DIR / "examples" / "patients" / "tumour_large_blood_thinners_unsure.json"
    old = savefile.loads_noting(example.read_bytes())
    assert (old.saved_at, old.content_version) == ("2026-11-21T10:00:00+00:00", "1.0.0")
    words = savefile.saved_words(c, old)
    assert words.startswith("Saved on 21 Nov 2026.")
    assert "content version 1.0.0" in words and c.meta.content_version in words
    fresh = savefile.loads_noting(savefile.dumps(Answers(), c.meta.content_version))
    assert "content version" not in savefile.saved_words(c, fresh)  # the same version
    odd = savefile.Loaded(Answers(), saved_at="<b>yesterday</b>", content_version="x" * 500)
    assert savefile.saved_words(c, odd) == ""  # nothing shown that is not a date or a version
