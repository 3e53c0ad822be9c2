"""Readable money and counts: ¥1.02M in English and ¥102万 in Chinese for one amount.

One rounding rule serves both languages: an amount is rounded once, to three
significant digits (never finer than a whole yuan or person, nor than a cent of an amount under
a hundred dollars or euros converted from yuan), and only then written
out in the language's units. Each language writes that rounded number exactly, so
whatever one language tells apart the other does too (¥1,018,778 and ¥1,036,000 read
¥1.02M and ¥1.04M, ¥102万 and ¥104万), a larger amount never reads smaller, and a range's
likely figure reads like its low or high end only when they round alike.

An amount in yuan is rounded from the whole yuan the JSON and the tables hold (whole_yuan), so that a client who
rounds the JSON's figure reads the page's: ¥8,674.89 is held as 8675 and reads ¥8,680.

Below ten thousand both languages write the rounded digits in full ("¥1,680"): a
Chinese reader meets 万 from there on, and an English one sees the same figure.

An amount the rounding changed keeps, in English, every digit Chinese writes, even a zero
after the point: ¥2,401,234 reads ¥240万 and ¥2.40M, not ¥2.4M, which would claim a tenth of
the precision beside it. An amount that is exactly what it reads (a budget of ¥1.5M, an axis
tick) claims no precision and keeps its short form in both, ¥1.5M and ¥150万. (The other way
round Chinese drops the zero, ¥300k and ¥30万: "30.0万" is not how amounts are written.)
Counts are left short: the flip points round theirs to two digits on purpose.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from decimal import Decimal

SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€"}
# A foreign currency as Chinese writes it, after the amount: "58.4万美元", "1万欧元", "643美元" ("$58.4万" mixed the
# two ways of writing; the yuan keeps its sign, "¥12.5万", as Chinese print does).
CHINESE_NAMES = {"USD": "美元", "EUR": "欧元"}


def dressed(number: str, currency: str, lang: str = "en", negative: bool = False) -> str:
    """A written number (no sign) as an amount of `currency`: "¥12.5万", "$170k", and in Chinese "58.4万美元"."""
    sign = "-" if negative else ""
    if lang.startswith("zh") and currency in CHINESE_NAMES:
        return f"{sign}{number}{CHINESE_NAMES[currency]}"
    return f"{sign}{SYMBOLS.get(currency, currency + ' ')}{number}"

def figure_number(value: float) -> str:
    """A data-pack figure as people write it, to four significant digits: 450,000 · 0.175 · 7.2."""
    if not math.isfinite(value):
        return "—"
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    digits = max(0, 3 - math.floor(math.log10(abs(value)))) if value else 0
    text = f"{value:,.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def three_significant(value: float) -> str:
    """A figure converted into another currency, to three significant digits, thousands grouped: 28,571.4 → 28,600;
    0.01428 → 0.0143 (the rate is no more precise than that); 1.0043 → 1.00, its zeros kept: a euro's "€1" for a user
    won through ads read as exactly one beside "4,000 at the start and 5,733 a year … €9,770 in the first year"."""
    if value == 0 or not math.isfinite(value):
        return "0" if value == 0 else "—"
    decimals = 2 - math.floor(math.log10(abs(value)))
    rounded = round(value, decimals)
    if rounded and math.floor(math.log10(abs(rounded))) > math.floor(math.log10(abs(value))):
        decimals -= 1  # (9.996 rounds to 10.0, whose three digits take one decimal fewer)
    return f"{rounded:,.{max(decimals, 0)}f}"


def format_figure_money(amount: float, currency: str = "CNY", factor: float = 1.0, lang: str = "en") -> str:
    """A data-pack amount as the handout's appendix writes it, in `currency`, `factor` of it to the pack's unit
    (1: held in that currency): as written where held in it ("¥1,167", "¥833.3"), else converted to three significant
    digits, since the rate is no more precise than that ("$167"). A card that quotes a price takes these words, so
    that the price it multiplies out is the appendix's."""
    number = figure_number(amount) if factor == 1 else three_significant(amount * factor)
    return dressed(number, currency, lang)


SIGNIFICANT_DIGITS = 3
# The finest step a rounded amount keeps, as a power of ten: whole yuan (dollars, euros) and whole people.
_FINEST = 0
# Below this many dollars or euros (an amount held in yuan and written in another currency), cents are kept.
CENTS_BELOW = 100


class _DecimalKit(NamedTuple):
    """Decimal, its ROUND_HALF_UP, and the large units in Decimal, English's and Chinese's (largest first, as
    (size, suffix): both languages start them at ten thousand), with the first of them; its ROUND_CEILING and
    ROUND_FLOOR (directed_in)."""

    decimal: type[Decimal]
    half_up: str
    western: tuple[tuple[Decimal, str], ...]
    chinese: tuple[tuple[Decimal, str], ...]
    first_large_unit: Decimal
    ceiling: str
    floor: str


@functools.cache
def _decimal() -> _DecimalKit:
    """The decimal module's part in writing amounts, imported when first used: the window's first paint writes
    every amount in Python's integers (the whole amounts below, and shown_difference), and the decimal module with
    its C half and `numbers` (some 4 million instructions) would load only for that."""
    from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
    western = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "k"))
    chinese = ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
    return _DecimalKit(Decimal, ROUND_HALF_UP, western, chinese, Decimal(10) ** 4, ROUND_CEILING, ROUND_FLOOR)


@functools.lru_cache(maxsize=4096)
def rounded(value: float, finest: int = _FINEST) -> Decimal:
    """`value` to three significant digits, never finer than 10**finest; halves away from zero. (An amount in yuan as
    it is written: yuan_as_written.)

    Decimal holds the float exactly, so the rounding is exact and never moves a larger
    value below a smaller one. Kept for the values last asked about (a Decimal never changes):
    an evaluation compares the same few totals with one another over and over.
    """
    kit = _decimal()
    exact = kit.decimal(value)
    if exact == 0:
        return kit.decimal(0)
    step = max(finest, exact.adjusted() - (SIGNIFICANT_DIGITS - 1))
    return exact.quantize(kit.decimal(1).scaleb(step), rounding=kit.half_up)


def yuan_as_written(amount: float) -> Decimal:
    """An amount in yuan as format_money writes it: rounded from the whole yuan the JSON holds (_held). What the engine
    compares where it asks whether two amounts read alike."""
    return rounded(_held(amount, converted=False))


def shown_difference(larger: float, smaller: float, cny_per_unit: float = 1.0) -> float:
    """How much `larger` exceeds `smaller`, as a client finds it from the two amounts as written: "¥1.71M … ¥908k",
    and "costs ¥797k less" (the exact difference) read as a slip beside ¥802k. Where both read alike, the difference
    of the two as the JSON holds them (the amounts differ only beyond what is written).

    Both amounts are held in yuan; the difference is in the reader's currency (1 unit = `cny_per_unit` yuan), taken
    from the amounts as that currency writes them: "€1,290 less" stood beside €1,980 and €683 (whose written
    difference is €1,297), because the difference had been taken in yuan and then converted."""
    return float(_written_difference(larger, smaller, cny_per_unit))


def _written_difference(larger: float, smaller: float, cny_per_unit: float) -> float | Decimal:
    """shown_difference, as a Decimal where the two amounts are written with cents: $12 less $1.55 is 10.45, whose
    nearest float (10.4499…) rounded to "$10.4" where a reader writes $10.5 (Hypothesis found it)."""
    converted = cny_per_unit != 1.0
    high, low = larger / cny_per_unit, smaller / cny_per_unit
    whole_high, whole_low = _whole_as_written(high, converted), _whole_as_written(low, converted)
    if whole_high is not None and whole_low is not None and abs(whole_high - whole_low) < _DECIMAL_EXACT_BELOW:
        # The same difference as Decimal's below, in Python's integers: both amounts rounded to whole units are the
        # same numbers either way (_rounded_whole), and Decimal subtracts them exactly where the difference has at
        # most its 28 digits, as the integers always do; a float from either is the nearest to that number.
        written: float | Decimal = float(whole_high - whole_low)
    else:
        written = _as_written(high, converted) - _as_written(low, converted)
    # Where both read alike, the difference as the JSON holds the two (to the whole yuan), in the reader's currency: a
    # budget of ¥276,999.4 against a first year of ¥276,999.7, held as 276999 and 277000, read "¥0 short" for the
    # exact 0.3, and in dollars "$0 short" for ¥0.02 converted.
    return written if written > 0 else (_held(larger, False) - _held(smaller, False)) / cny_per_unit


def add_up_as_written(parts: Iterable[float], total: float, cny_per_unit: float = 1.0) -> bool:
    """Whether `parts`, each written as format_money writes it, add up to `total` as written, in the reader's currency
    (1 unit = `cny_per_unit` yuan; each language writes the same rounded numbers): whether a client's sum of the
    written parts, written as any amount is, reads as the total does. Every amount is rounded on its own to three
    figures, so parts that add up to their total exactly need not as written: car_brand's cost key read ¥121k + ¥1.23M
    + ¥1,500 + ¥122k + ¥2.73M = ¥4.20M beside its total, ¥4.21M. A view that says its parts add up says so only where
    this holds, and otherwise that each is rounded on its own (the handout's cost key and its cost per year; the
    window's cost key can ask the same, in Python's integers where no amount keeps cents)."""
    converted = cny_per_unit != 1.0
    written: int | Decimal = sum(_exactly_as_written(part / cny_per_unit, converted) for part in parts)
    return _exactly_as_written(float(written), converted) == _exactly_as_written(total / cny_per_unit, converted)


def _exactly_as_written(exact: float, converted: bool) -> int | Decimal:
    """_as_written, in Python's integers where the amount is written in whole units (the decimal module then stays
    unloaded, as for the window's first paint)."""
    whole = _whole_as_written(exact, converted)
    return whole if whole is not None else _as_written(exact, converted)


# Decimal's default precision, 28 digits: a difference below this is exact in Decimal too.
_DECIMAL_EXACT_BELOW = 10**28


def _whole_as_written(exact: float, converted: bool) -> int | None:
    """_as_written as an integer where it rounds to whole units (a finite amount that keeps no cents), else None."""
    if not math.isfinite(exact) or _finest(exact, converted) != _FINEST:
        return None
    negative, digits, step, _rounded_off = _rounded_whole(_held(exact, converted))
    whole = digits * _ten_to(step)
    return -whole if negative else whole


def _as_written(exact: float, converted: bool) -> Decimal:
    """An amount in the reader's currency rounded as format_money writes it (with its cents where it keeps them)."""
    if not math.isfinite(exact):
        return _decimal().decimal(0)  # (written "—": nothing a reader subtracts)
    return rounded(_held(exact, converted), _finest(exact, converted))


def _finest(exact: float, converted: bool) -> int:
    """The finest step an amount in the reader's currency is written to (a power of ten): a small amount converted
    keeps its cents, since a whole dollar or euro is seven yuan or more ("¥9 per acquired user in this plan against ¥3"
    read "$1 … against $0" in dollars); anything else whole units. (Whole units for an infinite amount.)"""
    return -2 if converted and abs(exact) < CENTS_BELOW else _FINEST


def _plain(number: Decimal, grouped: bool = True) -> str:
    """A rounded number's digits, thousands grouped (or not), without trailing zeros: 1,680 · 12.5 · 1.02."""
    text = f"{number:,f}" if grouped else f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unit(number: Decimal, units: tuple[tuple[Decimal, str], ...]) -> tuple[Decimal, str]:
    """The largest of `units` the number reaches (1 and no suffix below ten thousand)."""
    kit = _decimal()
    if number >= kit.first_large_unit:
        for size, suffix in units:
            if number >= size:
                return size, suffix
    return kit.decimal(1), ""


def _written(number: Decimal, chinese: bool, rounded_off: bool = False) -> str:
    """A rounded, non-negative number in the language's units: 1,680 · 12.5k · 2.40M · 12.5万 · 240万 · 1.02亿."""
    kit = _decimal()
    if chinese:
        size, suffix = _unit(number, kit.chinese)
        # The digits before 万 or 亿 ungrouped, at most four of them ("¥1440万", "5190万"): "¥1,440万" read as a
        # Western number with a Chinese unit tacked on. Below 万 grouped (¥9,850), as Chinese prices are.
        return _plain(number / size, grouped=not suffix) + suffix
    size, suffix = _unit(number, kit.western)
    text = _plain(number / size)
    if not rounded_off:
        return text + suffix
    # The places after the point that Chinese writes as whole 万 or 亿 (or that the rounding kept, if fewer).
    chinese_size, _ = _unit(number, kit.chinese)
    finest = max(int(number.as_tuple().exponent), chinese_size.adjusted())
    places = size.adjusted() - finest
    if places > 0:
        whole, _, fraction = text.partition(".")
        text = f"{whole}.{fraction.ljust(places, '0')}"
    return text + suffix


# The same rounding and writing in Python's integers, for format_money and format_count: a slider's first
# visit writes some twenty amounts not written before, and Decimal's conversion, rounding, division and
# formatting take a third of each one's time. A float is a ratio of integers (as_integer_ratio), so the
# rounding stays exact; each step below is the one above on the same number (tests/engine/test_money.py
# compares the two).
_WESTERN_POWERS = ((12, "T"), (9, "B"), (6, "M"), (3, "k"))
_CHINESE_POWERS = ((12, "万亿"), (8, "亿"), (4, "万"))
_TEN_THOUSAND = 10**4
# The pack's figures in millions ("million users/month": wechat_mau_million), as a count of one.
A_MILLION = 10**6


@functools.cache  # a few dozen powers in practice (some 650 at most, for any float)
def _ten_to(power: int) -> int:
    found: int = 10**power  # (power >= 0: an int)
    return found


def _rounded_whole(value: float) -> tuple[bool, int, int, bool]:
    """rounded(value) for a finite value, as (negative, digits, step, rounded off): the rounded amount is
    digits × 10**step (step >= 0, since _FINEST is 0), below zero where `negative` (an amount rounded to 0
    is not), and other than `value` where `rounded off`."""
    if value == 0:
        return False, 0, 0, False
    numerator, denominator = value.as_integer_ratio()  # the denominator a power of two
    negative = numerator < 0
    numerator = -numerator if negative else numerator
    # The power of ten of the leading digit (Decimal's adjusted()): log10's guess, then made exact.
    power = math.floor(math.log10(abs(value)))
    while _at_least(numerator, denominator, power + 1):
        power += 1
    while not _at_least(numerator, denominator, power):
        power -= 1
    step = max(_FINEST, power - (SIGNIFICANT_DIGITS - 1))
    unit = denominator * _ten_to(step)
    digits, rest = divmod(numerator, unit)
    if 2 * rest >= unit:  # a half goes away from zero (ROUND_HALF_UP)
        digits += 1
    return negative and digits > 0, digits, step, rest != 0


def _at_least(numerator: int, denominator: int, power: int) -> bool:
    """numerator / denominator >= 10**power, exactly."""
    if power >= 0:
        return numerator >= denominator * _ten_to(power)
    return numerator * _ten_to(-power) >= denominator


def _written_whole(digits: int, step: int, chinese: bool, rounded_off: bool = False) -> str:
    """_written of the rounded amount digits × 10**step."""
    number = digits * _ten_to(step)
    if chinese:
        power, suffix = _unit_power(number, _CHINESE_POWERS)
        return _plain_whole(number, power, grouped=not suffix) + suffix  # (ungrouped before 万 or 亿: see _written)
    power, suffix = _unit_power(number, _WESTERN_POWERS)
    text = _plain_whole(number, power)
    if not rounded_off:
        return text + suffix
    places = power - max(step, _unit_power(number, _CHINESE_POWERS)[0])
    if places > 0:
        whole, _, fraction = text.partition(".")
        text = f"{whole}.{fraction.ljust(places, '0')}"
    return text + suffix


def _unit_power(number: int, units: tuple[tuple[int, str], ...]) -> tuple[int, str]:
    """_unit, with the unit's size as its power of ten."""
    if number >= _TEN_THOUSAND:
        for power, suffix in units:
            if number >= _ten_to(power):
                return power, suffix
    return 0, ""


def _plain_whole(number: int, power: int, grouped: bool = True) -> str:
    """_plain of number / 10**power: thousands grouped (or not), no trailing zeros after the point."""
    whole, fraction = divmod(number, _ten_to(power))
    text = f"{whole:,}" if grouped else str(whole)
    return text + "." + f"{fraction:0{power}d}".rstrip("0") if fraction else text


# Pure and called with few distinct amounts (a slider move writes some fifty, most of them again):
# remembered, they cost a dictionary lookup instead of rounding.
@functools.lru_cache(maxsize=4096)
def format_money(amount_cny: float, currency: str = "CNY", cny_per_unit: float = 1.0,
                 lang: str = "en") -> str:
    """Format an amount held in CNY for display in `currency` (1 unit = cny_per_unit CNY)."""
    if not math.isfinite(amount_cny):
        return "—"
    return _format_units(amount_cny / cny_per_unit, currency, cny_per_unit != 1.0, lang)


@functools.lru_cache(maxsize=1024)
def format_money_in_full(amount_cny: float, currency: str = "CNY", cny_per_unit: float = 1.0, lang: str = "en") -> str:
    """An amount held in CNY written to the whole unit, thousands grouped ("¥245,800", "$33,856"; a small amount
    converted to the cent, "$1.27"; in Chinese a foreign currency after it, "33,856美元"): for two amounts that read
    alike once rounded to three digits and must still be told apart ("¥245,800 is ¥233 short of ¥246,033", which read
    "¥246k … short of ¥246k")."""
    value = _in_full(amount_cny / cny_per_unit, cny_per_unit != 1.0)
    if value is None:
        return "—"
    finest = _finest(float(value), cny_per_unit != 1.0)
    return dressed(f"{abs(value):,.{-finest}f}", currency, lang, value < 0)


def format_difference_in_full(larger_cny: float, smaller_cny: float, currency: str = "CNY", cny_per_unit: float = 1.0,
                              lang: str = "en") -> str:
    """How much `larger_cny` exceeds `smaller_cny`, from the two as format_money_in_full writes them, itself written as
    any amount is: "¥54.2k" between ¥300,000 and ¥245,800 (from the two rounded, ¥300k less ¥246k, it read ¥54k)."""
    converted = cny_per_unit != 1.0
    exact_high, exact_low = larger_cny / cny_per_unit, smaller_cny / cny_per_unit
    high, low = _in_full(exact_high, converted), _in_full(exact_low, converted)
    if high is None or low is None:
        return "—"
    # (Where the two read alike even so, the exact difference, as shown_difference gives it: not "$0 short".)
    return _format_units(high - low if high > low else exact_high - exact_low, currency, converted, lang)


def _in_full(exact: float, converted: bool) -> Decimal | None:
    """An amount in the reader's currency to its finest step (whole units, or cents where it keeps them); None for an
    amount no number writes."""
    if not math.isfinite(exact):
        return None
    kit = _decimal()
    return kit.decimal(_held(exact, converted)).quantize(kit.decimal(1).scaleb(_finest(exact, converted)),
                                                         rounding=kit.half_up)


@functools.lru_cache(maxsize=1024)
def format_difference(larger_cny: float, smaller_cny: float, currency: str = "CNY", cny_per_unit: float = 1.0,
                      lang: str = "en") -> str:
    """How much `larger_cny` exceeds `smaller_cny`, written in `currency` from the two amounts as that currency writes
    them (shown_difference): the difference a reader finds with the two figures beside it."""
    if not (math.isfinite(larger_cny) and math.isfinite(smaller_cny)):
        return "—"
    difference = _written_difference(larger_cny, smaller_cny, cny_per_unit)
    if not math.isfinite(difference):
        return "—"  # (a rate of next to nothing)
    return _format_units(difference, currency, cny_per_unit != 1.0, lang)


def _format_units(exact: float | Decimal, currency: str, converted: bool, lang: str) -> str:
    """An amount already in `currency`'s units, written (`converted`: held in yuan and converted to it); a Decimal (a
    difference of amounts written with cents) is rounded as it is, not as its nearest float."""
    finest = _finest(float(exact), converted)
    # Cents by Decimal; an infinite amount too (a rate of next to nothing: Decimal's rounding raises, as ever).
    if finest != _FINEST or not math.isfinite(exact):
        value = rounded(exact, finest)
        written = _written(abs(value), lang.startswith("zh"), value != _decimal().decimal(exact))
        return dressed(written, currency, lang, value < 0)
    # (From the whole yuan: ¥1,499,999.7 is held as ¥1,500,000, which reads ¥1.5M, exactly what it is.)
    negative, digits, step, rounded_off = _rounded_whole(_held(float(exact), converted))
    return dressed(_written_whole(digits, step, lang.startswith('zh'), rounded_off), currency, lang, negative)


def whole_yuan(amount: float) -> int:
    """An amount in yuan to the whole yuan, a half away from zero as every amount is rounded (`rounded`): as the JSON
    and the tables hold it (results.Band.to_dict, Reason.params_json), and as every figure written in yuan is rounded
    from (_held). Exact for any float below 2**52 (its fraction is then exact); a larger one is already whole."""
    if abs(amount) >= 2.0**52:
        return int(amount)
    whole = math.floor(abs(amount))
    whole += abs(amount) - whole >= 0.5
    return -whole if amount < 0 else whole


def covers(budget: float, cost: float) -> bool:
    """Whether a budget covers a cost, both as the JSON holds them, to the whole yuan (whole_yuan). Every comparison
    of the budget with a plan's first year asks this, so that the score's budget points, `within_budget`, the budget's
    sentence and the cards agree with the amounts a client reads: a budget typed as the ¥321,433 a first year reads
    (exactly ¥321,433.2) read "¥321k is ¥0 short of … ¥321k", beside a JSON holding both as 321433."""
    if not (math.isfinite(budget) and math.isfinite(cost)):  # (a sweep's figure at an end the model cannot use)
        return cost <= budget
    return whole_yuan(cost) <= whole_yuan(budget)


def _held(exact: float, converted: bool) -> float:
    """An amount in yuan as the JSON holds it (whole_yuan), from which every figure written in yuan is rounded:
    yoga_teacher's first year of ¥8,674.89 read ¥8,670 on every page and 8675 in the JSON, which a client rounds to
    ¥8,680. An amount converted to another currency (the JSON holds none) is rounded as it is."""
    if converted or not math.isfinite(exact):
        return exact
    return float(whole_yuan(exact))


@functools.lru_cache(maxsize=4096)
def format_count(count: float, lang: str = "en") -> str:
    """People counts: 1.2M users, or 120万 in Chinese; below ten thousand in full (2,000)."""
    if not math.isfinite(count):
        return "—"
    negative, digits, step, _ = _rounded_whole(count)
    return ("-" if negative else "") + _written_whole(digits, step, lang.startswith("zh"))


@functools.lru_cache(maxsize=4096)
def format_money_range(low_cny: float, high_cny: float, currency: str = "CNY", cny_per_unit: float = 1.0,
                       lang: str = "en") -> str:
    """"¥365k – ¥1.02M"; one amount where both ends read alike (a fee with no spread).

    Each end is written as format_money writes it anywhere else, "¥1,870 – ¥11.7k": writing the low end
    "¥1.87k" inside a range read two ways beside the cost table's "¥1,870" for the same amount (one
    number, one way of writing it).
    """
    low, high = (format_money(amount, currency, cny_per_unit, lang) for amount in (low_cny, high_cny))
    return low if low == high else f"{low} – {high}"


def directed_in(amount_cny: float, up: bool, cny_per_unit: float = 1.0, reach_cny: float | None = None,
                in_full: bool = False) -> Decimal:
    """An amount held in CNY in the reader's currency (1 unit = `cny_per_unit` yuan) rounded up (or down), never to
    the nearest: a flip point written on its new plan's side in the reader's own currency. To three significant
    figures, as every amount is written, never finer than format_money writes that amount (whole units, cents below
    CENTS_BELOW converted); where `reach_cny` is given (the first amount found past the far end of a range), to the
    fewest figures that bring it within one such step of it, whole units (or cents) at most; `in_full`, to whole units
    (or cents) outright. A point at ¥411,800 reads "$57.2k" at 7.2103 yuan a dollar ($57,111.5): rounded up in yuan
    first, ¥412k, and then converted to the nearest, it read "$57.1k", below the point."""
    kit = _decimal()
    converted = cny_per_unit != 1.0
    exact = kit.decimal(amount_cny) / kit.decimal(cny_per_unit) if converted else kit.decimal(amount_cny)
    if exact <= 0:
        return kit.decimal(0)
    finest = _finest(float(exact), converted)
    reach = None if reach_cny is None else kit.decimal(reach_cny) / kit.decimal(cny_per_unit)
    rounding = kit.ceiling if up else kit.floor
    digits = SIGNIFICANT_DIGITS
    while True:
        step = max(finest, exact.adjusted() - (digits - 1))
        written = exact.quantize(kit.decimal(1).scaleb(step), rounding=rounding)
        if step == finest or (reach is None and not in_full) or (
                reach is not None and abs(written - reach) <= kit.decimal(1).scaleb(finest)):
            return written
        digits += 1


def format_money_directed(amount_cny: float, up: bool, currency: str = "CNY", cny_per_unit: float = 1.0,
                          lang: str = "en", reach_cny: float | None = None, in_full: bool = False) -> str:
    """directed_in, written as format_money writes an amount of three figures or fewer ("$57.2k", "¥41.2万"), and one
    of more figures in full, as format_money_in_full does ("¥141,164", "$19,606"): the end of a range written to the
    unit where the plan changes there. `in_full`: rounded to the unit (or cent) and written so, beside an amount that
    would read alike ("below ¥212,069 … first-year cost of ¥211,850", where both read ¥212k)."""
    value = directed_in(amount_cny, up, cny_per_unit, reach_cny, in_full)
    if not in_full and len(value.normalize().as_tuple().digits) <= SIGNIFICANT_DIGITS:
        return _format_units(value, currency, cny_per_unit != 1.0, lang)
    finest = _finest(float(value), cny_per_unit != 1.0)
    return dressed(f"{value:,.{-finest}f}", currency, lang)
