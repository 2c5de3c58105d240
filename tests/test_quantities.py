"""Quantity extraction: hedges, vague magnitudes, units, and quantulum3's known misreadings."""

import pytest

from factcheck.extract.quantities import extract_quantities


def one(text, rules, **kw):
    found = extract_quantities(text, 0, len(text), rules, **kw)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


@pytest.mark.parametrize(
    "sentence, text, low, high, hedge",
    [
        (
            "The war has killed more than 13,000 people.",
            "more than 13,000 people",
            13000,
            14000,
            "more than",
        ),
        ("Clashes killed over 14,000 people.", "over 14,000 people", 14000, 15000, "over"),
        ("At least 12 people died.", "At least 12 people", 12, None, "At least"),
        ("Fewer than 500 homes were hit.", "Fewer than 500 homes", 400, 500, "Fewer than"),
        ("Nearly 500 homes lost power.", "Nearly 500 homes", 450, 500, "Nearly"),
        ("About 20,000 fans came.", "About 20,000 fans", 18000, 22000, "About"),
        (
            "It moved an estimated 100,000 troops.",
            "an estimated 100,000 troops",
            90000,
            110000,
            "an estimated",
        ),
        ("Up to 500 people may attend.", "Up to 500 people", 400, 500, "Up to"),
    ],
)
def test_hedges_make_intervals(rules, sentence, text, low, high, hedge):
    q = one(sentence, rules)
    assert q.text == text
    assert q.value.low == pytest.approx(low)
    assert (q.value.high is None and high is None) or q.value.high == pytest.approx(high)
    assert q.value.hedge == hedge


@pytest.mark.parametrize(
    "sentence, low, high, noun",
    [
        ("Officials said tens of thousands of troops were there.", 10000, 100000, "troops"),
        ("Dozens of warships sailed south.", 24, 100, "warships"),
        ("Hundreds of residents fled.", 200, 1000, "residents"),
        ("Several hundred protesters gathered.", 300, 1000, "protesters"),
        ("Half a million voters stayed home.", 450000, 550000, "voters"),
        ("A handful of lawmakers objected.", 2, 7, "lawmakers"),
    ],
)
def test_vague_magnitudes(rules, sentence, low, high, noun):
    q = one(sentence, rules)
    assert q.value.vague and q.noun == noun
    assert (q.value.low, q.value.high) == (low, high)


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Some 1.2 million people voted.", 1.2e6),
        ("The deal is worth $3.2bn today.", 3.2e9),
        ("Two dozen boats sank.", 24),
        ("The four parties met.", 4),
        ("A fine of £2m was set.", 2e6),
    ],
)
def test_written_figures(rules, sentence, value):
    q = one(sentence, rules)
    assert q.value.number == pytest.approx(value)


def test_ranges_are_not_collapsed_to_a_mean(rules):
    for sentence in (
        "Between 200 and 300 people came.",
        "Some 200-300 people came.",
        "Police said 200 to 300 people came.",
    ):
        q = one(sentence, rules)
        assert (q.value.low, q.value.high) == (200, 300), sentence


@pytest.mark.parametrize(
    "sentence, unit, family, base_low",
    [
        ("Winds reached 150 mph overnight.", "mile per hour", "speed", 145 * 1.609344),
        ("Gusts hit 240 km/h overnight.", "kilometre per hour", "speed", 235),
        ("Fire burned 12,000 acres of forest.", "acre", "area", 11500 * 0.40468564224),
        ("Fire burned 4,900 hectares of forest.", "hectare", "area", 4850),
        ("Talks lasted more than eight hours.", "hour", "duration", 8),
        ("Prices rose 3.5 per cent in May.", "percentage", "percentage", 3.5),
    ],
)
def test_units_are_normalised_to_family_base(rules, sentence, unit, family, base_low):
    q = one(sentence, rules)
    assert (q.value.unit, q.value.family) == (unit, family)
    assert q.value.base_low == pytest.approx(base_low)


def test_currencies_keep_their_own_family(rules):
    dollars = one("Losses hit $1.2bn there.", rules)
    euros = one("Losses hit 1.2 billion euros there.", rules)
    assert dollars.value.family == "currency:USD"
    assert euros.value.family == "currency:EUR"


@pytest.mark.parametrize(
    "sentence",
    [
        "A candle burned in the window.",  # quantulum3: 1 candela
        "One of the envoys left early.",
        "The 14-year-old boy was unhurt.",
        "He flew an F-16 jet.",
        "It was the 4th attempt.",
        "They signed the 2015 Minsk agreement.",  # quantulum3: minute second kelvin
        "Nobody came in 1998 either.",
    ],
)
def test_known_misreadings_are_not_claims(rules, sentence):
    assert extract_quantities(sentence, 0, len(sentence), rules) == []


def test_glued_m_is_millions_not_metres(rules):
    q = one("The army called up 2m reservists.", rules)
    assert q.value.unit == "count" and q.value.number == 2e6 and q.noun == "reservists"


def test_taken_spans_are_skipped(rules):
    s = "On February 4 there were 300 people."
    found = extract_quantities(s, 0, len(s), rules, taken=[(3, 13)])
    assert [q.text for q in found] == ["300 people"]


def test_two_figures_in_one_sentence(rules):
    s = "A crash killed 14 people, including 3 children."
    assert [(q.text, q.noun) for q in extract_quantities(s, 0, len(s), rules)] == [
        ("14 people", "people"),
        ("3 children", "children"),
    ]
