"""Money and counts read alike in English and Chinese: one rounding, two ways of writing it."""

from __future__ import annotations

import math

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import money
from wxdesk.engine.money import SYMBOLS, format_count, format_money, rounded

UNIT_SIZES = {"k": 10**3, "M": 10**6, "B": 10**9, "T": 10**12, "万": 10**4, "亿": 10**8, "万亿": 10**12}
# (Digits before 万 or 亿 ungrouped, as Chinese writes them: ¥1440万; a foreign currency named after the amount in
# Chinese: 58.4万美元.)
_SHOWN = re.compile(r"(-?)([¥$€]?)((?:[0-9]{1,3}(?:,[0-9]{3})*|[0-9]{4,})(?:\.[0-9]+)?)(万亿|亿|万|k|M|B|T)?"
                    r"(美元|欧元)?")

AMOUNTS = st.floats(min_value=-1e16, max_value=1e16, allow_nan=False, allow_infinity=False)
CURRENCIES = st.sampled_from(sorted(SYMBOLS))
RATES = st.sampled_from([1.0, 7.1, 8.02, 0.5])


def read(text: str) -> Decimal:
    """The number a reader takes from a shown amount: "¥1.02M" → 1020000, "¥102万" → 1020000."""
    match = _SHOWN.fullmatch(text)
    assert match, f"not an amount as wxdesk writes one: {text!r}"
    sign, _symbol, digits, unit, _name = match.groups()
    value = Decimal(digits.replace(",", "")) * UNIT_SIZES.get(unit or "", 1)
    return -value if sign else value


def shown(amount: float, currency: str, rate: float, lang: str) -> str:
    return format_money(amount, currency, rate, lang)


@given(AMOUNTS, CURRENCIES, RATES)
def test_both_languages_read_the_same_number(amount, currency, rate):
    assert read(shown(amount, currency, rate, "en")) == read(shown(amount, currency, rate, "zh"))


# A second amount near the first: amounts far apart read differently in any language.
NEARBY = st.floats(min_value=-0.06, max_value=0.06)


@given(AMOUNTS, NEARBY, CURRENCIES, RATES)
def test_two_amounts_read_alike_in_one_language_exactly_when_they_do_in_the_other(a, step, currency, rate):
    """Read as the same number ("¥2.4M", exactly that, and "¥2.40M", rounded, are one number)."""
    b = a * (1 + step)
    same_en = read(shown(a, currency, rate, "en")) == read(shown(b, currency, rate, "en"))
    same_zh = read(shown(a, currency, rate, "zh")) == read(shown(b, currency, rate, "zh"))
    assert same_en == same_zh


@given(AMOUNTS, AMOUNTS, CURRENCIES, st.sampled_from(["en", "zh"]))
def test_a_larger_amount_never_reads_smaller(a, b, currency, lang):
    low, high = sorted((a, b))
    assert read(shown(low, currency, 1.0, lang)) <= read(shown(high, currency, 1.0, lang))


@given(AMOUNTS, st.sampled_from(["en", "zh"]))
def test_an_amount_reads_within_half_a_percent_or_half_a_yuan(amount, lang):
    error = abs(read(shown(amount, "CNY", 1.0, lang)) - Decimal(amount))
    assert error <= max(Decimal("0.005") * abs(Decimal(amount)), Decimal("0.5"))


# Amounts spread evenly over their orders of magnitude, from ¥100 to ¥10,000T.
MAGNITUDES = st.builds(lambda mantissa, power: mantissa * 10.0**power, st.floats(min_value=1, max_value=10),
                       st.integers(min_value=2, max_value=15))


@settings(max_examples=600)  # cheap examples; a coarse rounding shows in one order of magnitude only
@given(MAGNITUDES, st.floats(min_value=0, max_value=0.1), st.sampled_from(["en", "zh"]))
def test_a_range_end_reads_like_the_likely_figure_only_when_they_are_that_close(likely, gap, lang):
    """The likely figure and a range end read alike only within a percent of each other, and
    always differ when they are further apart: "¥1,220 (¥1,180 – ¥1,290)", never "¥1.2k (¥1.2k – …)"."""
    low = likely * (1 - gap)
    alike = shown(likely, "CNY", 1.0, lang) == shown(low, "CNY", 1.0, lang)
    if alike:
        assert likely - low <= 0.01 * likely
    if likely - low > 0.01 * likely:
        assert not alike


def last_place(text: str) -> int:
    """The power of ten of the last digit an amount writes: "¥2.40M" → 4, "¥240万" → 4, "¥2.4M" → 5."""
    match = _SHOWN.fullmatch(text)
    assert match, text
    _sign, _symbol, digits, unit, _name = match.groups()
    decimals = len(digits.partition(".")[2])
    return len(str(UNIT_SIZES.get(unit or "", 1))) - 1 - decimals


@given(AMOUNTS, CURRENCIES, RATES)
def test_english_writes_every_digit_chinese_writes_and_no_zero_beyond(amount, currency, rate):
    """The same precision in both languages: of an amount the rounding changed, a digit Chinese writes,
    English writes too ("¥2.40M" beside "¥240万", never "¥2.4M"); a zero English adds after the point
    stands where Chinese writes a digit."""
    english, chinese = shown(amount, currency, rate, "en"), shown(amount, currency, rate, "zh")
    if english == "—" or read(english) == Decimal(amount / rate):
        return
    # Chinese may write zeros finer than the three digits kept ("¥1,000万"): those are placeholders.
    kept = int(rounded(amount / rate).as_tuple().exponent)
    assert last_place(english) <= max(last_place(chinese), kept)
    if "." in english and english.rstrip("kMBT").endswith("0"):
        assert last_place(english) >= last_place(chinese)


@given(st.floats(min_value=-9_994.4, max_value=9_994.4), CURRENCIES)  # (¥9,994.5 is held as 9,995: "¥10k", "¥1万")
def test_below_ten_thousand_english_and_chinese_write_the_same_digits(amount, currency):
    """The same digits and sign; the currency as each language writes it ("$643", "643美元"; "¥643" in both)."""
    english, chinese = shown(amount, currency, 1.0, "en"), shown(amount, currency, 1.0, "zh")
    negative = english.startswith("-")
    digits = english.lstrip("-").removeprefix(SYMBOLS[currency])
    assert chinese == money.dressed(digits, currency, "zh", negative)
    assert chinese == english or currency in money.CHINESE_NAMES


@given(st.floats(min_value=0, max_value=1e15), st.floats(min_value=0, max_value=1e15))
def test_counts_follow_the_same_rule(a, b):
    low, high = sorted((a, b))
    assert read(format_count(low, "en")) == read(format_count(low, "zh"))
    assert read(format_count(low, "zh")) <= read(format_count(high, "zh"))


@pytest.mark.parametrize("amount, english, chinese", [
    (1_018_778, "¥1.02M", "¥102万"),  # these two read "¥1M" alike in English, ¥101.9万 and ¥103.6万 in Chinese
    (1_036_000, "¥1.04M", "¥104万"),
    (1_683, "¥1,680", "¥1,680"),
    (12.4, "¥12", "¥12"),
    (125_000, "¥125k", "¥12.5万"),
    (999_600, "¥1.00M", "¥100万"),  # ¥1M beside ¥100万 would claim less precision in English
    (2_401_234, "¥2.40M", "¥240万"),
    (2_400_000, "¥2.4M", "¥240万"),  # exactly that: no precision to claim
    (12_000_300, "¥12.0M", "¥1200万"),  # the digits before 万 ungrouped, as Chinese writes them
    (1_200_300_000, "¥1.2B", "¥12亿"),  # no zero Chinese does not write either
    (300_000, "¥300k", "¥30万"),
    (949_000_000, "¥949M", "¥9.49亿"),
    (-312_000, "-¥312k", "-¥31.2万"),
    (float("nan"), "—", "—"),
])
def test_amounts_as_the_handout_writes_them(amount, english, chinese):
    assert (format_money(amount), format_money(amount, lang="zh")) == (english, chinese)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.floats(-1e12, 1e12, allow_nan=False), st.integers(-10**9, 10**9)),
                          st.integers(-3, 6)), min_size=1, max_size=8))
def test_a_kept_rounding_is_the_rounding_of_the_value_asked(calls):
    """rounded() keeps what it found: whatever was rounded before, at whichever step, each answer is
    the value's own rounding (an int and the equal float share one, and round alike)."""
    for value, finest in calls:
        assert rounded(value, finest) == rounded.__wrapped__(value, finest)
        assert str(rounded(value, finest)) == str(rounded.__wrapped__(value, finest))


def _as_the_rule_writes_money(amount: float, currency: str, rate: float, lang: str) -> str:
    """format_money as Decimal states the rule (money.rounded, money._written): what the integer path
    format_money takes must give, character for character."""
    exact = amount / rate
    # (A converted amount under a hundred dollars or euros keeps its cents.)
    cents = rate != 1.0 and math.isfinite(exact) and abs(exact) < money.CENTS_BELOW
    # (An amount in yuan is rounded from the whole yuan the JSON holds: money.whole_yuan.)
    held = float(money.whole_yuan(exact)) if rate == 1.0 and math.isfinite(exact) else exact
    value = money.rounded.__wrapped__(held, -2) if cents else money.rounded.__wrapped__(held)
    symbol, name = SYMBOLS.get(currency, currency + " "), money.CHINESE_NAMES.get(currency) if lang == "zh" else None
    written = money._written(abs(value), lang == "zh", value != Decimal(held))
    return f"{'-' if value < 0 else ''}{written}{name}" if name else f"{'-' if value < 0 else ''}{symbol}{written}"


# Any finite float, and amounts at the rounding's edges: a half at the third significant digit (which rounds
# away from zero), just either side of it, and 999.5-like amounts whose rounding carries into a new digit.
_EDGES = st.builds(lambda digits, power, nudge: float(Decimal(digits) * Decimal(10) ** power) * (1 + nudge),
                   st.integers(100, 9999), st.integers(-4, 20), st.sampled_from([0.0, 1e-15, -1e-15, 1e-12]))
ANY_AMOUNT = st.one_of(st.floats(allow_nan=False, allow_infinity=False), _EDGES, _EDGES.map(lambda x: -x))


@settings(max_examples=800)
@given(ANY_AMOUNT, CURRENCIES, st.sampled_from([1.0, 7.1, 0.5, 3.0]), st.sampled_from(["en", "zh"]))
def test_amounts_are_written_as_the_rule_in_decimal_writes_them(amount, currency, rate, lang):
    """(An amount that the rate takes beyond any float raises, as Decimal's rounding of it does.)"""
    assert _outcome(format_money.__wrapped__, amount, currency, rate, lang) == _outcome(
        _as_the_rule_writes_money, amount, currency, rate, lang)


def _outcome(write, *args):
    try:
        return write(*args)
    except Exception as error:  # noqa: BLE001 (the kind of error is what is compared)
        return type(error)


@settings(max_examples=600)
@given(st.one_of(ANY_AMOUNT, st.integers(-10**20, 10**20)), st.sampled_from(["en", "zh"]))
def test_counts_are_written_as_the_rule_in_decimal_writes_them(count, lang):
    value = money.rounded.__wrapped__(count)
    written = money._written(abs(value), lang == "zh")
    assert format_count.__wrapped__(count, lang) == ("-" if value < 0 else "") + written


@pytest.mark.parametrize("amount", [0.0, -0.0, 0.3, -0.3, 0.5, -0.5, 1.5, 2.5, 999.5, 9999.5, 99950.0, 999_500.0,
                                    1e16, 1e28, 5e-324, 1.7976931348623157e308, -1.7976931348623157e308])
def test_the_rounding_edges_are_written_as_the_rule_writes_them(amount):
    for lang in ("en", "zh"):
        assert format_money.__wrapped__(amount, "CNY", 1.0, lang) == _as_the_rule_writes_money(amount, "CNY", 1.0, lang)


POSITIVE = st.floats(min_value=0, max_value=1e13, allow_nan=False, allow_infinity=False)


@given(POSITIVE, POSITIVE, CURRENCIES, RATES, st.sampled_from(["en", "zh"]))
def test_a_range_reads_the_numbers_its_ends_read_alone(a, b, currency, rate, lang):
    """A range's ends are the amounts as format_money writes them anywhere else."""
    low, high = sorted((a, b))
    text = money.format_money_range(low, high, currency, rate, lang)
    ends = text.split(" – ")
    alone = [shown(low, currency, rate, lang), shown(high, currency, rate, lang)]
    if len(ends) == 1:
        assert alone[0] == alone[1] == text
    else:
        assert ends == alone


@pytest.mark.parametrize(("low", "high", "english", "chinese"), [
    # Each end as it is written anywhere else: the cost table's "¥1,870" reads "¥1,870" in the range too.
    (1870, 11_700, "¥1,870 – ¥11.7k", "¥1,870 – ¥1.17万"),
    (1870, 9000, "¥1,870 – ¥9,000", "¥1,870 – ¥9,000"),
    (365_000, 1_020_000, "¥365k – ¥1.02M", "¥36.5万 – ¥102万"),
    (1870, 1870, "¥1,870", "¥1,870"),
])
def test_ranges_as_the_views_write_them(low, high, english, chinese):
    assert money.format_money_range(low, high) == english
    assert money.format_money_range(low, high, lang="zh") == chinese


@pytest.mark.parametrize(("amount_cny", "currency", "rate", "written"), [
    (9, "USD", 7.0, "$1.29"), (3, "USD", 7.0, "$0.43"), (3, "EUR", 7.8, "€0.38"), (693, "USD", 7.0, "$99"),
    (700, "USD", 7.0, "$100"), (3, "CNY", 1.0, "¥3"), (0.4, "CNY", 1.0, "¥0")])
def test_a_small_amount_in_dollars_or_euros_keeps_its_cents(amount_cny, currency, rate, written):
    """"¥9 per acquired user in this plan against ¥3 in that one" read "$1 … against $0" in dollars: a whole dollar
    is seven yuan. Below a hundred dollars or euros, a converted amount keeps its cents; yuan keep whole yuan."""
    assert format_money(amount_cny, currency, rate, "en") == written


@given(AMOUNTS, CURRENCIES, RATES)
def test_chinese_never_groups_the_digits_before_wan_or_yi(amount, currency, rate):
    """"¥1,440万" read as a Western number with a Chinese unit tacked on: Chinese writes ¥1440万 (a reviewer of the
    handout's Chinese); below 万 an amount keeps its grouping (¥9,850)."""
    text = shown(amount, currency, rate, "zh")
    if text.endswith(("万", "亿")):
        assert "," not in text, text


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_an_amount_in_yuan_reads_as_the_rounding_of_the_whole_yuan_the_json_holds(amount):
    """A client who rounds the JSON's whole yuan to three figures reads the page's figure: yoga_teacher's first year of
    ¥8,674.89 read ¥8,670 on the page and 8675 in the JSON, which rounds to ¥8,680."""
    held = money.whole_yuan(amount)
    assert held == Decimal(amount).quantize(Decimal(1), rounding="ROUND_HALF_UP")
    assert format_money(amount) == format_money(float(held))
    assert format_money(8674.89) == "¥8,680"
    assert format_money(1_499_999.7) == format_money(1_500_000.0) == "¥1.5M"
