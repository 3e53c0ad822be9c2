"""The break-even audiences of every plan the sliders may reach, found at rest (prepare_break_evens): a
later move that gives the plan other presences finds its own ready, and every answer is a fresh one's."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from break_even_searches import counting_searches
from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine.costs import clear_cost_cache
from wxdesk.engine.evaluator import prepare_break_evens
from wxdesk.engine.presets import load_preset, preset_ids

PACK = load_datapack()
AUDIENCES = [10.0 ** (k / 4) for k in range(33)]  # 1 to 100 million users, four steps a decade


def _bases(evaluations) -> set[tuple[str, ...]]:
    return {tuple(p for p in e.plan.presences if p not in ("native_app", "mini_program")) for e in evaluations}


@pytest.mark.parametrize("preset", preset_ids())
def test_an_audience_drag_after_the_preparation_searches_nothing(preset):
    scenario = load_preset(preset)
    clear_cost_cache()
    prepare_break_evens(scenario, PACK)
    with counting_searches() as searches:
        drag = [evaluate(scenario.with_changes(audience=audience), PACK) for audience in AUDIENCES]
    assert searches == []
    # The answers are those of fresh evaluations, each found with nothing prepared or kept.
    for audience, warm in zip(AUDIENCES[::8], drag[::8]):
        clear_cost_cache()
        assert warm.to_dict() == evaluate(scenario.with_changes(audience=audience), PACK).to_dict()


def test_without_the_preparation_a_drag_that_changes_the_plans_presences_searches():
    # What the preparation saves: this example's plan takes other presences along the audience, and each
    # set is searched for when the drag first meets it.
    scenario = load_preset("food_ordering")
    clear_cost_cache()
    with counting_searches() as searches:
        drag = [evaluate(scenario.with_changes(audience=audience), PACK) for audience in AUDIENCES]
    assert len(_bases(drag)) > 1
    assert len(searches) >= len(_bases(drag))


@settings(max_examples=25, deadline=None)
@given(scenarios, st.lists(st.tuples(st.floats(0, 2e8, allow_nan=False), st.floats(0.1, 300),
                                     st.floats(0, 1e8, allow_nan=False)), min_size=1, max_size=4))
def test_after_the_preparation_moves_of_the_sliders_search_nothing_and_answer_as_fresh(scenario, moves):
    """Any scenario, then moves of its three sliders: no search, and each answer a fresh evaluation's."""
    clear_cost_cache()
    prepare_break_evens(scenario, PACK)
    with counting_searches() as searches:
        warm = [evaluate(scenario.with_changes(audience=a, interaction_minutes=m, budget_cny=b), PACK).to_dict()
                for a, m, b in moves]
    assert searches == []
    for (a, m, b), answer in zip(moves, warm):
        clear_cost_cache()
        assert answer == evaluate(scenario.with_changes(audience=a, interaction_minutes=m, budget_cny=b),
                                  PACK).to_dict()
