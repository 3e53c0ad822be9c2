"""A plain number in a sentence never reads in exponent form: "Its likely first-year cost is 2.01703e+07 times the
plan's" stood in a card, from a data pack pricing each user at ¥100M."""

from hypothesis import given
from hypothesis import strategies as st

from wxdesk.engine.reasons import Fixed, number_as_written


@given(st.floats(-1e15 + 1, 1e15 - 1, allow_nan=False))
def test_no_number_a_sentence_writes_is_in_exponent_form(value):
    written = number_as_written(value)
    assert "e+" not in written
    if abs(value) >= 1e6:
        assert float(written.replace(",", "")) == round(value)


def test_the_reviewers_ratio_and_the_usual_numbers():
    assert number_as_written(2.01703e7) == "20,170,300"
    assert [number_as_written(v) for v in (1.0, 2.5, 12.25, 999_999.0)] == ["1", "2.5", "12.25", "999,999"]
    assert number_as_written(Fixed(61.0, 1)) == "61.0" and number_as_written(7) == "7"


@given(st.floats(-1e15 + 1, 1e15 - 1, allow_nan=False))
def test_a_number_of_four_figures_or_more_is_grouped_as_every_other(value):
    """"Its likely first-year cost is 34811.3 times ¥10k" (2 billion users) stood beside grouped counts."""
    written = number_as_written(value)
    if "e" in written:  # (a tiny number, written by its power of ten: no thousands to group)
        return
    whole = written.lstrip("-").split(".")[0]
    assert whole == f"{int(whole.replace(',', '')):,}", written
    assert float(written.replace(",", "")) == float(f"{value:g}") or abs(value) >= 1e6


def test_the_ratio_of_two_billion_users_is_grouped():
    assert number_as_written(34811.3) == "34,811.3" and number_as_written(Fixed(12345.67, 1)) == "12,345.7"
    assert number_as_written(-1234.5) == "-1,234.5" and number_as_written(999.9) == "999.9"
