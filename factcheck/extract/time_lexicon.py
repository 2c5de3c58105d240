"""rules/times.yaml -> one compiled Lexicon: the patterns the time extractor scans with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.ruleset import RuleSet

_YEAR = r"\d{4}(?!\d|[,.]\d|['’]?s\b)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d|[,:.]\d)"
_KEYS = ("weekdays", "offset_units", "periods", "relative_days", "clock_words", "vague_spans")


@dataclass(frozen=True)
class Lexicon:
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


def norm(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


def phrase_pattern(phrase: str, fold: bool) -> str:
    """A phrase as a regex: any whitespace between words, either apostrophe, word edges.

    fold: the first letter may be a capital ("In the coming days"); cheaper than (?i:),
    which makes the scanner compare every character both ways (~40% slower).
    """
    body = r"\s+".join(re.escape(w) for w in phrase.split()).replace("'", "['’]")
    if fold and phrase[0].isalpha():
        body = f"[{phrase[0].lower()}{phrase[0].upper()}]{body[1:]}"
    head = r"\b" if phrase[0].isalnum() else ""
    return head + body + (r"\b" if phrase[-1].isalnum() else "")


def alternation(phrases: Any, fold: bool = False) -> str:
    """Alternation, longest first so that leftmost-first matching prefers it."""
    ordered = sorted(set(map(str, phrases)), key=len, reverse=True)
    return "(?:" + "|".join(phrase_pattern(p, fold) for p in ordered) + ")"


def named_groups(kinds: dict[str, str]) -> str:
    return "|".join(f"(?P<{k}>{v})" for k, v in kinds.items())


@lru_cache(maxsize=8)
def compile_lexicon(rules: RuleSet) -> Lexicon:
    t = rules.mapping("times")
    months = {**t["months"], **t["month_abbreviations"]}
    full, wd = alternation(t["months"]), alternation(t["weekdays"])
    mon = rf"(?:{full}|{alternation(t['month_abbreviations'])}\.?)"  # "Feb." but not "February."
    parts = {
        norm(p): {k: tuple(v) for k, v in part.items() if k != "phrases"}
        for part in t["parts"].values()
        for p in part["phrases"]
    }

    def w(key: str) -> str:
        return alternation(t[key], fold=True)

    part, unit, n = (
        alternation(parts, fold=True),
        w("offset_units"),
        rf"(?:\d{{1,3}}|{w('count_words')})",
    )
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
        "zn": rf"(?<![\d:.,])(?P<zn_h>[01]\d|2[0-3])(?P<zn_mi>[0-5]\d)\s+{alternation(t['time_zones'])}",
        "yr": rf"(?<![\d,.$€£¥#])(?P<yr_y>{_YEAR})(?!-[^\W\d_])",
    }
    pattern = rf"\b(?:(?=[^\W\d_])(?:{named_groups(letters)})|{named_groups(either)}|(?=\d)(?:{named_groups(digits)}))"
    keys = [*months, *(k for s in _KEYS for k in t[s])]
    pairs = {norm(k): frozenset(map(norm, v)) for k, v in t["span_pairs"].items()}
    bare = frozenset(map(norm, t["span_connectors"]))
    connector = rf"(?P<c>(?i:{alternation(set().union(bare, *pairs.values()))}))"
    opener = rf"(?:\(\s*)?(?P<o>(?i:{alternation(pairs)}))(?:\s*\))?"
    small = {
        "future": rf"(?i:{alternation(t['future_markers'])})",
        "clause": rf"(?i:{alternation(t['clause_breaks'])})",
        "span": rf"(?P<w>(?i:{alternation(t['span_words'])}))\s+$",
        "opener": rf"{opener}\s+$",
        "now": rf"{opener}\s+(?i:{alternation(t['now_words'])})\s+{connector}\s+$",
        "connector": rf"\s*{connector}\s*",
    }
    return Lexicon(
        pattern=re.compile(pattern),
        key=re.compile(
            rf"\d|\b(?=[{''.join(sorted({c for k in keys for c in k[0] + k[0].upper()}))}])"
            rf"{alternation(keys, fold=True)}"
        ),
        small={k: re.compile(v) for k, v in small.items()},
        table=t,
        months=months,
        parts=parts,
        pairs=pairs | {"": bare},
        lead={
            **{k: frozenset(map(norm, t[f"{k}_lead"])) for k in ("month", "year")},
            "joined": frozenset().union(bare, *pairs.values()),
            "since": frozenset(norm(w) for w, how in t["span_words"].items() if how == "since"),
            "widen": frozenset(map(norm, t["span_words"])).union(bare, *pairs.values()),
        },
    )
