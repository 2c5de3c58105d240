import pytest

from factcheck.intervals import Interval, hedged, overlaps, step_of

TOL = {"about": 0.1, "nearly": 0.1, "unhedged_round": 0.05}


@pytest.mark.parametrize(
    "written, step",
    [
        ("13,000", 1000),
        ("14,000", 1000),
        ("100,000", 100000),
        ("250", 10),
        ("4.5", 0.1),
        ("8", 1),
        ("0", 1),
    ],
)
def test_step_is_place_value_of_last_nonzero_digit(written, step):
    assert step_of(written) == pytest.approx(step)


def test_more_than_uses_the_rounding_convention():
    assert hedged(13000, 1000, "above", TOL) == Interval(13000, 14000, high_open=True)


def test_rounding_convention_separates_13000_from_14000():
    a = hedged(13000, 1000, "above", TOL)
    b = hedged(14000, 1000, "above", TOL)
    assert not overlaps(a, b)


def test_at_least_is_an_open_floor():
    assert hedged(12, 1, "at_least", TOL) == Interval(12, None)
    assert overlaps(hedged(12, 1, "at_least", TOL), Interval(14, 14))


def test_nearly_lies_just_below():
    iv = hedged(500, 100, "nearly", TOL)
    assert iv.low == pytest.approx(450) and iv.high == 500 and iv.high_open
    assert not overlaps(iv, Interval(500, 500))


def test_about_carries_tolerance():
    iv = hedged(100000, 100000, "about", TOL)
    assert (iv.low, iv.high) == pytest.approx((90000, 110000))


def test_fewer_than_is_below_with_rounding():
    iv = hedged(500, 100, "below", TOL)
    assert (iv.low, iv.high, iv.high_open) == (400, 500, True)


def test_unhedged_round_figure_is_capped_by_tolerance():
    assert hedged(100000, 100000, None, TOL) == Interval(95000, 105000)
    assert hedged(14000, 1000, None, TOL) == Interval(13500, 14500)
    assert hedged(14, 1, None, TOL) == Interval(14, 14)


def test_overlap_with_slack_for_unit_conversion():
    assert not overlaps(Interval(241.4, 241.4), Interval(240, 240))
    assert overlaps(Interval(241.4, 241.4), Interval(240, 240), slack=0.02)


def test_scaled_applies_factor_and_offset():
    assert Interval(32, 212).scaled(5 / 9, -160 / 9).high == pytest.approx(100)
