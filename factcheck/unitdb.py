"""quantulum3's unit database, loaded without its two-second start-up.

quantulum3 imports `inflect` (about 2 s, spent in typeguard decorators) only to
pluralise its ~700 unit surfaces while it loads. We replay those plurals from a
table recorded with the real inflect (`tools/record_plurals.py`); any word the
table lacks is pluralised by the real inflect, imported on first need, so the
result is always what quantulum3 itself would build. A test checks the table
against the installed quantulum3.
"""

from __future__ import annotations

import json
import sys
import types
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

PLURALS_FILE = Path(__file__).parent / "_data" / "plurals.json"


class _NumOutOfRangeError(Exception):
    """Stands in for inflect.NumOutOfRangeError inside quantulum3."""


class _TablePlurals:
    """The part of inflect.engine that quantulum3 uses, answered from a table."""

    def __init__(self, table: dict[str, str]) -> None:
        self._table = table
        self._engine: Any = None
        self.misses: list[str] = []

    def _real(self) -> Any:
        if self._engine is None:
            saved = sys.modules.pop("inflect", None)
            try:
                import inflect  # the real one: slow, so only when the table falls short

                self._engine = inflect.engine()
            finally:
                if saved is not None and saved.__name__ == "inflect" and saved is not inflect:
                    sys.modules["inflect"] = inflect
        return self._engine

    def plural(self, word: str, count: Any = None) -> str:
        if count is None and word in self._table:
            return self._table[word]
        self.misses.append(word)
        return self._real().plural(word, count)

    def number_to_words(self, number: Any) -> str:
        try:
            return self._real().number_to_words(number)
        except Exception as err:  # inflect.NumOutOfRangeError, which quantulum3 catches
            raise _NumOutOfRangeError(str(err)) from None


@dataclass(frozen=True)
class UnitInfo:
    """What quantulum3 knows of a unit."""

    name: str
    entity: str
    currency_code: str | None


@lru_cache(maxsize=1)
def _quantulum_load() -> tuple[Any, _TablePlurals]:
    table = json.loads(PLURALS_FILE.read_text(encoding="utf-8")) if PLURALS_FILE.exists() else {}
    engine = _TablePlurals(table)
    if "quantulum3._lang.en_US.load" not in sys.modules and "inflect" not in sys.modules:
        stub = types.ModuleType("inflect")
        stub.engine = lambda: engine  # type: ignore[attr-defined]
        stub.NumOutOfRangeError = _NumOutOfRangeError  # type: ignore[attr-defined]
        sys.modules["inflect"] = stub
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from quantulum3 import load
                from quantulum3._lang.en_US import load as _lang_load  # noqa: F401
        finally:
            if sys.modules.get("inflect") is stub:
                del sys.modules["inflect"]
    else:  # already imported by someone else: use it as it is
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import load
    return load, engine


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[str, tuple[UnitInfo, ...]], dict[str, tuple[UnitInfo, ...]]]:
    """(surfaces lower-cased incl. plurals, symbols as written) -> quantulum3 units."""
    load, _ = _quantulum_load()
    units = load.units()

    def convert(index: dict[str, set[Any]]) -> dict[str, tuple[UnitInfo, ...]]:
        return {
            key: tuple(
                sorted(
                    (UnitInfo(u.name, u.entity.name, u.currency_code) for u in found),
                    key=lambda info: info.name,
                )
            )
            for key, found in index.items()
        }

    return convert(units.surfaces_lower), convert(units.symbols)


def plural_misses() -> list[str]:
    """Words the recorded table lacked in this process (for the table's test)."""
    return list(_quantulum_load()[1].misses)
