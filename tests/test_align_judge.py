"""Alignment and verdicts, through the library API on small documents of our own."""

from datetime import date

import pytest

from factcheck import api
from factcheck.models import Status

PUB = date(2023, 5, 10)


@pytest.fixture
def write(tmp_path):
    def _write(name, *paragraphs):
        path = tmp_path / name
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        return str(path)

    return _write


def findings(*paths):
    report = api.compare(list(paths), pub_date=PUB)
    return [(f.status, sorted(c.text for c in f.claims)) for f in report.findings]


def test_rounding_convention_makes_a_conflict(write):
    a = write(
        "a.txt",
        "Officials said the long conflict has killed more than 13,000 people in the region.",
    )
    b = write(
        "b.txt", "The long conflict in the region has killed over 14,000 people, officials said."
    )
    assert findings(a, b) == [(Status.CONFLICT, ["more than 13,000 people", "over 14,000 people"])]


def test_about_overlaps_over(write):
    a = write(
        "a.txt", "The long conflict in the region has killed about 14,000 people, officials said."
    )
    b = write(
        "b.txt", "Officials said the long conflict has killed over 14,000 people in the region."
    )
    assert findings(a, b)[0][0] is Status.CONSISTENT


def test_vague_against_precise_is_divergent(write):
    a = write(
        "a.txt",
        "Moscow has moved tens of thousands of troops close to the frontier, officials said.",
    )
    b = write("b.txt", "Officials said Moscow has moved some 100,000 troops close to the frontier.")
    assert findings(a, b) == [
        (Status.DIVERGENT, ["some 100,000 troops", "tens of thousands of troops"])
    ]


def test_same_number_different_facts_stay_apart(write):
    a = write(
        "a.txt",
        "Rescue crews evacuated 300 people from the flooded valley overnight.",
        "Hospitals said 300 people were injured when the levee broke.",
    )
    b = write("b.txt", "Overnight, rescue crews evacuated 300 people from the flooded valley.")
    result = findings(a, b)
    assert (Status.CONSISTENT, ["300 people", "300 people"]) in result
    assert (Status.SINGLE, ["300 people"]) in result  # the injured stay on their own
    assert not any(s is Status.CONFLICT for s, _ in result)


def test_victims_are_not_the_children_among_them(write):
    a = write(
        "a.txt",
        "A bus crash on the coast road killed 14 people, including 3 children, police said.",
    )
    b = write(
        "b.txt",
        "Police said 14 people, three of them children, died in the bus crash on the coast road.",
    )
    result = findings(a, b)
    assert (Status.CONSISTENT, ["14 people", "14 people"]) in result
    assert not any(s is Status.CONFLICT for s, _ in result)


@pytest.mark.parametrize(
    "other, status",
    [("winds of 240 km/h", Status.CONSISTENT), ("winds of 200 km/h", Status.CONFLICT)],
)
def test_units_are_converted_before_judging(write, other, status):
    a = write("a.txt", "The hurricane made landfall with sustained winds of 150 mph near the port.")
    b = write("b.txt", f"The hurricane made landfall near the port with sustained {other}.")
    assert findings(a, b)[0][0] is status


def test_currencies_never_convert(write):
    a = write("a.txt", "Insurers put the damage from the storm at $1.2bn on the coast.")
    b = write("b.txt", "Insurers put the damage from the storm at 1.2 billion euros on the coast.")
    assert [s for s, _ in findings(a, b)] == [Status.SINGLE, Status.SINGLE]


def test_same_event_different_dates_conflict(write):
    a = write(
        "a.txt", "The envoys will meet again in Berlin on Friday to discuss the ceasefire plan."
    )
    b = write(
        "b.txt", "The envoys will meet again in Berlin next Tuesday to discuss the ceasefire plan."
    )
    ((status, texts),) = [f for f in findings(a, b) if f[0] is not Status.SINGLE]
    assert status is Status.CONFLICT and texts == ["Friday", "next Tuesday"]


def test_different_events_with_different_dates_are_not_compared(write):
    a = write("a.txt", "The two foreign ministers met Friday in Geneva for talks on the crisis.")
    b = write("b.txt", "The ambassador delivered the written reply to the ministry on Wednesday.")
    assert all(s is Status.SINGLE for s, _ in findings(a, b))


def test_three_documents_form_one_group(write):
    docs = [
        write(
            f"{n}.txt",
            f"Police said the fire destroyed {figure} homes in the hills above the town.",
        )
        for n, figure in (("a", "about 200"), ("b", "around 210"), ("c", "some 190"))
    ]
    ((status, texts),) = findings(*docs)
    assert status is Status.CONSISTENT and len(texts) == 3


def test_findings_list_conflicts_first(write):
    a = write(
        "a.txt",
        "Police said the fire destroyed about 200 homes in the hills above the town.",
        "The blaze has killed more than 13,000 head of cattle, farmers said.",
    )
    b = write(
        "b.txt",
        "The fire destroyed around 200 homes in the hills above the town, police said.",
        "Farmers said the blaze has killed over 14,000 head of cattle.",
    )
    statuses = [s for s, _ in findings(a, b)]
    assert statuses == sorted(
        statuses, key=[Status.CONFLICT, Status.DIVERGENT, Status.CONSISTENT, Status.SINGLE].index
    )
    assert statuses[0] is Status.CONFLICT
