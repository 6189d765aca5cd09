"""decision_aid.content: every problem in every file, gathered and raised once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from decision_aid.content import (
    DATA_DIR,
    ContentError,
    check_tradeoff_file,
    default_content,
    load_content,
    load_tradeoff,
)
from decision_aid.models import FAMILIES, Content


def edit_yaml(path: Path, change: object) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)  # type: ignore[operator]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def problems_of(root: Path) -> list[str]:
    with pytest.raises(ContentError) as info:
        load_content(root)
    return info.value.problems


def test_the_real_content_loads(content: Content) -> None:
    assert len(content.tradeoffs) == 17
    assert len(content.figures) == 75
    assert set(content.options) == {"mis", "open", "not_now"}
    assert set(content.families) == set(FAMILIES)
    assert default_content() is default_content()  # loaded once


def test_a_clean_copy_loads_the_same(data_copy: Path, content: Content) -> None:
    assert load_content(data_copy) == content


def test_several_broken_files_give_one_error_listing_every_problem(data_copy: Path) -> None:
    d = data_copy
    # 1. meta.yaml: a date that is not a date
    edit_yaml(d / "meta.yaml", lambda m: m.update(next_review="someday"))
    # 2. sources.yaml: the same id twice
    edit_yaml(d / "sources.yaml", lambda s: s.append(dict(s[0])))
    # 3. a trade-off whose key does not match its file name
    edit_yaml(d / "tradeoffs" / "tissue.yaml", lambda t: t.update(key="tissues"))
    # 4. a trade-off that is not valid YAML
    (d / "tradeoffs" / "scar.yaml").write_text("key: scar\ntitle: [unclosed\n", encoding="utf-8")
    # 5. figures.csv: an unknown operation family
    with (d / "figures.csv").open("a", encoding="utf-8") as fh:
        fh.write("knee,blood_loss,difference,,,-1,,,mL,,E1,\n")
    # 6. flags.yaml: a rule on an answer that does not exist
    edit_yaml(
        d / "flags.yaml",
        lambda fl: next(f for f in fl if f["id"] == "large_tumour")["when"].append(
            {"field": "shoe_size", "equals": "9"}
        ),
    )
    # 7. an option with a typo in a field name
    edit_yaml(d / "options" / "open.yaml", lambda o: o.update(recovry="typo"))
    # 8. a trade-off citing a source that does not exist
    edit_yaml(d / "tradeoffs" / "pain.yaml", lambda t: t["sources"].append("S9"))
    # 9. a quiz answer that is not one of the choices
    edit_yaml(d / "quiz.yaml", lambda q: q[0].update(answer=7))

    with pytest.raises(ContentError) as info:
        load_content(d)
    problems = info.value.problems
    expected = [
        r"^meta\.yaml: next_review: ",
        r"^sources\.yaml: duplicate id 'S0'$",
        r"^tissue\.yaml: key 'tissues' does not match the file name$",
        r"^scar\.yaml: not valid YAML",
        r"^figures\.csv line 77: family: ",
        r"^flags\.yaml\[large_tumour\]: rule uses unknown answer field 'shoe_size'$",
        r"^options/open\.yaml: recovry: Extra inputs are not permitted$",
        r"^tradeoffs/pain\.yaml: unknown source id 'S9'$",
        r"^quiz\.yaml\[long_term\]: answer 7 is not one of the choices$",
    ]
    for pattern in expected:
        assert any(re.search(pattern, p) for p in problems), (pattern, problems)
    # One message, listing every problem, one a line.
    message = str(info.value)
    assert message.startswith(f"{len(problems)} problem(s) in the content:\n")
    assert message.count("\n- ") == len(problems)
    assert all(f"- {p}" in message for p in problems)


def test_a_missing_file_is_a_problem(data_copy: Path) -> None:
    (data_copy / "quiz.yaml").unlink()
    (data_copy / "figures.csv").unlink()
    problems = problems_of(data_copy)
    assert "quiz.yaml: file is missing" in problems
    assert "figures.csv: file is missing" in problems


def test_a_missing_option_is_a_problem(data_copy: Path) -> None:
    (data_copy / "options" / "not_now.yaml").unlink()
    assert "options/not_now.yaml: option is missing" in problems_of(data_copy)


def test_a_missing_family_is_a_problem(data_copy: Path) -> None:
    edit_yaml(data_copy / "families.yaml", lambda f: f.pop())
    assert "families.yaml: operation family 'fracture' is missing" in problems_of(data_copy)


def test_a_rule_with_two_tests_is_a_problem(data_copy: Path) -> None:
    def two_tests(questions: list[dict[str, object]]) -> None:
        question = next(q for q in questions if q["id"] == "switch_rate")
        question["when"][0]["equals"] = "x"  # type: ignore[index]

    edit_yaml(data_copy / "questions.yaml", two_tests)
    assert (
        "questions.yaml[switch_rate]: a rule needs exactly one test "
        "(equals, in, contains, at_least)" in problems_of(data_copy)
    )


def test_a_figure_for_an_unknown_outcome_or_source(data_copy: Path) -> None:
    with (data_copy / "figures.csv").open("a", encoding="utf-8") as fh:
        fh.write("fusion,knee_bends,value,3,,,,,cases,,E1,\n")
        fh.write("fusion,blood_loss,value,3,,,,,mL,,S1,\n")
    problems = problems_of(data_copy)
    assert "figures.csv row 76 (fusion/knee_bends): outcome has no entry in outcomes.yaml" in (
        problems
    )
    assert "figures.csv row 77 (fusion/blood_loss): unknown evidence source 'S1'" in problems


def test_a_tradeoff_with_an_unknown_family_or_outcome(data_copy: Path) -> None:
    def change(t: dict[str, object]) -> None:
        t["by_family"]["knee"] = {"direction": "mis", "strength": "weak", "note": "x"}  # type: ignore[index]
        t["outcomes"].append("knee_bends")  # type: ignore[attr-defined]

    edit_yaml(data_copy / "tradeoffs" / "blood_loss.yaml", change)
    problems = problems_of(data_copy)
    assert "tradeoffs/blood_loss.yaml: unknown operation family 'knee'" in problems
    assert "tradeoffs/blood_loss.yaml: unknown outcome 'knee_bends'" in problems


# --- one trade-off file on its own --------------------------------------------------------


def test_file_name_must_equal_the_key(tmp_path: Path) -> None:
    src = (DATA_DIR / "tradeoffs" / "scar.yaml").read_text(encoding="utf-8")
    path = tmp_path / "scars.yaml"
    path.write_text(src, encoding="utf-8")
    problems: list[str] = []
    t = load_tradeoff(path, problems)
    assert t is not None and t.key == "scar"
    assert problems == ["scars.yaml: key 'scar' does not match the file name"]


def test_load_tradeoff_without_a_problem_list_does_not_raise(tmp_path: Path) -> None:
    path = tmp_path / "scar.yaml"
    path.write_text("key: scar\n", encoding="utf-8")
    assert load_tradeoff(path) is None


@pytest.mark.parametrize("path", sorted((DATA_DIR / "tradeoffs").glob("*.yaml")), ids=str)
def test_every_real_tradeoff_file_passes_on_its_own(path: Path, content: Content) -> None:
    assert check_tradeoff_file(path, set(content.sources)) == []


def test_check_tradeoff_file_checks_sources(tmp_path: Path, content: Content) -> None:
    path = tmp_path / "scar.yaml"
    path.write_text((DATA_DIR / "tradeoffs" / "scar.yaml").read_text(encoding="utf-8"))
    assert check_tradeoff_file(path, set(content.sources)) == []
    assert check_tradeoff_file(path, set(content.sources) - {"S4"}) == [
        "scar.yaml: unknown source id 'S4'"
    ]


def test_a_key_given_twice_is_a_problem(data_copy: Path) -> None:
    """Plain YAML keeps the last of two equal keys without a word; a text defined twice
    had lost its first meaning (the surgeon's period was never shown)."""
    texts = data_copy / "texts.yaml"
    texts.write_text(texts.read_text(encoding="utf-8") + "own_saved: Saved twice.\n", "utf-8")
    (problem,) = [p for p in problems_of(data_copy) if p.startswith("texts.yaml")]
    assert "'own_saved' is given twice" in problem


def test_merge_keys_still_load_and_odd_keys_are_a_problem() -> None:
    from decision_aid.content import _UniqueKeyLoader

    text = "base: &b {x: 1, y: 2}\nuse:\n  <<: *b\n  y: 3\n"
    assert yaml.load(text, Loader=_UniqueKeyLoader)["use"] == {"x": 1, "y": 3}
    with pytest.raises(yaml.YAMLError, match="list or a mapping"):
        yaml.load("? [a, b]\n: 1\n", Loader=_UniqueKeyLoader)
