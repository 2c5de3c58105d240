"""Interval arithmetic for figures: pure functions, no NLP imports."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation


@dataclass(frozen=True)
class Interval:
    """A range of values; None = unbounded on that side."""

    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False

    def scaled(self, factor: float, offset: float = 0.0) -> Interval:
        """The same interval in another unit: value * factor + offset."""

        def conv(v: float | None) -> float | None:
            return None if v is None else v * factor + offset

        return Interval(conv(self.low), conv(self.high), self.low_open, self.high_open)

    @property
    def width(self) -> float:
        if self.low is None or self.high is None:
            return math.inf
        return self.high - self.low

    @property
    def mid(self) -> float | None:
        if self.low is None:
            return self.high
        if self.high is None:
            return self.low
        return (self.low + self.high) / 2


def overlaps(a: Interval, b: Interval, slack: float = 0.0) -> bool:
    """True when some value lies in both; `slack` widens each side by that fraction."""

    def below(x: Interval, y: Interval) -> bool:  # x lies entirely below y
        if x.high is None or y.low is None:
            return False
        gap = slack * max(abs(x.high), abs(y.low))
        if x.high + gap < y.low:
            return True
        return x.high + gap == y.low and (x.high_open or y.low_open) and gap == 0

    return not below(a, b) and not below(b, a)


def step_of(digits: str) -> float:
    """Place value of the last nonzero digit of a written figure: '13,000' -> 1000, '4.5' -> 0.1."""
    cleaned = "".join(ch for ch in digits if ch.isdigit() or ch == ".")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return 1.0
    if number == 0:
        return 1.0
    exponent = number.normalize().as_tuple().exponent
    return float(Decimal(1).scaleb(int(exponent)))


def hedged(
    value: float, step: float, semantics: str | None, tolerances: dict[str, float]
) -> Interval:
    """The interval a hedge allows around a written figure (see rules/hedges.yaml)."""
    if semantics == "above":
        return Interval(value, value + step, low_open=False, high_open=True)
    if semantics == "at_least":
        return Interval(value, None)
    if semantics == "below":
        return Interval(max(value - step, 0.0), value, low_open=True, high_open=True)
    if semantics == "at_most":
        return Interval(max(value - step, 0.0), value)
    if semantics == "nearly":
        return Interval(value * (1 - tolerances["nearly"]), value, high_open=True)
    if semantics == "about":
        t = tolerances["about"]
        return Interval(value * (1 - t), value * (1 + t))
    if semantics is None:
        if step >= 10 and value >= 100:
            half = min(step / 2, value * tolerances["unhedged_round"])
            return Interval(value - half, value + half)
        return Interval(value, value)
    raise ValueError(f"unknown hedge semantics {semantics!r}")
