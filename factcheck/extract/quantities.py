"""Figures in a sentence -> QuantityMatch: hedge, value interval, unit, counted noun.

Candidates are found with our own linear-time regular expressions (hedges, ranges,
number words, vague magnitudes, "$3.2bn"); units come from quantulum3's lexicon
(`factcheck.unitdb`) and are converted by the families in rules/units.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck import unitdb
from factcheck.intervals import Interval, hedged, step_of
from factcheck.models import QuantityValue
from factcheck.ruleset import RuleSet

_DIGITS = r"\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NEXT_TOKEN = re.compile(r"\s*(%|[$€£¥]|°\s?[CF]\b|[^\W\d_][^\s,;:!?()\"“”]*)")
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*")
_CURRENCY_PREFIX = r"US\$|C\$|A\$|[$€£¥₴₽]"


@dataclass(frozen=True)
class QuantityMatch:
    """A figure found in text, before subjects and categories are attached."""

    start: int
    end: int
    text: str
    value: QuantityValue
    noun: str | None
    """Head word of what is counted, as written, lower-cased."""
    qualifiers: tuple[str, ...] = ()
    """Words between the figure and its noun ("U.S.", "Russian"): who or which ones."""


@dataclass(frozen=True)
class _Unit:
    name: str
    family: str
    factor: float
    offset: float


@dataclass(frozen=True)
class _Compiled:
    figure: re.Pattern[str]
    vague: re.Pattern[str]
    hedge_semantics: dict[str, str]
    magnitudes: dict[str, tuple[float, float, bool]]
    words: dict[str, float]
    scales: dict[str, float]
    suffixes: dict[str, float]
    not_counts: tuple[str, ...]
    ordinals: frozenset[str]
    year_before: frozenset[str]
    label_words: frozenset[str]
    stop: frozenset[str]
    units: dict[str, _Unit]
    aliases: dict[str, str]
    tolerances: dict[str, float]
    category_nouns: frozenset[str]


def _alt(phrases: list[str]) -> str:
    """Regex alternation, longest first, words separated by any whitespace."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@lru_cache(maxsize=8)
def _compile(rules: RuleSet) -> _Compiled:
    numbers = rules.mapping("numbers")
    hedge_semantics = {
        " ".join(p.lower().split()): r["semantics"]
        for r in rules.list("hedges")
        for p in r["phrases"]
    }
    words = {k.lower(): float(v) for k, v in numbers["words"].items()}
    scales = {k.lower(): float(v) for k, v in numbers["scales"].items()}
    suffixes = {k.lower(): float(v) for k, v in numbers["suffixes"].items()}
    small = [w for w, v in words.items() if v < 20]
    tens = [w for w, v in words.items() if v >= 20]
    word_number = rf"(?:(?:{_alt(tens)})(?:[-\s](?:{_alt(small)}))?|{_alt(small)})"
    number = rf"(?:{_DIGITS}|{word_number}\b)"
    scale = rf"(?:\s+(?:a\s+)?(?P<scale{{n}}>{_alt(list(scales))})\b)?"
    suffix = rf"(?P<suffix{{n}}>{_alt(list(suffixes))})?"
    hedge = rf"(?:(?P<hedge>\b(?:{_alt(list(hedge_semantics))}))\s+)?"
    figure = re.compile(
        hedge
        + r"(?P<between>\bbetween\s+)?"
        + rf"(?<![\w/.:\-−])(?:(?P<cur>{_CURRENCY_PREFIX})\s?)?"
        + rf"(?P<num>{number})"
        + suffix.format(n="")
        + r"(?![\d,.]\d)"
        + scale.format(n="")
        + r"(?:\s*(?P<rw>-|–|—|\bto\b|\band\b|\bor\b)\s*"
        + rf"(?:{_CURRENCY_PREFIX})?(?P<num2>{number})"
        + suffix.format(n="2")
        + scale.format(n="2")
        + r")?",
        re.IGNORECASE,
    )
    magnitudes: dict[str, tuple[float, float, bool]] = {}
    for rule in rules.list("magnitudes"):
        for phrase in rule["phrases"]:
            magnitudes[" ".join(phrase.lower().split())] = (
                float(rule["low"]),
                float(rule["high"]),
                bool(rule.get("multiplier", False)),
            )
    plain = [p for p, (_, _, mult) in magnitudes.items() if not mult]
    mult = [p for p, (_, _, m) in magnitudes.items() if m]
    vague = re.compile(
        hedge
        + rf"\b(?:(?P<vague>{_alt(plain)})|(?P<mult>{_alt(mult)})\s+(?P<mscale>{_alt(list(scales))}))\b"
        + r"(?:\s+of\b)?",
        re.IGNORECASE,
    )
    units: dict[str, _Unit] = {}
    aliases: dict[str, str] = {}
    for family in rules.list("units"):
        for name, factor in (family.get("units") or {}).items():
            f, off = (factor, 0.0) if not isinstance(factor, list) else (factor[0], factor[1])
            units[name] = _Unit(name, family["id"], float(f), float(off))
        aliases.update(family.get("aliases") or {})
    word_lists = rules.mapping("words")
    category_nouns = frozenset(
        n.lower() for c in rules.list("categories") for n in c.get("nouns", [])
    )
    return _Compiled(
        figure=figure,
        vague=vague,
        hedge_semantics=hedge_semantics,
        magnitudes=magnitudes,
        words=words,
        scales=scales,
        suffixes=suffixes,
        not_counts=tuple(p.lower() for p in numbers.get("not_counts", [])),
        ordinals=frozenset(numbers.get("ordinal_suffixes", [])),
        label_words=frozenset(str(w).lower() for w in numbers.get("label_words", [])),
        year_before=frozenset(str(w).lower() for w in numbers.get("year_before", [])),
        stop=frozenset(w.lower() for w in word_lists.get("stopwords", []))
        | frozenset(w.lower() for w in word_lists.get("not_nouns", [])),
        units=units,
        aliases=aliases,
        tolerances={k: float(v) for k, v in rules.mapping("tolerances").items()},
        category_nouns=category_nouns,
    )


def _number(text: str, c: _Compiled) -> float | None:
    cleaned = re.sub(r"[,\u00a0\u202f\u2009]", "", text)
    try:
        return float(cleaned)
    except ValueError:
        pass
    total = 0.0
    for part in re.split(r"[-\s]+", text.lower()):
        if part not in c.words:
            return None
        total += c.words[part]
    return total


def _lookup_unit(text: str, pos: int, c: _Compiled) -> tuple[_Unit, int] | None:
    """The unit written at text[pos:], as (unit, end offset), if it is one we compare."""
    surfaces, symbols = unitdb.lexicon()
    tokens: list[re.Match[str]] = []
    at = pos
    while len(tokens) < 3:
        m = _NEXT_TOKEN.match(text, at)
        if not m:
            break
        tokens.append(m)
        at = m.end()
    glued = bool(tokens) and tokens[0].start(1) == pos
    for size in range(len(tokens), 0, -1):
        phrase = " ".join(t.group(1).rstrip(".") for t in tokens[:size])
        end = tokens[size - 1].end()
        for candidate in (phrase, phrase.lower()):
            if candidate in c.aliases and c.aliases[candidate] in c.units:
                return c.units[c.aliases[candidate]], end
        infos = list(surfaces.get(phrase.lower(), ()))
        alphabetic = phrase.isalpha()
        short_word = alphabetic and (len(phrase) < 2 or phrase.lower() in c.stop)
        if size == 1 and not short_word and (glued or not alphabetic or len(phrase) > 2):
            infos += symbols.get(phrase, ())
        for info in infos:
            if info.entity == "currency" and info.currency_code:
                return _Unit(info.name, f"currency:{info.currency_code}", 1.0, 0.0), end
            if info.name in c.units:
                return c.units[info.name], end
    return None


def _noun(text: str, pos: int, end_limit: int, c: _Compiled) -> tuple[str | None, int]:
    """Head of the noun phrase after a figure ('100,000 Russian troops' -> troops)."""
    head, end, _ = _noun_phrase(text, pos, end_limit, c)
    return head, end


def _noun_phrase(
    text: str, pos: int, end_limit: int, c: _Compiled
) -> tuple[str | None, int, tuple[str, ...]]:
    """(head, end offset, qualifiers before the head) of the words after a figure."""
    run: list[re.Match[str]] = []
    at = pos
    while len(run) < 3:
        m = re.compile(r"[ \t]+").match(text, at)
        start = m.end() if m else at
        w = _WORD.match(text, start, end_limit)
        if not w or w.group().lower() in c.stop:
            break
        run.append(w)
        at = w.end()
    if not run:
        return None, pos, ()
    words = [w.group().lower() for w in run]
    head = 0
    for i, word in enumerate(words):
        if word in c.category_nouns:
            head = i
            break
    else:
        for i, word in enumerate(words):
            if word.endswith("s") and len(word) > 3 and not word.endswith(("ss", ".")):
                head = i
                break
    return words[head], run[head].end(), tuple(w.rstrip(".") for w in words[:head])


def _vague_matches(text: str, start: int, end: int, c: _Compiled) -> list[QuantityMatch]:
    found = []
    for m in c.vague.finditer(text, start, end):
        if m["vague"]:
            low, high, _ = c.magnitudes[" ".join(m["vague"].lower().split())]
        else:
            mlow, mhigh, _ = c.magnitudes[" ".join(m["mult"].lower().split())]
            scale = c.scales[m["mscale"].lower()]
            low, high = mlow * scale, mhigh * scale
        noun, noun_end, quals = _noun_phrase(text, m.end(), end, c)
        stop = noun_end if noun else m.end()
        value = _value(Interval(low, high, high_open=True), None, None, c, hedge=None, vague=True)
        found.append(QuantityMatch(m.start(), stop, text[m.start() : stop], value, noun, quals))
    return found


def _value(
    interval: Interval,
    unit: _Unit | None,
    number: float | None,
    c: _Compiled,
    hedge: str | None,
    vague: bool = False,
) -> QuantityValue:
    base = interval.scaled(unit.factor, unit.offset) if unit else interval
    return QuantityValue(
        low=interval.low,
        high=interval.high,
        unit=unit.name if unit else "count",
        family=unit.family if unit else "count",
        base_low=base.low,
        base_high=base.high,
        hedge=hedge,
        hedge_kind=c.hedge_semantics.get(" ".join(hedge.lower().split())) if hedge else None,
        vague=vague,
        number=number,
        low_open=interval.low_open,
        high_open=interval.high_open,
    )


def extract_quantities(
    text: str, start: int, end: int, rules: RuleSet, taken: list[tuple[int, int]] = ()
) -> list[QuantityMatch]:
    """Figures in text[start:end], skipping spans already claimed (dates, times)."""
    c = _compile(rules)
    found = [q for q in _vague_matches(text, start, end, c) if not _overlaps(q, taken)]
    for m in c.figure.finditer(text, start, end):
        match = _figure(text, m, end, c)
        if (
            match
            and not _overlaps(match, taken)
            and not _overlaps(match, [(q.start, q.end) for q in found])
        ):
            found.append(match)
    return sorted(found, key=lambda q: q.start)


def _overlaps(q: QuantityMatch, spans) -> bool:
    return any(q.start < e and s < q.end for s, e in spans)


def _figure(text: str, m: re.Match[str], limit: int, c: _Compiled) -> QuantityMatch | None:
    after = text[m.end("num") : m.end("num") + 4]
    if not m["suffix"] and re.match(r"(?:st|nd|rd|th)\b|-[^\W\d_]", after, re.IGNORECASE):
        return None  # ordinal ("4th") or compound adjective ("14-year-old", "300-strong")
    value = _number(m["num"], c)
    if value is None or (not m["hedge"] and not m["cur"] and _labelled(text, m.start("num"), c)):
        return None
    is_word = not m["num"][0].isdigit()
    scale = 1.0
    if m["suffix"]:
        scale = c.suffixes[m["suffix"].lower()]
    if m["scale"]:
        scale *= c.scales[m["scale"].lower()]
    step = (step_of(m["num"]) if not is_word else 1.0) * scale
    low = value * scale
    end = m.end()
    hedge = m["hedge"]
    semantics = c.hedge_semantics.get(" ".join(hedge.lower().split())) if hedge else None
    interval: Interval
    if m["num2"] and (m["rw"].lower() != "and" or m["between"]):
        high_value = _number(m["num2"], c)
        if high_value is None:
            return None
        scale2 = c.suffixes[m["suffix2"].lower()] if m["suffix2"] else 1.0
        if m["scale2"]:
            scale2 *= c.scales[m["scale2"].lower()]
        elif not m["suffix2"]:
            scale2 = scale  # "2 to 3 million": the scale applies to both
        high = high_value * scale2
        if high <= low:
            return None  # "2014-15", "3-1": not a range of one figure
        interval = Interval(low, high)
        number = None
    else:
        end = m.end("scale") if m["scale"] else (m.end("suffix") if m["suffix"] else m.end("num"))
        interval = hedged(low, step, semantics, c.tolerances)
        number = low
    unit: _Unit | None = None
    if m["cur"]:
        unit = _prefix_currency(m["cur"])
    found_unit = _lookup_unit(text, end, c) if unit is None else None
    if found_unit:
        unit, end = found_unit
    noun, quals = None, ()
    if unit is None:
        rest = text[end : end + 20].lower().lstrip()
        if any(rest.startswith(p) for p in c.not_counts):
            return None
        noun, noun_end, quals = _noun_phrase(text, end, limit, c)
        if noun is None and is_word:
            return None  # "one", "four" alone are pronouns or parts of phrases
        if noun is None and 1900 <= low <= 2099 and "," not in m["num"] and not hedge:
            return None  # a year the date extractor did not claim
        if noun and 1900 <= low <= 2099 and text[end:noun_end].strip()[:1].isupper():
            return None  # "the 2015 Minsk agreement": a year before a name
        if noun:
            end = noun_end
    if _year_like(text, m, low, hedge, unit, c):
        return None
    start = m.start()
    value_obj = _value(interval, unit, number, c, hedge=hedge)
    return QuantityMatch(start, end, text[start:end], value_obj, noun, quals)


def _labelled(text: str, pos: int, c: _Compiled) -> bool:
    """'Category 4', 'Article 5': the figure names something."""
    before = text[max(0, pos - 14) : pos].split()
    return bool(before) and before[-1].lower() in c.label_words


def _year_like(text: str, m: re.Match[str], low: float, hedge, unit, c: _Compiled) -> bool:
    """'in 1998': a year the date extractor left, not a count."""
    if hedge or unit or m["num2"] or not re.fullmatch(r"(19|20)\d\d", m["num"]):
        return False
    before = re.findall(r"[^\W\d_]+", text[max(0, m.start() - 12) : m.start()].lower())
    return bool(before) and before[-1] in c.year_before


def _prefix_currency(symbol: str) -> _Unit | None:
    _, symbols = unitdb.lexicon()
    key = symbol[-1] if symbol.endswith("$") else symbol
    code = {"US$": "USD", "C$": "CAD", "A$": "AUD"}.get(symbol)
    for info in symbols.get(key, ()):
        if info.entity == "currency":
            code = code or info.currency_code or info.name
            return _Unit(info.name, f"currency:{code}", 1.0, 0.0)
    return _Unit(symbol, f"currency:{symbol}", 1.0, 0.0)
