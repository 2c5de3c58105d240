"""What a figure counts: categories from nouns and trigger words, nouns, event words."""

import pytest

from factcheck.extract.context import about, singular
from factcheck.extract.quantities import extract_quantities


def read(sentence, rules, which=0):
    q = extract_quantities(sentence, 0, len(sentence), rules)[which]
    span = (0, len(sentence))
    return about(sentence, span, span, (q.start, q.end), q.noun, rules)


@pytest.mark.parametrize(
    "sentence, category, noun_key",
    [
        ("The insurgency has killed more than 13,000 people since 2014.", "deaths", "people"),
        ("The death toll rose to 40 on Sunday.", "deaths", None),
        ("The storm has left 14 dead across the state.", "deaths", "people"),
        ("Rescuers evacuated 300 people from the valley.", "evacuations", "people"),
        ("Doctors said 300 were injured in the blast.", "injuries", None),
        ("Moscow has deployed 100,000 troops near the border.", "troops", "troop"),
        ("More than 2,000 homes were without power on Friday.", "power-outages", "home"),
        ("Police said 14 people, three of them children, who were killed in the crash.", "deaths", "people"),
    ],
)
def test_category_and_noun(rules, sentence, category, noun_key):
    ctx = read(sentence, rules)
    assert (ctx.category, ctx.noun_key) == (category, noun_key)


@pytest.mark.parametrize(
    "sentence",
    [
        "The storm killed people across three coastal counties.",  # counties are not deaths
        "The fire destroyed 2,000 homes in the hills.",  # homes without a power trigger
        "The ministers met for 3 hours; later, a bomb killed a guard.",  # clause break
    ],
)
def test_trigger_does_not_name_what_is_not_counted(rules, sentence):
    assert read(sentence, rules).category is None


def test_victims_and_dead_count_people_but_children_do_not(rules):
    assert read("The crash had 14 victims on the road.", rules).noun_key == "people"
    assert read("The crash killed 3 children on the road.", rules).noun_key == "children"
    assert singular("casualties") == "casualty" and singular("buses") == "bus"


def test_event_words_are_stems_near_the_claim(rules):
    ctx = read("Envoys from four countries met in Paris for more than eight hours on the peace plan.", rules, 1)
    assert {"envoy", "paris", "peace"} <= ctx.local
    assert "the" not in ctx.local
