"""One style for the figures of one sentence: a count beside a count, a likely amount and its range.

A hotpot chain's handout read "月活用户为 12万时按定制开发计价：本模型中租用模板只适用于月活用户不超过
20,000 的情况", and its WeCom card "平均每年 ¥1.27万（¥9,250 至 ¥1.73万）": two ways of writing numbers side by
side. The template's largest audience is written in full on purpose, wherever it stands (mp_template.template_limit:
a flip at it needs every figure, "Between 20,000 and 141,665"), so the audience beside it is written in full too, as
a flip's ends are (flips._one_style).

The rule for money (in_full_alike): a likely amount (or an average) and its range are one figure, written in one style.
Where any of its amounts is written in full (under ten thousand, "¥9,250", or with cents, "$1.55"), each of the others
under a hundred thousand in the reader's currency is written in full too, to the same three significant digits as its
short form ("¥11.7k" → "¥11,700", "1.27万美元" → "12,700美元"): the yoga teacher's card read "¥6,060 over 2 years
(¥1,870 – ¥11.7k)". Beyond a hundred thousand the short form stays, since a figure in full would read as more precise
than it is. Every view that writes a likely amount beside its range (Words.money_band) or a range alone
(Words.money_range) or a sentence's range (in_one_style) keeps to it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from wxdesk.engine import reasons as R
from wxdesk.engine.money import format_money
from wxdesk.engine.reasons import Count, Money, Reason

# Sentences whose audience ({users}) stands beside the template's largest audience ({limit}), written in full.
USERS_BESIDE_LIMIT = frozenset({R.MP_CUSTOM_OVER_TEMPLATE})
# The amounts of one figure, as sentences name them: a range's ends and the average they stand beside.
FIGURE_KEYS = (("average", "low", "high"), ("rent_low", "rent_high"))
# A written amount in a large unit: "¥17.3k", "¥1.73万", "1.73万美元"; its digits and unit.
_IN_UNITS = re.compile(r"(\d[\d,]*(?:\.\d+)?)(k|M|B|万|亿)")
_UNIT_POWERS = {"k": 3, "万": 4, "M": 6, "亿": 8, "B": 9}
# Below this, in the reader's currency, an amount beside one written in full is written in full as well.
IN_FULL_BELOW = 100_000


def in_full_alike(written: Sequence[str]) -> tuple[str, ...]:
    """The amounts of one figure (a likely amount and its range's ends, as Words.money writes each) in one style: where
    any is written in full, each other under IN_FULL_BELOW written in full as well (written_in_full)."""
    if not any(_in_full(text) for text in written):
        return tuple(written)
    return tuple(written_in_full(text) if _IN_UNITS.search(text) and _in_reader_units(text) < IN_FULL_BELOW else text
                 for text in written)


def _in_full(text: str) -> bool:
    """Whether a written amount is in full: digits and no large unit ("—", an amount no number writes, is not)."""
    return any(ch.isdigit() for ch in text) and not _IN_UNITS.search(text)


def written_in_full(text: str) -> str:
    """A written amount in a large unit with its number in full, the same digits: "¥11.7k" → "¥11,700", "¥1.73万" →
    "¥17,300", "1.73万美元" → "17,300美元". (From the digits as written, so that the two never round apart.)"""
    match = _IN_UNITS.search(text)
    if match is None:
        return text
    whole, _, fraction = match.group(1).replace(",", "").partition(".")
    number = int(whole + fraction) * 10 ** (_UNIT_POWERS[match.group(2)] - len(fraction))
    return f"{text[:match.start()]}{number:,}{text[match.end():]}"


class InFull(Money):
    """An amount written in full, with the digits of its short form in the reader's currency ("¥17,300",
    "17,300美元"): one of a figure whose other amounts are written in full (in_full_alike)."""

    def written_in(self, currency: str, cny_per_unit: float, lang: str, in_full: bool = False) -> str:
        money_lang = "zh" if lang.startswith("zh") else "en"
        return written_in_full(format_money(float(self), currency, cny_per_unit, money_lang))


def in_one_style(reason: Reason, money: Callable[[float], str]) -> Reason:
    """`reason` with the figures that stand side by side written in one style; `money`: the reader's writer of an
    amount in yuan (Words.money), which says how each amount would read. The same reason where nothing changes."""
    params = reason.params
    changed: dict[str, object] = {}
    if reason.template in USERS_BESIDE_LIMIT and isinstance(params.get("users"), Count) \
            and isinstance(params.get("limit"), int):
        changed["users"] = round(float(params["users"]))  # type: ignore[arg-type]
    for keys in FIGURE_KEYS:
        # (Only plain amounts: a Price is written as the appendix writes it.)
        amounts = {key: params[key] for key in keys if type(params.get(key)) is Money}
        if len(amounts) < 2:
            continue
        written = [money(float(value)) for value in amounts.values()]  # type: ignore[arg-type]
        for key, before, after in zip(amounts, written, in_full_alike(written)):
            if after != before:
                changed[key] = InFull(amounts[key])  # type: ignore[arg-type]
    return replace(reason, params={**params, **changed}) if changed else reason


def _in_reader_units(written: str) -> float:
    """The amount a written "¥17.3k" or "1.73万美元" (one in a large unit: in_full_alike) stands for, in the reader's
    currency."""
    match = _IN_UNITS.search(written)
    if match is None:
        return 0.0
    return float(match.group(1).replace(",", "")) * 10.0 ** _UNIT_POWERS[match.group(2)]
