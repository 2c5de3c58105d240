"""Time extraction: absolute, relative and fuzzy dates, spans, times of day, and non-dates."""

import re
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.extract.time_lexicon import compile_lexicon
from factcheck.extract.times import extract_times, parse_absolute_date
from factcheck.ruleset import load_rules

RULES = load_rules()
PUB = date(2022, 1, 26)  # a Wednesday


def times(sentence, pub=PUB):
    return extract_times(sentence, 0, len(sentence), pub, RULES)


def only(sentence, pub=PUB):
    found = times(sentence, pub)
    assert len(found) == 1, [m.text for m in found]
    return found[0]


def check(sentence, text, start, end, granularity, pub=PUB):
    m = only(sentence, pub)
    assert (m.text, m.value.start, m.value.end, m.value.granularity) == (
        text,
        start,
        end,
        granularity,
    )
    return m.value


@pytest.mark.parametrize(
    "sentence, text, start, end, granularity",
    [
        ("The court sits again on March 9.", "March 9", "2022-03-09", "2022-03-09", "day"),
        ("The vote was held on Nov. 3, 2020.", "Nov. 3, 2020", "2020-11-03", "2020-11-03", "day"),
        ("The ship docked on Feb. 4 at dawn.", "Feb. 4", "2022-02-04", "2022-02-04", "day"),
        ("She arrived on 4 February.", "4 February", "2022-02-04", "2022-02-04", "day"),
        (
            "It opened on Feb. 4, 2022, to crowds.",
            "Feb. 4, 2022",
            "2022-02-04",
            "2022-02-04",
            "day",
        ),
        ("The law took effect on February 4th.", "February 4th", "2022-02-04", "2022-02-04", "day"),
        (
            "The mill closed on 12 October 1998.",
            "12 October 1998",
            "1998-10-12",
            "1998-10-12",
            "day",
        ),
        ("Prices peaked in Sept. 2021.", "Sept. 2021", "2021-09-01", "2021-09-30", "month"),
        ("The dam failed in December 2019.", "December 2019", "2019-12-01", "2019-12-31", "month"),
        ("The festival returns in July.", "July", "2022-07-01", "2022-07-31", "month"),
        ("February was unusually wet.", "February", "2022-02-01", "2022-02-28", "month"),
        ("The bridge was built in 2015.", "2015", "2015-01-01", "2015-12-31", "year"),
        ("The 2015 Paris accord still binds them.", "2015", "2015-01-01", "2015-12-31", "year"),
        ("They cited a 2015 Paris accord.", "2015", "2015-01-01", "2015-12-31", "year"),
        ("Its best vintage remains 1998.", "1998", "1998-01-01", "1998-12-31", "year"),
        ("Rates will rise in May.", "May", "2022-05-01", "2022-05-31", "month"),
        ("Rates rose on May 3.", "May 3", "2022-05-03", "2022-05-03", "day"),
        ("The mine shut in May 2015.", "May 2015", "2015-05-01", "2015-05-31", "month"),
        ("Output has fallen every year, as in 1998.", "1998", "1998-01-01", "1998-12-31", "year"),
        ("Prices soared in the 1970s.", "the 1970s", "1970-01-01", "1979-12-31", "decade"),
        (
            "The band formed in the late 1980s.",
            "the late 1980s",
            "1987-01-01",
            "1989-12-31",
            "decade-part",
        ),
        (
            "On Friday, March 4, the shop reopened.",
            "Friday, March 4",
            "2022-03-04",
            "2022-03-04",
            "day",
        ),
    ],
)
def test_absolute_dates(sentence, text, start, end, granularity):
    check(sentence, text, start, end, granularity)


@pytest.mark.parametrize(
    "pub, sentence, expected",
    [
        (date(2022, 12, 20), "The clinic reopens on January 5.", "2023-01-05"),
        (date(2022, 1, 3), "The fire started on December 30.", "2021-12-30"),
        (date(2022, 6, 15), "The fair opened on June 1.", "2022-06-01"),
        (date(2023, 3, 1), "Rates will be cut on February 29.", "2024-02-29"),  # the only leap year
    ],
)
def test_a_missing_year_puts_the_date_nearest_the_publication_date(pub, sentence, expected):
    v = only(sentence, pub).value
    assert (v.start, v.end, v.relative) == (expected, expected, True)


def test_a_month_alone_is_the_nearest_such_month():
    assert only("Talks resume in January.", date(2022, 12, 20)).value.start == "2023-01-01"
    assert only("The strike began in August.", PUB).value.start == "2021-08-01"


@pytest.mark.parametrize(
    "sentence, text, granularity",
    [
        ("The court sits again on March 9.", "March 9", "day"),
        ("The festival returns in July.", "July", "month"),
        ("Shops reopen in mid-April.", "mid-April", "month-part"),
        ("Crews came on Tuesday.", "Tuesday", "day"),
        ("They will vote tomorrow.", "tomorrow", "day"),
        ("The fund will pay out in three weeks.", "in three weeks", "week"),
        ("Inspectors arrive in the coming days.", "in the coming days", "span"),
        ("Polls close at 8 p.m.", "8 p.m.", "hour"),
        ("A ruling is due next month.", "next month", "month"),
    ],
)
def test_without_a_publication_date_relative_claims_are_unresolved(sentence, text, granularity):
    v = only(sentence, None).value
    assert (only(sentence, None).text, v.start, v.end, v.granularity) == (
        text,
        None,
        None,
        granularity,
    )
    assert (v.resolved, v.relative) == (False, True)


@pytest.mark.parametrize(
    "sentence, text, start, end, granularity",
    [
        (
            "The mill closed on 12 October 1998.",
            "12 October 1998",
            "1998-10-12",
            "1998-10-12",
            "day",
        ),
        ("The dam failed in December 2019.", "December 2019", "2019-12-01", "2019-12-31", "month"),
        ("The bridge was built in 2015.", "2015", "2015-01-01", "2015-12-31", "year"),
        ("Prices rose in late 2021.", "late 2021", "2021-09-01", "2021-12-31", "year-part"),
        ("The siege has lasted since 2016.", "since 2016", "2016-01-01", None, "span"),
    ],
)
def test_without_a_publication_date_absolute_claims_still_resolve(
    sentence, text, start, end, granularity
):
    v = check(sentence, text, start, end, granularity, pub=None)
    assert v.resolved


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said 2015 people were evacuated.",
        "The agency counted 2,015 new cases.",
        "It sold 1850 tickets in London.",  # out of year range and not after a lead
        "Rebels may march on the capital.",
        "May the best team win.",
        "March organisers expect a crowd.",
        "August visitors praised the show.",
        "June Carter sang first.",
        "The flight took eight hours.",
        "One day the river will rise.",
        "She finished second, for the fourth time.",
        "The plan is now under review.",
        "He was born on the 4th.",
        "The measure passed 300 to 12.",
        "Shares rose 3.5% to 2015.5 points.",
    ],
)
def test_not_dates(sentence):
    assert [m.text for m in times(sentence)] == []


@pytest.mark.parametrize(
    "sentence, text, expected",
    [
        # The clause's verb decides; "would" in another clause does not count.
        ("She said she would call again, whom she met Friday in Oslo.", "Friday", "2022-01-21"),
        ("The mayor spoke with donors on Tuesday.", "Tuesday", "2022-01-25"),
        ("Lawmakers on Wednesday approved the budget.", "Wednesday", "2022-01-26"),
        ("The board will meet Friday.", "Friday", "2022-01-28"),
        ("The ministers are to sign the pact on Monday.", "Monday", "2022-01-31"),
        ("The vote, which is scheduled for Thursday, may slip.", "Thursday", "2022-01-27"),
        ("Talks are expected to resume Wednesday.", "Wednesday", "2022-01-26"),
        ("We'll know more at Saturday's hearing.", "Saturday", "2022-01-29"),
        ("He said Sunday that the talks will go on.", "Sunday", "2022-01-23"),
        ("Thursday's vote was close.", "Thursday", "2022-01-20"),
        ("They met last Friday.", "last Friday", "2022-01-21"),
        ("They met last Wednesday.", "last Wednesday", "2022-01-19"),
        ("They meet next Wednesday.", "next Wednesday", "2022-02-02"),
        ("They meet next Friday.", "next Friday", "2022-01-28"),
        ("The report will come out this Friday.", "this Friday", "2022-01-28"),
    ],
)
def test_weekdays_follow_the_tense_of_their_clause(sentence, text, expected):
    check(sentence, text, expected, expected, "day")


@pytest.mark.parametrize(
    "sentence, text, start, end, granularity",
    [
        ("The results came out today.", "today", "2022-01-26", "2022-01-26", "day"),
        ("Tonight the city holds a vigil.", "Tonight", "2022-01-26", "2022-01-26", "day"),
        ("The rally was held yesterday.", "yesterday", "2022-01-25", "2022-01-25", "day"),
        ("Schools reopen tomorrow.", "tomorrow", "2022-01-27", "2022-01-27", "day"),
        ("Shots were heard last night.", "last night", "2022-01-25", "2022-01-25", "day"),
        ("The envoy travels next week.", "next week", "2022-01-31", "2022-02-06", "week"),
        ("The envoy travelled last week.", "last week", "2022-01-17", "2022-01-23", "week"),
        ("The envoy travels this week.", "this week", "2022-01-24", "2022-01-30", "week"),
        ("Fares rise next month.", "next month", "2022-02-01", "2022-02-28", "month"),
        ("Fares rose last month.", "last month", "2021-12-01", "2021-12-31", "month"),
        ("Fares rise this month.", "this month", "2022-01-01", "2022-01-31", "month"),
        ("Elections are due next year.", "next year", "2023-01-01", "2023-12-31", "year"),
        ("Elections were held last year.", "last year", "2021-01-01", "2021-12-31", "year"),
        ("Elections are due this year.", "this year", "2022-01-01", "2022-12-31", "year"),
    ],
)
def test_relative_words(sentence, text, start, end, granularity):
    assert check(sentence, text, start, end, granularity).relative


@pytest.mark.parametrize(
    "sentence, text, start, end, granularity",
    [
        ("A verdict is due in two weeks.", "in two weeks", "2022-02-06", "2022-02-12", "week"),
        ("A verdict is due in 2 weeks.", "in 2 weeks", "2022-02-06", "2022-02-12", "week"),
        ("The pilot starts in a week.", "in a week", "2022-01-30", "2022-02-05", "week"),
        ("Payments begin in 10 days.", "in 10 days", "2022-02-05", "2022-02-05", "day"),
        (
            "The mine reopens in three months.",
            "in three months",
            "2022-04-01",
            "2022-04-30",
            "month",
        ),
        ("The hall opens in two years.", "in two years", "2024-01-01", "2024-12-31", "year"),
        ("The quake struck three days ago.", "three days ago", "2022-01-23", "2022-01-23", "day"),
        ("It began two weeks ago.", "two weeks ago", "2022-01-09", "2022-01-15", "week"),
        ("He resigned a month ago.", "a month ago", "2021-12-01", "2021-12-31", "month"),
        (
            "A deal is possible within two weeks.",
            "within two weeks",
            "2022-01-26",
            "2022-02-09",
            "span",
        ),
        (
            "Sales fell in the past three days.",
            "in the past three days",
            "2022-01-23",
            "2022-01-26",
            "span",
        ),
        (
            "Aid should arrive in the coming days.",
            "in the coming days",
            "2022-01-27",
            "2022-02-02",
            "span",
        ),
        (
            "Aid should arrive over the coming weeks.",
            "over the coming weeks",
            "2022-01-27",
            "2022-03-09",
            "span",
        ),
        ("The coming weeks will be hard.", "The coming weeks", "2022-01-27", "2022-03-09", "span"),
        ("Protests grew in recent days.", "in recent days", "2022-01-19", "2022-01-25", "span"),
        ("Protests grew in recent weeks.", "in recent weeks", "2021-12-15", "2022-01-25", "span"),
    ],
)
def test_offsets_and_vague_spans_from_the_publication_date(sentence, text, start, end, granularity):
    assert check(sentence, text, start, end, granularity).relative


@pytest.mark.parametrize(
    "sentence, text, start, end, granularity",
    [
        ("Repairs end in mid-February.", "mid-February", "2022-02-11", "2022-02-20", "month-part"),
        ("Repairs end in mid February.", "mid February", "2022-02-11", "2022-02-20", "month-part"),
        (
            "Repairs end by the middle of February.",
            "by the middle of February",
            None,
            "2022-02-20",
            "span",
        ),
        (
            "Repairs end at the middle of February.",
            "the middle of February",
            "2022-02-11",
            "2022-02-20",
            "month-part",
        ),
        ("Snow fell in early March.", "early March", "2022-03-01", "2022-03-10", "month-part"),
        (
            "Snow fell at the beginning of March.",
            "the beginning of March",
            "2022-03-01",
            "2022-03-10",
            "month-part",
        ),
        ("Snow fell in late March.", "late March", "2022-03-21", "2022-03-31", "month-part"),
        (
            "Snow fell at the end of April.",
            "the end of April",
            "2022-04-21",
            "2022-04-30",
            "month-part",
        ),
        (
            "Snow fell in late February 2021.",
            "late February 2021",
            "2021-02-21",
            "2021-02-28",
            "month-part",
        ),
        ("The plant opens in late 2022.", "late 2022", "2022-09-01", "2022-12-31", "year-part"),
        ("The plant opens in early 2022.", "early 2022", "2022-01-01", "2022-04-30", "year-part"),
        ("The plant opens in mid-2022.", "mid-2022", "2022-05-01", "2022-08-31", "year-part"),
    ],
)
def test_parts_of_months_and_years(sentence, text, start, end, granularity):
    check(sentence, text, start, end, granularity)


@pytest.mark.parametrize(
    "sentence, text, start, end, anchor",
    [
        ("The conflict has raged since 2014.", "since 2014", "2014-01-01", "2022-01-26", "2014"),
        (
            "Prices have climbed since December 2019.",
            "since December 2019",
            "2019-12-01",
            "2022-01-26",
            "December 2019",
        ),
        (
            "She has led the team since Monday.",
            "since Monday",
            "2022-01-24",
            "2022-01-26",
            "Monday",
        ),
        ("The road stays shut until March.", "until March", None, "2022-03-31", "March"),
        # after "since" a yearless date is the latest one already begun, not the nearest
        ("Rates have held since May.", "since May", "2021-05-01", "2022-01-26", "May"),
        (
            "Prices rose since mid-March.",
            "since mid-March",
            "2021-03-11",
            "2022-01-26",
            "mid-March",
        ),
        (
            "Bids are due by Friday, March 4.",
            "by Friday, March 4",
            None,
            "2022-03-04",
            "Friday, March 4",
        ),
        ("The rule applied before 2015.", "before 2015", None, "2014-12-31", "2015"),
        ("The rule applied after 2015.", "after 2015", "2016-01-01", None, "2015"),
        (
            "Rain fell between 2014 and 2016.",
            "between 2014 and 2016",
            "2014-01-01",
            "2016-12-31",
            None,
        ),
        ("It ran from May to July.", "from May to July", "2022-05-01", "2022-07-31", None),
        (
            "It ran from Feb. 4 to Feb. 10.",
            "from Feb. 4 to Feb. 10",
            "2022-02-04",
            "2022-02-10",
            None,
        ),
        (
            "The show runs from Monday to Friday.",
            "from Monday to Friday",
            "2022-01-24",
            "2022-01-28",
            None,
        ),
        ("The survey covered 2014 to 2016.", "2014 to 2016", "2014-01-01", "2016-12-31", None),
        ("The survey covered 2014-2016.", "2014-2016", "2014-01-01", "2016-12-31", None),
        (
            "Work continues between now and mid-March.",
            "between now and mid-March",
            "2022-01-26",
            "2022-03-20",
            None,
        ),
        (
            "Work continues (between) now and the middle of February.",
            "(between) now and the middle of February",
            "2022-01-26",
            "2022-02-20",
            None,
        ),
    ],
)
def test_spans(sentence, text, start, end, anchor):
    v = check(sentence, text, start, end, "span")
    assert v.anchor == anchor


def test_spans_without_a_publication_date():
    since = only("The siege has lasted since 2016.", None).value
    assert (since.start, since.end, since.anchor, since.resolved) == (
        "2016-01-01",
        None,
        "2016",
        True,
    )
    now = only("Work continues between now and March 3, 2023.", None).value
    assert (now.start, now.end, now.resolved) == (None, "2023-03-03", False)


@pytest.mark.parametrize(
    "sentence, text, start, end, granularity",
    [
        (
            "The quake hit at 4:17 a.m.",
            "4:17 a.m.",
            "2022-01-26T04:17",
            "2022-01-26T04:17",
            "minute",
        ),
        ("Polls close at 8 p.m.", "8 p.m.", "2022-01-26T20:00", "2022-01-26T20:59", "hour"),
        ("Polls close at 8pm sharp.", "8pm", "2022-01-26T20:00", "2022-01-26T20:59", "hour"),
        ("The train left at 18:30.", "18:30", "2022-01-26T18:30", "2022-01-26T18:30", "minute"),
        ("The clock stopped at 4:17.", "4:17", "2022-01-26T04:17", "2022-01-26T04:17", "minute"),
        ("The bells rang at noon.", "noon", "2022-01-26T12:00", "2022-01-26T12:00", "minute"),
        (
            "The curfew starts at midnight.",
            "midnight",
            "2022-01-26T00:00",
            "2022-01-26T00:00",
            "minute",
        ),
        (
            "The statement came at 1500 GMT.",
            "1500 GMT",
            "2022-01-26T15:00",
            "2022-01-26T15:00",
            "minute",
        ),
        (
            "The ferry sank at 12:40 a.m.",
            "12:40 a.m.",
            "2022-01-26T00:40",
            "2022-01-26T00:40",
            "minute",
        ),
    ],
)
def test_times_of_day_fall_on_the_publication_date(sentence, text, start, end, granularity):
    check(sentence, text, start, end, granularity)


def test_a_time_of_day_takes_the_day_named_next_to_it():
    found = times("The polls will close at 6 p.m. Friday.")
    assert [(m.text, m.value.start, m.value.end) for m in found] == [
        ("6 p.m. Friday", "2022-01-28T18:00", "2022-01-28T18:59"),
    ]
    found = times("At 9:05 a.m. on March 3, 2021, the dam broke.", None)
    assert found[0].text == "9:05 a.m. on March 3, 2021"
    assert found[0].value.start == "2021-03-03T09:05" and found[0].value.resolved
    assert only("The quake hit at 4:17 a.m.", None).value.resolved is False


def test_matches_use_offsets_into_the_whole_text_and_never_overlap():
    text = "Headline\n\nThe vote was held on Feb. 4, 2022. It ran from Monday to Friday."
    start = text.index("It ran")
    found = extract_times(text, start, len(text), PUB, RULES)
    assert [(m.start, m.end, m.text) for m in found] == [
        (text.index("from"), len(text) - 1, "from Monday to Friday")
    ]
    for m in extract_times(text, 0, len(text), PUB, RULES):
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text, expected",
    [
        ("20220126", date(2022, 1, 26)),
        ("2022-01-26", date(2022, 1, 26)),
        ("2022-01-26T09:30:00Z", date(2022, 1, 26)),
        ("Jan. 26, 2022", date(2022, 1, 26)),
        ("January 26, 2022", date(2022, 1, 26)),
        ("26 January 2022", date(2022, 1, 26)),
        ("Jan. 26 2022", date(2022, 1, 26)),
        ("Wednesday, January 26, 2022 10:15", date(2022, 1, 26)),
        ("Sept. 3, 2021", date(2021, 9, 3)),
        ("26/01/2022", date(2022, 1, 26)),
        ("Jan. 26", None),
        ("February 30, 2022", None),
        ("no date here", None),
    ],
)
def test_parse_absolute_date(text, expected):
    assert parse_absolute_date(text, RULES) == expected


def test_usual_paths_do_not_import_dateparser():
    code = (
        "import sys; from datetime import date; from factcheck.ruleset import load_rules;"
        "from factcheck.extract.times import extract_times, parse_absolute_date as p;"
        "r = load_rules(); s = 'Talks end on Feb. 4, 2022, in two weeks, at 6 p.m.';"
        "extract_times(s, 0, len(s), date(2022, 1, 26), r);"
        "p('Jan. 26, 2022', r); p('20220126', r);"
        "print('dateparser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_rules_are_compiled_once_per_ruleset():
    assert compile_lexicon(RULES) is compile_lexicon(RULES)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 20000,
        "in " * 20000,
        "the middle of " * 5000,
        "2014 and " * 5000,
        "Monday, " * 5000,
        " " * 50000 + "May",
        "4:17:" * 5000,
        "(between) " * 5000 + "now and March",
    ],
)
def test_adversarial_text_is_linear(text):
    begin = time.perf_counter()
    extract_times(text, 0, len(text), PUB, RULES)
    assert time.perf_counter() - begin < 2.0


WORDS = [
    "in",
    "the",
    "middle",
    "of",
    "February",
    "May",
    "4",
    "2015",
    "since",
    "between",
    "and",
    "now",
    "to",
    "Friday",
    "will",
    ",",
    "6",
    "p.m.",
    "two",
    "weeks",
    "ago",
    "mid-",
    "late",
    "coming",
    "days",
    "2,015",
    "people",
    "(",
    ")",
    "next",
    "week",
    "today",
    "4:17",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.booleans())
def test_matches_are_ordered_disjoint_and_quoted_exactly(words, with_pub):
    text = "Lead. " + " ".join(words) + "."
    found = extract_times(text, 6, len(text), PUB if with_pub else None, RULES)
    for m in found:
        assert text[m.start : m.end] == m.text and m.start >= 6
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_every_rule_key_is_documented():
    lines = (Path(__file__).parent.parent / "rules" / "times.yaml").read_text().splitlines()
    for i, line in enumerate(lines):
        if re.match(r"  [a-z_]+:", line):
            above = lines[i - 1].strip()
            assert above.startswith("#"), f"times.yaml:{i + 1}: {line.strip()} has no comment"


def test_a_day_beside_a_time_of_day_joins_it():
    found = times("They will meet on Friday at 6 p.m. in Paris.")
    assert [(m.text, m.value.start) for m in found] == [("Friday at 6 p.m.", "2022-01-28T18:00")]
    found = times("The rally began at 6 p.m., and on Friday it ended.")
    assert [m.text for m in found] == ["6 p.m.", "Friday"]
