"""A Fixed number equals another only where both read alike.

The views keep what they show and compare the new answer's reasons with it to skip a repaint; a
reason whose points were written with two decimals ("7.30") and are now written with one ("7.3")
must count as changed, or the panel keeps the old text beside a fresh answer that reads otherwise.
"""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from wxdesk.engine.reasons import Fixed, Reason

values = st.floats(-1e6, 1e6, allow_nan=False)
digits = st.integers(0, 3)


@given(values, digits, digits)
def test_equal_exactly_where_the_texts_are_equal(value, one, other):
    a, b = Fixed(value, one), Fixed(value, other)
    assert (a == b) == (a.text() == b.text() and float(a) == float(b))
    assert (a != b) != (a == b)  # one or the other, never both


@given(values, digits)
def test_beside_a_plain_number_it_is_its_value(value, places):
    number = Fixed(value, places)
    assert number == float(number) and float(number) == number
    assert hash(number) == hash(float(number))
    assert pickle.loads(pickle.dumps(number)) == number


def test_a_reason_written_with_other_decimals_is_another_reason():
    template = "adding it would lower the plan's score by {points} points"
    assert Reason(template, {"points": Fixed(7.3, 2)}) != Reason(template, {"points": Fixed(7.3, 1)})
    assert Reason(template, {"points": Fixed(7.3, 1)}) == Reason(template, {"points": Fixed(7.3, 1)})
