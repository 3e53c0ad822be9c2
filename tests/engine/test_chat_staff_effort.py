"""The staff a plan's WeCom chats take weigh in its score, as one more presence to run does.

Counted only in its cost, which the score weighs only against the budget, the staff left the plan of an overseas
brand with 100,000 monthly users at WeCom alone: 19 full-time staff taking its customers' payments by chat, while
the same screen warned that a Mini Program or an app takes them by itself, and "adding a Mini Program would lower
the plan's score by 5 points, for one more presence to run". Each full-time person's chats now take
`staff_effort_points` (5, as a presence beyond the first does), in proportion.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import Scenario, evaluate, load_datapack, preset_ids, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook, chat_staff_hours, service_pay_pages
from wxdesk.engine.duties import chat_staff, member_duties
from wxdesk.engine.fit import fit_table
from wxdesk.engine.flips import FLIP_WHY_STAFF, flip_points
from wxdesk.engine.scenario import with_override
from wxdesk.engine.plans import ranking, staff_count
from wxdesk.engine.plan_reasons import plan_reasons, shown_points
from wxdesk.engine.scores import score_digits
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 3)
OVERSEAS = Scenario().with_changes(goals=["relationship"], needs=["payments"], audience=100_000, budget_cny=5e6,
                                   entity="overseas_company")
# A tea shop that sells and takes payments, with 1:1 contact and groups: WeCom alone could do all of it by chat. Its
# Mini Program is a custom build (the largest audience a rented template serves overridden to none): rented as a
# template (mp_template.py), a Mini Program at ¥4.5k a year takes the orders and payments at any of these sizes.
# One message a month, not the default 4, since WeCom's messages are costed as articles (2026-12-05): with 4 a month
# WeCom alone pays ¥120k over 3 years for its articles and a Service Account + Mini Program leads at 4,000 users on
# ¥80k. (With none a month the Mini Program joins WeCom at 5,000 users even with the staff's effort weighed at nothing,
# and the staff's points no longer decide it.)
SHOP = Scenario().with_changes(goals=["sell", "relationship"], needs=["payments"], budget_cny=50_000,
                               pushes_per_month=1,
                               overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}})


def _ranked(scenario):
    return ranking(fit_table(scenario, PACK), scenario, PACK, CostBook(scenario, PACK))


def test_an_overseas_brand_is_no_longer_told_to_take_its_payments_by_nineteen_peoples_chats():
    evaluation = evaluate(OVERSEAS, PACK, TODAY)
    plan = evaluation.plan
    # WeCom keeps the contact and the groups; a presence that takes payments by itself takes them (the Service
    # Account in its payment pages, since an app beside WeCom suits 100,000 users less: fit.CoverageLayout).
    assert "wecom" in plan.presences and plan.roles["wecom"] == ("goal:relationship",)
    [payer] = [m for m, duties in plan.roles.items() if "need:payments" in duties]
    assert payer in ("service", "mini_program", "native_app")
    assert plan.chat_staff is None and plan.breakdown["staff"] == 0
    alone = _ranked(OVERSEAS).get(("wecom",))
    staff = chat_staff_hours(OVERSEAS, PACK) / PACK.likely("staff_hours_per_month")
    assert staff > 15
    assert alone.staff_penalty == pytest.approx(staff * PACK.likely("staff_effort_points"))
    assert alone.score == 0 and alone.floored  # 96 points of effort against a coverage of 71
    # The next best plans say nothing of 19 people: none of them takes the payments by chat.
    assert all(alt.chat_staff is None for alt in evaluation.alternatives)


def test_the_tea_shop_keeps_its_mini_program_once_the_chats_take_most_of_a_persons_month():
    small, larger = (evaluate(SHOP.with_changes(audience=users), PACK, TODAY) for users in (2_000, 5_000))
    # A Service Account beside the Mini Program, not WeCom, since WeCom's 1 message a month is costed as an article
    # as the account's is (2026-12-05): the two plans cover alike (77.5) and WeCom's contact fees cost ¥825 more.
    assert small.plan.presences == ("wecom",) and larger.plan.presences == ("service", "mini_program")
    # It is the staff's points that keep the Mini Program: weighed at nothing, WeCom alone leads (test_chat_staff.py).
    unweighed = with_override(SHOP.with_changes(audience=5_000), "staff_effort_points", 0, 0, 0)
    assert evaluate(unweighed, PACK, TODAY).plan.presences == ("wecom",)
    # The small shop's score lines say the staff's points, and they add up to its score as written.
    lines = {r.template: r for r in small.plan.reasons}
    staff = next(r for t, r in lines.items() if t in R.PLAN_STAFF_LINES)
    # The hours its role line says, 75 a month (2,000 users x 0.9 x 2.5 minutes, the minutes' average).
    assert staff.params["time"].params["hours"] == round(small.plan.chat_staff) == 75
    assert Words(pack=PACK).reason(staff) == (f"Less {staff.params['points']} points for the staff time WeCom's "
                                              "chats take: about 75 staff hours a month.")


def test_a_flip_the_staffs_hours_decide_says_so():
    """An overseas company's WeCom alone for a few dozen users: each user more adds its chats' minutes, until the
    plan with a Service Account (which takes the payments in its pages) is ahead, at about 400 users. (An app,
    which takes them by itself, suits a few hundred users too little to be that plan: fit.CoverageLayout.) Its cost
    not weighed within the budget (an analyst's override): weighed, the Service Account's payment pages put the flip
    at some 2,500 users, where the audience's size moves the coverage more than the staff's hours do."""
    few = with_override(OVERSEAS.with_changes(audience=40), "cost_points_per_doubling", 0, 0, 0)
    assert evaluate(few, PACK, TODAY).plan.presences == ("wecom",)
    flip = flip_points(few, PACK, fields=["audience"])["audience"]
    assert flip is not None and flip.direction == "above" and flip.winner == ("service", "wecom")
    assert flip.why is not None and flip.why.template == FLIP_WHY_STAFF, flip.why
    hours = chat_staff_hours(few.with_changes(audience=flip.value), PACK)
    assert flip.why.params["hours"] == round(hours, 1)
    # Said as the role line would say it, in whole hours.
    text = Words(pack=PACK).reason(flip.reason)
    # (Its range's far end follows: "Above 280k the plan is WeCom + Native app.")
    assert (f"the plan's WeCom chats would take about {round(hours)} staff hours a month; the new plan needs fewer."
            in text), text
    zh = words("zh_CN").reason(flip.reason)
    assert f"现方案中企业微信的聊天接待每月约占用 {round(hours)} 个员工工时；新方案所需人力更少。" in zh, zh


@pytest.mark.parametrize(("hours", "en", "zh"), [
    (0.4, "under a staff hour", "不到 1 个员工工时"),
    (1.4, "about a staff hour", "约占用 1 个员工工时"),
    (12.2, "about 12 staff hours", "约占用 12 个员工工时"),
])
def test_a_flips_staff_hours_read_as_the_role_line_reads_them(hours, en, zh):
    """Under an hour, one hour in the singular up to one and a half, else whole hours (reasons.staff_time_reason)."""
    reason = R.Reason(FLIP_WHY_STAFF, {**R.staff_time(hours), "point": R.Count(120_000)})
    assert f"would take {en} a month" in Words(pack=PACK).reason(reason)
    assert zh in words("zh_CN").reason(reason)


def _check(scenario):
    """Every plan ranked loses the staff's points exactly where its WeCom chats take staff, in proportion; and the
    plan's score lines (coverage less each part) read as its score."""
    ranked = _ranked(scenario)
    table = fit_table(scenario, PACK)
    points = PACK.likely("staff_effort_points") * staff_count(scenario, PACK)
    for plan in ranked[:8]:
        chats = chat_staff(plan.members, table, scenario, PACK)
        assert plan.staff_penalty == pytest.approx(points if chats and points > 0 else 0.0), plan.members
        assert plan.unfloored == pytest.approx(plan.coverage - plan.presence_penalty - plan.staff_penalty
                                               - plan.cost_penalty - plan.budget_penalty)
    best = ranked[0]
    digits = score_digits([c.score for c in ranked[:3]])
    shown = shown_points(best, digits)
    assert shown.coverage - shown.effort - shown.staff - shown.cost - shown.budget == shown.score
    assert min(shown.effort, shown.staff, shown.cost, shown.budget) >= 0
    lines = plan_reasons(best, scenario, PACK, digits)
    staff_lines = [r for r in lines if r.template in R.PLAN_STAFF_LINES]
    assert bool(staff_lines) == (shown.staff > 0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_the_staffs_points_follow_the_chats_in_every_plan(scenario):
    _check(scenario)


@pytest.mark.parametrize("preset", preset_ids())
def test_the_staffs_points_follow_the_chats_in_every_preset(preset):
    _check(load_preset(preset))


def test_an_analyst_who_weighs_the_staff_at_nothing_gets_the_plan_of_the_cost_alone():
    """The weight is the pack's, so an override can set it aside (and the point to watch then says the staff). The
    cost within the budget set aside too: weighed, the staff's pay alone makes WeCom alone the dearer plan."""
    unweighed = OVERSEAS.with_changes(overrides={"staff_effort_points": 0, "cost_points_per_doubling": 0})
    assert evaluate(unweighed, PACK, TODAY).plan.presences == ("wecom",)
    assert all(c.staff_penalty == 0 for c in _ranked(unweighed)[:10])


def test_beside_a_service_account_wecom_keeps_the_relationship_and_the_account_takes_the_payments():
    """A business with 20,000 users that wants 1:1 contact and groups and takes payments was given a Service Account
    alone ("In the plan for 1:1 contact and customer groups": it has no groups). Beside it WeCom took the payments
    by chat, about 600 staff hours a month. The Service Account now takes them in its payment pages, with no one
    at the other end, and WeCom keeps the contact and the groups."""
    scenario = Scenario().with_changes(goals=["relationship"], needs=["payments"], audience=20_000,
                                       budget_cny=300_000)
    plan = evaluate(scenario, PACK, TODAY).plan
    assert set(plan.presences) == {"service", "wecom"}
    assert "need:payments" in plan.roles["service"] and plan.roles["wecom"] == ("goal:relationship",)
    assert plan.chat_staff is None and plan.breakdown["staff"] == 0
    with_wecom = _ranked(scenario).get(("service", "wecom"))
    assert with_wecom.staff_penalty == 0


def test_beside_a_mini_program_a_service_account_builds_no_payment_pages():
    """A Service Account + Mini Program plan of a business that sells nothing had payment pages built for the
    account (¥287k more over three years) for payments its Mini Program takes by itself."""
    scenario = Scenario().with_changes(goals=["service", "relationship"], needs=["payments"], audience=300,
                                       budget_cny=300_000)
    table = fit_table(scenario, PACK)
    duties = member_duties(("service", "mini_program"), table, scenario, PACK)
    assert "need:payments" in duties["mini_program"] and "need:payments" not in duties["service"]
    assert not service_pay_pages(("service", "mini_program"), scenario, PACK)


def test_a_mini_program_kept_out_by_the_budget_still_says_the_staff_time_it_would_spare():
    """A shop of 4,000 users on ¥80k: the point to watch says a Mini Program takes the payments by itself, while the
    Mini Program's card gave the budget alone, not the 120 staff hours a month it would spare."""
    scenario = SHOP.with_changes(audience=4_000, budget_cny=80_000)
    evaluation = evaluate(scenario, PACK, TODAY)
    assert evaluation.plan.presences == ("wecom",)
    first = evaluation.presence("mini_program").reasons[0]
    assert first.template in (R.NOT_IN_PLAN_BUDGET_SPARES, R.NOT_IN_PLAN_BUDGET_FURTHER_SPARES), first.text
    hours = round(evaluation.plan.chat_staff)
    assert first.text.endswith(f"though it would spare WeCom's chats about {hours} staff hours a month."), first.text
    assert f"原本每月约占用 {hours} 个员工工时，加入它可省去这部分人力。" in words("zh_CN").reason(first)
