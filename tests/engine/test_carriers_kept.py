"""A plan's carriers (the member that serves each dimension best) read from the table's basis are the ones a
fresh table gives, at every audience and session length.

Only the audience size's and the session length's columns change between the tables of one basis (never a job:
FitBasis.at), so a plan's carriers on every other column are kept with the basis, from the first table they were
asked of, and only those two are read again from each table (FitTable._find_carriers). Here they equal
carriers_on over the whole of a table made afresh (a new basis) for the examples and generated scenarios, plans
in any order of their members, whichever table asked first.
"""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import clear_cost_cache, kept_fit_table
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.fit import carriers_on, fit_table

PACK = load_datapack()
MOVES = [(100.0, 0.5), (3_000.0, 5.0), (80_000.0, 30.0), (2_000_000.0, 2.0), (60_000_000.0, 120.0), (0.0, 1.0)]
PLANS = [members for n in (1, 2, 3) for members in itertools.combinations(PRESENCES, n)]


def _check(scenario, moves, plans) -> None:
    clear_cost_cache()
    for audience, minutes in moves:
        moved = scenario.with_changes(audience=audience, interaction_minutes=minutes)
        table, fresh = kept_fit_table(moved, PACK), fit_table(moved, PACK)
        assert table.basis is not fresh.basis
        for members in plans:
            kept = table.carriers(members)
            assert list(kept.items()) == list(carriers_on(fresh, tuple(members)).items())


def test_every_example_across_both_sliders():
    for name in preset_ids():
        _check(load_preset(name), MOVES, PLANS)


@settings(max_examples=40, deadline=None)
@given(scenarios, st.lists(st.tuples(st.floats(0, 1e8), st.floats(0.5, 120)), min_size=1, max_size=4),
       st.lists(st.lists(st.sampled_from(PRESENCES), min_size=1, max_size=4, unique=True), min_size=1, max_size=6))
def test_generated_scenarios_and_plans_in_any_order(scenario, moves, plans):
    _check(scenario, moves, [tuple(p) for p in plans])
