"""The plan's cost line gives the amount its multiple is of, so that a client can check the multiple against the
plan's first-year cost on the same page: "Less 0.2 points for its cost: 1.2 times ¥1.02M, the likely first-year cost
of the cheapest plan, Official Account + Mini Program." (¥1.19M in the first year, car_brand).

Before, car_brand's line read "1.2 times the likely first-year cost of the cheapest plan, Service Account + Official
Account", and that plan's cost was in no output: a client reviewer could not check the 1.2.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings

from tests.engine.cost_line_cases import COST_LINE_CASES
from tests.engine.scenario_strategies import scenarios
from wxdesk.batch.language import words
from wxdesk.engine import Evaluation, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.engine.fit import fit_table
from wxdesk.engine.money import yuan_as_written
from wxdesk.engine.plans import ranking

PACK = load_datapack()
TODAY = dt.date(2026, 12, 4)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMED = (R.PLAN_COST_POINTS, R.PLAN_COST_POINTS_ROUNDING)


def _half_unit(written: Decimal) -> Decimal:
    """Half the last digit an amount as written keeps (three significant digits, never finer than a yuan)."""
    if written == 0:
        return Decimal("0.5")
    return Decimal(5) * Decimal(10) ** (max(math.floor(math.log10(written)) - 2, 0) - 1)


def _check_cost_line(ev: Evaluation) -> R.Reason | None:
    """The plan's cost line, where it has one, checked: it gives its amount in both languages as the page writes
    amounts, and its multiple is the plan's first-year cost as written over that amount as written, within the
    multiple's rounding and the two amounts'."""
    lines = [r for r in ev.plan.reasons if r.template in R.PLAN_COST_LINES]
    if not lines:
        return None
    [line] = lines
    amount, times = line.params["from"], line.params["times"]
    assert isinstance(amount, R.Money)
    for lang in ("en", "zh_CN"):
        w = words(lang)
        text = w.reason(line)
        # (The multiple as sentences write a number: a multiple of 3.0 reads "3 times", "3 倍".)
        multiple = re.escape(R.number_as_written(times))
        assert w.money(float(amount)) in text and re.search(rf"(?<![\d.]){multiple}(?![\d.])", text), text
        assert "¥" in text  # (CNY, the default currency: the amount is written, not only its multiple)
    first_year, of = yuan_as_written(ev.plan.first_year.likely), yuan_as_written(float(amount))
    assert of > 0
    # What a client finds from the two amounts as written: any first year and amount that round to them.
    low = (first_year - _half_unit(first_year)) / (of + _half_unit(of))
    high = (first_year + _half_unit(first_year)) / (of - _half_unit(of))
    said = Decimal(str(times))
    half_tenth = Decimal(5) * Decimal(10) ** (int(said.as_tuple().exponent) - 1)  # (its last decimal's half)
    assert low - half_tenth - Decimal("1e-9") <= said <= high + half_tenth + Decimal("1e-9"), (
        f"{times} times {of} against a first year of {first_year}")
    return line


def _cheapest_first_year(ev: Evaluation, members: tuple[str, ...]) -> float:
    scenario = ev.scenario
    pack = PACK.with_overrides(scenario.overrides)
    ranked = ranking(fit_table(scenario, pack), scenario, pack, CostBook(scenario, pack))
    return ranked.get(members).first_year_likely


@pytest.mark.parametrize("template", list(COST_LINE_CASES), ids=["named", "from", "named_rounding", "from_rounding"])
def test_each_kind_of_cost_line_gives_its_amount(template):
    ev = evaluate(COST_LINE_CASES[template], PACK, TODAY)
    line = _check_cost_line(ev)
    assert line is not None and line.template == template
    if template in NAMED:  # the named plan's own first year is the amount
        members = tuple(line.params["cheapest"])
        assert float(line.params["from"]) == pytest.approx(_cheapest_first_year(ev, members), rel=1e-12)
    else:  # the amount a cost counts from
        assert float(line.params["from"]) == PACK.likely("cost_points_from_cny")


def test_car_brand_reads_as_the_reviewer_can_check_it():
    ev = evaluate(COST_LINE_CASES[R.PLAN_COST_POINTS], PACK, TODAY)
    line = _check_cost_line(ev)
    assert line is not None
    # Two plans cost ¥1.02M in the first year; the one named covers more, and is the one the budget's line would offer.
    assert words("en").reason(line) == ("Less 0.2 points for its cost: 1.2 times ¥1.02M, the likely first-year cost "
                                        "of the cheapest plan, Official Account (formerly Subscription Account) + "
                                        "Mini Program.")
    assert words("zh_CN").reason(line) == ("成本项扣 0.2 分：首年的预计成本是最便宜的“公众号（原订阅号）+ 小程序”方案"
                                           "（首年预计 ¥102万）的 1.2 倍。")
    assert words("en").money(ev.plan.first_year.likely) == "¥1.19M"  # 1.19 / 1.02 = 1.17: "1.2 times"


@pytest.mark.parametrize("preset", preset_ids())
def test_every_presets_cost_line_agrees_with_the_plans_first_year_as_written(preset):
    _check_cost_line(evaluate(load_preset(preset), PACK, TODAY))


@SETTINGS
@given(scenarios)
@example(COST_LINE_CASES[R.PLAN_COST_POINTS_FROM])
@example(COST_LINE_CASES[R.PLAN_COST_POINTS_ROUNDING])
@example(COST_LINE_CASES[R.PLAN_COST_POINTS_FROM_ROUNDING])
def test_the_cost_lines_amount_times_its_multiple_is_the_plans_first_year(scenario):
    _check_cost_line(evaluate(scenario, PACK, TODAY))
