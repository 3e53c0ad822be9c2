"""A WeChat presence beside an app brings users in through WeChat only where it does some of the plan's work.

fitness_coaching's plan was WeCom and an app: the app carried every goal, the messages and the strap's needs, and
WeCom was there as "the cheaper way in", its 70 % of the users bought at a WeChat follower's price and served by no
server, though every one of them must install the app all the same. Its first year read ¥2.40M; the app's users
cost ¥3.20M.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import CostBook, wechat_door
from wxdesk.engine.fit import fit_table, is_wechat, member_duties

PACK = load_datapack()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _idle_beside_app(members, table, scenario) -> bool:
    """An app and WeChat presences none of which carries a goal, the messages or a need."""
    duties = member_duties(members, table, scenario, PACK)
    wechat = [m for m in members if is_wechat(m)]
    return "native_app" in members and bool(wechat) and not any(duties.get(m) for m in wechat)


def _check(scenario) -> None:
    evaluation = evaluate(scenario, PACK)
    table = fit_table(scenario, PACK)
    book = CostBook(scenario, PACK.with_overrides(scenario.overrides))
    for plan in (evaluation.plan, *evaluation.alternatives):
        members = plan.presences
        duties = member_duties(members, table, scenario, PACK)
        if not _idle_beside_app(members, table, scenario) or not any(duties.values()):
            continue
        assert not wechat_door(members, table, scenario, PACK)
        # Its users come and are served as the app's alone: bought as installs, on the app's servers (the part of
        # each that grows with the users: an idle Mini Program still keeps its own fixed hosting).
        alone = book.plan(("native_app",))
        for part in ("acquisition", "servers"):
            def per_users(costs, part=part):
                return costs.part(part, scenario.audience) - costs.part(part, 0.0)
            assert per_users(book.plan(members)) == pytest.approx(per_users(alone)), part
        # No role of "the cheaper way in" for it.
        assert all(plan.role_reason(m) is None or "cheaper way in" not in str(plan.role_reason(m).template)
                   for m in members)


@pytest.mark.parametrize("preset", preset_ids())
def test_every_example(preset):
    _check(load_preset(preset))


@SETTINGS
@given(scenarios)
def test_generated_scenarios(scenario):
    _check(scenario)


def test_a_wechat_presence_that_does_some_work_beside_an_app_is_the_way_in_for_wechats_users():
    """bank_care's WeCom serves the customers by chat beside its app: the users on WeChat come and are served
    through it."""
    scenario = load_preset("bank_care")
    table = fit_table(scenario, PACK)
    members = ("wecom", "native_app")
    assert member_duties(members, table, scenario, PACK)["wecom"]
    assert wechat_door(members, table, scenario, PACK)
    assert not wechat_door(("native_app",), table, scenario, PACK) and wechat_door(("wecom",), table, scenario, PACK)


def test_fitness_coachings_app_users_cost_what_an_app_alones_do():
    scenario = load_preset("fitness_coaching")
    table = fit_table(scenario, PACK)
    assert not wechat_door(("wecom", "native_app"), table, scenario, PACK)
    ev = evaluate(scenario, PACK)
    assert ev.plan.presences == ("native_app",)
    assert ev.budget.params["cost"] == pytest.approx(ev.plan.first_year.likely)
