"""Channels takes payments only for a business that sells goods: its WeChat Shop takes no booking or fee.

city_service (appointments, permits, fees) on a ¥150k budget was given Channels alone, "in the plan for taking
payments" through a WeChat Shop, with "a weak fit for serving customers".
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.fit import can_take_payments

PACK = load_datapack()
TODAY = dt.date(2026, 12, 3)


def test_a_city_service_on_a_small_budget_is_not_given_channels_to_take_its_fees():
    city = load_preset("city_service").with_changes(budget_cny=150_000)
    evaluation = evaluate(city, PACK, TODAY)
    assert "need:payments" not in evaluation.plan.roles.get("channels", ())
    assert evaluation.plan.presences != ("channels",)
    templates = [r.template for r in evaluation.presence("channels").reasons]
    assert R.PAYMENTS_SHOP_GOODS_ONLY in templates and R.PAYMENTS_SHOP not in templates


def test_channels_takes_payments_where_the_business_sells():
    city = load_preset("city_service")
    assert not can_take_payments("channels", city, PACK)
    assert can_take_payments("channels", city.with_changes(goals=["service", "sell"]), PACK)
    assert not can_take_payments("channels", city.with_changes(goals=["sell"], entity="overseas_company"), PACK)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_no_plan_has_channels_take_the_payments_of_a_business_that_sells_nothing(scenario):
    scenario = scenario.with_changes(goals=[g for g in scenario.goals if g != "sell"],
                                     needs=list(dict.fromkeys((*scenario.needs, "payments"))))
    evaluation = evaluate(scenario, PACK, TODAY)
    for plan in (evaluation.plan, *evaluation.alternatives):
        assert "need:payments" not in plan.roles.get("channels", ()), plan.presences
