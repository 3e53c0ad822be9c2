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

from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import INSTALL_DUTIES, CostBook, bought_user_cost, wechat_door
from wxdesk.engine.draws import AVERAGE_ONLY
from wxdesk.engine.duties import member_duties
from wxdesk.engine.fit import fit_table, is_wechat

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


def _install(scenario) -> float:
    opened = PACK.likely("install_conversion") * PACK.likely("first_open_rate")
    return PACK.likely("app_cost_per_install_cny") / opened


def _serving_app_check(scenario) -> None:
    """Where the plan's app serves customers, sells or takes payments, its users won through ads are priced as
    installs and served by the app, whatever WeChat presence stands beside it: each must install the app to get
    what the ad promised."""
    table = fit_table(scenario, PACK)
    book = CostBook(scenario, PACK.with_overrides(scenario.overrides))
    alone = book.plan(("native_app",))
    evaluation = evaluate(scenario, PACK)
    for plan in (evaluation.plan, *evaluation.alternatives):
        members = plan.presences
        if "native_app" not in members or not set(member_duties(members, table, scenario, PACK)["native_app"]) \
                & set(INSTALL_DUTIES):
            continue
        assert not wechat_door(members, table, scenario, PACK)
        for part in ("acquisition", "servers"):
            def per_users(costs, part=part):
                return costs.part(part, scenario.audience) - costs.part(part, 0.0)
            assert per_users(book.plan(members)) == pytest.approx(per_users(alone)), (members, part)


@pytest.mark.parametrize("preset", preset_ids())
def test_every_examples_serving_app_prices_its_users_as_installs(preset):
    _serving_app_check(load_preset(preset))


@SETTINGS
@given(scenarios)
def test_where_the_plans_app_serves_sells_or_takes_payments_its_ad_won_users_are_installs(scenario):
    _serving_app_check(scenario)


def test_bank_cares_ad_won_users_install_its_app():
    """bank_care's app serves the customers and takes their payments; its WeCom keeps the advisers' 1:1 contact and
    the staff. Its users won through ads were priced as WeChat followers (¥3, not an install's ¥9): ¥4.40M of
    acquisition in a plan of ¥7.44M, which made it cheaper than the app alone (¥11.9M), whose card said so."""
    scenario = load_preset("bank_care")
    table = fit_table(scenario, PACK)
    members = ("wecom", "native_app")
    duties = member_duties(members, table, scenario, PACK)
    assert set(duties["wecom"]) == {"goal:employees", "goal:relationship"}
    assert {"goal:service", "need:payments"} <= set(duties["native_app"])
    assert not wechat_door(members, table, scenario, PACK)
    assert not wechat_door(("native_app",), table, scenario, PACK) and wechat_door(("wecom",), table, scenario, PACK)
    assert bought_user_cost(True, False, scenario, PACK.likely) == pytest.approx(_install(scenario))
    ev = evaluate(scenario, PACK)
    assert ev.plan.presences == members
    app_alone = next(a for a in ev.alternatives if a.presences == ("native_app",))
    # It wins on what WeCom carries (the staff, the advisers' contact), not on a cheaper price for the same users.
    assert ev.plan.total.likely > app_alone.total.likely
    assert ev.plan.breakdown["acquisition"] == pytest.approx(app_alone.breakdown["acquisition"], rel=0.02)
    assert not any("per acquired user" in str(r.template) for r in app_alone.why_not)


def test_wecom_for_staff_alone_is_no_way_in_for_customers():
    """A business whose WeCom manages its employees beside an app that publishes its news: the customers are not
    WeCom's contacts, and come as installs. Where the staff are the audience, WeCom is the way in for them."""
    scenario = load_preset("bank_care").with_changes(goals=["news", "employees"], needs=[])
    table = fit_table(scenario, PACK)
    members = ("wecom", "native_app")
    duties = member_duties(members, table, scenario, PACK)
    assert duties["wecom"] and set(duties["wecom"]) <= {"goal:employees", "push:staff"}
    assert not wechat_door(members, table, scenario, PACK)
    staff = scenario.with_changes(goals=["employees"])
    staff_table = fit_table(staff, PACK)
    if member_duties(members, staff_table, staff, PACK)["wecom"]:
        assert wechat_door(members, staff_table, staff, PACK)


def test_a_mini_program_that_serves_beside_an_app_is_the_way_in():
    """car_brand's Mini Program serves, sells and takes payments beside an app that sends the messages: the users on
    WeChat are its visitors, won at WeChat's price."""
    scenario = load_preset("car_brand")
    table = fit_table(scenario, PACK)
    members = ("mini_program", "channels", "native_app")
    assert not set(member_duties(members, table, scenario, PACK)["native_app"]) & set(INSTALL_DUTIES)
    assert wechat_door(members, table, scenario, PACK)
    assert not wechat_door(("channels", "native_app"), table, scenario, PACK)


def test_fitness_coachings_app_users_cost_what_an_app_alones_do():
    scenario = load_preset("fitness_coaching")
    table = fit_table(scenario, PACK)
    assert not wechat_door(("wecom", "native_app"), table, scenario, PACK)
    ev = evaluate(scenario, PACK)
    assert ev.plan.presences == ("native_app",)
    assert ev.budget.params["cost"] == pytest.approx(ev.plan.first_year.likely)


def test_an_app_that_reads_the_strap_needs_installing_however_many_messages():
    """An overseas company's Service Account + app for a strap the app reads: its first message gave the Service
    Account a job, and its users, who must all install the app to use the strap, were priced as WeChat followers
    (¥1.52M over 3 years with no messages, ¥1.28M with one). The app's special needs are what its users come for
    (INSTALL_DUTIES): the plan's users are installs with and without the message, and the message costs more."""
    strap = Scenario().with_changes(entity="overseas_company", needs=["hardware"], goals=[], audience=20_000,
                                    paid_share=0.3, china_share=0.8, horizon_years=3)
    plan = ("service", "native_app")
    totals = []
    for messages in (0, 1, 4):
        scenario = strap.with_changes(pushes_per_month=messages)
        table = fit_table(scenario, PACK)
        assert "need:hardware" in member_duties(plan, table, scenario, PACK)["native_app"]
        assert not wechat_door(plan, table, scenario, PACK)
        totals.append(float(CostBook(scenario, PACK).first_year_and_total([plan], at=AVERAGE_ONLY)[1, 0]))
    assert totals == sorted(totals) and totals[0] < totals[1], totals
