"""meta.yaml is current and complete; every option is described in full."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from decision_aid.models import Content

OPTIONS = ["mis", "open", "not_now"]


def test_next_review_is_in_the_future(content: Content) -> None:
    today = dt.date.today()
    assert content.meta.next_review > today, (
        f"the content was due for review on {content.meta.next_review}"
    )
    assert content.meta.date_reviewed <= today
    assert content.meta.date_reviewed < content.meta.next_review


def test_meta_is_filled_in(content: Content) -> None:
    m = content.meta
    for name in ("content_version", "authored_by", "checked_by", "funding", "conflicts"):
        assert getattr(m, name).strip(), name
    assert m.content_version.count(".") == 2


@pytest.mark.parametrize("option", OPTIONS)
def test_every_section_of_every_option_is_filled_in(content: Content, option: str) -> None:
    o = content.options[option]
    sections = o.sections()
    assert [t for t, _ in sections] == [
        "what_it_is",
        "on_the_day",
        "anaesthesia",
        "incision_and_imaging",
        "recovery",
    ]
    assert all(f"option_section_{field}" in content.texts for field, _ in sections)
    empty = [title for title, text in sections if not text.strip()]
    assert empty == [], f"{option}: empty {empty}"
    assert o.name.strip() and o.short.strip() and o.sources


def test_not_having_surgery_is_a_real_option(content: Content) -> None:
    assert "real choice" in content.options["not_now"].what_it_is


def test_every_tradeoff_says_both_sides(content: Content) -> None:
    for t in content.tradeoffs.values():
        fields = {"title": t.title, "mis": t.mis, "open": t.open, "claim": t.claim}
        fields["verdict"] = t.evidence.verdict
        assert [k for k, v in fields.items() if not v.strip()] == [], t.key


def test_content_says_how_studies_were_chosen_how_it_is_updated_and_who_does_what(
    content: Content,
) -> None:
    m = content.meta
    # a version number, the one the README states
    assert re.fullmatch(r"\d+\.\d+\.\d+", m.content_version), m.content_version
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"Content version {m.content_version}." in readme
    assert "word for word" in m.how_chosen and "claim" in m.how_chosen
    assert "new review" in m.update_policy and "version" in m.update_policy
    assert "Surgeon check" in m.roles and "Patient check" in m.roles
