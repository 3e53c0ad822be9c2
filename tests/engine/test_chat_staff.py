"""A WeCom that serves, sells or takes payments by its staff's chats counts its staff's time.

food_ordering on a ¥120k budget read "The plan: WeCom … in the plan for serving customers, selling, messaging
followers and taking payments" for 80,000 monthly users, made of its contact fees and user acquisition: a noodle
chain's every order taken by hand in a chat, for nothing. WeCom's payments are taken by real-name staff in a chat
or by payment code (对外收款); where a plan gives WeCom serving, selling or the payments, the staff's minutes for
each monthly user it reaches are a part of the plan's cost of their own, "Staff time in chats", and its role line
says the hours.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import chat_staff_hours
from wxdesk.engine.duties import CHAT_DUTIES, chat_staff
from wxdesk.engine.fit import fit_table
from wxdesk.engine.scenario import Scenario
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 3)
# A tea shop that sells by chat and takes its payments so: WeCom alone carries both, where the staff's effort is
# weighed at nothing (an analyst's override), as it was before 3 December 2026. Weighed (test_chat_staff_effort.py),
# its chats' 0.9 full-time staff weigh nearly as much as a Mini Program to run. Its Mini Program is a custom build
# (the largest audience a rented template serves overridden to none): rented as a template (mp_template.py) at ¥4.5k a
# year, it sells and takes the payments beside WeCom, and no chat takes an order to weigh.
# One message a month, not the default 4, since WeCom's messages are costed as articles (2026-12-05): its 4 articles a
# month, ¥120k over 3 years, put a Service Account + Mini Program ahead of WeCom alone (WeCom alone, 1 a month, costs
# ¥317k over 3 years, ¥248k of it its staff's chats; with none a month Mini Program + WeCom leads).
NO_TEMPLATE = {"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}}
SHOP = Scenario().with_changes(goals=["sell", "relationship"], needs=["payments"], audience=5000, budget_cny=50000,
                               pushes_per_month=1, overrides={"staff_effort_points": 0, **NO_TEMPLATE})


def test_a_smaller_budget_no_longer_hands_a_noodle_chains_orders_to_wecoms_chats():
    chain = load_preset("food_ordering")
    for budget in (60_000, 120_000, 145_000, chain.budget_cny):
        plan = evaluate(chain.with_changes(budget_cny=budget), PACK, TODAY).plan
        assert plan.presences != ("wecom",), budget
        assert plan.breakdown["staff"] == 0, (budget, plan.presences)


def test_the_shops_role_line_says_the_hours_and_a_year_of_the_staff_part():
    plan = evaluate(SHOP, PACK, TODAY).plan
    assert plan.presences == ("wecom",)
    # At the minutes' average, as the staff part prices them: 5,000 users x 0.9 x (1 + 2 + 4.5) / 3 minutes.
    hours = SHOP.audience * SHOP.china_share * PACK.figures["staff_chat_minutes_per_user"].average / 60
    assert plan.chat_staff == chat_staff_hours(SHOP, PACK) and round(plan.chat_staff) == round(hours) == 188
    role = plan.role_reason("wecom")
    assert role.template == R.IN_PLAN_CHATS and role.params["hours"] == 188
    # Hours only: the amount is the cost split's, which is these hours at the hour's average, each month of the
    # horizon (the hours and the part take the same averages: the likely 2 minutes read 150 hours beside a part
    # that priced 188).
    assert "cost" not in role.params
    hour = PACK.figures["staff_hour_cny"].average
    assert plan.breakdown["staff"] == round(plan.chat_staff * hour * 12 * SHOP.horizon_years)
    text = Words(pack=PACK).reason(role)
    assert text.endswith("by your staff's chats: about 188 staff hours a month for your audience."), text


def test_the_staff_part_is_named_in_the_cost_split_of_both_languages():
    evaluation = evaluate(SHOP, PACK, TODAY)
    english, chinese = (words(lang).component("staff") for lang in ("en", "zh_CN"))
    assert english == "Staff time in chats" and chinese == "聊天客服人力"
    # Most of its cost: ¥248k of ¥317k over 3 years (78%; 86% before its 1 message a month was costed as an article,
    # ¥30k, on 5 December 2026).
    assert evaluation.plan.breakdown["staff"] > 0.75 * evaluation.plan.total.likely


def test_beside_a_mini_program_that_sells_and_takes_the_payments_wecoms_chats_cost_nothing():
    both = evaluate(SHOP, PACK, TODAY)
    alternative = next(p for p in both.alternatives if p.presences == ("mini_program", "wecom"))
    assert alternative.breakdown["staff"] == 0 and not set(alternative.roles["wecom"]) & set(CHAT_DUTIES)
    # And the line under it says why it costs less though it adds a Mini Program: the staff's hours.
    why = [r for r in alternative.why_not if r.template == R.WHY_CHEAPER_STAFF]
    assert why and why[0].params["alt"] == 0 and why[0].params["best"] == 188
    # Over the horizon, which the totals compared are (its first year is the dearer one), and naming what the
    # plan's WeCom does by chat: the payments, not "serving and selling" it was never asked to do.
    text = Words(pack=PACK).reason(why[0])
    assert alternative.first_year.likely > both.plan.first_year.likely
    assert text.startswith("Costs less over 3 years though it adds a Mini Program: it relieves your staff's chats "
                           "of taking payments, 0 staff hours a month"), text


def test_a_bank_takes_its_payments_in_its_app_not_in_its_advisers_chats():
    """bank_care sells nothing: WeCom carried more goals (its staff, its contacts) and took the payments on
    the tie, so a million and a half customers' payments went to its advisers' chats."""
    plan = evaluate(load_preset("bank_care"), PACK, TODAY).plan
    assert "wecom" in plan.presences and "native_app" in plan.presences
    assert "need:payments" in plan.roles["native_app"] and "need:payments" not in plan.roles["wecom"]
    assert plan.breakdown["staff"] == 0


def test_no_staff_time_for_a_plan_about_staff_alone():
    staff = Scenario().with_changes(goals=["employees"], needs=["payments"], audience=20_000)
    table = fit_table(staff, PACK)
    assert not chat_staff(("wecom",), table, staff, PACK)
    assert evaluate(staff, PACK, TODAY).plan.breakdown["staff"] == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_the_staff_part_follows_wecoms_duties_in_every_plan_shown(scenario):
    """Whatever the plan, its roles and its costs agree: staff time is counted exactly where WeCom serves,
    sells or takes the payments of a company's customers WeChat reaches, and the role line says so."""
    evaluation = evaluate(scenario, PACK, TODAY)
    reached = scenario.audience * scenario.china_share
    for plan in (evaluation.plan, *evaluation.alternatives):
        duties = set(plan.roles.get("wecom", ())) & set(CHAT_DUTIES)
        counted = bool(duties) and scenario.entity != "individual" and tuple(scenario.goals) != ("employees",)
        assert (plan.chat_staff is not None) == counted, (plan.presences, plan.roles)
        if counted and reached >= 1:
            assert plan.breakdown["staff"] > 0, plan.presences
            assert plan.role_reason("wecom").template in (R.IN_PLAN_CHATS, R.IN_PLAN_CHATS_ONE_HOUR,
                                                          R.IN_PLAN_CHATS_UNDER_HOUR)
        if not counted:
            assert plan.breakdown["staff"] == 0, plan.presences


def test_a_wecom_whose_chats_take_full_time_staff_is_a_point_to_watch():
    """An overseas company's WeCom for 100k users read 3,000 staff hours a month in its role line, and nothing
    else on the page said what that means: about 17 people doing nothing else. (With the staff's effort weighed,
    such a plan scores 0: test_chat_staff_effort.py. The point to watch stays for an analyst who weighs it at 0,
    and the cost within the budget too: weighed, the
    staff's pay makes WeCom alone dearer than with a Service Account taking the payments.)"""
    overseas = Scenario().with_changes(goals=["relationship"], needs=["payments"], audience=100_000,
                                       budget_cny=5e6, entity="overseas_company",
                                       overrides={"staff_effort_points": 0, "cost_points_per_doubling": 0})
    evaluation = evaluate(overseas, PACK, TODAY)
    assert evaluation.plan.presences == ("wecom",) and round(evaluation.plan.chat_staff) == 3750
    [warning] = [w for w in evaluation.warnings if w.template == R.WARN_CHAT_STAFF]
    assert warning.params == {"staff": round(3750 / PACK.likely("staff_hours_per_month")), "hours": 3750}
    assert Words(pack=PACK).reason(warning).startswith("WeCom's chats would take about 22 full-time staff (3,750")
    # About one person's month (the tea shop's 188 hours) reads in the singular; well under one, no warning: the
    # role line's hours say it.
    staffing = (R.WARN_CHAT_STAFF, R.WARN_CHAT_STAFF_ONE)
    [one] = [w for w in evaluate(SHOP, PACK, TODAY).warnings if w.template in staffing]
    assert one.template == R.WARN_CHAT_STAFF_ONE and one.params["hours"] == 188
    smaller = evaluate(SHOP.with_changes(audience=2_000), PACK, TODAY)
    assert smaller.plan.chat_staff is not None and smaller.plan.chat_staff < PACK.likely("staff_hours_per_month") / 2
    assert not [w for w in smaller.warnings if w.template in staffing]


def test_the_point_to_watch_says_one_full_time_person_only_from_three_quarters_of_a_month():
    """4,000 users' chats, 120 staff hours a month (0.69 of a person), read "about one full-time staff member"."""
    staffing = (R.WARN_CHAT_STAFF, R.WARN_CHAT_STAFF_ONE)
    month = PACK.likely("staff_hours_per_month")
    for users in (3_000, 4_000, 4_400, 5_000, 6_000):
        evaluation = evaluate(SHOP.with_changes(audience=users), PACK, TODAY)
        hours = evaluation.plan.chat_staff
        warned = [w for w in evaluation.warnings if w.template in staffing]
        assert bool(warned) == (hours is not None and hours >= 0.75 * month), (users, hours)
