"""A business's own staff are never reached through bought ads.

Paid reach is ads shown to WeChat users (Moments); staff are messaged through WeCom or the business's app, or a plan
without either covers "messaging staff" at 0, as its fit says. factory_staff's plans were told apart by "pays for 20
of them a month as paid reach against 0 there", ads bought to reach its own workers.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R

PACK = load_datapack()
REACH = (R.WHY_CHEAPER_REACH, R.WHY_DEARER_REACH, R.WHY_DEARER_REACH_THAN, R.NOT_IN_PLAN_SWAP_REACH,
         R.NOT_IN_PLAN_SWAP_REACH_MORE)


def _check(scenario) -> None:
    evaluation = evaluate(scenario, PACK)
    assert evaluation.paid_messages_per_month == 0
    for plan in (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values()):
        assert plan.breakdown["reach"] == 0, plan.presences
        assert not any(r.template in REACH for r in plan.why_not)
    assert not any(r.template in REACH for p in evaluation.presences for r in p.reasons)


def test_factory_staffs_plans_buy_no_ads_to_reach_its_workers():
    _check(load_preset("factory_staff"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios, st.floats(1, 200))
def test_no_staff_scenario_buys_paid_reach(scenario, messages):
    _check(scenario.with_changes(goals=["employees"], pushes_per_month=messages))


def test_customers_still_are_reached_with_paid_reach_beyond_free_messages():
    """The same messages to customers: a plan that sends fewer of them free buys the rest (the rule is the staff's)."""
    customers = load_preset("factory_staff").with_changes(goals=["news", "service"], pushes_per_month=8)
    evaluation = evaluate(customers, PACK)
    plans = (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values())
    assert any(plan.breakdown["reach"] > 0 for plan in plans)
