"""The words for a patient's answers (from data/choices.yaml), in one place."""

from __future__ import annotations

from decision_aid.models import Content


class Choices:
    """Answer ids -> the words shown for them, with one wording for "not answered"."""

    def __init__(self, content: Content) -> None:
        self._words = content.choices
        self.none = content.texts["answer_none"]

    def options(self, kind: str) -> dict[str, str]:
        """All choices of one kind, id -> words, in the content's order."""
        return dict(self._words[kind])

    def one(self, kind: str, key: str) -> str:
        return self._words[kind].get(key, self.none) if key else self.none

    def many(self, kind: str, keys: list[str]) -> str:
        return ", ".join(self._words[kind].get(k, k) for k in keys) or self.none

    def yes_no(self, value: bool) -> str:
        return self._words["yes_no"]["yes" if value else "no"]

    def rating(self, value: int) -> str:
        return self._words["ratings"][str(value)]

    def ratings(self) -> list[str]:
        return list(self._words["ratings"].values())
