"""The engine's shortcuts give the numbers they stand for.

Cost parts are shared between evaluations whose cost inputs agree (every slider move,
batch rows that differ in goals or budget), and medians and percentiles come from one
sort instead of numpy's own functions. Both are only allowed because they change no
figure: a cached evaluation equals a fresh one, and the quantiles equal numpy's.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine.costs import clear_cost_cache
from wxdesk.engine.quantiles import medians, medians_in_place, percentiles

PACK = load_datapack()



@settings(max_examples=30, deadline=None)
@given(scenarios, st.lists(scenarios, min_size=1, max_size=3))
def test_an_evaluation_after_others_equals_a_fresh_one(scenario, earlier):
    """Whatever was evaluated before (and left in the shared parts), the answer is the same."""
    for other in earlier:  # fill the caches, also with the same cost inputs at another audience
        evaluate(other, PACK)
        evaluate(scenario.with_changes(audience=other.audience, budget_cny=other.budget_cny,
                                       goals=list(other.goals)), PACK)
    warm = evaluate(scenario, PACK).to_dict()
    clear_cost_cache()
    fresh = evaluate(scenario, PACK).to_dict()
    assert warm == fresh


floats = st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(float, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=40), elements=floats))
def test_medians_are_numpys(rows):
    assert np.array_equal(medians(rows), np.median(rows, axis=1))
    half = len(rows) // 2  # the same in blocks, and the rows given are left as they were
    before = rows.copy()
    assert np.array_equal(medians(rows[:half], rows[half:]), np.median(rows, axis=1))
    assert np.array_equal(rows, before)
    assert np.array_equal(medians_in_place(rows.copy()), np.median(rows, axis=1))


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(float, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=40), elements=floats),
       st.lists(st.floats(0, 100), min_size=1, max_size=4))
def test_percentiles_are_numpys(samples, qs):
    assert np.array_equal(percentiles(qs, samples), np.percentile(samples, qs, axis=1))
    half = len(samples) // 2  # the same in blocks
    assert np.array_equal(percentiles(qs, samples[:half], samples[half:]), np.percentile(samples, qs, axis=1))
