"""Sentence -> TimeMatch: dates, times of day and spans as inclusive intervals.

One linear-time regular expression built from the lexicons in rules/times.yaml finds
the expressions; a builder per kind turns each into an interval, resolving relative
words against the publication date; span words ("since", "between ... and") then
widen or join them. dateparser is imported only for numeric header dates that the
grammar does not read, so the usual path never pays its start-up time.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from factcheck.models import TimeValue
from factcheck.ruleset import RuleSet

_Span = tuple[date, date]
_YEAR = r"\d{4}(?!\d|[,.]\d|['’]?s\b)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d|[,:.]\d)"
_PREV_WORD = re.compile(r"([^\W\d_]+)[\s(\-]*$")
_YEAR_AFTER = re.compile(r"\s*[.,;:!?)\]\"”’'–—]|-\d|\s+[A-Z]")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
_FOUR_DIGITS = re.compile(r"\d{4}(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)")
_NUMERIC = re.compile(r"\d{1,4}[./]\d{1,2}[./]\d{2,4}")
_CLAUSE_REACH = 200  # characters looked back for a weekday's verb: keeps long runs linear
_ANY_DAY = date(2001, 1, 1)  # stands in for a missing pub date to learn a granularity
# Every expression holds a digit, a month name or a word of one of these sections.
_KEYS = ("weekdays", "offset_units", "periods", "relative_days", "clock_words", "vague_spans")


@dataclass(frozen=True)
class TimeMatch:
    """A time claim found in text: where it is, as written, and its interval."""

    start: int
    end: int
    text: str
    value: TimeValue


@dataclass(frozen=True)
class _Atom:
    """One expression, before span words join or widen it."""

    start: int
    end: int
    value: TimeValue
    clock: tuple[int, int, int] | None = None
    """Hour, minute and minutes covered, for a time of day not yet put on a day."""


@dataclass(frozen=True)
class _Lex:
    """rules/times.yaml compiled."""

    pattern: re.Pattern[str]
    key: re.Pattern[str]
    """Something every expression holds: a sentence without it is skipped."""
    small: dict[str, re.Pattern[str]]
    """Patterns for the words around an expression: tense, clause breaks, span words."""
    table: dict[str, Any]
    months: dict[str, int]
    parts: dict[str, dict[str, tuple[int, int]]]
    pairs: dict[str, frozenset[str]]
    """Opener -> connectors; '' -> connectors that need no opener."""
    lead: dict[str, frozenset[str]]
    """Words that may come right before a lone month, a year, a joined date, a span's date."""


@dataclass(frozen=True)
class _Ctx:
    """What a builder needs besides its match."""

    text: str
    start: int
    end: int
    pub: date | None
    lex: _Lex
    atoms: list[_Atom]


def _norm(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def _phrase(phrase: str, fold: bool) -> str:
    """A phrase as a regex: any whitespace between words, either apostrophe, word edges.

    fold: the first letter may be a capital ("In the coming days"); cheaper than (?i:),
    which makes the scanner compare every character both ways (~40% slower).
    """
    body = r"\s+".join(re.escape(w) for w in phrase.split()).replace("'", "['’]")
    if fold and phrase[0].isalpha():
        body = f"[{phrase[0].lower()}{phrase[0].upper()}]{body[1:]}"
    head = r"\b" if phrase[0].isalnum() else ""
    return head + body + (r"\b" if phrase[-1].isalnum() else "")


def _alt(phrases: Any, fold: bool = False) -> str:
    """Alternation, longest first so that leftmost-first matching prefers it."""
    ordered = sorted(set(map(str, phrases)), key=len, reverse=True)
    return "(?:" + "|".join(_phrase(p, fold) for p in ordered) + ")"


def _group(kinds: dict[str, str]) -> str:
    return "|".join(f"(?P<{k}>{v})" for k, v in kinds.items())


@lru_cache(maxsize=8)
def _compile(rules: RuleSet) -> _Lex:
    t = rules.mapping("times")
    months = {**t["months"], **t["month_abbreviations"]}
    full, wd = _alt(t["months"]), _alt(t["weekdays"])
    mon = rf"(?:{full}|{_alt(t['month_abbreviations'])}\.?)"  # "Feb." but not "February."
    parts = {
        _norm(p): {k: tuple(v) for k, v in part.items() if k != "phrases"}
        for part in t["parts"].values()
        for p in part["phrases"]
    }

    def w(key: str) -> str:
        return _alt(t[key], fold=True)

    part, unit, n = _alt(parts, fold=True), w("offset_units"), rf"(?:\d{{1,3}}|{w('count_words')})"
    meridiem = "".join(k + k.upper() for k in t["meridiem"])
    # Three groups, so that a word start tries only the kinds that can begin with its
    # first character; within a group the first kind that matches at a position wins.
    letters = {
        "md": rf"(?:{wd},?\s+)?(?P<md_m>{mon})\s+(?P<md_d>{_DAY})(?:,?\s+(?P<md_y>{_YEAR}))?",
        "my": rf"(?P<my_m>{mon}),?\s+(?P<my_y>{_YEAR})",
        "fz": rf"(?P<fz_p>{part})(?:-|\s+)(?P<fz_m>{mon})(?:,?\s+(?P<fz_y>{_YEAR}))?",
        "fy": rf"(?P<fy_p>{part})(?:-|\s+)(?P<fy_y>{_YEAR})",
        "off": rf"(?P<off_p>{w('offset_prefixes')})\s+(?P<off_n>{n})\s+(?P<off_u>{unit})",
        "vg": rf"(?:{w('vague_leads')}\s+)?(?P<vg_p>{w('vague_spans')})",
        "rd": w("relative_days"),
        "pd": rf"(?P<pd_s>{w('period_shifts')})\s+(?P<pd_u>{w('periods')})",
        "wd": rf"(?:(?P<wd_mod>{w('weekday_modifiers')})\s+)?(?P<wd_d>{wd})",
        "nt": w("clock_words"),
        "mo": rf"(?P<mo_m>{full})",
    }
    either = {  # "the 1990s" or "1990s"; "two weeks ago" or "2 weeks ago"
        "dec": rf"(?:[Tt]he\s+)?(?:(?P<dec_p>{part})(?:-|\s+))?"
        r"(?<![\d,.])(?P<dec_y>\d{3}0)['’]?s\b",
        "ago": rf"(?P<ago_n>{n})\s+(?P<ago_u>{unit})\s+{w('ago_words')}",
    }
    digits = {
        "dm": rf"(?<![\d.,:])(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{mon})"
        rf"(?:,?\s+(?P<dm_y>{_YEAR}))?",
        "tm": rf"(?<![\d:.,])(?P<tm_h>[01]?\d)(?::(?P<tm_mi>[0-5]\d))?\s?"
        rf"(?P<tm_ap>[{meridiem}])\.?\s?[mM]\b\.?",
        "hm": r"(?<![\d:.,])(?P<hm_h>[01]?\d|2[0-3]):(?P<hm_mi>[0-5]\d)(?![\d:])",
        "zn": rf"(?<![\d:.,])(?P<zn_h>[01]\d|2[0-3])(?P<zn_mi>[0-5]\d)\s+{_alt(t['time_zones'])}",
        "yr": rf"(?<![\d,.$€£¥#])(?P<yr_y>{_YEAR})(?!-[^\W\d_])",
    }
    pattern = (
        rf"\b(?:(?=[^\W\d_])(?:{_group(letters)})|{_group(either)}|(?=\d)(?:{_group(digits)}))"
    )
    keys = [*months, *(k for s in _KEYS for k in t[s])]
    pairs = {_norm(k): frozenset(map(_norm, v)) for k, v in t["span_pairs"].items()}
    bare = frozenset(map(_norm, t["span_connectors"]))
    connector = rf"(?P<c>(?i:{_alt(set().union(bare, *pairs.values()))}))"
    opener = rf"(?:\(\s*)?(?P<o>(?i:{_alt(pairs)}))(?:\s*\))?"
    small = {
        "future": rf"(?i:{_alt(t['future_markers'])})",
        "clause": rf"(?i:{_alt(t['clause_breaks'])})",
        "span": rf"(?P<w>(?i:{_alt(t['span_words'])}))\s+$",
        "opener": rf"{opener}\s+$",
        "now": rf"{opener}\s+(?i:{_alt(t['now_words'])})\s+{connector}\s+$",
        "connector": rf"\s*{connector}\s*",
    }
    return _Lex(
        pattern=re.compile(pattern),
        key=re.compile(
            rf"\d|\b(?=[{''.join(sorted({c for k in keys for c in k[0] + k[0].upper()}))}])"
            rf"{_alt(keys, fold=True)}"
        ),
        small={k: re.compile(v) for k, v in small.items()},
        table=t,
        months=months,
        parts=parts,
        pairs=pairs | {"": bare},
        lead={
            **{k: frozenset(map(_norm, t[f"{k}_lead"])) for k in ("month", "year")},
            "joined": frozenset().union(bare, *pairs.values()),
            "since": frozenset(_norm(w) for w, how in t["span_words"].items() if how == "since"),
            "widen": frozenset(map(_norm, t["span_words"])).union(bare, *pairs.values()),
        },
    )


# --- intervals ----------------------------------------------------------------------


def _value(span: _Span | None, granularity: str, relative: bool = False) -> TimeValue | None:
    if span is None:
        return None
    return TimeValue(span[0].isoformat(), span[1].isoformat(), granularity, relative=relative)


def _unresolved(granularity: str) -> TimeValue:
    return TimeValue(None, None, granularity, resolved=False, relative=True)


def _month(year: int, month: int, days: tuple[int, int] = (1, 31)) -> _Span:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(days[0], last)), date(year, month, min(days[1], last))


def _day(year: int, month: int, day: int) -> _Span | None:
    try:
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def _calendar(day: date, unit: str) -> _Span:
    """The calendar day, week (Monday to Sunday), month or year that holds day."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return _month(day.year, day.month)
    return (date(day.year, 1, 1), date(day.year, 12, 31)) if unit == "year" else (day, day)


def _shift(day: date, n: int, unit: str) -> date:
    """day moved by n days, weeks, months or years (the day of month clamped)."""
    if unit in ("day", "week"):
        return day + timedelta(days=n * (7 if unit == "week" else 1))
    year, month = divmod(day.month - 1 + n * (12 if unit == "year" else 1), 12)
    last = _month(day.year + year, month + 1)[1]
    return last.replace(day=min(day.day, last.day))


def _nearest(pub: date, make: Callable[[int], _Span | None], past: bool) -> _Span | None:
    """The year's version of a yearless date or month that lies nearest pub (or before it)."""
    best: tuple[tuple[int, int], _Span] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        span = make(year)
        if span is not None and not (past and span[0] > pub):
            gap = 0 if span[0] <= pub <= span[1] else min(abs((s - pub).days) for s in span)
            key = (gap, abs((span[0] - pub).days + (span[1] - pub).days))
            best = (key, span) if best is None or key < best[0] else best
    return best[1] if best else None


def _dated(
    year: str | None, make: Callable[[int], _Span | None], gran: str, ctx: _Ctx, pos: int
) -> TimeValue | None:
    """A date or month with its year, or in the year that puts it nearest pub.

    After "since" it is the latest one that has begun by pub: "since May" is not next May.
    """
    if year:
        return _value(make(int(year)), gran)
    if make(2000) is None:  # invalid even in a leap year ("February 30"): not a date
        return None
    if ctx.pub is None:
        return _unresolved(gran)
    past = _prev(ctx, pos) in ctx.lex.lead["since"]
    return _value(_nearest(ctx.pub, make, past), gran, relative=True)


# --- builders: match -> value -------------------------------------------------------


def _prev(ctx: _Ctx, pos: int) -> str:
    """The word right before pos, lower-cased ('' at the start of the sentence)."""
    m = _PREV_WORD.search(ctx.text, max(ctx.start, pos - 24), pos)
    return m[1].lower() if m else ""


def _led(ctx: _Ctx, pos: int, kind: str) -> bool:
    """Is the word before pos a lead for `kind`, or does a date and a connector precede it?"""
    if _prev(ctx, pos) in ctx.lex.lead[kind]:
        return True
    if not ctx.atoms:
        return False
    gap = ctx.lex.small["connector"].fullmatch(ctx.text, ctx.atoms[-1].end, pos)
    return gap is not None and _norm(gap["c"]) in ctx.lex.lead["joined"]


def _ranged(ctx: _Ctx, pos: int) -> bool:
    """A connector and another four-digit number follow: '2014 to 2016'."""
    gap = ctx.lex.small["connector"].match(ctx.text, pos, ctx.end)
    if gap is None or _norm(gap["c"]) not in ctx.lex.pairs[""]:
        return False
    return _FOUR_DIGITS.match(ctx.text, gap.end(), ctx.end) is not None


def _named_month(m: re.Match[str], ctx: _Ctx) -> TimeValue | None:
    """'Feb. 4', '4 February 2022', 'December 2019', 'mid-February', 'in June'."""
    k = m.lastgroup or ""
    name = m[f"{k}_m"].rstrip(".")
    doubt = name in ctx.lex.table["ambiguous_months"] or _CAPITAL_AFTER.match(ctx.text, m.end())
    if k == "mo" and doubt and not _led(ctx, m.start(), "month"):
        return None  # a word ("May"), or a name ("June Carter")
    month, year = ctx.lex.months[name], m[f"{k}_y"] if k != "mo" else None
    if k in ("md", "dm"):
        day = int(m[f"{k}_d"].rstrip("stndrh"))
        return _dated(year, lambda y: _day(y, month, day), "day", ctx, m.start())
    days = ctx.lex.parts[_norm(m["fz_p"])]["days"] if k == "fz" else (1, 31)
    gran = "month-part" if k == "fz" else "month"
    return _dated(year, lambda y: _month(y, month, days), gran, ctx, m.start())


def _years(m: re.Match[str], ctx: _Ctx) -> TimeValue | None:
    """'2015', 'late 2022', 'the 1990s', 'the early 1990s'."""
    k = m.lastgroup or ""
    first = int(m[f"{k}_y"])
    low, high = ctx.lex.table["year_range"]
    if not low <= first <= high:
        return None
    if k == "yr":
        text, after = ctx.text, m.end()
        if not (
            _led(ctx, m.start(), "year")
            or _YEAR_AFTER.match(text, after, ctx.end)
            or _ranged(ctx, after)
        ):
            return None  # "2015 people" is a count
        return _value(_calendar(date(first, 1, 1), "year"), "year")
    part = ctx.lex.parts[_norm(m[f"{k}_p"])] if m[f"{k}_p"] else None
    if k == "fy" and part:
        a, b = part["months"]
        return _value((date(first, a, 1), _month(first, b)[1]), "year-part")
    a, b = part["years"] if part else (0, 9)
    return _value(
        (date(first + a, 1, 1), date(first + b, 12, 31)), "decade-part" if part else "decade"
    )


def _future(ctx: _Ctx, pos: int) -> bool:
    """Does the weekday's own clause, before it, speak of the future?"""
    lo = max(ctx.start, pos - _CLAUSE_REACH)
    for brk in ctx.lex.small["clause"].finditer(ctx.text, lo, pos):
        lo = brk.end()
    return ctx.lex.small["future"].search(ctx.text, lo, pos) is not None


def _weekday(m: re.Match[str], ctx: _Ctx, pub: date) -> tuple[_Span, str]:
    target = ctx.lex.table["weekdays"][m["wd_d"]]
    direction = ctx.lex.table["weekday_modifiers"].get(_norm(m["wd_mod"] or ""), 0)
    strict = direction != 0  # "next Friday" said on a Friday is a week on
    if direction == 0:
        direction = 1 if _future(ctx, m.start()) else -1
    gap = ((target - pub.weekday()) * direction) % 7 or (7 if strict else 0)
    day = pub + timedelta(days=gap * direction)
    return (day, day), "day"


def _days(m: re.Match[str], ctx: _Ctx, pub: date) -> tuple[_Span, str]:
    """'yesterday', 'tonight', 'the coming days': fixed day offsets from pub."""
    if m.lastgroup == "rd":
        a = b = ctx.lex.table["relative_days"][_norm(m[0])]
    else:
        a, b = ctx.lex.table["vague_spans"][_norm(m["vg_p"])]
    return (pub + timedelta(days=a), pub + timedelta(days=b)), "day" if a == b else "span"


def _period(m: re.Match[str], ctx: _Ctx, pub: date) -> tuple[_Span, str]:
    """'next week' (Monday to Sunday), 'last month', 'this year': calendar periods."""
    unit, n = _norm(m["pd_u"]), ctx.lex.table["period_shifts"][_norm(m["pd_s"])]
    return _calendar(_shift(pub, n, unit), unit), unit


def _offset(m: re.Match[str], ctx: _Ctx, pub: date) -> tuple[_Span, str]:
    """'in two weeks', 'three days ago', 'within a month', 'over the past two years'."""
    t, k = ctx.lex.table, m.lastgroup or ""
    word = _norm(m[f"{k}_n"])
    n = int(word) if word.isdigit() else t["count_words"][word]
    unit = t["offset_units"][_norm(m[f"{k}_u"])]
    how = t["offset_prefixes"][_norm(m["off_p"])] if k == "off" else "ago"
    if how == "within":
        return (pub, _shift(pub, n, unit)), "span"
    if how == "past":
        return (_shift(pub, -n, unit), pub), "span"
    day = _shift(pub, n if how == "at" else -n, unit)
    if unit != "week":
        return _calendar(day, unit), unit
    fuzz = timedelta(days=t["week_fuzz_days"])  # "in two weeks" is rarely to the day
    return (day - fuzz, day + fuzz), unit


_Build = Callable[[re.Match[str], _Ctx], TimeValue | None]


def _relative(build: Callable[[re.Match[str], _Ctx, date], tuple[_Span, str]]) -> _Build:
    """A builder that needs pub: unresolved (with its granularity) when there is none."""

    def run(m: re.Match[str], ctx: _Ctx) -> TimeValue | None:
        span, granularity = build(m, ctx, ctx.pub or _ANY_DAY)
        return _value(span, granularity, relative=True) if ctx.pub else _unresolved(granularity)

    return run


_BUILDERS: dict[str, _Build] = {
    **dict.fromkeys(("md", "dm", "my", "fz", "mo"), _named_month),
    **dict.fromkeys(("yr", "fy", "dec"), _years),
    "wd": _relative(_weekday),
    "rd": _relative(_days),
    "pd": _relative(_period),
    "off": _relative(_offset),
    "ago": _relative(_offset),
    "vg": _relative(_days),
}


def _clock(m: re.Match[str], ctx: _Ctx) -> tuple[int, int, int] | None:
    """(hour, minute, minutes covered) of a time of day: '6 p.m.' covers an hour."""
    k = m.lastgroup
    if k == "nt":
        hour, minute = ctx.lex.table["clock_words"][_norm(m[0])].split(":")
        return int(hour), int(minute), 1
    if k != "tm":
        return int(m[f"{k}_h"]), int(m[f"{k}_mi"]), 1
    hour = int(m["tm_h"])
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + ctx.lex.table["meridiem"][m["tm_ap"].lower()]
    return (hour, int(m["tm_mi"]), 1) if m["tm_mi"] else (hour, 0, 60)


def _atom(m: re.Match[str], ctx: _Ctx) -> _Atom | None:
    if m.lastgroup in _BUILDERS:
        value = _BUILDERS[m.lastgroup](m, ctx)
        return _Atom(m.start(), m.end(), value) if value else None
    clock = _clock(m, ctx)
    granularity = "hour" if clock and clock[2] == 60 else "minute"
    return _Atom(m.start(), m.end(), _unresolved(granularity), clock) if clock else None


# --- times of day and spans -----------------------------------------------------------


def _place_clocks(atoms: list[_Atom], pub: date | None) -> list[_Atom]:
    """Put each time of day on the nearest day named in the sentence, else on pub."""
    days = [d for d in atoms if d.clock is None and d.value.granularity == "day"]
    starts = [d.start for d in days]
    return [
        _place_clock(a, days[max(0, i - 1) : i + 1], pub)
        for a in atoms
        for i in [bisect_right(starts, a.start)]
    ]


def _place_clock(a: _Atom, around: list[_Atom], pub: date | None) -> _Atom:
    if a.clock is None:
        return a
    near = min(around, key=lambda d: max(d.start - a.end, a.start - d.end), default=None)
    day = pub if near is None else date.fromisoformat(near.value.start or "0001-01-01")
    if day is None or (near and not near.value.resolved):
        return replace(a, clock=None)
    first = datetime.combine(day, time(a.clock[0], a.clock[1]))
    iso = [
        m.isoformat(timespec="minutes") for m in (first, first + timedelta(minutes=a.clock[2] - 1))
    ]
    relative = near.value.relative if near else True
    return _Atom(a.start, a.end, TimeValue(iso[0], iso[1], a.value.granularity, relative=relative))


def _pair(a: _Atom, b: _Atom, text: str, floor: int, lex: _Lex) -> _Atom | None:
    """'between X and Y', 'from X to Y', 'X to Y' -> one span from X's start to Y's end."""
    gap = lex.small["connector"].fullmatch(text, a.end, b.start)
    va, vb = a.value, b.value
    if gap is None or "span" in (va.granularity, vb.granularity):
        return None
    word = _norm(gap["c"])
    opener = lex.small["opener"].search(text, max(floor, a.start - 16), a.start)
    if opener and word in lex.pairs[_norm(opener["o"])]:
        start = opener.start()
    elif word in lex.pairs[""] and va.granularity == vb.granularity:
        start = a.start
    else:
        return None
    end = vb.end
    if va.start and end and end < va.start and vb.relative and vb.granularity == "day":
        end = (date.fromisoformat(end) + timedelta(days=7)).isoformat()  # "Monday to Friday"
    value = TimeValue(
        va.start,
        end,
        "span",
        resolved=va.resolved and vb.resolved,
        relative=va.relative or vb.relative,
    )
    return _Atom(start, b.end, value)


def _widen(a: _Atom, text: str, floor: int, pub: date | None, lex: _Lex) -> _Atom:
    """'since 2014', 'until March', 'before 2015', '(between) now and Friday' -> a span."""
    v, before = a.value, text[max(floor, a.start - 16) : a.start].split()
    if v.granularity == "span" or not before or before[-1].lower() not in lex.lead["widen"]:
        return a  # the cheap test first: most dates stand alone
    now = lex.small["now"].search(text, max(floor, a.start - 40), a.start)
    if now and _norm(now["c"]) in lex.pairs[_norm(now["o"])]:
        start = pub.isoformat() if pub else None
        value = TimeValue(start, v.end, "span", resolved=bool(pub) and v.resolved, relative=True)
        return _Atom(now.start(), a.end, value)
    word = lex.small["span"].search(text, max(floor, a.start - 16), a.start)
    if word is None:
        return a
    how = lex.table["span_words"][_norm(word["w"])]
    if how == "since":
        value = replace(v, end=pub.isoformat() if pub else None, relative=True)
    elif how == "until":
        value = replace(v, start=None)
    elif "T" in (v.start or "T"):
        return a  # "before 6 p.m." or an unresolved date: the plain expression
    elif how == "before":
        value = replace(v, start=None, end=(date.fromisoformat(v.start) - timedelta(1)).isoformat())
    else:
        value = replace(v, start=(date.fromisoformat(v.end) + timedelta(1)).isoformat(), end=None)
    anchor = text[a.start : a.end]
    return _Atom(word.start(), a.end, replace(value, granularity="span", anchor=anchor))


def _spans(atoms: list[_Atom], text: str, lo: int, pub: date | None, lex: _Lex) -> list[_Atom]:
    out: list[_Atom] = []
    i = 0
    while i < len(atoms):
        floor = out[-1].end if out else lo  # a span word may not reach into the last match
        pair = _pair(atoms[i], atoms[i + 1], text, floor, lex) if i + 1 < len(atoms) else None
        out.append(pair or _widen(atoms[i], text, floor, pub, lex))
        i += 2 if pair else 1
    return out


# --- public -------------------------------------------------------------------------


def extract_times(
    text: str, start: int, end: int, pub_date: date | None, rules: RuleSet
) -> list[TimeMatch]:
    """Time claims in the sentence text[start:end], resolved against pub_date."""
    lex = _compile(rules)
    if lex.key.search(text, start, end) is None:
        return []  # most sentences name no time: one cheap scan instead of the full one
    atoms: list[_Atom] = []
    ctx = _Ctx(text, start, end, pub_date, lex, atoms)
    for m in lex.pattern.finditer(text, start, end):
        if atom := _atom(m, ctx):
            atoms.append(atom)
    placed = _place_clocks(atoms, pub_date)
    return [
        TimeMatch(a.start, a.end, text[a.start : a.end], a.value)
        for a in _spans(placed, text, start, pub_date, lex)
    ]


def parse_absolute_date(text: str, rules: RuleSet) -> date | None:
    """A full date in a header or dateline ('20220126', '2022-01-26', 'Jan. 26, 2022') or None."""
    lex = _compile(rules)
    for m in lex.pattern.finditer(text):
        k = m.lastgroup or ""
        if k in ("md", "dm") and m[f"{k}_y"]:
            span = _day(
                int(m[f"{k}_y"]),
                lex.months[m[f"{k}_m"].rstrip(".")],
                int(m[f"{k}_d"].rstrip("stndrh")),
            )
            return span[0] if span else None
    if iso := _ISO.search(text):
        span = _day(*map(int, iso.groups()))
        return span[0] if span else None
    if _NUMERIC.search(text):
        import dateparser  # ~0.23 s to import: only for numeric dates the grammar leaves

        found = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
        return found.date() if found else None
    return None
