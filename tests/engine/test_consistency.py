"""Nothing the engine says contradicts anything else it says (issue 10), stated as properties
over every preset and over generated scenarios (hypothesis).

- A smaller budget never makes the plan dearer: lowering the budget never raises the plan's
  likely first-year cost, so a flip point below the budget names a plan no dearer.
- "Adding it would lower the plan's score by N points" is the difference of the two scores
  as shown (whole points), and the plan's own score lines add up to its score as shown.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.evaluate import Evaluation, best_plan
from wxdesk.engine.fit import fit_table
from wxdesk.engine.flips import flip_points
from wxdesk.engine.plans import ranking

PACK = load_datapack()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PRESETS = [load_preset(p) for p in preset_ids()]
any_scenario = st.one_of(st.sampled_from(PRESETS), scenarios)


def _plan_first_year(scenario, budget: float) -> float:
    moved = scenario.with_changes(budget_cny=budget)
    table = fit_table(moved, PACK)
    ranked = ranking(table, moved, PACK, CostBook(moved, PACK))
    return ranked[0].first_year_likely


# ---------------------------------------------------------------- a smaller budget, never a dearer plan

@SETTINGS
@given(any_scenario, st.floats(0, 1), st.floats(0, 1))
def test_a_smaller_budget_never_makes_the_plan_dearer(scenario, a, b):
    # Budgets from ¥0 to ten times the scenario's own (on a log scale), the range a slider crosses.
    top = max(scenario.budget_cny, 1e5) * 10
    low, high = sorted((top * 1e-6 ** a, top * 1e-6 ** b))
    for smaller in (low, 0.0):
        assert _plan_first_year(scenario, smaller) <= _plan_first_year(scenario, high) * (1 + 1e-9) + 1e-6


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_a_budget_flip_below_names_a_plan_no_dearer(scenario):
    point = flip_points(scenario, PACK, fields=["budget_cny"])["budget_cny"]
    if point is None:
        return
    here = _plan_first_year(scenario, scenario.budget_cny)
    there = _plan_first_year(scenario, point.value)
    assert best_plan(scenario.with_changes(budget_cny=point.value), PACK) == point.winner
    if point.direction == "below":
        assert there <= here
    else:
        assert there >= here


def test_news_publisher_with_less_money_keeps_the_cheaper_plan():
    """The review's case: at ¥250k and ¥100k the plan was Official Account + native app (¥1.5M in year one)."""
    news = load_preset("news_publisher")
    own = best_plan(news, PACK)
    for budget in (250_000, 100_000, 0):
        assert "native_app" not in best_plan(news.with_changes(budget_cny=budget), PACK) or "native_app" in own


# ---------------------------------------------------------------- points as the scores show them

def _shown_scores(ev: Evaluation) -> dict[tuple[str, ...], int]:
    """Every plan whose score is shown: the plan, the alternatives and the chart's variants."""
    shown = {p.presences: round(p.score) for p in (ev.plan, *ev.alternatives)}
    for variant in ev.app_or_mini_program.variants.values():
        shown.setdefault(variant.presences, round(variant.score))
    return shown


def _check_points_follow_the_shown_scores(scenario) -> None:
    ev = evaluate(scenario, PACK)
    table = fit_table(scenario, PACK)
    ranked = ranking(table, scenario, PACK, CostBook(scenario, PACK))
    shown = _shown_scores(ev)
    plan_score = round(ev.plan.score)
    for presence in ev.presences:
        if presence.in_plan or not presence.eligible:
            continue
        first = presence.reasons[0]
        members = tuple(p for p in PRESENCES if p in ev.plan.presences or p == presence.id)
        with_it = ranked.get(members)
        assert with_it is not None
        difference = plan_score - round(with_it.score)
        if first.template in (R.NOT_IN_PLAN, R.NOT_IN_PLAN_PLAIN):
            assert first.params["points"] == difference > 0
        else:
            assert first.template == R.NOT_IN_PLAN_TIE and difference == 0
        if members in shown:
            assert shown[members] == round(with_it.score)
    # The plan's own lines: coverage less each line's points is its score as shown.
    lines = {r.template: r for r in ev.plan.reasons}
    total = lines[R.PLAN_SCORE].params["coverage"]
    for template in (R.PLAN_PRESENCE_COST, R.PLAN_BUDGET_COST):
        if template in lines:
            total -= lines[template].params["points"]
    assert total == plan_score


@pytest.mark.parametrize("scenario", PRESETS, ids=preset_ids())
def test_points_follow_the_shown_scores_in_every_preset(scenario):
    _check_points_follow_the_shown_scores(scenario)


@SETTINGS
@given(scenarios)
def test_points_follow_the_shown_scores(scenario):
    _check_points_follow_the_shown_scores(scenario)
