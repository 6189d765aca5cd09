"""Every claim of the source documents is carried by one trade-off file, with its sources."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from decision_aid.content import DATA_DIR
from decision_aid.models import Content

CLAIMS: dict[str, Any] = yaml.safe_load((DATA_DIR / "claims.yaml").read_text(encoding="utf-8"))
CLAIM_ROWS: list[dict[str, Any]] = CLAIMS["tradeoffs"]

# The 17 claims the five clinic pages make (see claims.yaml), written out in full so that
# dropping one from claims.yaml cannot silently pass.
CLAIM_KEYS = [
    "tissue",
    "infection",
    "recovery",
    "hospital_stay",
    "scar",
    "blood_loss",
    "pain",
    "precision",
    "recurrence",
    "anaesthesia",
    "cost",
    "radiation",
    "access",
    "complex_tumour",
    "expertise",
    "evidence",
    "conversion",
]


def test_claims_yaml_lists_exactly_the_17_claims() -> None:
    keys = [row["key"] for row in CLAIM_ROWS]
    assert len(keys) == len(set(keys)) == 17
    assert sorted(keys) == sorted(CLAIM_KEYS)


def test_every_claim_has_a_tradeoff_and_every_tradeoff_a_claim(content: Content) -> None:
    assert set(content.tradeoffs) == set(CLAIM_KEYS)
    files = {p.stem for p in (DATA_DIR / "tradeoffs").glob("*.yaml")}
    assert files == set(CLAIM_KEYS)


@pytest.mark.parametrize("row", CLAIM_ROWS, ids=lambda r: r["key"])
def test_tradeoff_cites_the_claims_sources(content: Content, row: dict[str, Any]) -> None:
    t = content.tradeoffs[row["key"]]
    assert row["sources"], "a claim must name the documents that make it"
    assert all(s.startswith("S") for s in row["sources"])
    missing = sorted(set(row["sources"]) - set(t.sources))
    assert missing == [], f"{row['key']}.yaml does not cite {missing}"


@pytest.mark.parametrize("row", CLAIM_ROWS, ids=lambda r: r["key"])
def test_tradeoff_favours_what_the_claim_favours(content: Content, row: dict[str, Any]) -> None:
    assert content.tradeoffs[row["key"]].claim_favours == row["favours"]


@pytest.mark.parametrize("row", CLAIMS["considerations"], ids=lambda r: r["key"])
def test_every_consideration_is_carried(content: Content, row: dict[str, Any]) -> None:
    kind, _, key = row["carried_by"].partition(":")
    carriers = {
        "flags": {f.id for f in content.flags},
        "questions": {q.id for q in content.questions},
        "texts": set(content.texts),
    }
    assert kind in carriers, row["carried_by"]
    assert key in carriers[kind], f"{row['key']}: {row['carried_by']} is missing"
    assert all(s in content.sources for s in row["sources"])


@pytest.mark.parametrize("key", CLAIM_KEYS)
def test_every_cited_source_exists(content: Content, key: str) -> None:
    t = content.tradeoffs[key]
    assert t.sources
    assert [s for s in t.sources if s not in content.sources] == []
    assert len(t.sources) == len(set(t.sources)), "a source is cited twice"
