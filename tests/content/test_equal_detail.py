"""MIS and open surgery are described in equal detail (within 25% in word count)."""

from __future__ import annotations

import pytest

from decision_aid.content import default_content
from decision_aid.models import Content
from decision_aid.readability import word_count

LIMIT = 0.25
_content = default_content()
TRADEOFFS = [t.key for t in _content.ordered_tradeoffs()]
SECTIONS = [title for title, _ in _content.options["mis"].sections()]


def within(a: int, b: int) -> bool:
    return abs(a - b) <= LIMIT * max(a, b)


def test_the_limit_can_fail() -> None:
    assert within(100, 75) and within(20, 16)
    assert not within(100, 74) and not within(10, 7)


@pytest.mark.parametrize("key", TRADEOFFS)
def test_tradeoff_texts_are_equally_detailed(content: Content, key: str) -> None:
    t = content.tradeoffs[key]
    a, b = word_count(t.mis), word_count(t.open)
    assert a > 0 and b > 0
    assert within(a, b), f"{key}: MIS {a} words, open {b} words"


@pytest.mark.parametrize("section", SECTIONS)
def test_option_sections_are_equally_detailed(content: Content, section: str) -> None:
    mis = dict(content.options["mis"].sections())[section]
    open_ = dict(content.options["open"].sections())[section]
    a, b = word_count(mis), word_count(open_)
    assert within(a, b), f"{section}: MIS {a} words, open {b} words"


def test_options_as_a_whole_are_equally_detailed(content: Content) -> None:
    a = sum(word_count(text) for _, text in content.options["mis"].sections())
    b = sum(word_count(text) for _, text in content.options["open"].sections())
    assert within(a, b), f"MIS {a} words, open {b} words"


def test_options_cite_sources_in_equal_measure(content: Content) -> None:
    mis, open_ = content.options["mis"], content.options["open"]
    assert mis.sources and open_.sources
    assert mis.name and open_.name and mis.short and open_.short
