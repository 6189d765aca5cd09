"""Load data/ into validated models.

Every file is read and checked before anything fails: the loader gathers every problem
in every file, then raises one :class:`ContentError` that lists them all.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Collection
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from decision_aid.answers import CHOICE_IDS
from decision_aid.content_refs import cross_check, tradeoff_refs
from decision_aid.models import (
    Condition,
    Content,
    FamilyInfo,
    Figure,
    Flag,
    Meta,
    Option,
    Outcome,
    Priority,
    QuizQuestion,
    Source,
    SureItem,
    SurgeonQuestion,
    TradeOff,
)
from decision_aid.not_now_models import NotNowFamily, OptionFigure

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
M = TypeVar("M", bound=BaseModel)


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, except that a key given twice in one mapping is an error
    (plain YAML keeps the last one without a word: a text defined twice lost its first
    meaning)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue  # "<<: *anchor" brings keys in on purpose; keys after it win
            key = self.construct_object(key_node, deep=deep)
            try:
                again = key in seen
                seen.add(key)
            except TypeError:  # a key YAML allows but Python cannot hash, e.g. "? [a, b]"
                raise yaml.constructor.ConstructorError(
                    None, None, "a key that is a list or a mapping", key_node.start_mark
                ) from None
            if again:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark
                )
        return super().construct_mapping(node, deep=deep)


class ContentError(ValueError):
    """Raised once, listing every problem found in the content."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"- {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the content:\n{lines}")


def _describe(err: ValidationError) -> list[str]:
    out = []
    for e in err.errors():
        where = ".".join(str(p) for p in e["loc"]) or "(top)"
        out.append(f"{where}: {e['msg']}")
    return out


class _Collector:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[str] = []

    def rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)

    def read_yaml(self, path: Path) -> Any:
        try:
            with path.open(encoding="utf-8") as fh:
                return yaml.load(fh, Loader=_UniqueKeyLoader)  # a SafeLoader
        except FileNotFoundError:
            self.problems.append(f"{self.rel(path)}: file is missing")
        except yaml.YAMLError as exc:
            self.problems.append(f"{self.rel(path)}: not valid YAML ({exc})")
        return None

    def model(self, cls: type[M], data: Any, where: str) -> M | None:
        if not isinstance(data, dict):
            self.problems.append(f"{where}: expected a mapping of fields")
            return None
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            self.problems.extend(f"{where}: {msg}" for msg in _describe(exc))
            return None

    def items(self, cls: type[M], path: Path) -> list[M]:
        data = self.read_yaml(path)
        if data is None:
            return []
        return self.model_list(cls, data, self.rel(path))

    def model_list(self, cls: type[M], data: Any, where: str) -> list[M]:
        if not isinstance(data, list):
            self.problems.append(f"{where}: expected a list")
            return []
        out = []
        for i, raw in enumerate(data):
            label = raw.get("id", i) if isinstance(raw, dict) else i
            item = self.model(cls, raw, f"{where}[{label}]")
            if item is not None:
                out.append(item)
        return out


def load_tradeoff(path: Path, problems: list[str] | None = None) -> TradeOff | None:
    """Load one trade-off file; the file name must equal its key."""
    col = _Collector(path.parent)
    data = col.read_yaml(path)
    item = col.model(TradeOff, data, path.name) if data is not None else None
    if item is not None and item.key != path.stem:
        col.problems.append(f"{path.name}: key {item.key!r} does not match the file name")
    if problems is not None:
        problems.extend(col.problems)
    return item


def check_tradeoff_file(path: Path, source_ids: Collection[str]) -> list[str]:
    """Every problem in one trade-off file on its own (fields, key, sources, families)."""
    problems: list[str] = []
    t = load_tradeoff(path, problems)
    if t is not None:
        problems.extend(tradeoff_refs(t, path.name, source_ids))
    return problems


def _figures(col: _Collector, path: Path, model: type[M] = Figure) -> list[M]:  # type: ignore[assignment]
    out: list[M] = []
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except FileNotFoundError:
        col.problems.append(f"{col.rel(path)}: file is missing")
        return out
    for n, row in enumerate(rows, start=2):
        clean = {k: (v if v != "" else None) for k, v in row.items()}
        for text_field in ("unit", "when", "note"):
            clean[text_field] = clean.get(text_field) or ""
        if "analysis" in clean:
            clean["analysis"] = clean["analysis"] or ""
        item = col.model(model, clean, f"{col.rel(path)} line {n}")
        if item is not None:
            out.append(item)
    return out


def _unique(col: _Collector, name: str, items: list[Any], attr: str = "id") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for it in items:
        key = getattr(it, attr)
        if key in out:
            col.problems.append(f"{name}: duplicate id {key!r}")
        out[key] = it
    return out


def load_content(root: Path = DATA_DIR) -> Content:
    """Read and validate every content file under ``root``.

    Raises
    ------
    ContentError
        Listing every problem found, in every file, at once.
    """
    col = _Collector(root)
    c: dict[str, Any] = {}
    meta = col.model(Meta, col.read_yaml(root / "meta.yaml"), "meta.yaml")
    c["sources"] = _unique(col, "sources.yaml", col.items(Source, root / "sources.yaml"))
    options = []
    for oid in ("mis", "open", "not_now"):
        path = root / "options" / f"{oid}.yaml"
        if path.exists():
            o = col.model(Option, col.read_yaml(path), f"options/{oid}.yaml")
            if o is not None:
                options.append(o)
    c["options"] = {o.id: o for o in options}
    tradeoffs = [
        t
        for path in sorted((root / "tradeoffs").glob("*.yaml"))
        if (t := load_tradeoff(path, col.problems)) is not None
    ]
    c["tradeoffs"] = _unique(col, "tradeoffs/", tradeoffs, "key")
    c["outcomes"] = _unique(col, "outcomes.yaml", col.items(Outcome, root / "outcomes.yaml"))
    c["figures"] = tuple(_figures(col, root / "figures.csv"))
    c["conditions"] = _unique(
        col, "conditions.yaml", col.items(Condition, root / "conditions.yaml")
    )
    c["families"] = _unique(col, "families.yaml", col.items(FamilyInfo, root / "families.yaml"))
    c["flags"] = tuple(col.items(Flag, root / "flags.yaml"))
    c["priorities"] = tuple(col.items(Priority, root / "priorities.yaml"))
    c["quiz"] = tuple(col.items(QuizQuestion, root / "quiz.yaml"))
    c["questions"] = tuple(col.items(SurgeonQuestion, root / "questions.yaml"))
    sure_doc = col.read_yaml(root / "sure.yaml")
    sure_doc = sure_doc if isinstance(sure_doc, dict) else {}
    c["sure"] = tuple(col.model_list(SureItem, sure_doc.get("items"), "sure.yaml"))
    c["sure_guidance"] = str(sure_doc.get("guidance", ""))
    texts = col.read_yaml(root / "texts.yaml")
    c["texts"] = texts if isinstance(texts, dict) else {}
    c["choices"] = _choices(col, col.read_yaml(root / "choices.yaml"))
    outcomes = col.read_yaml(root / "clinic_outcomes.yaml")
    c["clinic_outcomes"] = tuple(outcomes) if isinstance(outcomes, list) else ()
    c["option_figures"] = tuple(_figures(col, root / "figures_options.csv", OptionFigure))
    c["not_now"] = {
        n.family: n
        for path in sorted((root / "not_now").glob("*.yaml"))
        if (n := col.model(NotNowFamily, col.read_yaml(path), f"not_now/{path.name}"))
    }
    plain = col.read_yaml(root / "plain_words.yaml")
    c["plain"] = plain if isinstance(plain, dict) else {}
    for f in c["figures"]:
        for raw in (f.note, f.unit):
            if raw and raw not in c["plain"]:
                col.problems.append(
                    f"plain_words.yaml: no plain words for {raw!r} (figures.csv, {f.source})"
                )
    cross_check(col.problems, c)
    if col.problems or meta is None:
        raise ContentError(col.problems or ["meta.yaml: could not be read"])
    return Content(meta=meta, **c)


def _choices(col: _Collector, doc: Any) -> dict[str, dict[str, str]]:
    """Words for every answer id of decision_aid.answers, and for no other id."""
    doc = doc if isinstance(doc, dict) else {}
    out: dict[str, dict[str, str]] = {}
    for kind, ids in CHOICE_IDS.items():
        words = doc.get(kind)
        words = {str(k): str(v) for k, v in words.items()} if isinstance(words, dict) else {}
        if list(words) != list(ids):
            col.problems.append(
                f"choices.yaml: {kind} must give words for {', '.join(ids)}, in that order"
            )
        out[kind] = words
    return out


@functools.cache
def default_content() -> Content:
    """The project's own content, loaded once per process (it holds no patient data)."""
    return load_content(DATA_DIR)
