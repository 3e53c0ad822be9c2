"""One style for the figures of one sentence: a count beside a count, the two ends of a range.

A hotpot chain's handout read "月活用户为 12万时按定制开发计价：本模型中租用模板只适用于月活用户不超过
20,000 的情况", and its WeCom card "平均每年 ¥1.27万（¥9,250 至 ¥1.73万）": two ways of writing numbers side by
side. The template's largest audience is written in full on purpose, wherever it stands (mp_template.template_limit:
a flip at it needs every figure, "Between 20,000 and 141,665"), so the audience beside it is written in full too, as
a flip's ends are (flips._one_style); and a range of money whose low end is written in full (under ten thousand,
"¥9,250") has its high end written so as well, to the same three significant digits ("¥17,300"), where that is
under a hundred thousand (beyond it a figure in full would read as more precise than it is).
"""

from __future__ import annotations

import re
from dataclasses import replace

from wxdesk.engine import reasons as R
from wxdesk.engine.money import dressed, three_significant
from wxdesk.engine.reasons import Count, Money, Reason

# Sentences whose audience ({users}) stands beside the template's largest audience ({limit}), written in full.
USERS_BESIDE_LIMIT = frozenset({R.MP_CUSTOM_OVER_TEMPLATE})
# A range's ends, as sentences name them.
RANGE_KEYS = (("low", "high"), ("rent_low", "rent_high"))
# A written amount in a large unit: "¥17.3k", "¥1.73万", "1.73万美元".
_IN_UNITS = re.compile(r"\d(?:k|M|B|万|亿)")
# Below this, in the reader's currency, the high end of such a range is written in full.
IN_FULL_BELOW = 100_000


class InFull(Money):
    """An amount written in full to three significant digits in the reader's currency ("¥17,300", "17,300美元"), as
    an amount under ten thousand is written anyway: the high end of a range whose low end reads so."""

    def written_in(self, currency: str, cny_per_unit: float, lang: str, in_full: bool = False) -> str:
        return dressed(three_significant(float(self) / cny_per_unit), currency, "zh" if lang.startswith("zh") else lang)


def in_one_style(reason: Reason, money: object) -> Reason:
    """`reason` with the figures that stand side by side written in one style; `money`: the reader's writer of an
    amount in yuan (Words.money), which says how each end would read. The same reason where nothing changes."""
    params = reason.params
    changed: dict[str, object] = {}
    if reason.template in USERS_BESIDE_LIMIT and isinstance(params.get("users"), Count) \
            and isinstance(params.get("limit"), int):
        changed["users"] = round(float(params["users"]))  # type: ignore[arg-type]
    for low_key, high_key in RANGE_KEYS:
        low, high = params.get(low_key), params.get(high_key)
        if type(low) is not Money or type(high) is not Money:  # (a Price is written as the appendix writes it)
            continue
        written_low, written_high = money(float(low)), money(float(high))  # type: ignore[operator]
        if not _IN_UNITS.search(written_low) and _IN_UNITS.search(written_high) and \
                _in_reader_units(written_high) < IN_FULL_BELOW:
            changed[high_key] = InFull(high)
    return replace(reason, params={**params, **changed}) if changed else reason


def _in_reader_units(written: str) -> float:
    """The amount a written "¥17.3k" or "1.73万美元" stands for, in the reader's currency."""
    match = re.search(r"(\d[\d,]*(?:\.\d+)?)(k|M|B|万|亿)?", written)
    if match is None:
        return 0.0
    factor = {"k": 1e3, "M": 1e6, "B": 1e9, "万": 1e4, "亿": 1e8}.get(match.group(2) or "", 1.0)
    return float(match.group(1).replace(",", "")) * factor
