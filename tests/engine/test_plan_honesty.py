"""What the plan says of its members and of the plans beside it is true of the engine's own figures.

A review found fitness_coaching's WeCom "in the plan, beside presences that carry each goal
better", and its next best "covers less of what you want" although it covered exactly as
much: what set them apart was the cost of bought users, which a WeChat door lowers.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import bought_user_cost

PACK = load_datapack()


def _check(scenario) -> None:
    ev = evaluate(scenario, PACK)
    for alt in ev.alternatives:
        for reason in alt.why_not:
            if reason.template == R.WHY_NOT_FEWER:  # "Without X it covers less": only where it does
                assert alt.coverage < ev.plan.coverage - 0.05, (alt.presences, alt.coverage, ev.plan.coverage)
    for member in ev.plan.presences:
        role = ev.plan.role_reason(member)
        if role.template == R.IN_PLAN_WECHAT_DOOR:
            # Its only WeChat presence, beside an app, and bought users do come cheaper through it.
            assert "native_app" in ev.plan.presences and not ev.plan.roles.get(member)
            with_it = bought_user_cost(True, True, scenario, PACK.likely)
            without = bought_user_cost(True, False, scenario, PACK.likely)
            assert with_it < without and scenario.paid_share > 0


@pytest.mark.parametrize("preset", preset_ids())
def test_every_example_says_only_what_its_figures_show(preset):
    _check(load_preset(preset))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_generated_scenarios_say_only_what_their_figures_show(scenario):
    _check(scenario)


def test_fitness_coachings_wecom_says_why_it_is_in_the_plan():
    ev = evaluate(load_preset("fitness_coaching"), PACK)
    assert ev.plan.presences == ("wecom", "native_app")
    assert ev.plan.role_reason("wecom").template == R.IN_PLAN_WECHAT_DOOR
    assert not any(r.template == R.WHY_NOT_FEWER for alt in ev.alternatives for r in alt.why_not)
