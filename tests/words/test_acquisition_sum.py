"""The cost split's user acquisition can be rebuilt from the sentence under it, as printed.

A hotpot chain's handout gave "User acquisition ¥1.46M" (¥672k of its ¥898k first year) and explained it only as "30%
of your users are won through ads": 120,000 × 98% × 30% × ¥7.83 is ¥276k. The sentence now gives the users won at the
start, those won again each year (the appendix's 1.433 for each user kept) and the price of one, with the amounts they
come to; here each printed figure is taken at its printed rounding (an interval) and multiplied out, and the product
must hold the amount printed beside it, the last of which is the cost key's own figure.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.fit import staff_only
from wxdesk.engine.scenario import Scenario
from wxdesk.report import assumptions
from wxdesk.words import Words
from wxdesk.words.acquisition import acquisition_sentence, on_their_own, quoted_prices
from wxdesk.words.figure_text import quoted_averages

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
MONEY = r"[¥$€]?\d[\d,]*(?:\.\d+)?(?:万|亿|k|M)?(?:美元|欧元)?"
NUMBER = r"\d[\d,]*(?:\.\d+)?"

# The reviewer's two scenarios of the kind (a hotpot chain on WeChat; a watch brand with a third of its users there).
HOTPOT = {"name": "Chengdu hotpot chain", "budget_cny": 800000, "interaction_minutes": 4, "audience": 120000,
          "china_share": 0.98, "pushes_per_month": 8, "goals": ("sell", "relationship", "service", "video"),
          "needs": ("payments",), "horizon_years": 3, "entity": "company", "paid_share": 0.3}
WATCH = {"name": "Swiss watch brand", "budget_cny": 250000, "interaction_minutes": 6, "audience": 8000,
         "china_share": 0.35, "pushes_per_month": 2, "goals": ("news", "relationship", "sell"), "needs": ("payments",),
         "horizon_years": 2, "entity": "overseas_company", "paid_share": 0.5}

PATTERNS = {
    "en": {
        "lead": rf"assumes (?P<share>{NUMBER})% of (?:the (?P<reached>{NUMBER}) users the plan reaches|your users) are "
                rf"won through ads: (?P<start>{NUMBER}) at the start and (?P<again>{NUMBER}) a year to win back those "
                rf"who leave \((?P<rate>{NUMBER}) a year for each user kept\)",
        "price": rf"at (?P<price>{MONEY}) on average",
        "mixed": rf"\((?P<wshare>{NUMBER})% through WeChat ads at (?P<wechat>{MONEY})",
        "install": rf"(?P<install>{MONEY}) an install, divided by the (?P<conversion>{NUMBER})% who install from the "
                   rf"store page and the (?P<opened>{NUMBER})% who open it",
        "years": rf"— (?P<first>{MONEY}) in the first year and (?P<later>{MONEY}) in each later year, "
                 rf"(?P<total>{MONEY}) over (?P<years>\d+) years\.",
        "year": rf"— (?P<first>{MONEY}) in the year\.",
    },
    "zh_CN": {
        "lead": rf"获客成本假设(?:方案覆盖的 (?P<reached>{NUMBER}) 名用户中有 (?P<share>{NUMBER})% "
                rf"| (?P<share_all>{NUMBER})% 的用户)来自广告投放：起步时 (?P<start>{NUMBER}) 人，"
                rf"此后每年再获取 (?P<again>{NUMBER}) 人以补回流失的用户（每保持一名用户每年 (?P<rate>{NUMBER}) 人）",
        "price": rf"平均每人 (?P<price>{MONEY})",
        "mixed": rf"（(?P<wshare>{NUMBER})% 通过微信广告获取，每人 (?P<wechat>{MONEY})",
        "install": rf"每次安装 (?P<install>{MONEY})，除以在应用商店页面完成安装的 (?P<conversion>{NUMBER})% "
                   rf"和安装后打开的 (?P<opened>{NUMBER})%",
        "years": rf"——首年 (?P<first>{MONEY})，此后每年 (?P<later>{MONEY})，(?P<years>\d+) 年共 (?P<total>{MONEY})。",
        "year": rf"——这一年共 (?P<first>{MONEY})。",
    },
}


class Printed:
    """A printed figure as the interval of values that print so: "¥672k" is ¥671,500 to ¥672,500, "1.433" 1.4325 to
    1.4335. An amount of money is written to three significant digits, so "¥3,810" is ¥3,805 to ¥3,815."""

    def __init__(self, text: str, money: bool = False, percent: bool = False):
        match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
        assert match, text
        digits = match.group().replace(",", "")
        scale = Decimal(1)
        for mark, factor in (("万", 10 ** 4), ("亿", 10 ** 8), ("k", 10 ** 3), ("M", 10 ** 6)):
            if mark in text[match.end():match.end() + 1]:
                scale = Decimal(factor)
        value = Decimal(digits) * scale
        step = Decimal(1).scaleb(Decimal(digits).as_tuple().exponent) * scale
        if money and value >= 100:  # (three significant digits: a written 0 may be a rounded one)
            step = max(step, Decimal(1).scaleb(math.floor(math.log10(value)) - 2))
        if percent:
            value, step = value / 100, step / 100
        self.low, self.high = float(value - step / 2), float(value + step / 2)
        self.text = text

    def __mul__(self, other: Printed | float) -> tuple[float, float]:
        low, high = (other.low, other.high) if isinstance(other, Printed) else (other, other)
        ends = [a * b for a in (self.low, self.high) for b in (low, high)]
        return min(ends), max(ends)

    def holds(self, interval: tuple[float, float]) -> bool:
        """Whether some value this prints as lies in `interval` (the two overlap)."""
        return interval[0] <= self.high and self.low <= interval[1]


def _words(lang: str, currency: str) -> Words:
    return Words.make(lang, currency, PACK, translate_function(lang))


_EVALUATIONS: dict[str, object] = {}


def _evaluation(name: str, **changes):
    key = f"{name}{sorted(changes.items())}"
    if key not in _EVALUATIONS:
        if name == "hotpot":
            scenario = Scenario(**HOTPOT)
        elif name == "watch":
            scenario = Scenario(**WATCH)
        else:
            scenario = load_preset(name)
        _EVALUATIONS[key] = evaluate(scenario.with_changes(**changes) if changes else scenario, PACK, TODAY)
    return _EVALUATIONS[key]


def _check(evaluation, lang: str, currency: str) -> str:
    """The sentence of the evaluation's plan, each of its sums rebuilt from the figures as printed."""
    sc, plan = evaluation.scenario, evaluation.plan
    w = _words(lang, currency)
    used = PACK.with_overrides(sc.overrides)
    text = acquisition_sentence(plan, sc, used, w, staff_only(sc))
    patterns = PATTERNS[lang]
    found = {}
    for part in ("lead", "price"):
        match = re.search(patterns[part], text)
        assert match, (part, text)
        found.update({k: v for k, v in match.groupdict().items() if v is not None})
    years = sc.horizon_years
    amounts = re.search(patterns["years" if years > 1 else "year"], text)
    assert amounts, text
    found.update({k: v for k, v in amounts.groupdict().items() if v is not None})
    share = Printed(found.get("share") or found["share_all"], percent=True)
    start, again, rate = Printed(found["start"]), Printed(found["again"]), Printed(found["rate"])
    price, first = Printed(found["price"], money=True), Printed(found["first"], money=True)
    # The paid share of the users reached, and those won again each year for each user kept.
    assert start.holds(share * Printed(found["reached"]) if "reached" in found else share * sc.audience), text
    assert again.holds(start * rate), text
    # The users each year at the price.
    paid_first = (start.low + again.low, start.high + again.high)
    assert first.holds((paid_first[0] * price.low, paid_first[1] * price.high)), text
    if years > 1:
        later, total = Printed(found["later"], money=True), Printed(found["total"], money=True)
        assert later.holds(again * price), text
        assert total.holds((first.low + (years - 1) * later.low, first.high + (years - 1) * later.high)), text
        assert int(found["years"]) == years
    else:
        total = first
    # The last amount is the cost key's own, as the key prints it.
    assert total.text == w.money(plan.breakdown["acquisition"]), text
    # A price with an app in the plan: an install divided by the two shares (and the WeChat share at its own price).
    install = re.search(patterns["install"], text)
    mixed = re.search(patterns["mixed"], text)
    if install:
        per_install = Printed(install["install"], money=True)
        kept = Printed(install["conversion"], percent=True) * Printed(install["opened"], percent=True)
        app = (per_install.low / kept[1], per_install.high / kept[0])
        if mixed:
            wshare, wechat = Printed(mixed["wshare"], percent=True), Printed(mixed["wechat"], money=True)
            low = wshare.low * wechat.low + (1 - wshare.high) * app[0]
            high = wshare.high * wechat.high + (1 - wshare.low) * app[1]
            assert price.holds((min(low, high), max(low, high))), text
        else:
            assert price.holds(app), text
    else:
        # Every user won through WeChat: the price is the appendix's figure, written as its row writes its average.
        assert "native_app" not in plan.presences or not mixed
        quoted = quoted_averages((), w, quoted_prices(plan, sc, used))
        assert quoted.get("mp_cost_per_user_cny") == found["price"], (quoted, text)
        rows = [row for group in assumptions.groups(used, w, quoted=quoted) for row in group.rows
                if row[0] == w.label(used.figures["mp_cost_per_user_cny"])]
        assert rows and found["price"] in rows[0][1], rows
    return text


PAID = [p for p in preset_ids() if load_preset(p).paid_share > 0]


@pytest.mark.parametrize("currency", ["CNY", "USD", "EUR"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("name", [*PAID, "hotpot", "watch"])
def test_the_acquisition_sentence_multiplies_out_to_the_cost_key(name, lang, currency):
    _check(_evaluation(name), lang, currency)


def test_the_presets_hold_each_kind_of_price():
    """The parametrized test above meets a plan won through WeChat and one won as app installs."""
    members = [_evaluation(name).plan.presences for name in PAID]
    assert any("native_app" in m for m in members) and any("native_app" not in m for m in members)


def test_the_hotpot_chains_sum_as_the_reviewer_would_make_it():
    text = _check(_evaluation("hotpot"), "en", "CNY")
    assert ("30% of the 117,600 users the plan reaches are won through ads: 35,280 at the start and 50,568 a year to "
            "win back those who leave (1.433 a year for each user kept), each won through WeChat ads at ¥7.833 on "
            "average — ¥672k in the first year and ¥396k in each later year, ¥1.46M over 3 years.") in text


@settings(max_examples=25, deadline=None)
@given(st.integers(200, 3_000_000), st.sampled_from([0.01, 0.05, 0.1, 0.25, 0.3, 0.5, 1.0]),
       st.sampled_from([0.35, 0.7, 0.98, 1.0]), st.sampled_from(["en", "zh_CN"]), st.sampled_from(["CNY", "USD"]),
       st.sampled_from(["food_ordering", "fitness_coaching", "car_brand"]), st.integers(1, 5))
def test_any_audience_share_and_horizon_multiplies_out(audience, paid, china, lang, currency, preset, years):
    evaluation = evaluate(load_preset(preset).with_changes(audience=audience, paid_share=paid, china_share=china,
                                                           horizon_years=years), PACK, TODAY)
    if evaluation.plan.breakdown.get("acquisition", 0.0) > 0:
        _check(evaluation, lang, currency)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_without_ads_or_with_staff_the_sentence_says_so(lang):
    w = _words(lang, "CNY")
    staff = _evaluation("factory_staff")
    assert acquisition_sentence(staff.plan, staff.scenario, PACK, w, True) == w.translate(
        "Report", "Your users are your own staff: none is won through ads, so the plans hold no user acquisition.")
    none = _evaluation("yoga_teacher", paid_share=0.0)
    assert acquisition_sentence(none.plan, none.scenario, PACK, w, False) == w.translate(
        "Report", "No user is won through ads: all come on their own ({sources}), so the plans hold no user "
                  "acquisition.").format(sources=on_their_own(none.plan, w))
