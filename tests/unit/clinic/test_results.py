"""The surgeon's own results: Wilson interval, checks on bad values, the database."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from decision_aid.clinic import passcode
from decision_aid.clinic.interval import wilson
from decision_aid.clinic.results import OwnResult, ResultError, beside, checked, words
from decision_aid.clinic.store import (
    SCHEMA_VERSION,
    NotAllowed,
    ResultsStore,
    StoreError,
    database_url,
)
from decision_aid.content import default_content

CONTENT = default_content()


@pytest.mark.parametrize(
    ("events", "cases", "low", "high"),
    # Newcombe RG, Stat Med 1998;17:857-72, Table I, method 3 (Wilson score)
    [
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
    ],
)
def test_wilson_matches_published_worked_values(
    events: int, cases: int, low: float, high: float
) -> None:
    lo, hi = wilson(events, cases)
    assert round(lo, 4) == low and round(hi, 4) == high


def test_wilson_refuses_impossible_counts() -> None:
    for events, cases in ((1, 0), (-1, 5), (6, 5)):
        with pytest.raises(ValueError):
            wilson(events, cases)


def _ok(**over: object) -> dict[str, object]:
    base: dict[str, object] = {
        "family": "discectomy",
        "approach": "mis",
        "outcome": "infection",
        "events": 2,
        "cases": 150,
    }
    return {**base, **over}


@pytest.mark.parametrize(
    ("over", "says"),
    [
        ({"events": 5, "cases": 3}, "more events than cases"),
        ({"events": -1}, "below 0"),
        ({"events": "two"}, "whole number"),
        ({"cases": "1.5"}, "whole number"),
        ({"cases": 0}, "from 1"),
        ({"family": "knee"}, "unknown kind"),
        ({"approach": "robot"}, "Not saved"),
        ({"outcome": "haircut"}, "Choose an outcome"),
    ],
)
def test_bad_values_get_a_plain_message(over: dict[str, object], says: str) -> None:
    with pytest.raises(ResultError, match=says):
        checked(CONTENT, **_ok(**over))


def test_small_counts_are_flagged_and_the_line_is_labelled() -> None:
    line = words(CONTENT, checked(CONTENT, **_ok(cases=20, events="1")))
    assert line.startswith("1 in 20 MIS operations: 5 in 100")
    assert "This surgeon's own results." in line and "likely range is wide" in line
    assert "wide" not in words(CONTENT, checked(CONTENT, **_ok()))


def test_a_rate_is_rounded_for_reading_as_published_figures_are() -> None:
    """2 in 150 is 1.33 in 100: said "about 1.3", as the published amounts are."""
    line = words(CONTENT, checked(CONTENT, **_ok(cases=150, events="2")))
    assert line.startswith("2 in 150 MIS operations: about 1.3 in 100 (likely range 0.37 to 4.7")
    exact = words(CONTENT, checked(CONTENT, **_ok(cases=200, events="4")))
    assert exact.startswith("4 in 200 MIS operations: 2 in 100 (")  # exact: no "about"


def test_the_period_is_shown_when_given() -> None:
    line = words(CONTENT, checked(CONTENT, **_ok(period="2019-24")))
    assert line.endswith("This surgeon's own results. (2019-24)")
    assert words(CONTENT, checked(CONTENT, **_ok())).endswith("own results.")


def test_store_round_trip_refusal_and_no_patient_columns(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'results.sqlite'}"
    db = ResultsStore(url)
    r = checked(CONTENT, **_ok(period="2023 to 2025"))
    with pytest.raises(NotAllowed):
        db.save(r, allowed=False)
    assert db.list() == []  # nothing saved without the passcode
    db.save(r, allowed=True, today=dt.date(2026, 11, 22))
    db.save(checked(CONTENT, **_ok(events=3, period="2023 to 2025")), allowed=True)  # replaces
    again = ResultsStore(url).list("discectomy")
    assert [(x.events, x.cases, x.period) for x in again] == [(3, 150, "2023 to 2025")]
    columns = {c["name"] for c in inspect(create_engine(url)).get_columns("surgeon_result")}
    assert columns == {
        "id",
        "family",
        "approach",
        "outcome",
        "events",
        "cases",
        "period",
        "updated",
    }
    db.delete("discectomy", "mis", "infection", allowed=True)
    assert db.list() == []


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite'}"
    ResultsStore(url)
    with create_engine(url).begin() as conn:
        conn.execute(
            text("INSERT INTO schema_version (version) VALUES (:v)"), {"v": SCHEMA_VERSION + 1}
        )
    with pytest.raises(StoreError, match="newer version"):
        ResultsStore(url)


def test_the_database_url_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DECISION_AID_RESULTS_DB", raising=False)
    assert database_url(str(tmp_path / "x.sqlite")) == f"sqlite:///{tmp_path / 'x.sqlite'}"
    monkeypatch.setenv("DECISION_AID_RESULTS_DB", "postgresql+psycopg://u@h/db")
    assert database_url() == "postgresql+psycopg://u@h/db"


def test_passcode_plain_or_hashed() -> None:
    assert not passcode.check("anything", "")  # nothing configured: read-only
    assert passcode.check("open sesame", "open sesame")
    assert not passcode.check("open", "open sesame")
    hashed = passcode.hash_passcode("open sesame")
    assert hashed.startswith("pbkdf2_sha256$") and "open sesame" not in hashed
    assert passcode.check("open sesame", hashed) and not passcode.check("Open sesame", hashed)


def test_own_results_are_shown_beside_the_published_figures() -> None:
    r = checked(CONTENT, **_ok(outcome="csf_leak", events=4, cases=200))
    rows = beside(CONTENT, "discectomy", [r])
    ((heading, line),) = rows
    assert heading == "Disc surgery (discectomy): Leak of spinal fluid"
    published = CONTENT.outcomes["csf_leak"].label  # the published figure's own name
    assert published.startswith("Leak of spinal fluid")
    assert "4 in 200 MIS operations" in line and f"Published, {published.lower()}: " in line
    assert beside(CONTENT, "fusion", [r]) == []  # another family's results stay apart


def _postgres_bin() -> Path | None:
    for base in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (base / "initdb").exists():
            return base
    return None


@pytest.mark.skipif(
    _postgres_bin() is None,
    reason="PostgreSQL server binaries not installed "
    "(Debian package postgresql); .ci/run installs them",
)
def test_the_same_store_on_postgresql() -> None:
    bin_dir = _postgres_bin()
    assert bin_dir is not None
    work = Path(tempfile.mkdtemp(prefix="pg-"))
    user = "nobody" if os.geteuid() == 0 else None
    run_as = ["runuser", "-u", user, "--"] if user else []
    if user:
        shutil.chown(work, user=user)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    data = work / "data"
    subprocess.run(
        [*run_as, str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *run_as,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            f"-p {port} -k {work} -c listen_addresses=127.0.0.1",
            "-w",
            "start",
            "-l",
            str(work / "log"),
        ],
        check=True,
        capture_output=True,
    )
    try:
        url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
        db = ResultsStore(url)
        db.save(checked(CONTENT, **_ok()), allowed=True)
        assert [(x.family, x.events) for x in ResultsStore(url).list()] == [("discectomy", 2)]
    finally:
        subprocess.run(
            [*run_as, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            capture_output=True,
        )
        shutil.rmtree(work, ignore_errors=True)


def test_a_second_operation_is_shown_beside_every_published_figure_of_more_surgery() -> None:
    """Fusion's E6 counts repeat surgery or a return to hospital (higher after MIS): a
    surgeon's own second-operation rate is not shown beside a selection that leaves it
    out, and each published figure says what it counted."""
    own = OwnResult(family="fusion", outcome="reoperation", approach="mis", events=3, cases=60)
    ((_, line),) = beside(CONTENT, "fusion", [own])
    assert "[E6]" in line and "Published, repeat surgery or back in hospital: " in line


@pytest.mark.parametrize("encoding", ["utf-8:surrogateescape", "utf-8:strict"])
@pytest.mark.parametrize(("given", "ok"), [(b"open sesame\n", True), (b"\xff\xfe\n", False)])
def test_passcode_hash_on_the_command_line(given: bytes, ok: bool, encoding: str) -> None:
    """A hash for a typed passcode; bytes that are not UTF-8 get a sentence, not a
    traceback (found by fuzzing), whatever the locale makes of standard input."""
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    run = subprocess.run(
        [sys.executable, "-m", "decision_aid", "passcode-hash"],
        input=given,
        capture_output=True,
        timeout=60,
        env=env,
    )
    assert b"Traceback" not in run.stderr
    if ok:
        assert run.returncode == 0
        assert passcode.check("open sesame", run.stdout.decode().strip())
    else:
        assert run.returncode == 2 and b"not UTF-8" in run.stderr
