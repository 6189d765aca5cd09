"""Evaluate the small rule language used by flags and surgeon questions."""

from __future__ import annotations

from typing import Any

from decision_aid.answers import Answers
from decision_aid.models import Rule


def field_value(answers: Answers, field: str) -> Any:
    head, _, sub = field.partition(".")
    value = getattr(answers, head)
    if sub:
        return value.get(sub) if isinstance(value, dict) else None  # None: not answered
    return value


def holds(rule: Rule, answers: Answers) -> bool:
    value = field_value(answers, rule.field)
    if rule.equals is not None:
        return bool(value == rule.equals)
    if rule.is_in is not None:
        return value in rule.is_in
    if rule.contains is not None:
        return isinstance(value, list) and rule.contains in value
    if rule.at_least is not None:
        return isinstance(value, int) and value >= rule.at_least
    return False


def all_or_any(
    rules: tuple[Rule, ...], any_of: bool, answers: Answers, unless: tuple[Rule, ...] = ()
) -> bool:
    """No rules: true. Otherwise all rules hold (any, with ``any_of``); and no ``unless``
    rule holds."""
    if any(holds(r, answers) for r in unless):
        return False
    if not rules:
        return True
    results = (holds(r, answers) for r in rules)
    return any(results) if any_of else all(results)
