"""Claims across documents -> groups that state the same fact.

Two claims may be one fact only when they are of the same kind, their units
can be compared, and what they count agrees (category, noun). Among those,
the words around each claim must show the same event. Each group holds at most
one claim per document; the strongest pairs are joined first.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from factcheck.models import Claim, Group, Kind, QuantityValue, TimeValue
from factcheck.ruleset import RuleSet


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Shared share of the smaller set of words (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass(frozen=True)
class _Thresholds:
    quantity: float
    event: float
    time_conflict: float


def _compatible_quantities(a: Claim, b: Claim) -> bool:
    va, vb = a.value, b.value
    assert isinstance(va, QuantityValue) and isinstance(vb, QuantityValue)
    if va.family != vb.family:
        return False
    if a.category and b.category and a.category != b.category:
        return False
    if a.noun and b.noun and a.noun != b.noun:
        return False
    if a.qualifiers and b.qualifiers and not a.qualifiers & b.qualifiers:
        return False  # "8,500 U.S. troops" are not "100,000 Russian troops"
    # a count says what it counts by its noun or its category, and both must say it
    says_what = bool(a.category and b.category) or bool(a.noun and b.noun)
    return va.family != "count" or says_what


def _same_time(a: TimeValue, b: TimeValue) -> bool:
    return (
        (a.start, a.end) == (b.start, b.end)
        or (a.anchor is not None and a.anchor == b.anchor)
        or _anchor_inside(a, b)
        or _anchor_inside(b, a)
    )


def _anchor_inside(span: TimeValue, other: TimeValue) -> bool:
    """'since 2014' and 'in 2014' name the same year."""
    if span.granularity != "span" or not span.anchor or not span.start or not other.start:
        return False
    return other.granularity != "span" and other.start <= span.start <= (other.end or other.start)


def _score(a: Claim, b: Claim, t: _Thresholds) -> float | None:
    """How strongly two claims from different documents look like one fact; None = not."""
    local = overlap(a.local, b.local)
    context = overlap(a.context, b.context)
    if a.kind is Kind.QUANTITY:
        if not _compatible_quantities(a, b):
            return None
        same_category = bool(a.category and a.category == b.category)
        if same_category or local >= t.quantity or context >= t.quantity * 2:
            return local + context / 2 + (1.0 if same_category else 0.0)
        return None
    va, vb = a.value, b.value
    assert isinstance(va, TimeValue) and isinstance(vb, TimeValue)
    if not (va.resolved and vb.resolved):
        return None
    if _same_time(va, vb):
        if local >= t.event or context >= t.event:
            return local + context / 2
        return None
    if local >= t.time_conflict and context >= t.event:
        return local + context / 2
    return None


def align(claims: list[Claim], rules: RuleSet) -> list[Group]:
    """Group claims that state the same fact; every claim ends in exactly one group."""
    t = _Thresholds(
        quantity=rules.tolerance("quantity_overlap"),
        event=rules.tolerance("event_overlap"),
        time_conflict=rules.tolerance("time_conflict_overlap"),
    )
    by_doc: dict[int, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_doc[claim.doc_index].append(claim)
    edges: list[tuple[float, str, str]] = []
    for da, db in combinations(sorted(by_doc), 2):
        pair_edges = []
        for a in by_doc[da]:
            for b in by_doc[db]:
                if a.kind is b.kind and (score := _score(a, b, t)) is not None:
                    pair_edges.append((score, a, b))
        edges.extend(_keep_credible(pair_edges, t))
    return _join(claims, edges)


def _keep_credible(pair_edges: list[tuple[float, Claim, Claim]], t: _Thresholds):
    """Same-category quantities with weak context join only when neither has a rival."""
    count_a: dict[str, int] = defaultdict(int)
    count_b: dict[str, int] = defaultdict(int)
    for _, a, b in pair_edges:
        count_a[a.id] += 1
        count_b[b.id] += 1
    for score, a, b in pair_edges:
        weak = a.kind is Kind.QUANTITY and score - 1.0 < t.quantity and a.category is not None
        if weak and (count_a[a.id] > 1 or count_b[b.id] > 1):
            continue
        yield (score, a.id, b.id)


def _join(claims: list[Claim], edges: list[tuple[float, str, str]]) -> list[Group]:
    linked = {(a, b) for _, a, b in edges} | {(b, a) for _, a, b in edges}
    group_of: dict[str, int] = {c.id: i for i, c in enumerate(claims)}
    members: dict[int, list[Claim]] = {i: [c] for i, c in enumerate(claims)}
    for _, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ga, gb = group_of[a], group_of[b]
        if ga == gb:
            continue
        docs_a = {c.doc_index for c in members[ga]}
        if docs_a & {c.doc_index for c in members[gb]}:
            continue  # one claim per document and fact
        if not all((x.id, y.id) in linked for x in members[ga] for y in members[gb]):
            continue  # complete linkage: every pair across the two groups must be one fact
        for c in members.pop(gb):
            group_of[c.id] = ga
            members[ga].append(c)
    groups = []
    for items in members.values():
        items.sort(key=lambda c: (c.doc_index, c.start))
        groups.append(Group(subject=items[0].subject, claims=tuple(items)))
    return groups
