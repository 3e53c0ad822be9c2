"""The parts of the plans' scores kept with the likely costs at an audience equal the parts found afresh.

A ranking's points for the staff, the cost and the budget follow the costs at the audience and a few numbers
(the budget, the pack's points, the staff the audience takes), and are kept with the likely costs under those
numbers (LikelyCosts.kept): a budget or session drag finds them ready. Here, after moves of the budget and the
session length, and with the pack's points changed under the same costs, every list a ranking scores by is the
one a ranking made afresh holds, to the last bit.
"""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.costs import CostBook, clear_cost_cache
from wxdesk.engine.fit import fit_table
from wxdesk.engine.plans import Ranking, _Scores, plan_sets, score_plan

PACK = load_datapack()
# The figures the kept parts' keys name (each changed under the same costs below).
POINTS = ("staff_effort_points", "cost_points_per_doubling", "cost_points_from_cny", "budget_penalty_points",
          "budget_doublings_from_cny", "staff_hours_per_month")


def _bits(values) -> list[str]:
    return [repr(v) + ("-" if isinstance(v, float) and math.copysign(1.0, v) < 0 else "") for v in values]


def _parts(scores: _Scores) -> tuple[object, ...]:
    return (_bits(scores.staff_penalties), _bits(scores.cost_penalties), _bits(scores.budget_penalties),
            _bits(scores.covered), list(scores.within), _bits([scores.floor, scores.cost_from]), scores.cheapest)


def _scores(scenario, pack, book=None) -> _Scores:
    book = CostBook(scenario, pack) if book is None else book
    ranking = Ranking(plan_sets(scenario, pack), fit_table(scenario, pack), scenario, pack, book)
    return ranking._scores


def _fresh(scenario, pack) -> tuple[object, ...]:
    clear_cost_cache()
    return _parts(_scores(scenario, pack))


moves = st.lists(st.tuples(st.sampled_from(["budget_cny", "interaction_minutes"]),
                           st.one_of(st.floats(0, 1e9), st.sampled_from([0.0, -0.0, 1.0, 10_000.0]))),
                 min_size=1, max_size=6)
# (A budget of 0.0, then -0.0, at one audience: equal, but the shares they cover differ in sign.)
zero_then_minus_zero = [("budget_cny", 0.0), ("budget_cny", -0.0)]


@settings(max_examples=40, deadline=None)
@given(scenarios, st.one_of(moves, st.just(zero_then_minus_zero)))
def test_scores_after_budget_and_session_moves_equal_fresh_ones(scenario, steps):
    clear_cost_cache()
    _scores(scenario, PACK)
    for field, value in steps:
        if field == "interaction_minutes":
            value = min(max(abs(value), 0.05), 600.0)
        elif value != 0:
            value = abs(value)  # (a budget of -0.0 as it is: it divides unlike 0.0)
        moved = scenario.with_changes(**{field: value})
        warm = _parts(_scores(moved, PACK))
        assert warm == _fresh(moved, PACK)


@settings(max_examples=30, deadline=None)
@given(scenarios, st.sampled_from(POINTS), st.floats(0, 50), st.floats(1.0, 3.0))
def test_scores_with_other_points_under_the_same_costs_equal_fresh_ones(scenario, figure_id, value, factor):
    """The same cost book (the same likely costs) scored with a pack whose points differ: each kept part is
    found again for the points of now."""
    clear_cost_cache()
    book = CostBook(scenario, PACK)
    _scores(scenario, PACK, book)
    figure = PACK.figures[figure_id]
    likely = figure.likely * factor if figure.likely else value
    other = PACK.with_overrides({figure_id: {"low": min(figure.low, likely), "likely": likely,
                                             "high": max(figure.high, likely)}})
    warm = _parts(_scores(scenario, other, book))
    clear_cost_cache()
    assert warm == _parts(_scores(scenario, other, CostBook(scenario, PACK)))


def test_a_plan_scored_on_its_own_takes_its_rankings_floor_and_cheapest_plan():
    """score_plan's parts (a floor and a cheapest plan of its ranking's, in the keys) equal fresh ones."""
    for budget in (0.0, 30_000.0, 2e6, 1e9):
        scenario = load_preset("city_service").with_changes(budget_cny=budget)
        clear_cost_cache()
        book = CostBook(scenario, PACK)
        table = fit_table(scenario, PACK)
        ranked = Ranking(plan_sets(scenario, PACK), table, scenario, PACK, book)
        for members in [("wecom",), ("service", "wecom"), ("mini_program", "native_app")]:
            warm = score_plan(members, table, scenario, PACK, book, ranked)
            clear_cost_cache()
            fresh_book = CostBook(scenario, PACK)
            fresh_ranked = Ranking(plan_sets(scenario, PACK), table, scenario, PACK, fresh_book)
            fresh = score_plan(members, table, scenario, PACK, fresh_book, fresh_ranked)
            assert _bits([warm.budget_penalty, warm.cost_penalty, warm.staff_penalty, warm.budget_covered,
                          warm.cost_from]) == _bits([fresh.budget_penalty, fresh.cost_penalty, fresh.staff_penalty,
                                                     fresh.budget_covered, fresh.cost_from])
