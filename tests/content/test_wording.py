"""No text tells the patient what to choose, sells a method, or names a clinic or doctor."""

from __future__ import annotations

import re

import pytest

from decision_aid.content import default_content
from decision_aid.models import Content
from decision_aid.readability import patient_texts

_content = default_content()


def every_text(c: Content) -> list[tuple[str, str]]:
    """Everything a patient reads, with option names and source titles too."""
    texts = list(patient_texts(c))
    for o in c.options.values():
        texts += [(f"options/{o.id}.name", o.name), (f"options/{o.id}.short", o.short)]
    for s in c.sources.values():
        if s.kind == "document":
            texts.append((f"sources.{s.id}", s.citation))
    return texts


TEXTS = every_text(_content)

# A directive to the patient, or words that sell rather than inform.
BANNED = [
    r"you should have",
    r"\bbest\b",
    r"\bsafest\b",
    r"\bgreatest\b",
    r"\bfinest\b",
    r"revolutionary",
    r"cutting[- ]edge",
    r"state[- ]of[- ]the[- ]art",
    r"ground[- ]?breaking",
    r"breakthrough",
    r"\bmiracle",
    r"world[- ]class",
    r"\bpainless\b",
    r"\bguarantee",
    r"\bscarless\b",
    r"\brisk[- ]free\b",
]
# Names of clinics, hospitals or doctors: "Dr Smith", "Mayo Clinic", "St Mary's Hospital".
NAMES = [
    r"\bDr\.?\s+[A-Z]",
    r"\bM\.?D\.?\b",
    r"\b(?:[A-Z][\w'’]+\s+)+(?:Clinic|Hospital|Institute|Centre|Center|Medical|Health)\b",
    r"\b(?:Clinic|Hospital|Institute|Centre|Center)\s+(?:of|for)\s+[A-Z]",
    r"https?://|www\.",
]

# The SURE test's first item is a validated instrument (O'Connor and Légaré, 2008). Its
# published wording, "the best choice for you", must not be changed, so that one phrase
# is exempt there (and only there).
VALIDATED = {"sure.sure": "the best choice for you"}


def test_the_patterns_can_fail() -> None:
    for bad in [
        "You should have MIS.",
        "The best option.",
        "A revolutionary method.",
        "Cutting-edge tools.",
        "A guaranteed result.",
    ]:
        assert any(re.search(p, bad, re.IGNORECASE) for p in BANNED), bad
    for name in ["Ask Dr Smith.", "Mayo Clinic", "St Mary's Hospital", "see www.example.org"]:
        assert any(re.search(p, name) for p in NAMES), name
    for fine in ["Ask your doctor.", "The clinic pages say so.", "A hospital stay."]:
        assert not any(re.search(p, fine) for p in NAMES), fine


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[w for w, _ in TEXTS])
def test_no_directive_or_sales_words(where: str, text: str) -> None:
    checked = text
    if where in VALIDATED:
        assert VALIDATED[where] in text, f"{where}: validated wording changed"
        checked = text.replace(VALIDATED[where], "")
    found = [p for p in BANNED if re.search(p, checked, re.IGNORECASE)]
    assert found == [], f"{where}: {text!r}"


@pytest.mark.parametrize(("where", "text"), TEXTS, ids=[w for w, _ in TEXTS])
def test_no_clinic_or_doctor_names(where: str, text: str) -> None:
    found = [p for p in NAMES if re.search(p, text)]
    assert found == [], f"{where}: {text!r}"


def test_the_weigh_up_never_advises(content: Content) -> None:
    weigh_keys = [k for k in content.texts if k.startswith("weigh_")]
    assert {"weigh_mis", "weigh_open", "weigh_mis_but", "weigh_open_but"} <= set(weigh_keys)
    for key in weigh_keys:
        text = content.texts[key].lower()
        assert "you should" not in text and "we recommend" not in text, key
        # a guess at what the surgeon will advise, beside the patient's own leaning
        assert "advise" not in text or key == "weigh_intro", key
    assert "not advice" in content.texts["weigh_intro"].lower()
