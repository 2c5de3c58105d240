"""Document -> Claims: dates and times first, then the figures they leave."""

from __future__ import annotations

import re

from factcheck.documents import line_and_column
from factcheck.extract.context import about
from factcheck.extract.quantities import extract_quantities
from factcheck.extract.times import extract_times
from factcheck.models import Claim, Document, Kind, QuantityValue
from factcheck.ruleset import RuleSet
from factcheck.sentences import sentence_spans

# A paragraph with no digit and no capitalised or number-like word has nothing to find;
# the cheap check saves sentence splitting on most of a long text.
_MAYBE = re.compile(r"\d|\b(?:[A-Z][a-z]+|[a-z]+(?:teen|ty|dozens?|hundreds?|thousands?|millions?)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|days|weeks|months|years|ago|now|yesterday|today|tomorrow|tonight|noon|midnight)\b")


def extract_claims(doc: Document, index: int, rules: RuleSet) -> list[Claim]:
    """All claims of one document, in text order."""
    claims: list[Claim] = []
    text = doc.text
    for para in doc.paragraphs:
        if not _MAYBE.search(text, para.start, para.end):
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
                    text, (para.start, para.end), (s_start, s_end), (match.start, match.end),
                    noun, rules, with_category=kind is Kind.QUANTITY,
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
