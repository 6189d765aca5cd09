from __future__ import annotations

from decision_aid.answers import MAX_QUESTIONS
from decision_aid.models import Content


def test_question_limit_in_words_matches_the_code(content: Content) -> None:
    assert str(MAX_QUESTIONS) in content.texts["too_many_questions"]


def test_every_text_key_used_by_pages_exists(content: Content) -> None:
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    used: set[str] = set()
    for folder in ("pages", "ui", "decision_aid"):
        for path in (root / folder).glob("*.py"):
            used |= set(re.findall(r"texts\[\"([a-z_]+)\"\]", path.read_text(encoding="utf-8")))
    assert used, "no text keys found"
    assert used <= set(content.texts), sorted(used - set(content.texts))
