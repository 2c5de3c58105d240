"""Calendar arithmetic for time claims: pure functions over dates, no text."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from factcheck.models import TimeValue

Span = tuple[date, date]


def interval_value(span: Span | None, granularity: str, relative: bool = False) -> TimeValue | None:
    if span is None:
        return None
    return TimeValue(span[0].isoformat(), span[1].isoformat(), granularity, relative=relative)


def unresolved(granularity: str) -> TimeValue:
    return TimeValue(None, None, granularity, resolved=False, relative=True)


def month_span(year: int, month: int, days: tuple[int, int] = (1, 31)) -> Span:
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(days[0], last)), date(year, month, min(days[1], last))


def day_span(year: int, month: int, day: int) -> Span | None:
    try:
        return date(year, month, day), date(year, month, day)
    except ValueError:
        return None


def calendar_span(day: date, unit: str) -> Span:
    """The calendar day, week (Monday to Sunday), month or year that holds day."""
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return month_span(day.year, day.month)
    return (date(day.year, 1, 1), date(day.year, 12, 31)) if unit == "year" else (day, day)


def shift(day: date, n: int, unit: str) -> date:
    """day moved by n days, weeks, months or years (the day of month clamped)."""
    if unit in ("day", "week"):
        return day + timedelta(days=n * (7 if unit == "week" else 1))
    year, month = divmod(day.month - 1 + n * (12 if unit == "year" else 1), 12)
    last = month_span(day.year + year, month + 1)[1]
    return last.replace(day=min(day.day, last.day))


def nearest(pub: date, make: Callable[[int], Span | None], past: bool) -> Span | None:
    """The year's version of a yearless date or month that lies nearest pub (or before it)."""
    best: tuple[tuple[int, int], Span] | None = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        span = make(year)
        if span is not None and not (past and span[0] > pub):
            gap = 0 if span[0] <= pub <= span[1] else min(abs((s - pub).days) for s in span)
            key = (gap, abs((span[0] - pub).days + (span[1] - pub).days))
            best = (key, span) if best is None or key < best[0] else best
    return best[1] if best else None
