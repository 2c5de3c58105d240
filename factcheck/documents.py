"""Files -> Document: decoding, header metadata, and the lines that are story text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from factcheck.errors import InputError
from factcheck.models import Document, Paragraph, SkippedLine
from factcheck.ruleset import RuleSet

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class _Patterns:
    furniture: tuple[tuple[str, re.Pattern[str]], ...]
    date_lines: tuple[re.Pattern[str], ...]
    urls: tuple[re.Pattern[str], ...]
    datelines: tuple[re.Pattern[str], ...]
    prose_min_words: int


@lru_cache(maxsize=8)
def _patterns(rules: RuleSet) -> _Patterns:
    header = {rule["id"]: rule["patterns"] for rule in rules.list("header")}
    return _Patterns(
        furniture=tuple(
            (rule["id"], re.compile(p))
            for rule in rules.list("furniture")
            for p in rule["patterns"]
        ),
        date_lines=tuple(re.compile(p) for p in header.get("date-line", [])),
        urls=tuple(re.compile(p) for p in header.get("url", [])),
        datelines=tuple(re.compile(p) for p in header.get("dateline", [])),
        prose_min_words=int(rules.mapping("words").get("prose_min_words", 8)),
    )


def decode(raw: bytes, path: str) -> tuple[str, str | None]:
    """Bytes -> text: UTF-8 (with or without BOM), else cp1252, else latin-1. Never fails."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "decoded as cp1252 (not valid UTF-8)"
    except UnicodeDecodeError:
        return raw.decode("latin-1"), "decoded as latin-1 (not valid UTF-8)"


def read_bytes(path: str) -> bytes:
    """Read a file, turning every OS failure into a one-line InputError."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        return p.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    spans, start = [], 0
    for m in _LINE_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def is_prose(line: str, min_words: int) -> bool:
    """A sentence-like line: closing punctuation, or long enough to be a paragraph."""
    words = len(_WORD.findall(line))
    return words >= min_words or (words >= 3 and bool(_SENTENCE_END.search(line)))


def _furniture(line: str, pats: _Patterns) -> str | None:
    for reason, pattern in pats.furniture:
        if pattern.fullmatch(line):
            return reason
    return None


def parse_document(path: str, text: str, rules: RuleSet, date_parser) -> Document:
    """Split text into header, furniture and story paragraphs; read the header's date.

    `date_parser(text) -> date | None` reads a full date ("Jan. 26, 2022").
    """
    pats = _patterns(rules)
    spans = line_spans(text)
    paragraphs: list[Paragraph] = []
    skipped: list[SkippedLine] = []
    title: str | None = None
    found_date: date | None = None
    dateline_date: str | None = None
    story_start = 0
    seen: set[str] = set()
    in_header = True
    for number, (start, end) in enumerate(spans, 1):
        raw = text[start:end]
        line = raw.strip()
        if not line:
            continue
        if in_header and not is_prose(line, pats.prose_min_words):
            reason = _header_line(line, pats)
            if reason == "date" and found_date is None:
                value = next(m for p in pats.date_lines if (m := p.fullmatch(line)))["date"]
                found_date = _compact_date(value) or date_parser(value)
            elif reason == "title" and title is None:
                title = line
            elif reason == "title":
                reason = "repeated-headline" if line in seen else "not-prose"
        else:
            reason = _furniture(line, pats)
            if reason is None and not is_prose(line, pats.prose_min_words):
                # a headline shown again above the story, or any other label
                reason = "repeated-headline" if line in seen or line == title else "not-prose"
        if reason is None:
            in_header = False
            lead = len(raw) - len(raw.lstrip())
            if not paragraphs:
                dateline_date, dateline_end = _dateline(line, pats)
                story_start = start + lead + dateline_end
            paragraphs.append(Paragraph(start + lead, start + lead + len(line), number))
        else:
            skipped.append(SkippedLine(number, reason))
        seen.add(line)
    return Document(
        path=path,
        text=text,
        paragraphs=tuple(paragraphs),
        skipped=tuple(skipped),
        title=title,
        date=found_date,
        date_source="document" if found_date else None,
        dateline=dateline_date,
        story_start=story_start,
        line_starts=tuple(s for s, _ in spans),
    )


def _header_line(line: str, pats: _Patterns) -> str:
    """What a non-prose line above the story is: date, url, furniture or title."""
    if any(p.fullmatch(line) for p in pats.date_lines):
        return "date"
    if any(p.fullmatch(line) for p in pats.urls):
        return "url"
    return _furniture(line, pats) or "title"


def _compact_date(value: str) -> date | None:
    if re.fullmatch(r"\d{8}", value):
        try:
            return date(int(value[:4]), int(value[4:6]), int(value[6:]))
        except ValueError:
            return None
    return None


def _dateline(line: str, pats: _Patterns) -> tuple[str | None, int]:
    """The date of a dateline opening the story, and where the story text starts."""
    for pattern in pats.datelines:
        match = pattern.match(line)
        if match:
            return match["date"], match.end()
    return None, 0


def line_and_column(doc: Document, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    index = bisect_right(doc.line_starts, offset) - 1
    return index + 1, offset - doc.line_starts[index] + 1
