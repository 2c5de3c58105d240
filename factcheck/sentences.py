"""Paragraph -> sentence spans, with syntok (it knows "U.S." and "Feb." do not end sentences)."""

from __future__ import annotations

import re
from functools import lru_cache

from syntok import segmenter
from syntok.tokenizer import Tokenizer

# syntok ends sentences only at terminal punctuation followed by more text; a paragraph
# without one is a single sentence, and splitting it (the costly part) can be skipped.
_POSSIBLE_END = re.compile(r"[.!?…。！？][\"'”’)\]]*\s+\S")


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    return Tokenizer(replace_not_contraction=False)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of each sentence in text[start:end]."""
    if not _POSSIBLE_END.search(text, start, end):
        return [(start, end)]
    chunk = text[start:end]
    spans = []
    for sentence in segmenter.split(_tokenizer().tokenize(chunk)):
        if sentence:
            last = sentence[-1]
            spans.append((start + sentence[0].offset, start + last.offset + len(last.value)))
    return spans or [(start, end)]
