"""Numbers as people read them, in English or Chinese: money, counts, shares, plain figures, dates.

Pure functions of the value and the language; `Words` binds them to one language and
currency. Large amounts are compact: ¥1.2M and $170k in English, ¥12.5万 and ¥3亿 in
Chinese (the way a Chinese handout writes them). Plain figures are grouped by
thousands in both languages ("2,000"), as Chinese print does.
"""

from __future__ import annotations

import datetime as dt
import re

from wxdesk.engine.money import (figure_number, format_count, format_difference, format_difference_in_full,
                                 format_money, format_money_in_full, format_money_range)
from wxdesk.engine.reasons import english_either, english_join

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def is_chinese(lang: str) -> bool:
    return lang.startswith("zh")


def _money_lang(lang: str) -> str:
    return "zh" if is_chinese(lang) else "en"


def money(amount_cny: float, currency: str, cny_per_unit: float, lang: str) -> str:
    """An amount held in CNY, in `currency` (1 unit = `cny_per_unit` CNY): ¥1.2M, $170k, ¥12.5万."""
    return format_money(amount_cny, currency, cny_per_unit, _money_lang(lang))


def money_in_full(amount_cny: float, currency: str, cny_per_unit: float, lang: str = "en") -> str:
    """An amount held in CNY, in `currency`, to the whole unit: ¥245,800, $33,856 (33,856美元 in Chinese)."""
    return format_money_in_full(amount_cny, currency, cny_per_unit, _money_lang(lang))


def difference_in_full(larger_cny: float, smaller_cny: float, currency: str, cny_per_unit: float, lang: str) -> str:
    """How much one amount held in CNY exceeds another, from the two as money_in_full writes them."""
    return format_difference_in_full(larger_cny, smaller_cny, currency, cny_per_unit, _money_lang(lang))


def difference(larger_cny: float, smaller_cny: float, currency: str, cny_per_unit: float, lang: str) -> str:
    """How much one amount held in CNY exceeds another, from the two as `currency` writes them."""
    return format_difference(larger_cny, smaller_cny, currency, cny_per_unit, _money_lang(lang))


def money_range(low_cny: float, high_cny: float, currency: str, cny_per_unit: float, lang: str) -> str:
    """"¥365k – ¥1.02M", "¥1,870 – ¥11.7k"; one amount when both ends read alike."""
    return format_money_range(low_cny, high_cny, currency, cny_per_unit, _money_lang(lang))


def count(value: float, lang: str) -> str:
    """People counts: 1.2M, or 120万 in Chinese."""
    return format_count(value, _money_lang(lang))


def share(value: float) -> str:
    """A fraction as a whole percentage: 0.375 → 38%; one that rounds to 0% or 100% without being it, "<1%" or
    ">99%" (a budget of ¥400k against a first year of ¥122M covers some of it, not "0%")."""
    written = f"{value:.0%}"
    # (By the written figure, not by 0.005: 0.005 itself is written "0%", half a percent rounded to even.)
    if 0 < value < 1 and written in ("0%", "100%"):
        return "<1%" if written == "0%" else ">99%"
    return written


MOST_DECIMALS = 6  # a value set in a box (or held by a file) is written to this many decimals at most


def decimals_for(value: float) -> int:
    """The fewest decimals (up to MOST_DECIMALS) that write `value` as it is."""
    for decimals in range(MOST_DECIMALS + 1):
        if abs(round(value, decimals) - value) <= 1e-9 * max(1.0, abs(value)):
            return decimals
    return MOST_DECIMALS


def share_as_set(value: float) -> str:
    """A share the user sets (the slider's label beside its box), with the decimals the box shows it with
    (decimals_for, as the box holds it): "12.5%" beside the box's "12.5 %", where share's whole percentage read "12%",
    "<1%" beside "0.25 %" and "100%" beside "99.995 %"."""
    percent = value * 100
    written = f"{percent:.{decimals_for(percent)}f}"
    # (Finer than six decimals it is rounded, and its trailing zeros go, as the box drops them: 90.0000001 → "90%".)
    return (written.rstrip("0").rstrip(".") if "." in written else written) + "%"


def chance(value: float) -> str:
    """A chance found by sampling, as a share (share), never "0%" or "100%": every one of the model's 1,000 samples
    agreeing is no certainty, and a client read "100%" in one plan beside ">99%" in another as two kinds of answer."""
    written = share(value)
    return {"0%": "<1%", "100%": ">99%"}.get(written, written)


def grouped(value: float, decimals: int = 0) -> str:
    """A number with thousands grouped: 12,345.5 (the same in both languages)."""
    return f"{value:,.{decimals}f}"


def figure(value: float) -> str:
    """A data-pack figure as people write it, to four significant digits: 450,000 · 0.175 · 7.2."""
    return figure_number(value)


def large(value: float, lang: str) -> str:
    """A large data-pack figure as its readers write it, to four significant digits: 949 million and
    1.414 billion in English, 9.49亿 and 14.14亿 in Chinese; 100,000 and 10万 below those."""
    steps = ((1e8, "亿"), (1e4, "万")) if is_chinese(lang) else ((1e9, " billion"), (1e6, " million"))
    for size, name in steps:
        if abs(value) >= size:
            return figure(value / size) + name
    return figure(value)


# A space after an amount or count that ends in 万 or 亿, or a date that ends in 日, before Chinese text: Chinese sets
# a space between its characters and digits, not between two characters ("30万位用户", not "30万 位用户"; "来自
# 2026年12月5日的数据包", not "5日 的": a template spaces a date as its English, "5 December 2026", ends in a digit).
# So does an amount in dollars or euros, which ends in its currency's name: "15.1万美元 时" beside "¥105万时".
_SPACE_AFTER_CHINESE_UNIT = re.compile(r"(?:(?<=\d万|\d亿|万亿|\d日)|(?<=美元|欧元)) (?=[\u4e00-\u9fff])")


def close_unit_spaces(text: str) -> str:
    """Chinese text without the space a template set after a number that ends in 万 or 亿, or a date in 日."""
    return _SPACE_AFTER_CHINESE_UNIT.sub("", text)


def date(day: dt.date, lang: str) -> str:
    """A calendar date: 5 March 2026, or 2026年3月5日."""
    if is_chinese(lang):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def join(items: list[str], lang: str) -> str:
    """A list in running text: 'a, b and c', or 'a、b和c'. Where an item holds 'and' (和) itself, the
    last one is set off: 'a, b, and c and d' (english_join), 'a、b以及c和d'."""
    if len(items) <= 1:
        return "".join(items)
    if is_chinese(lang):
        last = "以及" if any("和" in item for item in items) else "和"
        return "、".join(items[:-1]) + last + items[-1]
    return english_join(items)


def either(items: list[str], lang: str) -> str:
    """A list of which none (or any) holds: 'a, b or c', or 'a、b或c'."""
    if len(items) <= 1:
        return "".join(items)
    if is_chinese(lang):
        return "、".join(items[:-1]) + "或" + items[-1]
    return english_either(items)


def with_unit(text: str, unit: str) -> str:
    """A figure and its unit: "5 秒", "2,000 contacts"; a unit in full-width brackets carries its own
    space ("30%（占销售额）", not "30% （占销售额）")."""
    if not unit:
        return text
    return f"{text}{unit}" if unit.startswith("（") else f"{text} {unit}"
