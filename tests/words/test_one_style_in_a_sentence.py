"""The figures side by side in one sentence are written one way: a count beside a count, a range's two ends.

A hotpot chain's handout read "月活用户为 12万时…只适用于月活用户不超过 20,000 的情况" (the template's limit is
written in full everywhere, by design: mp_template.template_limit) and "¥1.27万（¥9,250 至 ¥1.73万）".
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Money, Reason
from wxdesk.engine.scenario import Scenario
from wxdesk.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
HOTPOT = {"name": "Chengdu hotpot chain", "budget_cny": 800000, "interaction_minutes": 4, "audience": 120000,
          "china_share": 0.98, "pushes_per_month": 8, "goals": ("sell", "relationship", "service", "video"),
          "needs": ("payments",), "horizon_years": 3, "entity": "company", "paid_share": 0.3}
IN_UNITS = re.compile(r"\d(?:k|M|B|万|亿)")


def _words(lang: str, currency: str = "CNY") -> Words:
    return Words.make(lang, currency, PACK, translate_function(lang))


@pytest.mark.parametrize("lang, said", [
    ("en", ("With 120,000 monthly users it is priced as a custom build: a rented template is priced here for up to "
            "20,000 monthly users")),
    ("zh_CN", "月活用户为 120,000 时按定制开发计价：本模型中租用模板只适用于月活用户不超过 20,000 的情况"),
])
def test_the_audience_beside_the_template_limit_is_written_in_full_as_the_limit_is(lang, said):
    evaluation = evaluate(Scenario(**HOTPOT), PACK, TODAY)
    [line] = [r for r in evaluation.presence("mini_program").reasons if r.template == R.MP_CUSTOM_OVER_TEMPLATE]
    assert said in _words(lang).reason(line)


# (The average is one figure with its range, written in one style with it: "¥1.27万（¥9,250 至 ¥17,300）" no longer.)
@pytest.mark.parametrize("lang, said", [("en", "¥12,700 a year on average for your audience (¥9,250 to ¥17,300)"),
                                        ("zh_CN", "平均每年 ¥12,700（¥9,250 至 ¥17,300）")])
def test_the_wecom_fee_range_reads_one_way(lang, said):
    evaluation = evaluate(Scenario(**HOTPOT), PACK, TODAY)
    [line] = [r for r in evaluation.presence("wecom").reasons if r.template == R.WECOM_CONTACT_FEE]
    assert said in _words(lang).reason(line)


@settings(max_examples=300, deadline=None)
@given(st.floats(1000, 5e6), st.floats(1.01, 50), st.sampled_from(["en", "zh_CN"]),
       st.sampled_from(["CNY", "USD", "EUR"]))
def test_a_ranges_two_ends_are_written_in_one_style(low, times, lang, currency):
    """Both ends in full, or both in a large unit, wherever the high end written in full would be under 100,000."""
    w = _words(lang, currency)
    reason = Reason(R.WECOM_CONTACT_FEE, {"free": 2000, "average": Money(low * 1.2), "low": Money(low),
                                          "high": Money(low * times)})
    text = w.reason(reason)
    inside = re.search(r"[(（](.+)[)）]", text).group(1)
    ends = re.split(r" to | ?至 ", inside)
    assert len(ends) == 2, text
    units = [bool(IN_UNITS.search(end)) for end in ends]
    high = low * times / w.cny_per_unit
    if units[0] != units[1]:
        assert high >= 99_950, text  # (only a high end beyond what a figure in full would be written to)
    # Either way each end reads as the amount to three significant digits.
    value = float(re.search(r"\d[\d,]*(?:\.\d+)?", ends[1]).group().replace(",", ""))
    scale = {"k": 1e3, "M": 1e6, "万": 1e4, "亿": 1e8}.get((IN_UNITS.search(ends[1]) or [""])[0][-1:], 1)
    assert value * scale == pytest.approx(high, rel=0.006, abs=0.006), text

