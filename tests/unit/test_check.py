"""decision_aid.check and `python -m decision_aid check`."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from decision_aid import check
from decision_aid.content import DATA_DIR
from decision_aid.models import FAMILIES, Content
from decision_aid.readability import word_count

ROOT = DATA_DIR.parent


def edit_yaml(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_the_real_content_has_no_problems() -> None:
    r = check.run()
    assert r.problems == []
    assert "Claims covered: 17/17" in r.lines
    assert "Considerations carried: 7/7" in r.lines
    for fam in FAMILIES:
        assert any(line.strip().startswith(fam) and "figures" in line for line in r.lines), fam
    assert not any("UNEQUAL" in line or "HIGH" in line for line in r.lines)


def test_equal_detail() -> None:
    assert check.equal_detail("one two three four", "one two three") == (4, 3, True)
    assert check.equal_detail("a b c d e", "a b c") == (5, 3, False)  # 2 > 25% of 5
    assert check.equal_detail("a " * 100, "a " * 75) == (100, 75, True)  # exactly 25%
    assert check.equal_detail("a " * 100, "a " * 74) == (100, 74, False)


def test_doubled_mis_text_is_unequal(data_copy: Path, content: Content) -> None:
    edit_yaml(
        data_copy / "tradeoffs" / "scar.yaml", lambda t: t.update(mis=f"{t['mis']} {t['mis']}")
    )
    r = check.run(data_copy)
    unequal = [line for line in r.lines if "UNEQUAL" in line]
    assert len(unequal) == 1 and unequal[0].split()[0] == "scar"
    scar = content.tradeoffs["scar"]
    mis, open_ = 2 * word_count(scar.mis), word_count(scar.open)
    assert r.problems == [
        f"trade-off 'scar': MIS {mis} words vs open {open_} words (over 25% apart)"
    ]


def test_a_passed_review_date_is_a_problem(content: Content) -> None:
    due = content.meta.next_review
    message = f"next review date {due} has passed"
    assert check.run(today=due + dt.timedelta(days=365)).problems == [message]
    assert check.run(today=due).problems == [message]
    assert check.run(today=due - dt.timedelta(days=1)).problems == []


def test_a_claim_that_loses_a_source(data_copy: Path) -> None:
    edit_yaml(data_copy / "tradeoffs" / "scar.yaml", lambda t: t["sources"].remove("S4"))
    r = check.run(data_copy)
    assert "claim 'scar' does not cite ['S4']" in r.problems
    assert "Claims covered: 16/17" in r.lines


def test_a_claim_that_favours_the_other_side(data_copy: Path) -> None:
    edit_yaml(data_copy / "tradeoffs" / "scar.yaml", lambda t: t.update(claim_favours="open"))
    r = check.run(data_copy)
    assert "claim 'scar' favours mis, file says open" in r.problems
    assert "Claims covered: 16/17" in r.lines


def test_a_consideration_that_is_not_carried(data_copy: Path) -> None:
    edit_yaml(data_copy / "texts.yaml", lambda t: t.pop("aftercare"))
    r = check.run(data_copy)
    assert "consideration 'aftercare': texts:aftercare is missing" in r.problems
    assert "Considerations carried: 6/7" in r.lines


def test_a_hard_text_is_flagged(data_copy: Path) -> None:
    hard = (
        "Notwithstanding considerable methodological heterogeneity, contemporaneous "
        "meta-analytical investigations demonstrated statistically indistinguishable "
        "postoperative functional trajectories irrespective of operative methodology."
    )
    edit_yaml(data_copy / "texts.yaml", lambda t: t.update(aftercare=hard))
    r = check.run(data_copy)
    assert any(p.startswith("texts.aftercare: reading grade") for p in r.problems)
    assert any("HIGH" in line and "texts.aftercare" in line for line in r.lines)


def test_content_errors_become_problems(data_copy: Path) -> None:
    edit_yaml(data_copy / "tradeoffs" / "scar.yaml", lambda t: t.update(key="scars"))
    r = check.run(data_copy)
    assert "scar.yaml: key 'scars' does not match the file name" in r.problems
    assert check.main(data_copy) == 1


def test_main_returns_0_on_clean_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert check.main() == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("All content checks passed.")


def test_python_m_decision_aid_check() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "decision_aid", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "Claims covered: 17/17" in out
    assert "All content checks passed." in out
    for fam in FAMILIES:
        assert f"  {fam} " in out, fam


def test_an_option_figure_of_an_unknown_family_is_a_problem(data_copy: Path) -> None:
    """A family neither an operation family nor a known pool would make its study count
    for no patient (or, before the pools were named, for every patient)."""
    path = data_copy / "figures_options.csv"
    text = path.read_text(encoding="utf-8")
    assert ",lumbar_mixed," in text or text.count("lumbar_mixed") > 0
    path.write_text(text.replace("lumbar_mixed", "lumbar_all", 1), encoding="utf-8")
    r = check.run(data_copy)
    assert any("family 'lumbar_all' is neither" in p for p in r.problems), r.problems


@pytest.mark.parametrize("note", ["3 MIS / 41 open", "0 MIS / 41 open", "", "37 MIS"])
def test_counts_without_fitting_group_sizes_are_a_problem(data_copy: Path, note: str) -> None:
    """4 patients with a complication need a group of at least 4 to be counted out of:
    else the patient would read two counts with no "out of"."""
    path = data_copy / "figures.csv"
    text = path.read_text(encoding="utf-8")
    assert ",E12,37 MIS / 41 open" in text
    path.write_text(text.replace(",E12,37 MIS / 41 open", f",E12,{note}"), encoding="utf-8")
    if note:  # every note needs plain words, or the content does not load at all
        plain = data_copy / "plain_words.yaml"
        plain.write_text(plain.read_text(encoding="utf-8") + f"{note}: {note}\n", encoding="utf-8")
    r = check.run(data_copy)
    assert any("counts need their group sizes" in p for p in r.problems), r.problems
