"""The surgeon's own results page in AppTest: read-only without a passcode; with one,
valid values are saved to the database (SQLite in a temp dir), bad values and a wrong
passcode get a clear message and nothing is saved; the consult shows them beside the
published figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from decision_aid.clinic.store import ResultsStore
from tests.app.conftest import APP, texts
from tests.support.patients import load
from ui.textsafe import plain_markdown


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'results.sqlite'}"
    monkeypatch.setenv("DECISION_AID_RESULTS_DB", url)
    return url


def results_page() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page("app_pages/results.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def fill(at: AppTest, events: str, cases: str, code: str) -> AppTest:
    at.text_input(key="own_events").input(events)
    at.text_input(key="own_cases").input(cases)
    at.text_input(key="own_passcode").input(code)
    at.button[0].click().run()
    assert not at.exception
    return at


def test_without_a_passcode_the_results_are_read_only(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DECISION_AID_CLINICIAN_PASSCODE", raising=False)
    at = results_page()
    assert "not change them" in texts(at) and "DECISION_AID_CLINICIAN_PASSCODE" in texts(at)
    assert not at.text_input  # no form to change anything


def test_with_the_passcode_values_are_saved_and_bad_ones_are_not(
    db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DECISION_AID_CLINICIAN_PASSCODE", "letmein")
    at = fill(results_page(), "9", "3", "letmein")
    assert "there cannot be more events than cases" in texts(at)
    assert ResultsStore(db).list() == []
    at = fill(at, "2", "150", "wrong")
    assert "passcode is not right" in texts(at)
    assert ResultsStore(db).list() == []
    at = fill(at, "2", "150", "letmein")
    assert "Saved." in texts(at)
    (saved,) = ResultsStore(db).list()
    assert (saved.family, saved.approach, saved.events, saved.cases) == ("fusion", "mis", 2, 150)
    assert "2 in 150 MIS operations" in texts(at)


def _disc_result_at_consult(db: str, period: str = "") -> AppTest:
    """A surgeon's disc reoperations (3 in 40 MIS) saved, and a disc patient loaded."""
    from decision_aid.clinic.results import checked
    from decision_aid.content import default_content

    result = checked(
        default_content(),
        family="discectomy",
        approach="mis",
        outcome="reoperation",
        events=3,
        cases=40,
        period=period,
    )
    ResultsStore(db).save(result, allowed=True)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.session_state["answers"] = load("herniated_disc_scar_leaning_mis").answers
    return at


def test_the_consult_shows_own_results_beside_the_published(db: str) -> None:
    at = _disc_result_at_consult(db)
    at.switch_page("app_pages/consult.py").run()
    shown = texts(at)
    for part in ("3 in 40 MIS operations", "likely range is wide", "This surgeon's own results."):
        assert plain_markdown(part) in shown, part  # shown as plain text
    assert "Published, " in shown


def test_a_typed_period_is_never_markup(db: str) -> None:
    """The surgeon's period is free text: on the results page and the consult screen it
    is shown as typed, not as a link or a list (found by fuzzing)."""
    at = _disc_result_at_consult(db, period="[link](javascript:alert(1))\n- item")
    for page in ("app_pages/consult.py", "app_pages/results.py"):
        at.switch_page(page).run()
        assert not at.exception
        shown = [m.value for m in at.markdown if "3 in 40 MIS" in m.value]
        assert shown and all("](javascript" not in v for v in shown), page
        assert all(plain_markdown("[link]") in v for v in shown), page
