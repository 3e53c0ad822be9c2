"""The budget's points under the plan's score can be rebuilt from the figures printed beside them.

A hotpot chain's handout read "Less 3.2 points because the budget covers only 89%"; the appendix's 20 points a doubling
make 20 × log2(¥898k / ¥800k) = 3.3. Below the cheapest plan's first year (¥885k, Official Account + Mini Program) the
points grow in a straight line, which the line did not say. The sentence after it now names the amount and the plan,
and here its figures as printed, each an interval of the values that print so, must make the line's points.
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
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.evaluator import ranked_plans
from wxdesk.engine.plans import plan_sets
from wxdesk.engine.scenario import Scenario
from wxdesk.report.answer import build_answer
from wxdesk.words import Words
from wxdesk.words.budget_points import budget_points_note
from wxdesk.words.summary import summary_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
MONEY = r"[¥$€]?\d[\d,]*(?:\.\d+)?(?:万|亿|k|M)?(?:美元|欧元)?"
HOTPOT = {"name": "Chengdu hotpot chain", "budget_cny": 800000, "interaction_minutes": 4, "audience": 120000,
          "china_share": 0.98, "pushes_per_month": 8, "goals": ("sell", "relationship", "service", "video"),
          "needs": ("payments",), "horizon_years": 3, "entity": "company", "paid_share": 0.3}
KINDERGARTEN = {"name": "Bilingual kindergarten", "budget_cny": 120000, "interaction_minutes": 10, "audience": 1500,
                "china_share": 1.0, "pushes_per_month": 12, "goals": ("news", "service", "relationship"), "needs": (),
                "horizon_years": 5, "entity": "company", "paid_share": 0.1}
# (Each note opens with the appendix's words for the rule, budget_penalty_points: test_budget_rule_said.py.)
PATTERNS = {
    "en": (rf"The points: (?P<per>\d+) each time its likely first-year cost doubles beyond the budget, counted from "
           rf"(?P<floor>{MONEY}), the likely first-year cost of the cheapest plan, (?P<cheapest>.+), up to the plan's "
           rf"(?P<cost>{MONEY}); below (?P=floor), each (?P<step>{MONEY}) \((?P<ln2>[\d.]+)% of (?P=floor)\) the "
           rf"budget falls short counts as one doubling\."),
    "zh_CN": (rf"扣分方式：首年预计成本每超出预算一倍扣 (?P<per>\d+) 分，从最便宜的“(?P<cheapest>.+)”方案的"
              rf"首年预计成本 (?P<floor>{MONEY}) ?起算，直到本方案的 (?P<cost>{MONEY})；预算低于 (?P=floor) ?时，"
              rf"每少 (?P<step>{MONEY})（(?P=floor) ?的 (?P<ln2>[\d.]+)%）计为超出一倍。"),
}
# Where the plan is itself the cheapest: no doublings above it.
CHEAPEST = {
    "en": (rf"The points: (?P<per>\d+) each time its likely first-year cost doubles beyond the budget, where below the "
           rf"plan's (?P<cost>{MONEY}), the least first-year cost of any plan, each (?P<step>{MONEY}) "
           rf"\((?P<ln2>[\d.]+)% of (?P=cost)\) the budget falls short counts as one doubling\."),
    "zh_CN": (rf"扣分方式：首年预计成本每超出预算一倍扣 (?P<per>\d+) 分；本方案的首年预计成本 (?P<cost>{MONEY}) ?是所有"
              rf"方案中最低的，预算低于它时，每少 (?P<step>{MONEY})（(?P=cost) ?的 (?P<ln2>[\d.]+)%）计为超出一倍。"),
}


def _interval(text: str, money: bool = True) -> tuple[float, float]:
    """The values that print as `text`: an amount to three significant digits, a number to its last digit."""
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    digits = match.group().replace(",", "")
    scale = Decimal(1)
    for mark, factor in (("万", 10 ** 4), ("亿", 10 ** 8), ("k", 10 ** 3), ("M", 10 ** 6)):
        if text[match.end():match.end() + 1] == mark:
            scale = Decimal(factor)
    value = Decimal(digits) * scale
    step = Decimal(1).scaleb(Decimal(digits).as_tuple().exponent) * scale
    if money and value >= 100:
        step = max(step, Decimal(1).scaleb(math.floor(math.log10(value)) - 2))
    return float(value - step / 2), float(value + step / 2)


def _words(lang: str, currency: str = "CNY") -> Words:
    return Words.make(lang, currency, PACK, translate_function(lang))


def _rebuilt(evaluation, lang: str, currency: str) -> str:
    """The note's points, rebuilt from its printed figures and the printed budget, against the line's printed points."""
    w = _words(lang, currency)
    note = budget_points_note(evaluation, PACK, w)
    found = re.search(PATTERNS[lang], note) or re.search(CHEAPEST[lang], note)
    assert found, note
    named = found.groupdict().get("cheapest")
    line = next(r for r in evaluation.plan.reasons if r.template in R.PLAN_BUDGET_LINES)
    points = _interval(w.reason(line).split("扣")[-1] if lang != "en" else
                       re.search(r"Less ([\d.]+) points", w.reason(line)).group(1), money=False)
    per = float(found["per"])
    floor, cost, step = (_interval(found[k]) for k in ("floor" if named else "cost", "cost", "step"))
    budget = _interval(w.money(evaluation.scenario.budget_cny))
    # The cost is the plan's first year as its cards print it, and the amount counted from the cheapest plan's.
    likely = evaluation.plan.first_year.likely
    assert found["cost"] in (w.money(likely), w.money_in_full(likely))
    # Step: 69.3% of the amount, within their printing.
    share = float(found["ln2"]) / 100
    assert step[0] <= floor[1] * (share + 0.0005) and floor[0] * (share - 0.0005) <= step[1], note
    low = per * (math.log2(cost[0] / floor[1]) + max(0.0, floor[0] - budget[1]) / step[1])
    high = per * (math.log2(cost[1] / floor[0]) + (floor[1] - budget[0]) / step[0])
    assert low <= points[1] and points[0] <= high, (low, high, points, note)
    # The plan named is one the ranking prices at that amount: where it stands beside the plan, as its card prints it.
    for alternative in evaluation.alternatives:
        if named and w.plan(alternative.presences) == named:
            assert w.money(alternative.first_year.likely) == found["floor"] or "," in found["floor"]
    return note


@pytest.mark.parametrize("currency", ["CNY", "USD"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("scenario", [HOTPOT, KINDERGARTEN])
def test_the_reviewers_scenarios_rebuild_their_budget_points(scenario, lang, currency):
    _rebuilt(evaluate(Scenario(**scenario), PACK, TODAY), lang, currency)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_amounts_that_read_alike_are_written_in_full(lang):
    """food_ordering at ¥25k: its plan (¥246,033) is ¥300 dearer than the cheapest (¥245,733), which read "from ¥246k
    … up to the plan's ¥246k"."""
    evaluation = evaluate(load_preset("food_ordering").with_changes(budget_cny=25000), PACK, TODAY)
    note = _rebuilt(evaluation, lang, "CNY")
    assert "¥245,733" in note and "¥246,033" in note


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_cheapest_plan_counts_no_doublings(lang):
    evaluation = evaluate(load_preset("cross_border_skincare").with_changes(budget_cny=25000), PACK, TODAY)
    note = _rebuilt(evaluation, lang, "CNY")
    assert re.search(CHEAPEST[lang], note), note


def test_the_hotpot_chains_line_names_the_cheapest_plan():
    evaluation, w = evaluate(Scenario(**HOTPOT), PACK, TODAY), _words("en")
    note = _rebuilt(evaluation, "en", "CNY")
    assert note == ("The points: 20 each time its likely first-year cost doubles beyond the budget, counted from "
                    "¥885k, the likely first-year cost of the cheapest plan, Official Account (formerly Subscription "
                    "Account) + Mini Program, up to the plan's ¥898k; below ¥885k, each ¥614k (69.3% of ¥885k) the "
                    "budget falls short counts as one doubling.")
    # Beside its line on the handout (and the long image, from the same answer) and in the text summary.
    lines = build_answer(evaluation, PACK, w, {}).score_lines
    assert any(line.startswith("Less 3.2 points because the budget covers only 89%") and line.endswith(note)
               for line in lines), lines
    assert " ".join(note.split()) in " ".join(summary_text(evaluation, PACK, w).split())


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(["car_brand", "food_ordering", "news_publisher", "bank_care", "cross_border_skincare"]),
       st.floats(0.05, 0.99), st.sampled_from(["en", "zh_CN"]))
def test_any_budget_below_every_plan_rebuilds_its_points(preset, fraction, lang):
    """A budget below every plan's first year: the note is said, and its figures make the line's points."""
    scenario = load_preset(preset)
    least = min(c.first_year_likely for c in ranked_plans(scenario, PACK, *plan_sets(scenario, PACK).sets)
                if c is not None)
    evaluation = evaluate(scenario.with_changes(budget_cny=round(least * fraction)), PACK, TODAY)
    if evaluation.plan.first_year.likely < PACK.likely("budget_doublings_from_cny"):
        return
    if any(r.template in R.PLAN_BUDGET_LINES for r in evaluation.plan.reasons):
        _rebuilt(evaluation, lang, "CNY")


def test_where_a_plan_fits_the_budget_the_note_counts_doublings_from_the_budget():
    """car_brand's budget covers its plan: no line, no note. The hotpot chain's at ¥890k, which its cheapest plan fits
    (¥885k) and the plan does not (¥898k): the doublings count from the budget itself, as the appendix says; the line
    read "Less 0.3 points … covers only 99%" with no rule, and now gives the doublings that make them."""
    assert budget_points_note(evaluate(load_preset("car_brand"), PACK, TODAY), PACK, _words("en")) == ""
    evaluation = evaluate(Scenario(**{**HOTPOT, "budget_cny": 890000}), PACK, TODAY)
    assert not evaluation.plan.within_budget
    assert any(r.template in R.PLAN_BUDGET_LINES for r in evaluation.plan.reasons)
    assert budget_points_note(evaluation, PACK, _words("en")) == (
        "The points: 20 each time its likely first-year cost doubles beyond the budget; from the budget of ¥890k to "
        "the plan's ¥898k, 0.0127 doublings.")
