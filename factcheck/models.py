"""Frozen dataclasses passed between pipeline stages.

documents -> Document; extract -> Claim; align -> Group; judge -> Finding; api -> Report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


@dataclass(frozen=True)
class SkippedLine:
    """A line that is not part of the story."""

    line: int
    """1-based line number in the file."""
    reason: str
    """Why it was skipped: a furniture kind from rules (ticker, byline, ...) or 'header'."""


@dataclass(frozen=True)
class Paragraph:
    """A run of story text: one non-skipped line."""

    start: int
    """Character offset of the first character in Document.text."""
    end: int
    """Character offset just past the last character."""
    line: int
    """1-based line number."""


@dataclass(frozen=True)
class Document:
    """A decoded file with its metadata and the parts that are story text."""

    path: str
    """The path as the user gave it."""
    text: str
    """The whole decoded text; all offsets point into it."""
    paragraphs: tuple[Paragraph, ...]
    """The story: lines that are prose, in order."""
    skipped: tuple[SkippedLine, ...] = ()
    """Header, metadata and page furniture lines, never read for claims."""
    title: str | None = None
    """The title found in the header, if any."""
    date: date | None = None
    """Publication date used to resolve relative dates."""
    date_source: str | None = None
    """'document', 'option', 'borrowed' or None."""
    notes: tuple[str, ...] = ()
    """Things the reader should know (encoding fallbacks, borrowed dates)."""
    dateline: str | None = None
    """The date of a dateline at the start of the story ("Jan. 26"), as written."""
    story_start: int = 0
    """Offset where claims may start: past the header and any dateline."""
    line_starts: tuple[int, ...] = (0,)
    """Offset of the first character of each line, for line and column lookups."""


@dataclass(frozen=True)
class Sentence:
    """One sentence of a paragraph."""

    start: int
    end: int
    line: int


@dataclass(frozen=True)
class QuantityValue:
    """A figure as an interval: what the writer's wording allows."""

    low: float | None
    """Lower bound, in `unit`; None = open."""
    high: float | None
    """Upper bound, in `unit`; None = open."""
    unit: str
    """Unit as written, normalised to quantulum3's name ('count' for plain counts)."""
    family: str
    """What can be compared with it: 'count', 'length', 'currency:USD', ..."""
    base_low: float | None
    """`low` converted to the family's base unit."""
    base_high: float | None
    """`high` converted to the family's base unit."""
    hedge: str | None = None
    """The hedge as written ('more than'), or None."""
    hedge_kind: str | None = None
    """The hedge rule's semantics ('above', 'about', ...)."""
    vague: bool = False
    """True for vague magnitudes ('tens of thousands', 'dozens')."""
    number: float | None = None
    """The written figure itself, before hedges (None for vague magnitudes)."""
    low_open: bool = False
    """True when `low` itself is excluded."""
    high_open: bool = False
    """True when `high` itself is excluded."""


@dataclass(frozen=True)
class TimeValue:
    """A time claim as an inclusive interval of days (or minutes, for times of day)."""

    start: str | None
    """ISO date or datetime of the first moment; None = open or unresolved."""
    end: str | None
    """ISO date or datetime of the last moment (inclusive); None = open or unresolved."""
    granularity: str
    """'minute', 'hour', 'day', 'week', 'month', 'season', 'year', 'decade', 'span'."""
    anchor: str | None = None
    """For spans such as 'since 2014': the written anchor ('2014'), compared across sources."""
    resolved: bool = True
    """False when a relative expression had no publication date to resolve against."""
    relative: bool = False
    """True when the value depends on the publication date."""


class Kind(StrEnum):
    QUANTITY = "quantity"
    TIME = "time"


@dataclass(frozen=True)
class Claim:
    """One figure or date a document states."""

    id: str
    """Stable id: 'd{doc}-c{n}'."""
    doc: str
    """Document path as given."""
    doc_index: int
    """Position of the document in the comparison."""
    kind: Kind
    text: str
    """The claim as written, hedge included."""
    start: int
    """Character offset into the decoded text."""
    end: int
    line: int
    column: int
    """1-based column of `start` on its line."""
    subject: str
    """What is counted, measured or dated ('people killed', 'troops', 'talks')."""
    value: QuantityValue | TimeValue
    category: str | None = None
    """Category from rules ('deaths', 'troops'), if one matched."""
    noun: str | None = None
    """Head noun of what is counted ('people'), lower-cased singular."""
    qualifiers: frozenset[str] = field(default_factory=frozenset)
    """Words that narrow the noun ('u.s', 'russian'): which ones are counted."""
    context: frozenset[str] = field(default_factory=frozenset)
    """Content-word stems of the claim's paragraph: the story it is part of."""
    local: frozenset[str] = field(default_factory=frozenset)
    """Content-word stems right around the claim: the event it is about."""
    sentence: str = ""
    """The sentence the claim sits in, for display."""


class Status(StrEnum):
    CONFLICT = "conflict"
    DIVERGENT = "divergent"
    CONSISTENT = "consistent"
    SINGLE = "single-source"


@dataclass(frozen=True)
class Group:
    """Claims from different documents that state the same fact."""

    subject: str
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Finding:
    """A verdict on one group, with a reason an editor can check against the quotes."""

    status: Status
    subject: str
    claims: tuple[Claim, ...]
    explanation: str


@dataclass(frozen=True)
class Report:
    """Everything a compare or extract run produced."""

    documents: tuple[Document, ...]
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...] = ()
