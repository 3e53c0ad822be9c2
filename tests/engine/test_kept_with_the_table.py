"""What an evaluation keeps with its fit table, and with the table's basis, answers as a fresh evaluation does.

A budget move evaluates at the same audience and session length, so with the same fit table: each presence's
own sentences, and the parts of each plan's result that follow neither the budget nor its score (its roles,
columns, timeline, whether it is live in time ...), are kept with the table (FitTable.keep) under the other
numbers they read (the date to be live by and the day, the plan's figures); those that follow neither the
audience nor the session length either (its roles, timeline, the goals no member does well) with the table's
basis, for moves of those sliders. Here runs of moves, with dates to be live by and days changed between them,
each answer exactly (every field, every float to its last bit: the result's repr) as an evaluation with nothing
kept.
"""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import clear_cost_cache

PACK = load_datapack()
DAYS = [dt.date(2026, 12, 2), dt.date(2027, 3, 1)]
LIVE_BY = ["", "2027-01-15", "2027-06-30"]

steps = st.lists(st.tuples(st.one_of(st.floats(0, 1e9), st.sampled_from([0.0, -0.0, 20_000.0, 3e6])),
                           st.sampled_from(LIVE_BY), st.sampled_from(DAYS)), min_size=1, max_size=6)


def _check(scenario, moves) -> None:
    clear_cost_cache()
    evaluate(scenario, PACK, DAYS[0])
    for budget, live_by, today in moves:
        moved = scenario.with_changes(budget_cny=budget, live_by=live_by)
        warm = repr(evaluate(moved, PACK, today))
        clear_cost_cache()
        fresh = repr(evaluate(moved, PACK, today))
        assert warm == fresh
        evaluate(moved.with_changes(budget_cny=budget * 1.5 + 7), PACK, today)  # (leaves the table as a drag does)


@settings(max_examples=40, deadline=None)
@given(scenarios, steps)
def test_budget_moves_answer_as_fresh_evaluations(scenario, moves):
    _check(scenario, moves)


def test_every_example_over_budget_moves():
    moves = [(0.0, "", DAYS[0]), (25_000.0, "2027-01-15", DAYS[0]), (25_000.0, "2027-01-15", DAYS[1]),
             (400_000.0, "", DAYS[1]), (9e6, "2027-06-30", DAYS[0])]
    for name in preset_ids():
        _check(load_preset(name), moves)


slider_steps = st.lists(st.tuples(st.sampled_from(["budget_cny", "audience", "interaction_minutes"]),
                                  st.floats(0.1, 1e8), st.sampled_from(LIVE_BY), st.sampled_from(DAYS)),
                        min_size=1, max_size=6)


@settings(max_examples=40, deadline=None)
@given(scenarios, slider_steps)
def test_slider_moves_with_other_dates_answer_as_fresh_evaluations(scenario, moves):
    clear_cost_cache()
    evaluate(scenario, PACK, DAYS[0])
    for field, value, live_by, today in moves:
        moved = scenario.with_changes(**{field: min(value, 600.0) if field == "interaction_minutes" else value},
                                      live_by=live_by)
        warm = repr(evaluate(moved, PACK, today))
        clear_cost_cache()
        fresh = repr(evaluate(moved, PACK, today))
        assert warm == fresh
        evaluate(scenario, PACK, DAYS[0])  # (the basis made again from the scenario before the move, as a drag has it)
