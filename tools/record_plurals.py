"""Record the plurals quantulum3 asks inflect for while loading its units.

Run after upgrading quantulum3 or inflect:  python tools/record_plurals.py
"""

import json
import sys
from pathlib import Path

import inflect

calls: dict[str, str] = {}
engine = inflect.engine()
real_plural = engine.plural


def recording_plural(word, count=None):
    result = real_plural(word, count)
    if count is None:
        calls[word] = result
    return result


engine.plural = recording_plural
inflect.engine = lambda: engine
from quantulum3 import load  # noqa: E402

load.units()
load.entities()
from quantulum3 import regex  # noqa: E402  (pluralises number words on first use)

regex.numberwords()
out = Path(__file__).resolve().parent.parent / "factcheck" / "_data" / "plurals.json"
out.write_text(json.dumps(dict(sorted(calls.items())), indent=0, ensure_ascii=False) + "\n")
print(f"{len(calls)} plurals -> {out}", file=sys.stderr)
