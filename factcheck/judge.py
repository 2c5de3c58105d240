"""Group -> Finding: conflict, divergent, consistent or single-source, with a reason.

Every explanation quotes the claims and the ranges their wording allows, so an
editor can check the verdict against the text.
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import combinations

from factcheck.intervals import Interval, overlaps
from factcheck.models import Claim, Finding, Group, QuantityValue, Status, TimeValue
from factcheck.ruleset import RuleSet

_ORDER = {Status.CONFLICT: 0, Status.DIVERGENT: 1, Status.CONSISTENT: 2, Status.SINGLE: 3}


def judge(groups: list[Group], rules: RuleSet) -> list[Finding]:
    """A finding per group, conflicts first, then by document order."""
    findings = [_judge_group(g, rules) for g in groups]
    return sorted(
        findings, key=lambda f: (_ORDER[f.status], f.claims[0].doc_index, f.claims[0].start)
    )


def _judge_group(group: Group, rules: RuleSet) -> Finding:
    claims = group.claims
    if len({c.doc_index for c in claims}) < 2:
        return Finding(Status.SINGLE, group.subject, claims, _single(claims[0]))
    if isinstance(claims[0].value, QuantityValue):
        status, why = _quantities(claims, rules)
    else:
        status, why = _times(claims)
    return Finding(status, group.subject, claims, why)


def _single(claim: Claim) -> str:
    if isinstance(claim.value, TimeValue) and not claim.value.resolved:
        return f'only {_where(claim)} says "{claim.text}"; it is relative and no publication date is known'
    return f"only {_where(claim)} gives this; no other source states it"


def _where(claim: Claim) -> str:
    return f"{claim.doc.rsplit('/', 1)[-1]}:{claim.line}"


# --- quantities -------------------------------------------------------------------


def fmt_number(value: float) -> str:
    """13000 -> '13,000'; 8.5 -> '8.5'; 1.2e9 -> '1.2 billion'."""
    if abs(value) >= 1e9 and value % 1e7 == 0:
        return f"{value / 1e9:,.2f}".rstrip("0").rstrip(".") + " billion"
    if abs(value) >= 1e6 and value % 1e4 == 0:
        return f"{value / 1e6:,.2f}".rstrip("0").rstrip(".") + " million"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def fmt_range(
    low: float | None, high: float | None, high_open: bool = False, low_open: bool = False
) -> str:
    """How a range reads in an explanation: '13,000 to under 14,000', '12 or more'."""
    if low is None and high is None:
        return "any value"
    if low is None:
        return f"{'under' if high_open else 'at most'} {fmt_number(high)}"  # type: ignore[arg-type]
    if high is None:
        return f"{'over' if low_open else 'at least'} {fmt_number(low)}"
    if low == high:
        return fmt_number(low)
    start = f"over {fmt_number(low)}" if low_open else fmt_number(low)
    return f"{start} to {'under ' if high_open else ''}{fmt_number(high)}"


def _interval(claim: Claim) -> Interval:
    v = claim.value
    assert isinstance(v, QuantityValue)
    return Interval(v.base_low, v.base_high, v.low_open, v.high_open)


def _reading(claim: Claim) -> str:
    v = claim.value
    assert isinstance(v, QuantityValue)
    unit = "" if v.unit == "count" else f" {v.unit}"
    span = fmt_range(v.low, v.high, v.high_open, v.low_open)
    return f'"{claim.text}" means {span}{unit}'


def _quantities(claims: tuple[Claim, ...], rules: RuleSet) -> tuple[Status, str]:
    slack = rules.tolerance("conversion")
    for a, b in combinations(claims, 2):
        if a.doc_index == b.doc_index:
            continue
        va, vb = a.value, b.value
        assert isinstance(va, QuantityValue) and isinstance(vb, QuantityValue)
        converted = va.unit != vb.unit
        if not overlaps(_interval(a), _interval(b), slack if converted else 0.0):
            why = f"{_reading(a)}; {_reading(b)}: the ranges do not meet"
            if converted:
                why += " even after converting units"
            return Status.CONFLICT, why
    vague = [c for c in claims if c.value.vague]  # type: ignore[union-attr]
    precise = [c for c in claims if not c.value.vague]  # type: ignore[union-attr]
    if vague and precise:
        v, p = vague[0], precise[0]
        return (
            Status.DIVERGENT,
            f"{_reading(v)}, a vague magnitude; {_reading(p)}, a figure: compatible, not the same",
        )
    mids = [m for c in claims if (m := _interval(c).mid) is not None]
    limit = rules.tolerance("divergent")
    if mids and min(mids) > 0 and max(mids) / min(mids) - 1 > limit:
        a, b = claims[0], claims[-1]
        spread = (max(mids) / min(mids) - 1) * 100
        return (
            Status.DIVERGENT,
            f"{_reading(a)}; {_reading(b)}: the ranges meet, but the figures differ by {spread:.0f}%",
        )
    a, b = claims[0], claims[1]
    same = "converted to the same unit, " if a.value.unit != b.value.unit else ""  # type: ignore[union-attr]
    return Status.CONSISTENT, f"{_reading(a)}; {_reading(b)}: {same}the ranges overlap"


# --- times ------------------------------------------------------------------------


def _day(value: str) -> date:
    return datetime.fromisoformat(value).date() if "T" in value else date.fromisoformat(value)


def _span(v: TimeValue) -> tuple[date | None, date | None]:
    return (_day(v.start) if v.start else None, _day(v.end) if v.end else None)


def _time_reading(claim: Claim) -> str:
    v = claim.value
    assert isinstance(v, TimeValue)
    start, end = _span(v)
    if v.start and "T" in v.start:  # a time of day: show the clock
        clock = v.start.replace("T", " ")
        span = clock if v.end == v.start else f"{clock} to {(v.end or '').split('T')[-1]}"
    elif start and end and start == end:
        span = start.isoformat()
    elif start or end:
        span = f"{start.isoformat() if start else '…'} to {end.isoformat() if end else '…'}"
    else:
        span = "unresolved"
    return f'"{claim.text}" is {span}'


def _times(claims: tuple[Claim, ...]) -> tuple[Status, str]:
    for a, b in combinations(claims, 2):
        if a.doc_index == b.doc_index:
            continue
        va, vb = a.value, b.value
        assert isinstance(va, TimeValue) and isinstance(vb, TimeValue)
        if _anchored(va, vb) or _anchored(vb, va):
            continue
        (sa, ea), (sb, eb) = _span(va), _span(vb)
        if (ea and sb and ea < sb) or (eb and sa and eb < sa):
            return Status.CONFLICT, f"{_time_reading(a)}; {_time_reading(b)}: the dates do not meet"
    widths = []
    for c in claims:
        v = c.value
        assert isinstance(v, TimeValue)
        if v.granularity == "span" and v.anchor:
            continue  # "since 2014" is judged by its anchor, not its length
        s, e = _span(v)
        widths.append((e - s).days + 1 if s and e else 10_000)
    a, b = claims[0], claims[1]
    if len(widths) > 1 and max(widths) >= 7 * min(widths) and max(widths) > 3:
        return (
            Status.DIVERGENT,
            f"{_time_reading(a)}; {_time_reading(b)}: compatible, but one is far less precise",
        )
    return Status.CONSISTENT, f"{_time_reading(a)}; {_time_reading(b)}: the dates agree"


def _anchored(span: TimeValue, other: TimeValue) -> bool:
    """'since 2014' is judged by its start against 'in 2014'."""
    if span.granularity != "span" or not span.anchor or not span.start or not other.start:
        return False
    return other.start[:10] <= span.start[:10] <= (other.end or other.start)[:10]
