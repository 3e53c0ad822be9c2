"""The first-year rows a ranking asks for at every audience, scaled from blocks kept with the plans' rows, are the
rows made afresh from the whole table, bit for bit.

PlanRows keeps the fixed, per-user and per-contact numbers of the distinct first-year rows (those no other row is a
twin of) taken out once, so that an audience move scales them rather than gathering them again. Here, at audiences
across the range (WeCom's free contacts, its member-scale tiers, an audience of none and of -0.0), those rows are
the same as the ones the whole table gives, for every example and for generated scenarios, whether the kept blocks
were made at another audience or not.
"""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import CostBook, clear_cost_cache
from wxdesk.engine.plans import plan_sets

PACK = load_datapack()
AUDIENCES = [0.0, -0.0, 1.0, 300.0, 45_000.0, 2_000_000.0, 80_000_000.0]


def _check(scenario, audiences) -> None:
    clear_cost_cache()
    sets = plan_sets(scenario, PACK).sets
    if not sets:
        return
    for audience in audiences:
        book = CostBook(scenario.with_changes(audience=audience), PACK)
        distinct = book._rows(sets).distinct_first_years
        kept = book.first_year_and_total(sets, list(distinct))  # the kept blocks, scaled
        fresh = book.first_year_and_total(sets)[distinct]  # every row made, then those taken out
        assert kept.shape == fresh.shape
        assert (kept.view(np.uint64) == fresh.view(np.uint64)).all()
        kept[:] = np.nan  # the caller's own array: the kept blocks stay as they were
        again = book.first_year_and_total(sets, list(distinct))
        assert (again.view(np.uint64) == fresh.view(np.uint64)).all()


def test_every_example_across_the_audience_slider():
    for name in preset_ids():
        _check(load_preset(name), AUDIENCES)


@settings(max_examples=25, deadline=None)
@given(scenarios, st.lists(st.floats(0, 1e8), min_size=1, max_size=3))
def test_generated_scenarios(scenario, audiences):
    _check(scenario, audiences)


def test_only_the_distinct_first_years_are_kept():
    clear_cost_cache()
    scenario = load_preset("bank_care")
    sets = plan_sets(scenario, PACK).sets
    rows = CostBook(scenario, PACK)._rows(sets)
    assert rows.distinct_first_years == list(dict.fromkeys(rows.twins[:len(sets)]))
    fixed, per_user, contact = rows._first_year_blocks
    assert len(fixed) == len(per_user) == len(rows.distinct_first_years) <= len(sets)
    assert contact is None or len(contact) == len(fixed)
    assert not fixed.flags.writeable and not per_user.flags.writeable
