"""The model's promises, stated as properties over generated scenarios (hypothesis).

The promises of the plan (issue 10): one fit per presence wherever it appears; the
plan scores highest of the plans considered and holds only eligible presences; a
vetoed presence never carries the need it cannot meet; no audience on WeChat means no
WeChat presence; no bought users means no acquisition cost; the budget sentence uses
the first-year figure of the table; the breakdown adds up to the total.
"""

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine.money import whole_yuan
from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.costs import COMPONENTS, CostBook
from wxdesk.engine.datapack import WECHAT_PRESENCES
from wxdesk.engine.fit import can_meet, fit_table
from wxdesk.engine.plans import candidates
from wxdesk.engine.reasons import Money

PACK = load_datapack()
EPS = 1e-6

SETTINGS = settings(max_examples=40, deadline=None)


@SETTINGS
@given(scenarios)
def test_each_presence_has_one_fit_wherever_it_appears(scenario):
    ev = evaluate(scenario, PACK)
    data = ev.to_dict()
    fits = {p["id"]: p["fit"] for p in data["presences"]}
    assert fits == {p.id: round(p.fit) for p in ev.presences}
    assert all(0 <= f <= 100 for f in fits.values())
    # The app-or-Mini-Program view names the plan's choice, never a fit of its own.
    assert "fit" not in data["app_or_mini_program"]
    assert all("fit" not in v for v in data["app_or_mini_program"]["variants"].values())
    assert [p["id"] for p in data["presences"] if p["in_plan"]] == list(ev.plan.presences)


@SETTINGS
@given(scenarios)
def test_the_plan_scores_highest_and_holds_only_eligible_presences(scenario):
    ev = evaluate(scenario, PACK)
    table = fit_table(scenario, PACK)
    ranked = candidates(table, scenario, PACK, CostBook(scenario, PACK))
    assert ranked[0].members == ev.plan.presences
    assert all(ev.plan.score >= c.score - EPS for c in ranked)
    assert all(alt.score <= ev.plan.score + EPS for alt in ev.alternatives)
    assert ev.plan.presences and all(ev.presence(p).eligible for p in ev.plan.presences)


@SETTINGS
@given(scenarios)
def test_a_vetoed_presence_never_carries_the_need_it_cannot_meet(scenario):
    ev = evaluate(scenario, PACK)
    for plan in (ev.plan, *ev.alternatives):
        for presence, duties in plan.roles.items():
            for duty in duties:
                if duty.startswith("need:"):
                    assert can_meet(presence, duty[5:], scenario, PACK), (presence, duty)
    # Every need that some eligible presence can meet is carried by the plan.
    for need in scenario.needs:
        if any(can_meet(p, need, scenario, PACK) for p in ev.plan.presences) or not any(
                can_meet(p.id, need, scenario, PACK) for p in ev.presences if p.eligible):
            continue
        raise AssertionError(f"the plan {ev.plan.presences} does not carry {need}")


@SETTINGS
@given(scenarios)
def test_no_audience_on_wechat_means_no_wechat_presence(scenario):
    ev = evaluate(scenario.with_changes(china_share=0.0), PACK)
    assert not set(ev.plan.presences) & set(WECHAT_PRESENCES)
    for alt in ev.alternatives:
        assert not set(alt.presences) & set(WECHAT_PRESENCES)
    assert any(w.code == "warn_no_china" for w in ev.warnings)


@SETTINGS
@given(scenarios)
def test_no_bought_users_means_no_acquisition_cost(scenario):
    ev = evaluate(scenario.with_changes(paid_share=0.0), PACK)
    for plan in (ev.plan, *ev.alternatives, *ev.app_or_mini_program.variants.values()):
        assert plan.breakdown["acquisition"] == 0


@SETTINGS
@given(scenarios)
def test_the_budget_sentence_uses_the_first_year_figure_of_the_table(scenario):
    ev = evaluate(scenario, PACK)
    data = ev.to_dict()
    params = ev.budget.params
    assert isinstance(params["cost"], Money)
    assert round(float(params["cost"])) == data["plan"]["yearly_cost_cny"][0]["likely"]
    assert round(float(params["cost"])) == data["plan"]["first_year_cost_cny"]["likely"]
    assert (ev.budget.code == "budget_ok") == data["plan"]["within_budget"]


@SETTINGS
@given(scenarios)
# A native app's ¥0.5 of users won through ads took the yuan the split had over and read ¥-1 (found by hypothesis).
@example(Scenario().with_changes(audience=117_025_036, china_share=0.0, needs=["payments"], goals=[],
                                 pushes_per_month=0, horizon_years=2, entity="company", paid_share=6.36e-11,
                                 budget_cny=0))
# WeCom alone at ¥4,552.5 (the JSON's 4,553): numpy's round split it ¥3,052 + ¥1,500, a half to the even yuan.
@example(Scenario().with_changes(budget_cny=500000.0, interaction_minutes=45.0, audience=37.0, pushes_per_month=0.0,
                                 goals=["service", "relationship"], horizon_years=5, paid_share=0.0))
def test_the_breakdown_adds_up_to_the_total(scenario):
    ev = evaluate(scenario, PACK)
    for plan in (ev.plan, *ev.alternatives):
        data = plan.to_dict(lambda r: r.text)
        assert set(data["cost_breakdown_cny"]) == set(COMPONENTS)
        assert sum(data["cost_breakdown_cny"].values()) == data["cost_cny"]["likely"]
        assert all(v >= 0 for v in data["cost_breakdown_cny"].values())
        for year, parts in zip(data["yearly_cost_cny"], plan.yearly_breakdown):
            assert whole_yuan(sum(parts.values())) == year["likely"]


@SETTINGS
@given(scenarios)
def test_costs_are_finite_ordered_and_json_is_strict(scenario):
    import json
    ev = evaluate(scenario, PACK)
    for plan in (ev.plan, *ev.alternatives):
        for band in (plan.total, plan.first_year, *plan.yearly, *plan.cumulative):
            assert all(math.isfinite(v) for v in (band.low, band.likely, band.high))
            assert 0 <= band.low <= band.likely + EPS and band.likely <= band.high + EPS
    json.dumps(ev.to_dict(), allow_nan=False)


@SETTINGS
@given(scenarios, st.floats(1.0001, 100))
def test_a_plans_cost_never_falls_when_the_audience_grows(scenario, factor):
    bigger = scenario.with_changes(audience=min(scenario.audience * factor + 1, 2e9))
    for members in (("mini_program",), ("native_app",), ("service", "wecom")):
        small = CostBook(scenario, PACK).yearly(members).sum(axis=1)
        large = CostBook(bigger, PACK).yearly(members).sum(axis=1)
        assert (large >= small - EPS).all()


@SETTINGS
@given(scenarios)
def test_the_apps_fit_never_falls_as_sessions_get_longer(scenario):
    longer = scenario.with_changes(interaction_minutes=min(scenario.interaction_minutes * 2, 1440))
    short, long = evaluate(scenario, PACK), evaluate(longer, PACK)
    assert long.presence("native_app").fit >= short.presence("native_app").fit - EPS
    assert long.presence("mini_program").fit <= short.presence("mini_program").fit + EPS


@SETTINGS
@given(scenarios)
def test_a_wechat_fit_never_rises_as_the_china_share_falls(scenario):
    lower = scenario.with_changes(china_share=scenario.china_share / 2)
    high, low = evaluate(scenario, PACK), evaluate(lower, PACK)
    for pid in WECHAT_PRESENCES:
        assert low.presence(pid).fit <= high.presence(pid).fit + EPS
    assert low.presence("native_app").fit == high.presence("native_app").fit


@SETTINGS
@given(scenarios)
def test_why_not_explains_every_alternative(scenario):
    ev = evaluate(scenario, PACK)
    for alt in ev.alternatives:
        assert alt.why_not and alt.presences != ev.plan.presences
        assert alt.why_not[0].code in ("why_not_lower", "why_not_close", "why_not_hair", "why_not_tie",
                                       "why_not_tie_alike", "why_not_tie_larger", "why_not_tie_even",
                                       "why_not_both_at_zero")
    for p in ev.presences:
        if p.eligible:
            assert p.reasons[0].code in (("in_plan", "in_plan_no_duty", "in_plan_wechat_door", "in_plan_for_weak_goals",
                                          "in_plan_chats", "in_plan_chats_one_hour", "in_plan_chats_under_hour",
                                          "in_plan_sole_no_duty", "in_plan_sole_weak_goals", "in_plan_no_jobs")
                                         if p.in_plan else
                                         ("not_in_plan", "not_in_plan_plain", "not_in_plan_tie",
                                          "not_in_plan_budget", "not_in_plan_budget_further",
                                          "not_in_plan_effort", "not_in_plan_effort_more", "not_in_plan_effort_less",
                                          "not_in_plan_effort_less_budget", "not_in_plan_effort_less_cost",
                                          "not_in_plan_effort_cost", "not_in_plan_effort_cost_rounding",
                                          "not_in_plan_effort_rounding", "not_in_plan_covered_cost",
                                          "not_in_plan_effort_less_cheaper",
                                          "not_in_plan_more_covered_dearer",
                                          "not_in_plan_staff_added",
                                          "not_in_plan_staff_saved", "not_in_plan_budget_spares",
                                          "not_in_plan_budget_further_spares"))
