"""Measured, not guessed: the time to complete stated on the Welcome step matches what the
example patients read and answer; and every whole step reads at grade 8 or lower on both
Flesch-Kincaid and SMOG."""

from __future__ import annotations

import pytest
import textstat

from decision_aid.content import default_content
from decision_aid.readability import MAX_GRADE
from decision_aid.timing import minutes, stated_range
from tests.app.conftest import PAGES
from tests.support.patients import names
from tests.support.reading import inputs, rendered, step_prose


def test_the_stated_time_is_the_measured_time() -> None:
    times = []
    for name in names():
        steps = [rendered(name, step) for step in PAGES]
        words = sum(len(step_prose(at, folded=False).split()) for at in steps)
        times.append(minutes(words, sum(inputs(at) for at in steps), len(PAGES)))
    assert tuple(default_content().meta.minutes_to_complete) == stated_range(times), (
        "re-measure with python benchmarks/time_to_complete.py and update data/meta.yaml"
    )


def test_the_time_rule_can_fail() -> None:
    assert stated_range([12.0, 31.0]) == (10, 35)
    with pytest.raises(ValueError):
        minutes(-1, 0, 0)


@pytest.mark.parametrize("name", names())
@pytest.mark.parametrize("step", PAGES)
def test_every_whole_step_reads_at_grade_8_on_both_formulas(name: str, step: str) -> None:
    """Each step as this patient meets it (folded details included, references left out)."""
    text = step_prose(rendered(name, step))
    assert textstat.lexicon_count(text) > 20
    fk, smog = textstat.flesch_kincaid_grade(text), textstat.smog_index(text)
    assert fk <= MAX_GRADE and smog <= MAX_GRADE, f"{step}, {name}: FK {fk:.2f}, SMOG {smog:.2f}"
