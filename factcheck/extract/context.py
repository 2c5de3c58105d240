"""What a claim is about: category, counted noun, subject, and its event words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.ruleset import RuleSet

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class About:
    """The context of one claim."""

    category: str | None
    label: str | None
    noun_key: str | None
    context: frozenset[str]
    """Stems of the paragraph's content words."""
    local: frozenset[str]
    """Stems of the content words near the claim, within its sentence."""
    local_words: tuple[str, ...]
    """Those words as written, in order, for display."""


@dataclass(frozen=True)
class _Compiled:
    triggers: re.Pattern[str] | None
    trigger_category: dict[str, str]
    noun_category: dict[str, str]
    counts: dict[str, frozenset[str]]
    labels: dict[str, str]
    stop: frozenset[str]
    person: frozenset[str]
    stem_length: int
    window: int
    trigger_stems: frozenset[str]


@lru_cache(maxsize=8)
def _compile(rules: RuleSet) -> _Compiled:
    words = rules.mapping("words")
    trigger_category: dict[str, str] = {}
    noun_category: dict[str, str] = {}
    labels: dict[str, str] = {}
    counts: dict[str, frozenset[str]] = {}
    for cat in rules.list("categories"):
        counts[cat["id"]] = frozenset(n.lower() for n in cat.get("counts", []))
        labels[cat["id"]] = cat.get("label", cat["id"])
        for t in cat.get("triggers", []):
            trigger_category.setdefault(" ".join(t.lower().split()), cat["id"])
        for n in cat.get("nouns", []):
            noun_category.setdefault(n.lower(), cat["id"])
    ordered = sorted(trigger_category, key=len, reverse=True)
    triggers = (
        re.compile(
            r"\b(" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in ordered) + r")\b",
            re.I,
        )
        if ordered
        else None
    )
    stem_length = int(words.get("stem_length", 5))
    return _Compiled(
        triggers=triggers,
        trigger_category=trigger_category,
        noun_category=noun_category,
        counts=counts,
        labels=labels,
        stop=frozenset(w.lower() for w in words.get("stopwords", [])),
        person=frozenset(w.lower() for w in words.get("person_nouns", [])),
        stem_length=stem_length,
        window=int(words.get("local_window", 8)),
        trigger_stems=frozenset(
            w[:stem_length] for t in trigger_category for w in t.split() if len(w) > 2
        ),
    )


def singular(word: str) -> str:
    """A light singular: troops -> troop, casualties -> casualty, buses -> bus."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "uses")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def stems(text: str, rules: RuleSet) -> frozenset[str]:
    """Content-word stems of a piece of text."""
    c = _compile(rules)
    return frozenset(
        w[: c.stem_length]
        for w in (m.group().lower() for m in _WORD.finditer(text))
        if len(w) > 2 and w not in c.stop
    )


def about(
    text: str,
    paragraph: tuple[int, int],
    sentence: tuple[int, int],
    claim: tuple[int, int],
    noun: str | None,
    rules: RuleSet,
    with_category: bool = True,
) -> About:
    """Read the category, noun and event words around text[claim]."""
    c = _compile(rules)
    s_start, s_end = sentence
    before = list(_WORD.finditer(text, s_start, claim[0]))
    after = list(_WORD.finditer(text, claim[1], s_end))
    near = [m.group() for m in before[-c.window :]] + [m.group() for m in after[: c.window]]
    content = tuple(w for w in near if w.lower() not in c.stop and len(w) > 2)
    local = frozenset(w.lower()[: c.stem_length] for w in content)
    category = None
    if with_category:
        if noun and noun.lower() in c.noun_category:
            category = c.noun_category[noun.lower()]
        elif c.triggers is not None:
            category = _nearest_trigger(text, sentence, claim, c)
            # a trigger names what is counted only when the figure counts people, nothing
            # named, or what the category counts: "killed ... three counties" is not deaths
            if category and noun and noun.lower() not in c.person | c.counts[category]:
                category = None
    noun_key = None
    if noun:
        noun_key = "people" if noun.lower() in c.person else singular(noun.lower())
    return About(
        category=category,
        label=c.labels.get(category) if category else None,
        noun_key=noun_key,
        context=stems(text[paragraph[0] : paragraph[1]], rules) - c.trigger_stems,
        local=local - c.trigger_stems,
        local_words=content,
    )


def _nearest_trigger(
    text: str, sentence: tuple[int, int], claim: tuple[int, int], c: _Compiled
) -> str | None:
    best: tuple[int, str] | None = None
    assert c.triggers is not None
    for m in c.triggers.finditer(text, sentence[0], sentence[1]):
        if claim[0] <= m.start() < claim[1]:
            distance = 0
        elif m.end() <= claim[0]:
            distance = claim[0] - m.end()
        else:
            distance = m.start() - claim[1]
        # a new clause between trigger and figure weakens the link; a semicolon cuts it
        between = text[min(m.end(), claim[1]) : max(m.start(), claim[0])]
        if re.search(r"[;:]", between):
            continue
        distance += 40 * len(re.findall(r", (?:and|but|while|although|though)\b", between))
        if distance <= 60 and (best is None or distance < best[0]):
            best = (distance, c.trigger_category[" ".join(m.group().lower().split())])
    return best[1] if best else None
