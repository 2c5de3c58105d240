"""rules/*.yaml -> a validated RuleSet.

A rule file holds one or more sections (top-level keys). List sections hold rules
with an `id`; a later folder's rule with the same id replaces the earlier one.
Mapping sections (tolerances) are merged key by key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from factcheck.errors import RuleError

try:  # the C loader is ~10x faster; fall back when libyaml is missing
    _BaseLoader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _BaseLoader = yaml.SafeLoader

LINE_KEY = "__line__"

# section -> (container type, keys each rule may carry). Kept here, not in the
# stages, so that one place validates every file.
SCHEMA: dict[str, tuple[type, frozenset[str]]] = {
    "hedges": (list, frozenset({"id", "phrases", "semantics", "examples", "description"})),
    "magnitudes": (
        list,
        frozenset({"id", "phrases", "low", "high", "multiplier", "examples", "description"}),
    ),
    "numbers": (dict, frozenset()),
    "units": (
        list,
        frozenset({"id", "base", "units", "aliases", "convert", "examples", "description"}),
    ),
    "categories": (
        list,
        frozenset({"id", "label", "triggers", "nouns", "counts", "examples", "description"}),
    ),
    "tolerances": (dict, frozenset()),
    "furniture": (list, frozenset({"id", "patterns", "examples", "description"})),
    "header": (list, frozenset({"id", "patterns", "examples", "description"})),
    "times": (dict, frozenset()),
    "words": (dict, frozenset()),
}


class _LineLoader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader that records the line of every mapping, for error messages."""


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[str, Any]:
    loader.flatten_mapping(node)
    mapping: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise RuleError(f"line {key_node.start_mark.line + 1}: duplicate key {key!r}")
        mapping[key] = loader.construct_object(value_node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def default_rules_dir() -> Path:
    """The shipped rules: inside the installed package, or at the top of a source tree."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RuleError(f"{here}: default rules folder not found (reinstall factcheck)")


@dataclass(frozen=True)
class Origin:
    """Where a rule came from."""

    file: str
    line: int


@dataclass(frozen=True)
class RuleSet:
    """All active rules, by section. Stages compile what they need from it."""

    sections: dict[str, Any]
    origins: dict[tuple[str, str], Origin] = field(default_factory=dict)

    def list(self, section: str) -> list[dict[str, Any]]:
        """The rules of a list section, in load order."""
        return list(self.sections.get(section, []))

    def mapping(self, section: str) -> dict[str, Any]:
        """A mapping section, without bookkeeping keys."""
        return _strip(self.sections.get(section, {}))

    def tolerance(self, name: str) -> float:
        """A named tolerance from the `tolerances` section."""
        try:
            return float(self.mapping("tolerances")[name])
        except KeyError:
            raise RuleError(f"tolerances: missing {name!r}") from None

    @cached_property
    def fingerprint(self) -> int:
        return hash(repr(sorted(self.origins.items())))

    def __hash__(self) -> int:  # rules are compiled once per RuleSet; cache by identity
        return id(self)


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != LINE_KEY}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def _load_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise RuleError(f"{path}: cannot read ({err})") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - safe loader subclass
    except RuleError as err:
        raise RuleError(f"{path}:{str(err).removeprefix('line ')}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise RuleError(f"{where}: invalid YAML: {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RuleError(f"{path}:1: a rule file must be a mapping of sections")
    return data


def _check_rule(path: Path, section: str, rule: Any, allowed: frozenset[str]) -> None:
    if not isinstance(rule, dict):
        raise RuleError(f"{path}: {section}: each rule must be a mapping")
    line = rule.get(LINE_KEY, 1)
    rid = rule.get("id")
    if not isinstance(rid, str) or not rid:
        raise RuleError(f"{path}:{line}: {section}: rule without an 'id'")
    for key in rule:
        if key != LINE_KEY and key not in allowed:
            raise RuleError(f'{path}:{line}: {section} "{rid}": unknown key "{key}"')
    for key in ("phrases", "patterns", "triggers", "nouns", "counts", "surfaces"):
        if key in rule and not (
            isinstance(rule[key], list) and all(isinstance(p, str) for p in rule[key])
        ):
            raise RuleError(f'{path}:{line}: {section} "{rid}": "{key}" must be a list of strings')
    for pattern in rule.get("patterns", []):
        try:
            re.compile(pattern)
        except re.error as err:
            raise RuleError(
                f'{path}:{line}: {section} "{rid}": invalid regular expression {pattern!r}: {err}'
            ) from None


def load_rules(dirs: list[Path] | None = None) -> RuleSet:
    """Load the default rules, then each folder in `dirs` on top."""
    folders = [default_rules_dir(), *(dirs or [])]
    sections: dict[str, Any] = {}
    origins: dict[tuple[str, str], Origin] = {}
    for folder in folders:
        if not folder.is_dir():
            raise RuleError(f"{folder}: rules folder not found")
        seen: dict[tuple[str, str], Origin] = {}
        for path in sorted(folder.glob("*.yaml")):
            for section, body in _load_file(path).items():
                if section == LINE_KEY:
                    continue
                if section not in SCHEMA:
                    raise RuleError(f'{path}: unknown section "{section}"')
                kind, allowed = SCHEMA[section]
                if not isinstance(body, kind):
                    raise RuleError(f'{path}: section "{section}" must be a {kind.__name__}')
                if kind is dict:
                    sections.setdefault(section, {}).update(body)
                    continue
                current = sections.setdefault(section, [])
                for rule in body:
                    _check_rule(path, section, rule, allowed)
                    key = (section, rule["id"])
                    origin = Origin(str(path), rule[LINE_KEY])
                    if key in seen:
                        raise RuleError(
                            f'{path}:{origin.line}: {section} "{rule["id"]}": duplicate id '
                            f"(first at {seen[key].file}:{seen[key].line})"
                        )
                    seen[key] = origin
                    origins[key] = origin
                    current[:] = [r for r in current if r["id"] != rule["id"]] + [rule]
    return RuleSet(sections=sections, origins=origins)
