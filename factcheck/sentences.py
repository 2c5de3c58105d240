"""Paragraph -> sentence spans, with syntok (it knows "U.S." and "Feb." do not end sentences)."""

from __future__ import annotations

from functools import lru_cache

from syntok import segmenter
from syntok.tokenizer import Tokenizer


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    return Tokenizer(replace_not_contraction=False)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) offsets into `text` of each sentence in text[start:end]."""
    chunk = text[start:end]
    spans = []
    for sentence in segmenter.split(_tokenizer().tokenize(chunk)):
        if sentence:
            last = sentence[-1]
            spans.append((start + sentence[0].offset, start + last.offset + len(last.value)))
    return spans or [(start, end)]
