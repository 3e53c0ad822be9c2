"""The plans a ranking scores are a key whose hash is found once, read as the plain tuple of them."""

from __future__ import annotations

from hypothesis import given, settings

from scenario_strategies import scenarios
from wxdesk.engine import load_datapack
from wxdesk.engine.datapack import HashOnce
from wxdesk.engine.plans import plan_sets

PACK = load_datapack()


@settings(max_examples=30, deadline=None)
@given(scenarios)
def test_the_plans_ranked_are_one_key_hashed_once_holding_each_plans_tuple(scenario):
    sets = plan_sets(scenario, PACK).sets
    assert type(sets) is HashOnce and all(type(members) is tuple for members in sets)
    plain = tuple(sets)
    assert sets == plain and hash(sets) == hash(plain) and {plain: "kept"}[sets] == "kept"
