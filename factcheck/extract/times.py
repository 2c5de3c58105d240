"""Sentence -> TimeMatch: dates, times of day and spans as inclusive intervals.

One linear-time regular expression built from the lexicons in rules/times.yaml finds
the expressions; a builder per kind turns each into an interval, resolving relative
words against the publication date; span words ("since", "between ... and") then
widen or join them. dateparser is imported only for numeric header dates that the
grammar does not read, so the usual path never pays its start-up time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from factcheck.extract.calendar_math import (
    Span,
    calendar_span,
    day_span,
    interval_value,
    month_span,
    nearest,
    shift,
    unresolved,
)
from factcheck.extract.time_lexicon import Lexicon, compile_lexicon, norm
from factcheck.models import TimeValue
from factcheck.ruleset import RuleSet

_Span = Span
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
class _Ctx:
    """What a builder needs besides its match."""

    text: str
    start: int
    end: int
    pub: date | None
    lex: Lexicon
    atoms: list[_Atom]


# --- intervals ----------------------------------------------------------------------


def _dated(
    year: str | None, make: Callable[[int], _Span | None], gran: str, ctx: _Ctx, pos: int
) -> TimeValue | None:
    """A date or month with its year, or in the year that puts it nearest pub.

    After "since" it is the latest one that has begun by pub: "since May" is not next May.
    """
    if year:
        return interval_value(make(int(year)), gran)
    if make(2000) is None:  # invalid even in a leap year ("February 30"): not a date
        return None
    if ctx.pub is None:
        return unresolved(gran)
    past = _prev(ctx, pos) in ctx.lex.lead["since"]
    return interval_value(nearest(ctx.pub, make, past), gran, relative=True)


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
    return gap is not None and norm(gap["c"]) in ctx.lex.lead["joined"]


def _ranged(ctx: _Ctx, pos: int) -> bool:
    """A connector and another four-digit number follow: '2014 to 2016'."""
    gap = ctx.lex.small["connector"].match(ctx.text, pos, ctx.end)
    if gap is None or norm(gap["c"]) not in ctx.lex.pairs[""]:
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
        return _dated(year, lambda y: day_span(y, month, day), "day", ctx, m.start())
    days = ctx.lex.parts[norm(m["fz_p"])]["days"] if k == "fz" else (1, 31)
    gran = "month-part" if k == "fz" else "month"
    return _dated(year, lambda y: month_span(y, month, days), gran, ctx, m.start())


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
        return interval_value(calendar_span(date(first, 1, 1), "year"), "year")
    part = ctx.lex.parts[norm(m[f"{k}_p"])] if m[f"{k}_p"] else None
    if k == "fy" and part:
        a, b = part["months"]
        return interval_value((date(first, a, 1), month_span(first, b)[1]), "year-part")
    a, b = part["years"] if part else (0, 9)
    return interval_value(
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
    direction = ctx.lex.table["weekday_modifiers"].get(norm(m["wd_mod"] or ""), 0)
    strict = direction != 0  # "next Friday" said on a Friday is a week on
    if direction == 0:
        direction = 1 if _future(ctx, m.start()) else -1
    gap = ((target - pub.weekday()) * direction) % 7 or (7 if strict else 0)
    day = pub + timedelta(days=gap * direction)
    return (day, day), "day"


def _days(m: re.Match[str], ctx: _Ctx, pub: date) -> tuple[_Span, str]:
    """'yesterday', 'tonight', 'the coming days': fixed day offsets from pub."""
    if m.lastgroup == "rd":
        a = b = ctx.lex.table["relative_days"][norm(m[0])]
    else:
        a, b = ctx.lex.table["vague_spans"][norm(m["vg_p"])]
    return (pub + timedelta(days=a), pub + timedelta(days=b)), "day" if a == b else "span"


def _period(m: re.Match[str], ctx: _Ctx, pub: date) -> tuple[_Span, str]:
    """'next week' (Monday to Sunday), 'last month', 'this year': calendar periods."""
    unit, n = norm(m["pd_u"]), ctx.lex.table["period_shifts"][norm(m["pd_s"])]
    return calendar_span(shift(pub, n, unit), unit), unit


def _offset(m: re.Match[str], ctx: _Ctx, pub: date) -> tuple[_Span, str]:
    """'in two weeks', 'three days ago', 'within a month', 'over the past two years'."""
    t, k = ctx.lex.table, m.lastgroup or ""
    word = norm(m[f"{k}_n"])
    n = int(word) if word.isdigit() else t["count_words"][word]
    unit = t["offset_units"][norm(m[f"{k}_u"])]
    how = t["offset_prefixes"][norm(m["off_p"])] if k == "off" else "ago"
    if how == "within":
        return (pub, shift(pub, n, unit)), "span"
    if how == "past":
        return (shift(pub, -n, unit), pub), "span"
    day = shift(pub, n if how == "at" else -n, unit)
    if unit != "week":
        return calendar_span(day, unit), unit
    fuzz = timedelta(days=t["week_fuzz_days"])  # "in two weeks" is rarely to the day
    return (day - fuzz, day + fuzz), unit


_Build = Callable[[re.Match[str], _Ctx], TimeValue | None]


def _relative(build: Callable[[re.Match[str], _Ctx, date], tuple[_Span, str]]) -> _Build:
    """A builder that needs pub: unresolved (with its granularity) when there is none."""

    def run(m: re.Match[str], ctx: _Ctx) -> TimeValue | None:
        span, granularity = build(m, ctx, ctx.pub or _ANY_DAY)
        return (
            interval_value(span, granularity, relative=True) if ctx.pub else unresolved(granularity)
        )

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
        hour, minute = ctx.lex.table["clock_words"][norm(m[0])].split(":")
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
    return _Atom(m.start(), m.end(), unresolved(granularity), clock) if clock else None


# --- times of day and spans -----------------------------------------------------------


_ADJACENT = re.compile(r"[\s,]*(?:(?:on|of|at)\s+)?")


def _place_clocks(atoms: list[_Atom], pub: date | None, text: str) -> list[_Atom]:
    """Put each time of day on the nearest day named in the sentence, else on pub.

    A day written right beside the time ("4:17 a.m. Thursday", "Friday at 6 p.m.")
    joins it: one claim, not two.
    """
    days = [d for d in atoms if d.clock is None and d.value.granularity == "day"]
    starts = [d.start for d in days]
    placed: list[_Atom] = []
    joined: set[tuple[int, int]] = set()
    for a in atoms:
        around = days[max(0, bisect_right(starts, a.start) - 1) : bisect_right(starts, a.start) + 1]
        b = _place_clock(a, around, pub)
        if a.clock is not None and b.value.start is not None:
            for d in around:
                lo, hi = (a.end, d.start) if d.start >= a.end else (d.end, a.start)
                if lo <= hi and _ADJACENT.fullmatch(text, lo, hi):
                    b = replace(b, start=min(a.start, d.start), end=max(a.end, d.end))
                    joined.add((d.start, d.end))
                    break
        placed.append(b)
    return [p for p in placed if p.clock is not None or (p.start, p.end) not in joined]


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


def _pair(a: _Atom, b: _Atom, text: str, floor: int, lex: Lexicon) -> _Atom | None:
    """'between X and Y', 'from X to Y', 'X to Y' -> one span from X's start to Y's end."""
    gap = lex.small["connector"].fullmatch(text, a.end, b.start)
    va, vb = a.value, b.value
    if gap is None or "span" in (va.granularity, vb.granularity):
        return None
    word = norm(gap["c"])
    opener = lex.small["opener"].search(text, max(floor, a.start - 16), a.start)
    if opener and word in lex.pairs[norm(opener["o"])]:
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


def _widen(a: _Atom, text: str, floor: int, pub: date | None, lex: Lexicon) -> _Atom:
    """'since 2014', 'until March', 'before 2015', '(between) now and Friday' -> a span."""
    v, before = a.value, text[max(floor, a.start - 16) : a.start].split()
    if v.granularity == "span" or not before or before[-1].lower() not in lex.lead["widen"]:
        return a  # the cheap test first: most dates stand alone
    now = lex.small["now"].search(text, max(floor, a.start - 40), a.start)
    if now and norm(now["c"]) in lex.pairs[norm(now["o"])]:
        start = pub.isoformat() if pub else None
        value = TimeValue(start, v.end, "span", resolved=bool(pub) and v.resolved, relative=True)
        return _Atom(now.start(), a.end, value)
    word = lex.small["span"].search(text, max(floor, a.start - 16), a.start)
    if word is None:
        return a
    how = lex.table["span_words"][norm(word["w"])]
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


def _spans(atoms: list[_Atom], text: str, lo: int, pub: date | None, lex: Lexicon) -> list[_Atom]:
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
    lex = compile_lexicon(rules)
    if lex.key.search(text, start, end) is None:
        return []  # most sentences name no time: one cheap scan instead of the full one
    atoms: list[_Atom] = []
    ctx = _Ctx(text, start, end, pub_date, lex, atoms)
    for m in lex.pattern.finditer(text, start, end):
        if atom := _atom(m, ctx):
            atoms.append(atom)
    placed = _place_clocks(atoms, pub_date, text)
    return [
        TimeMatch(a.start, a.end, text[a.start : a.end], a.value)
        for a in _spans(placed, text, start, pub_date, lex)
    ]


def parse_absolute_date(text: str, rules: RuleSet) -> date | None:
    """A full date in a header or dateline ('20220126', '2022-01-26', 'Jan. 26, 2022') or None."""
    lex = compile_lexicon(rules)
    for m in lex.pattern.finditer(text):
        k = m.lastgroup or ""
        if k in ("md", "dm") and m[f"{k}_y"]:
            span = day_span(
                int(m[f"{k}_y"]),
                lex.months[m[f"{k}_m"].rstrip(".")],
                int(m[f"{k}_d"].rstrip("stndrh")),
            )
            return span[0] if span else None
    if iso := _ISO.search(text):
        span = day_span(*map(int, iso.groups()))
        return span[0] if span else None
    if _NUMERIC.search(text):
        import dateparser  # ~0.23 s to import: only for numeric dates the grammar leaves

        found = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
        return found.date() if found else None
    return None
