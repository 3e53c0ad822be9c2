"""Readable money and counts: ¥1.02M in English and ¥102万 in Chinese for one amount.

One rounding rule serves both languages: an amount is rounded once, to three
significant digits (never finer than a whole yuan, dollar or person), and only then written
out in the language's units. Each language writes that rounded number exactly, so
whatever one language tells apart the other does too (¥1,018,778 and ¥1,036,000 read
¥1.02M and ¥1.04M, ¥102万 and ¥104万), a larger amount never reads smaller, and a range's
likely figure reads like its low or high end only when they round alike.

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
from decimal import ROUND_HALF_UP, Decimal

SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€"}

SIGNIFICANT_DIGITS = 3
# The finest step a rounded amount keeps, as a power of ten: whole yuan (dollars, euros) and whole people.
_FINEST = 0
# Large units, largest first: (size, suffix). Both languages start them at ten thousand.
_WESTERN = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"), (Decimal(10) ** 3, "k"))
_CHINESE = ((Decimal(10) ** 12, "万亿"), (Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万"))
_FIRST_LARGE_UNIT = Decimal(10) ** 4


@functools.lru_cache(maxsize=4096)
def rounded(value: float, finest: int = _FINEST) -> Decimal:
    """`value` to three significant digits, never finer than 10**finest; halves away from zero.

    Decimal holds the float exactly, so the rounding is exact and never moves a larger
    value below a smaller one. Kept for the values last asked about (a Decimal never changes):
    an evaluation compares the same few totals with one another over and over.
    """
    exact = Decimal(value)
    if exact == 0:
        return Decimal(0)
    step = max(finest, exact.adjusted() - (SIGNIFICANT_DIGITS - 1))
    return exact.quantize(Decimal(1).scaleb(step), rounding=ROUND_HALF_UP)


def _plain(number: Decimal) -> str:
    """A rounded number's digits, thousands grouped, without trailing zeros: 1,680 · 12.5 · 1.02."""
    text = f"{number:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unit(number: Decimal, units: tuple[tuple[Decimal, str], ...]) -> tuple[Decimal, str]:
    """The largest of `units` the number reaches (1 and no suffix below ten thousand)."""
    if number >= _FIRST_LARGE_UNIT:
        for size, suffix in units:
            if number >= size:
                return size, suffix
    return Decimal(1), ""


def _written(number: Decimal, chinese: bool, rounded_off: bool = False) -> str:
    """A rounded, non-negative number in the language's units: 1,680 · 12.5k · 2.40M · 12.5万 · 240万 · 1.02亿."""
    if chinese:
        size, suffix = _unit(number, _CHINESE)
        return _plain(number / size) + suffix
    size, suffix = _unit(number, _WESTERN)
    text = _plain(number / size)
    if not rounded_off:
        return text + suffix
    # The places after the point that Chinese writes as whole 万 or 亿 (or that the rounding kept, if fewer).
    chinese_size, _ = _unit(number, _CHINESE)
    finest = max(int(number.as_tuple().exponent), chinese_size.adjusted())
    places = size.adjusted() - finest
    if places > 0:
        whole, _, fraction = text.partition(".")
        text = f"{whole}.{fraction.ljust(places, '0')}"
    return text + suffix


# Pure and called with few distinct amounts (a slider move writes some fifty, most of them again):
# remembered, they cost a dictionary lookup instead of Decimal rounding.
@functools.lru_cache(maxsize=4096)
def format_money(amount_cny: float, currency: str = "CNY", cny_per_unit: float = 1.0,
                 lang: str = "en") -> str:
    """Format an amount held in CNY for display in `currency` (1 unit = cny_per_unit CNY)."""
    if not math.isfinite(amount_cny):
        return "—"
    exact = amount_cny / cny_per_unit
    value = rounded(exact)
    symbol = SYMBOLS.get(currency, currency + " ")
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{_written(abs(value), lang.startswith('zh'), value != Decimal(exact))}"


@functools.lru_cache(maxsize=4096)
def format_count(count: float, lang: str = "en") -> str:
    """People counts: 1.2M users, or 120万 in Chinese; below ten thousand in full (2,000)."""
    if not math.isfinite(count):
        return "—"
    value = rounded(count)
    sign = "-" if value < 0 else ""
    return sign + _written(abs(value), lang.startswith("zh"))
