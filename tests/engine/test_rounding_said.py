"""A score line whose points are not its rule's says it takes the rounding of the lines.

The plan's lines (coverage, less the points each part takes) add up to its score as written; rounded one by one they
can miss it by a unit, and one line takes the difference (plan_reasons.shown_points). fitness_coaching read "Less 16
points because the budget covers only 47% of its likely first-year cost" beside a JSON impact of -15.32: a client
checking the points by the rule found 15. The cost's line said "and the rounding of these lines" where it took the
difference; the budget's and the chats' lines said nothing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 5)
ROUNDING = {R.PLAN_STAFF_COST_ROUNDING, R.PLAN_BUDGET_COST_ROUNDING, R.PLAN_BUDGET_NONE_ROUNDING,
            R.PLAN_COST_POINTS_ROUNDING, R.PLAN_COST_POINTS_FROM_ROUNDING}
TAKING = (*R.PLAN_STAFF_LINES, *R.PLAN_COST_LINES, *R.PLAN_BUDGET_LINES)


def _check(scenario) -> None:
    plan = evaluate(scenario, PACK, TODAY).plan
    floored = any(r.template == R.PLAN_SCORE_FLOOR for r in plan.reasons)
    score_line = plan.reasons[0]
    digits = getattr(score_line.params["score"], "digits", 0)
    unit = 10 ** digits
    for line in plan.reasons:
        if line.template not in TAKING or floored:
            continue
        by_rule = round(-line.impact * unit) / unit
        said = line.template in ROUNDING
        assert said == (float(line.params["points"]) != by_rule), (line.template, line.params, line.impact)
        if said:
            assert "rounded so that these lines add up to the score" in Words(pack=PACK).reason(line)


def test_fitness_coachings_budget_line_says_it_takes_the_rounding():
    """The example at a budget of ¥900k, its scores in whole points (61, then 56 and 55): coverage 83 (82.57) less a
    score of 61 (61.12) leaves 22, where the budget's rule takes 21.5 of the app's ¥3.51M. (Its own ¥1.5M served here
    until its next two plans came apart, when an account beside its app came to pay for the messages it sends alone.)"""
    scenario = load_preset("fitness_coaching").with_changes(budget_cny=900_000)
    plan = evaluate(scenario, PACK, TODAY).plan
    budget = next(r for r in plan.reasons if r.template in R.PLAN_BUDGET_LINES)
    assert budget.params["points"] == 22 and round(-budget.impact, 1) == 21.5
    assert Words(pack=PACK).reason(budget) == ("Less 22 points because the budget covers only 26% of its likely "
                                               "first-year cost (rounded so that these lines add up to the score).")


@pytest.mark.parametrize("preset", preset_ids())
def test_every_examples_lines_say_where_they_take_the_rounding(preset):
    _check(load_preset(preset))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_any_plans_lines_say_where_they_take_the_rounding(scenario):
    _check(scenario)
