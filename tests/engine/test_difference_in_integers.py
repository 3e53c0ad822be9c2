"""money.shown_difference takes the difference of two amounts rounded to whole units in Python's integers, where
it took it in Decimal (so that the window's first paint needs no decimal module): the very same float for any two
amounts, rates and currencies, the edges of the rounding, amounts far apart and differences of more digits than
Decimal's precision (where it still subtracts in Decimal) included."""

from __future__ import annotations

import math
import subprocess
import sys
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import money

_EDGES = st.builds(lambda digits, power, nudge: float(Decimal(digits) * Decimal(10) ** power) * (1 + nudge),
                   st.integers(100, 9999), st.integers(-4, 40), st.sampled_from([0.0, 1e-15, -1e-15, 1e-12]))
AMOUNTS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), _EDGES, _EDGES.map(lambda x: -x))
RATES = st.sampled_from([1.0, 7.1, 0.5, 3.0, 1e-300])


def _in_decimal(larger: float, smaller: float, cny_per_unit: float = 1.0) -> float:
    """shown_difference as it was written: the two amounts as written, subtracted in Decimal; where they read alike,
    the two as the JSON holds them."""
    converted = cny_per_unit != 1.0
    high, low = larger / cny_per_unit, smaller / cny_per_unit
    written = float(money._as_written(high, converted) - money._as_written(low, converted))
    return written if written > 0 else (money._held(larger, False) - money._held(smaller, False)) / cny_per_unit


def _same(a: float, b: float) -> bool:
    return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))


@settings(max_examples=1500)  # (4,000 when it landed, all the same; 1,500 keeps the suite short)
@given(AMOUNTS, AMOUNTS, RATES)
def test_the_difference_is_the_one_decimal_gives(larger, smaller, rate):
    assert _same(money.shown_difference(larger, smaller, rate), _in_decimal(larger, smaller, rate))


def test_far_apart_and_long_differences_are_the_ones_decimal_gives():
    cases = [(1e30, 5.0), (1.234e40, 4.56e5), (9.99e27, 1.0), (1e28, 1.0), (1.0000000000000001e28, 3.0),
             (1.7976931348623157e308, 1.0), (1.7976931348623157e308, -1.7976931348623157e308), (5e-324, 0.0),
             (0.4, -0.4), (-0.4, 0.4), (0.0, -0.0), (999.5, 999.4), (1e16 + 2, 1e16), (123456789e20, 987654321e3)]
    for larger, smaller in cases:
        for rate in (1.0, 7.1):
            assert _same(money.shown_difference(larger, smaller, rate), _in_decimal(larger, smaller, rate))
            assert _same(money.shown_difference(smaller, larger, rate), _in_decimal(smaller, larger, rate))


def test_writing_whole_amounts_and_their_differences_loads_no_decimal():
    code = ("import sys\n"
            "from wxdesk.engine.money import format_count, format_difference, format_money, shown_difference\n"
            "format_money(1234567.0); format_count(98765.0, 'zh'); shown_difference(6.19e6, 6.18e6)\n"
            "format_difference(2e6, 1.5e6)\n"
            "print('decimal' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
