"""ui/figures.py: what Compare draws for a family is built once per process, and only
from the content."""

from __future__ import annotations

import pytest

from decision_aid.compare import comparison
from decision_aid.content import default_content
from decision_aid.models import FAMILIES
from decision_aid.not_now import findings
from ui.figures import family_findings, family_rows, row_parts, rows_with_parts


@pytest.mark.parametrize("family", FAMILIES)
def test_kept_rows_are_the_familys_comparison_with_the_same_words(family: str) -> None:
    c = default_content()
    kept = family_rows(family)
    assert [r for r, _ in kept] == comparison(c, family)
    assert [parts for _, parts in kept] == [row_parts(c, r) for r in comparison(c, family)]
    assert family_rows(family) is kept  # one copy per process
    assert rows_with_parts(c, family) is kept
    assert family_findings(family) == tuple(findings(c, family, None))


def test_other_content_is_never_served_from_the_kept_copy() -> None:
    c = default_content()
    other = c.model_copy(update={"texts": {**c.texts, "studies_found": "Found in studies:"}})
    built = rows_with_parts(other, "fusion")
    assert built is not family_rows("fusion")
    assert all("Found in studies:" in parts[2] for _, parts in built)
