"""The ranking's quick reads give what the slow ones give.

A candidate is built with its score already found (Candidate.scored), a place already in its final order is
read without settling the ties again, and the plan with a presence added is named from a kept tuple: each is
checked against the plain construction, the whole order settled at once, and the tuple made afresh.
"""

import math
from dataclasses import fields

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import load_datapack, load_preset, preset_ids
from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.fit import fit_table
from wxdesk.engine.plans import Candidate, Ranking, plan_sets
from wxdesk.engine.plan_reasons import _added

PACK = load_datapack()


def _bits(value: float) -> str:
    return repr(value) + ("-" if math.copysign(1.0, value) < 0 else "+")


def _ranking(scenario) -> Ranking:
    return Ranking(plan_sets(scenario, PACK), fit_table(scenario, PACK), scenario, PACK, CostBook(scenario, PACK))


def _check(scenario, reads) -> None:
    whole = _ranking(scenario)[:]  # every tie settled at once (a slice)
    ranked = _ranking(scenario)
    for place in reads:  # one place at a time, in any order, as an evaluation reads them
        if place < len(ranked):
            assert ranked[place].members == whole[place].members
    assert [c.members for c in ranked] == [c.members for c in whole]
    for candidate in whole:
        plain = Candidate(**{f.name: getattr(candidate, f.name) for f in fields(Candidate)})
        assert plain == candidate
        for name in ("unfloored", "score", "floored"):
            found, fresh = getattr(candidate, name), getattr(plain, name)
            assert (found == fresh and type(found) is type(fresh)
                    and (isinstance(found, bool) or _bits(found) == _bits(fresh)))
        for presence in PRESENCES:
            assert _added(candidate.members, presence) == tuple(
                p for p in PRESENCES if p in candidate.members or p == presence)


@settings(max_examples=60, deadline=None)
@given(scenarios, st.lists(st.integers(0, 70), max_size=12))
def test_quick_reads_of_a_ranking_give_what_the_slow_ones_give(scenario, reads):
    _check(scenario, reads)


def test_every_example_at_many_budgets_and_audiences():
    for name in preset_ids():
        preset = load_preset(name)
        for budget, audience in ((0, 100), (20_000, 5_000), (500_000, 300_000), (3e6, 3e6), (1e8, 8e7)):
            _check(preset.with_changes(budget_cny=budget, audience=audience), [5, 0, 3, 1, 9, 2])
