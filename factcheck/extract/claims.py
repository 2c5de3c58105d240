"""Document -> Claims: dates and times first, then the figures they leave."""

from __future__ import annotations

import re
from functools import lru_cache

from factcheck.documents import line_and_column
from factcheck.extract.context import about
from factcheck.extract.quantities import extract_quantities
from factcheck.extract.times import extract_times
from factcheck.models import Claim, Document, Kind, QuantityValue
from factcheck.ruleset import RuleSet
from factcheck.sentences import sentence_spans


@lru_cache(maxsize=8)
def _maybe(rules: RuleSet) -> re.Pattern[str]:
    """Digits or any word the extractors start from: a paragraph without one has no claim.

    Built from the rule lexicons, so it can never skip what the extractors would read;
    it spares sentence splitting (most of the cost) on paragraphs with nothing to find.
    """
    times = rules.mapping("times")
    numbers = rules.mapping("numbers")
    words: set[str] = set()
    for key in (
        "months",
        "month_abbreviations",
        "weekdays",
        "relative_days",
        "clock_words",
        "vague_spans",
    ):
        words.update(str(k).split()[0] for k in (times.get(key) or {}))
    words.update(str(w) for w in times.get("periods", []))
    for key in ("words", "scales"):
        words.update(str(k) for k in numbers.get(key, {}))
    for rule in rules.list("magnitudes"):
        words.update(w for p in rule["phrases"] for w in p.split() if len(w) > 3)
    alternation = "|".join(sorted((re.escape(w) for w in words if w), key=len, reverse=True))
    return re.compile(rf"\d|\b(?:{alternation})", re.IGNORECASE)


def extract_claims(doc: Document, index: int, rules: RuleSet) -> list[Claim]:
    """All claims of one document, in text order."""
    claims: list[Claim] = []
    text = doc.text
    for para in doc.paragraphs:
        if not _maybe(rules).search(text, para.start, para.end):
            continue
        for s_start, s_end in sentence_spans(text, para.start, para.end):
            times = extract_times(text, s_start, s_end, doc.date, rules)
            taken = [(t.start, t.end) for t in times]
            quantities = extract_quantities(text, s_start, s_end, rules, taken)
            found = [(t, Kind.TIME, None) for t in times]
            found += [(q, Kind.QUANTITY, q.noun) for q in quantities]
            found = [f for f in found if f[0].start >= doc.story_start]
            for match, kind, noun in sorted(found, key=lambda f: f[0].start):
                ctx = about(
                    text,
                    (para.start, para.end),
                    (s_start, s_end),
                    (match.start, match.end),
                    noun,
                    rules,
                    with_category=kind is Kind.QUANTITY,
                )
                line, column = line_and_column(doc, match.start)
                claims.append(
                    Claim(
                        id=f"d{index}-c{len(claims) + 1}",
                        doc=doc.path,
                        doc_index=index,
                        kind=kind,
                        text=match.text,
                        start=match.start,
                        end=match.end,
                        line=line,
                        column=column,
                        subject=_subject(match.value, ctx, noun, kind),
                        value=match.value,
                        category=ctx.category,
                        noun=ctx.noun_key,
                        qualifiers=frozenset(getattr(match, "qualifiers", ())),
                        context=ctx.context,
                        local=ctx.local,
                        sentence=text[s_start:s_end],
                    )
                )
    return claims


def _subject(value, ctx, noun: str | None, kind: Kind) -> str:
    if kind is Kind.TIME:
        words = " ".join(ctx.local_words[:4])
        return f"when: {words}" if words else "date"
    if ctx.label:
        plain = not noun or ctx.noun_key == "people" or noun.lower() in ctx.label.lower()
        return ctx.label if plain else f"{ctx.label} ({noun})"
    if noun:
        return noun
    assert isinstance(value, QuantityValue)
    return value.family if value.family != "count" else "figure"
