from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.sentences import sentence_spans


def test_abbreviations_do_not_end_sentences():
    text = "The U.S. said on Feb. 4 it would act. Mr. Blinken agreed at 4 p.m. on Friday. He left."
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == [
        "The U.S. said on Feb. 4 it would act.",
        "Mr. Blinken agreed at 4 p.m. on Friday.",
        "He left.",
    ]


def test_offsets_are_absolute():
    text = "Header\n\nFirst one here. Second one here."
    start = text.index("First")
    spans = sentence_spans(text, start, len(text))
    assert [text[s:e] for s, e in spans] == ["First one here.", "Second one here."]


WORDS = st.sampled_from(
    ["The", "U.S.", "said", "Feb.", "4", "it", "acted.", "Mr.", "Lee", "left!", "why?", "3.5"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30))
def test_shortcut_agrees_with_syntok(words):
    """The single-sentence shortcut never changes what syntok would split."""
    from syntok import segmenter
    from syntok.tokenizer import Tokenizer

    text = " ".join(words)
    ours = sentence_spans(text, 0, len(text))
    theirs = [
        (s[0].offset, s[-1].offset + len(s[-1].value))
        for s in segmenter.split(Tokenizer(replace_not_contraction=False).tokenize(text))
        if s
    ] or [(0, len(text))]
    assert ours == theirs
