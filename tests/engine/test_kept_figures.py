"""The small stores that make a new slider position cheap: each is keyed on everything it depends on
and never grows past its bound.

A kept value found under the wrong key would show another scenario's or another pack's figures; a
store without a bound would grow with every position a user drags over. Each test here fails
where a store answers for what it was not made from, or grows beyond its limit.
"""

from __future__ import annotations

import dataclasses
import pickle

import numpy as np
import pytest

import wxdesk.engine.datapack as datapack
from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset
from wxdesk.engine.cost_terms import year_patterns
from wxdesk.engine.costs import CostBook, clear_cost_cache
from wxdesk.engine.datapack import HashOnce
from wxdesk.engine.evaluator import _variants_of
from wxdesk.engine.fit import fit_table
from wxdesk.engine.plans import PlanSets, ranking

PACK = load_datapack()


def _override(value: float) -> dict[str, dict[str, float]]:
    return {"app_build_cny": {"low": value / 2, "likely": value, "high": value * 2}}


def test_overridden_packs_are_kept_per_pack_and_per_value():
    first = PACK.with_overrides(_override(300_000.0))
    assert PACK.with_overrides(_override(300_000.0)) is first  # the same pack, the same values: kept
    assert first.likely("app_build_cny") == 300_000.0
    other = PACK.with_overrides(_override(400_000.0))
    assert other is not first and other.likely("app_build_cny") == 400_000.0
    # Another pack with the same overrides: its own figures, not the first pack's.
    cheaper_mp = dataclasses.replace(PACK, figures={**PACK.figures,
                                                    "mp_build_cny": PACK.figures["mp_build_cny"].with_values(1, 2, 3)})
    from_other_pack = cheaper_mp.with_overrides(_override(300_000.0))
    assert from_other_pack is not first
    assert from_other_pack.likely("mp_build_cny") == 2 and first.likely("mp_build_cny") != 2
    # 1.0 and 1 are equal, but a figure keeps the type it was given: kept apart.
    as_int = PACK.with_overrides({"weight_goal": {"low": 1, "likely": 1, "high": 1}})
    as_float = PACK.with_overrides({"weight_goal": {"low": 1.0, "likely": 1.0, "high": 1.0}})
    assert type(as_int.likely("weight_goal")) is int and type(as_float.likely("weight_goal")) is float


def test_overridden_packs_kept_never_grow_past_their_bound():
    for step in range(datapack._OVERRIDDEN_LIMIT * 3):
        PACK.with_overrides(_override(100_000.0 + step))
        assert len(datapack._overridden) <= datapack._OVERRIDDEN_LIMIT


def test_an_evaluation_with_overrides_equals_one_with_nothing_kept():
    scenario = load_preset("car_brand").with_changes(overrides=_override(250_000.0))
    for audience in (1_000.0, 2e6, 5e4):  # a drag, the overridden pack found kept at each move
        warm = evaluate(scenario.with_changes(audience=audience), PACK)
    datapack._overridden.clear()
    clear_cost_cache()
    assert warm.to_dict() == evaluate(scenario.with_changes(audience=5e4), PACK).to_dict()


def test_a_packs_ranges_key_hashes_as_its_tuple_and_forgets_the_hash_when_pickled():
    key = PACK.ranges_key
    plain = tuple(key)
    assert isinstance(key, HashOnce) and key == plain and hash(key) == hash(plain)
    assert {plain: 1}[key] == 1
    copied = pickle.loads(pickle.dumps(key))
    assert copied == plain and "hash" not in copied.__dict__  # a text's hash is this process's alone


def test_plan_sets_keep_one_penalty_per_pack_value():
    sets = PlanSets((), (), (("service",), ("service", "wecom"), ("service", "wecom", "channels")))
    assert sets.presence_penalties(5.0) == [0.0, 5.0, 10.0]
    assert sets.presence_penalties(2.0) == [0.0, 2.0, 4.0]  # not the 5-point list
    assert len(sets._penalties) == 1
    assert sets.places == {("service",): 0, ("service", "wecom"): 1, ("service", "wecom", "channels"): 2}


def test_wecoms_scale_rows_are_those_of_each_tier():
    """A staff scenario crosses WeCom's member-scale tiers as the audience grows; the rows kept for one
    tier never stand for another, and every ranking equals one made with nothing kept."""
    staff = load_preset("factory_staff")
    limits = [PACK.likely("wecom_small_members_max"), PACK.likely("wecom_medium_members_max")]
    audiences = [limits[0] / 2, limits[0] * 2, limits[1] * 2, limits[0] * 3, limits[0] / 3]
    clear_cost_cache()
    warm = []
    for audience in audiences:
        scenario = staff.with_changes(audience=audience)
        book = CostBook(scenario, PACK)
        ranked = ranking(fit_table(scenario, PACK), scenario, PACK, book)
        warm.append([(c.members, c.first_year_likely, c.total_likely) for c in ranked])
    rows = next(iter(book._store.layouts.values()))
    assert set(rows._scale) <= {1, 2} and len(rows._scale) == 2  # both tiers met, each made once
    for audience, found in zip(audiences, warm, strict=True):
        clear_cost_cache()
        scenario = staff.with_changes(audience=audience)
        book = CostBook(scenario, PACK)
        fresh = ranking(fit_table(scenario, PACK), scenario, PACK, book)
        assert found == [(c.members, c.first_year_likely, c.total_likely) for c in fresh]


def test_year_patterns_are_made_per_horizon_and_read_only():
    every, first, later = year_patterns(4)
    assert every.tolist() == [1, 1, 1, 1] and first.tolist() == [1, 0, 0, 0] and later.tolist() == [0, 1, 1, 1]
    assert year_patterns(2)[2].tolist() == [0, 1]
    with pytest.raises(ValueError):
        every[0] = 2.0
    assert year_patterns.cache_info().maxsize is not None


def test_a_plans_variants_follow_its_members_and_cannot_be_changed():
    variants = _variants_of(("service", "native_app"))
    assert dict(variants) == {"mini_program": ("service", "mini_program"), "native_app": ("service", "native_app"),
                              "both": ("service", "mini_program", "native_app")}
    assert dict(_variants_of(("wecom",)))["native_app"] == ("wecom", "native_app")
    with pytest.raises(TypeError):
        variants["both"] = ()  # type: ignore[index]
    assert _variants_of.cache_info().maxsize == 64


def test_the_fit_bases_weight_sum_is_its_own_weights():
    one = fit_table(Scenario(), PACK)
    more = fit_table(Scenario().with_changes(goals=["sell", "news", "service"]), PACK)
    assert one.basis.weight_sum == one.weights.sum() and more.basis.weight_sum == more.weights.sum()
    assert one.basis.weight_sum != more.basis.weight_sum
    assert np.array_equal(more.basis.shares, more.weights / more.weights.sum())
