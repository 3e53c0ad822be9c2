"""The budget as a reason against an alternative compares honestly with the plan (issue 10).

yoga_teacher and fitness_coaching said "Its likely first-year cost is beyond your budget"
against an alternative while the plan itself was beyond the budget too. Where the plan is
beyond it as well, the reason says the alternative is further beyond, with both amounts as
the cost table shows them.
"""

from __future__ import annotations

import math
import re

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.money import covers, whole_yuan, yuan_as_written
from wxdesk.engine.scenario import Scenario
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PRESETS = [load_preset(p) for p in preset_ids()]
tight = st.builds(lambda scenario, budget: scenario.with_changes(budget_cny=budget),
                  scenarios, st.floats(0, 3e6))
any_scenario = st.one_of(st.sampled_from(PRESETS), scenarios, tight)


def _check(scenario) -> None:
    ev = evaluate(scenario, PACK, TODAY)
    budget, plan_cost = scenario.budget_cny, ev.plan.first_year.likely
    for alt in ev.alternatives:
        for reason in alt.why_not:
            if reason.template not in (R.WHY_NOT_BUDGET, R.WHY_NOT_BUDGET_FURTHER):
                continue
            # The amounts are the first years the cost table shows.
            assert float(reason.params["cost"]) == pytest.approx(alt.first_year.likely)
            assert not covers(budget, alt.first_year.likely)
            if reason.template == R.WHY_NOT_BUDGET:
                assert covers(budget, plan_cost)  # beyond the budget only where the plan is within it
            else:
                assert not covers(budget, plan_cost)
                assert float(reason.params["plan_cost"]) == pytest.approx(plan_cost)
                assert alt.first_year.likely > plan_cost


# yoga_teacher's own budget now covers its plan (a teacher writes her own posts): a tenth of it does not. (The
# review's other case, fitness_coaching, now has its next best plans beyond the budget by their effort alone.)
# car_brand on ¥750k (its plan ¥1.02M in the first year, its next best ¥1.19M and ¥1.04M), not bank_care on ¥1M,
# since WeCom's messages are costed as articles (2026-12-05): bank_care's plan, Mini Program + WeCom, now pays for its
# 4 a month as its Service Account + WeCom did, the two cost alike (¥1.87M) and on no budget is an alternative of
# bank_care's further beyond it than the plan.
@pytest.mark.parametrize("preset, budget", [("yoga_teacher", 2_000.0), ("car_brand", 750_000.0)])
def test_the_reviews_cases_compare_with_the_plans_cost(preset, budget):
    scenario = load_preset(preset)
    if budget is not None:
        scenario = dataclasses.replace(scenario, budget_cny=budget)
    ev = evaluate(scenario, PACK, TODAY)
    assert ev.plan.first_year.likely > scenario.budget_cny  # the plan is beyond the budget too
    found = [r for alt in ev.alternatives for r in alt.why_not if r.template == R.WHY_NOT_BUDGET_FURTHER]
    assert found
    assert not any(r.template == R.WHY_NOT_BUDGET for alt in ev.alternatives for r in alt.why_not)
    text = Words(pack=PACK).reason(found[0])
    assert "further beyond" in text and Words(pack=PACK).money(ev.plan.first_year.likely) in text
    _check(scenario)


@SETTINGS
@given(any_scenario)
def test_beyond_the_budget_is_said_against_an_alternative_only_as_it_compares_with_the_plan(scenario):
    _check(scenario)


def _amount(text: str) -> float:
    """An English amount as written ("¥2.40M", "¥897k", "¥1,360") back into yuan."""
    number = text.lstrip("¥")
    scale = {"k": 3, "M": 6, "B": 9}.get(number[-1], 0)
    # In decimal: "¥16.1M" read as 16.1 × 1e6 in floats is 16,100,000.000000002, which writes a difference of
    # exactly ¥6.1M as "¥6.10M" (an amount the rounding changed keeps its digits).
    return float(Decimal(number.rstrip("kMB").replace(",", "")).scaleb(scale))


@SETTINGS
@given(any_scenario)
# "¥10.00M is ¥6.1M short of ¥16.1M": the test's own float reading of "¥16.1M" once made that ¥6.10M.
@example(Scenario().with_changes(budget_cny=9995000.0, interaction_minutes=1.0, audience=92088832.0, china_share=0.0,
                                 pushes_per_month=0.0, goals=[], needs=["payments"], horizon_years=1, paid_share=0.0))
def test_a_shortfall_is_the_difference_of_the_amounts_written_beside_it(scenario):
    """A client checks "Your budget of ¥1.5M is ¥897k short of … ¥2.40M" by subtraction and gets ¥900k:
    the gap is the difference of the two amounts as written."""
    evaluation = evaluate(scenario, PACK, TODAY)
    reason = evaluation.budget
    if "gap" not in reason.params:
        return
    w = Words()
    budget, cost = (_amount(w.money(float(reason.params[k]))) for k in ("budget", "cost"))
    # Written as every amount is (three significant digits): "¥1 is ¥539k short of ¥539k" stays as true as it reads.
    if cost > budget:  # else both read alike, and the gap is said as it is
        assert w.money(float(reason.params["gap"])) == w.money(cost - budget), w.reason(reason)


def test_fitness_coachings_shortfall_adds_up():
    """The gap is the difference of the amounts as written beside it, not its own amount rounded. (At the averages,
    draws.py, the example's ¥1.5M is ¥2.01M short of ¥3.51M, where both ways read alike; with ¥1,506,000, written
    ¥1.51M, the gap itself is ¥2.005M, written ¥2.01M, where the amounts beside it leave ¥2M, as ¥3.20M less ¥1.5M
    left ¥1.7M before.)"""
    scenario = load_preset("fitness_coaching").with_changes(budget_cny=1_506_000)
    evaluation = evaluate(scenario, PACK, TODAY)
    assert Words().money(evaluation.plan.first_year.likely - scenario.budget_cny) == "¥2.01M"
    text = Words().reason(evaluation.budget)
    assert "Your budget of ¥1.51M is ¥2M short of the plan's likely first-year cost of ¥3.51M" in text, text


@SETTINGS
@given(any_scenario)
@example(load_preset("news_publisher").with_changes(audience=1e8))
@example(Scenario().with_changes(budget_cny=1.0))
def test_a_budget_too_small_to_show_in_the_gap_is_given_as_the_share_it_covers(scenario):
    """news_publisher with the audience at its maximum read "Your budget of ¥400k is ¥122M short of the plan's likely
    first-year cost of ¥122M", as if there were no budget: a gap never reads as the cost it is taken from; there the
    sentence says the share of the cost the budget covers ("covers only 0.33%", not a table's "<1%")."""
    evaluation = evaluate(scenario, PACK, TODAY)
    reason = evaluation.budget
    w = Words()
    text = w.reason(reason)
    if "gap" in reason.params:
        assert w.money(float(reason.params["gap"])) != w.money(float(reason.params["cost"])), text
    if "share" in reason.params:
        budget, cost = scenario.budget_cny, evaluation.plan.first_year.likely
        assert 0 < whole_yuan(budget) < whole_yuan(cost)
        assert float(reason.params["share"]) == pytest.approx(budget / cost)
        # Only where the gap, the difference of the two amounts as written, would read as the cost itself.
        assert yuan_as_written(float(yuan_as_written(cost) - yuan_as_written(budget))) == yuan_as_written(cost), text
        assert f"covers only {w.share_in_a_sentence(budget / cost)} of" in text


def test_news_publishers_budget_at_the_largest_audience_covers_a_share():
    scenario = load_preset("news_publisher").with_changes(audience=1e8)
    text = Words().reason(evaluate(scenario, PACK, TODAY).budget)
    assert re.match(r"Your budget of ¥400k covers only 0\.\d+% of the plan's likely first-year cost of ¥", text), text


@SETTINGS
@given(st.one_of(st.sampled_from(PRESETS), scenarios).map(lambda s: s.with_changes(budget_cny=0.0)))
@example(Scenario(budget_cny=0.0, interaction_minutes=1.0, audience=0.0, pushes_per_month=1.1754943508222875e-38,
                  goals=(), needs=(), horizon_years=1))
def test_no_budget_at_all_is_said_to_cover_none_of_the_cost(scenario):
    """bank_care on a budget of ¥0 read "Your budget of ¥0 is ¥1.7M short of the plan's likely first-year cost of
    ¥1.70M": one amount written twice, in two ways. A budget of nothing covers none of the cost, which is said once."""
    evaluation = evaluate(scenario, PACK, TODAY)
    reason = evaluation.budget
    text = Words().reason(reason)
    cost = evaluation.plan.first_year.likely
    if yuan_as_written(cost) == 0:  # a first year that reads ¥0 (no audience): covered, as read
        assert reason.template == R.BUDGET_OK, text
        return
    assert "gap" not in reason.params and "share" not in reason.params, text
    assert text.startswith(f"Your budget of ¥0 covers none of the plan's likely first-year cost of "
                           f"{Words().money(cost)}"), text
    assert text.count(Words().money(cost)) == 1, text


def _does_a_job(members, scenario) -> bool:
    from wxdesk.engine.duties import member_duties
    from wxdesk.engine.fit import fit_table
    return any(member_duties(members, fit_table(scenario, PACK), scenario, PACK).values())


def test_a_plan_that_does_nothing_wanted_is_not_the_best_within_the_budget():
    """factory_staff on no budget read "the best plan within it is Official Account (formerly Subscription Account),
    at ¥0 in its first year", beside that plan's card: "Covers messaging staff at 0 out of 100". A plan that does none
    of what the business wants is no plan for it (2026-12-06)."""
    scenario = load_preset("factory_staff").with_changes(budget_cny=0.0)
    ev = evaluate(scenario, PACK, TODAY)
    assert ev.budget.template == R.BUDGET_ZERO_NONE_POINTS_ROUNDING, ev.budget.text
    assert "no plan that does what you asked for fits within it" in ev.budget.text
    assert "Official Account" not in ev.budget.text
    # Where a plan that does something is within it, that one is named: a Mini Program that serves customers, where an
    # Official Account that serves none was first within the budget (500 users, 30% on WeChat, 6-minute sessions).
    # No message a month and a budget of ¥5k: with one message and ¥10k, the Mini Program within it was named until the
    # message was counted as written in every plan (2026-12-07), which takes it to ¥15.3k; here the plan is the Mini
    # Program, ¥5.13k, and the Service Account within the budget is named, not the Official Account at ¥0.
    service = Scenario(goals=("service",), needs=(), pushes_per_month=0.0, audience=500.0, budget_cny=5_000.0,
                       china_share=0.3, paid_share=0.0, horizon_years=3, interaction_minutes=6.0)
    named = evaluate(service, PACK, TODAY).budget
    assert named.params.get("plan") == ("service",), named.text
    assert _does_a_job(("service",), service) and not _does_a_job(("subscription",), service)


@SETTINGS
@given(any_scenario)
# (An overseas company testing an idea with 100 users: a Service Account that does none of it was named, at ¥41.8k.)
@example(Scenario(budget_cny=100_000.0, interaction_minutes=0.5, audience=100.0, china_share=0.3, pushes_per_month=30.0,
                  goals=("experiment", "employees", "relationship"), needs=(), horizon_years=5,
                  entity="overseas_company", paid_share=0.05))
def test_the_best_plan_named_within_the_budget_does_some_of_what_the_plan_does(scenario):
    ev = evaluate(scenario, PACK, TODAY)
    if "plan" in ev.budget.params and any(ev.plan.roles.values()):
        assert _does_a_job(tuple(ev.budget.params["plan"]), scenario), ev.budget.text


@pytest.mark.parametrize("preset", preset_ids())
def test_a_budget_typed_as_the_first_year_reads_covers_it(preset):
    """The example shop's first year is ¥321,433.2, held in the JSON as 321433: a budget typed as that figure read
    "Your budget of ¥321k is ¥0 short of the plan's likely first-year cost of ¥321k", and the JSON said the plan was not
    within it. Budget and first year are compared as the JSON holds them, to the whole yuan; a yuan less is short."""
    scenario = load_preset(preset)
    held = evaluate(scenario, PACK, TODAY).to_dict()["plan"]["first_year_cost_cny"]["likely"]
    for budget, within in ((held, True), (held - 0.4, True), (held - 0.6, False), (held - 1, False)):
        if budget < 1:
            continue
        ev = evaluate(scenario.with_changes(budget_cny=float(budget)), PACK, TODAY)
        data = ev.to_dict()
        if data["plan"]["first_year_cost_cny"]["likely"] != held:
            continue  # the budget changed the plan
        assert data["plan"]["within_budget"] is within, (budget, data["budget"]["text"])
        assert (ev.budget.code == "budget_ok") is within, data["budget"]["text"]
        assert "¥0 short" not in Words().reason(ev.budget)
        if not within:  # a yuan short, or the difference of the two as written where that is more (¥8,670, ¥8,680)
            assert Words().money(float(ev.budget.params["gap"])) in ("¥1", "¥10", "¥100", "¥1k"), data["budget"]["text"]


def test_a_cost_the_model_cannot_give_is_covered_by_no_finite_budget():
    """A sweep's figure at an end the model cannot use (a conversion of 0) makes a first year infinite or not a
    number: comparing it to the whole yuan raised, where the sweep leaves such an end out."""
    assert not covers(1e9, math.inf) and not covers(1e9, math.nan) and not covers(math.nan, 1.0)
    assert covers(math.inf, 1e12) and covers(5.0, 4.6) and not covers(5.0, 5.6)


@pytest.mark.parametrize("currency", ["USD", "EUR"])
@pytest.mark.parametrize("preset", ["city_service", "yoga_teacher", "food_ordering", "cross_border_skincare"])
def test_a_yuan_short_never_reads_as_nothing_short_in_another_currency(preset, currency):
    """city_service on a budget a yuan short of its first year as the JSON holds both read "Your budget of $39.5k is
    $0 short of … $39.5k": where the two amounts read alike, the gap is the held yuan difference converted."""
    scenario = load_preset(preset)
    held = evaluate(scenario, PACK, TODAY).to_dict()["plan"]["first_year_cost_cny"]["likely"]
    words = Words.make("en", currency, PACK)
    for short_by in (0.51, 1.0):
        ev = evaluate(scenario.with_changes(budget_cny=held - short_by), PACK, TODAY)
        if ev.to_dict()["plan"]["first_year_cost_cny"]["likely"] != held or ev.budget.code == "budget_ok":
            continue  # the budget changed the plan
        text = words.reason(ev.budget)
        assert not re.search(r"[$€]0 short", text), text


@pytest.mark.parametrize("currency", ["USD", "EUR"])
def test_the_reviewed_yuan_short_reads_as_its_yuan_converted(currency):
    """The case itself: city_service at 2,000,308 users, its first year ¥276,712.5… held as 276713, on a budget of
    ¥276,712.49 (held as 276712)."""
    scenario = load_preset("city_service").with_changes(audience=2_000_308, budget_cny=276_712.49)
    ev = evaluate(scenario, PACK, TODAY)
    data = ev.to_dict()
    assert (data["plan"]["first_year_cost_cny"]["likely"], data["plan"]["within_budget"]) == (276_713, False)
    words = Words.make("en", currency, PACK)
    gap = float(ev.budget.params["gap"])
    text = words.reason(ev.budget)
    assert words.money(1.0) in text and not re.search(r"[$€]0 short", text), text
    assert gap == pytest.approx(1.0)
