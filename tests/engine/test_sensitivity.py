"""The tornado's drivers agree with a brute-force one-at-a-time swing through evaluate(), and the
sweep starts from the answer itself: the evaluation's plan and its likely cost."""

from dataclasses import replace

import pytest
from hypothesis import given, settings

from tests.engine.scenario_strategies import scenarios
from wxdesk.engine import evaluate, load_preset, preset_ids
from wxdesk.engine.scenario import Scenario, with_override
from wxdesk.engine.sensitivity import base_outcome, sensitivity

SCENARIOS = {
    "car_brand": None,
    "fitness_coaching": None,
    "long_sessions": Scenario(interaction_minutes=10, goals=("sell",), budget_cny=2e6),
}


def _scenario(name):
    return SCENARIOS[name] or load_preset(name)


@pytest.fixture(scope="module")
def car_brand_sweep():
    """car_brand's sweep as the bundled pack gives it, made once in a worker: six tests below check different things
    of this one sweep, and each had made it again (some seconds of a CI core each)."""
    from wxdesk.engine import load_datapack
    return sensitivity(load_preset("car_brand"), load_datapack())


def _sweep(request, pack, name, scenario):
    """The sweep of `scenario` (`name`'s): the bundled car_brand's the module's one (car_brand_sweep), any other
    made here."""
    if name == "car_brand" and scenario == load_preset("car_brand"):
        return request.getfixturevalue("car_brand_sweep")
    return sensitivity(scenario, pack)


def _brute_force(scenario, pack, measured, only=None):
    """Every range figure held at its low and at its high, all others over their ranges, through evaluate().

    Returns, per figure, (plan at low, plan at high) and, where the measured plan still
    wins at that end, its likely cost and its lead over the runner-up.
    """
    applied = pack.with_overrides(scenario.overrides)
    results = {}
    for fid, fig in applied.figures.items():
        if not fig.is_range or (only is not None and fid not in only):
            continue
        ends = []
        for value in (fig.low, fig.high):
            overrides = {**scenario.overrides, fid: {"low": value, "likely": value, "high": value}}
            ev = evaluate(replace(scenario, overrides=overrides), pack)
            if ev.plan.presences == measured:
                ends.append((ev.plan.presences, ev.plan.total.likely, ev.plan.score - ev.alternatives[0].score))
            else:
                ends.append((ev.plan.presences, None, None))
        results[fid] = ends
    return results


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_swing_matches_a_brute_force_swing_through_evaluate(request, pack, name):
    scenario = _scenario(name)
    result = _sweep(request, pack, name, scenario)
    answer = evaluate(scenario, pack)
    assert result.base.plan == answer.plan.presences
    assert result.base.cost == pytest.approx(answer.plan.total.likely, rel=1e-12)
    brute = _brute_force(scenario, pack, result.base.plan)
    assert {s.figure.id for s in result.swings} == set(brute)
    for swing in result.swings:
        low, high = brute[swing.figure.id]
        assert (swing.at_low.plan, swing.at_high.plan) == (low[0], high[0]), swing.figure.id
        for outcome, end in ((swing.at_low, low), (swing.at_high, high)):
            if end[1] is not None:
                assert outcome.cost == pytest.approx(end[1], rel=1e-9, abs=1e-3)
                assert outcome.lead == pytest.approx(end[2], abs=1e-9)
            else:
                assert outcome.lead < 0  # another plan wins: the measured plan is behind


def test_swings_are_sorted_biggest_first(car_brand_sweep):
    result = car_brand_sweep
    swings = [s.cost_swing for s in result.by_cost()]
    assert swings == sorted(swings, reverse=True)
    fits = [s.fit_swing for s in result.by_fit()]
    assert fits == sorted(fits, reverse=True)
    assert swings[0] > 0


def test_a_swing_that_changes_the_winner_is_marked(car_brand_sweep):
    result = car_brand_sweep
    marked = [s for s in result.swings if result.flips_recommendation(s)]
    unmarked = [s for s in result.swings if not result.flips_recommendation(s)]
    assert marked and unmarked
    for s in marked:
        assert {s.at_low.plan, s.at_high.plan} != {result.base.plan}
        assert min(s.at_low.lead, s.at_high.lead) < 0
    for s in unmarked:
        assert s.at_low.plan == s.at_high.plan == result.base.plan


def test_overriding_a_figure_to_one_value_removes_it_from_the_swings(pack, car_brand_sweep):
    scenario = load_preset("car_brand")
    top = car_brand_sweep.top_cost_driver.figure
    pinned = with_override(scenario, top.id, top.likely, top.likely, top.likely)
    after = sensitivity(pinned, pack)
    assert top.id not in {s.figure.id for s in after.swings}
    assert after.top_cost_driver.figure.id != top.id


def test_widening_a_range_widens_its_swing(pack, car_brand_sweep):
    scenario = load_preset("car_brand")
    fig = pack.figures["mp_build_cny"]
    before = next(s for s in car_brand_sweep.swings if s.figure.id == fig.id)
    wider = with_override(scenario, fig.id, fig.low / 2, fig.likely, fig.high * 3)
    after = next(s for s in sensitivity(wider, pack).swings if s.figure.id == fig.id)
    assert after.cost_swing > before.cost_swing * 2


def test_fixed_figures_are_not_swung(pack):
    result = sensitivity(Scenario(), pack)
    ids = {s.figure.id for s in result.swings}
    assert "weight_goal" not in ids and "service_broadcasts_per_month" not in ids
    assert "app_build_cny" in ids


def test_sensitivity_flips_and_packs_import_no_qt():
    import subprocess
    import sys
    check = ("import sys, wxdesk.engine.sensitivity, wxdesk.engine.flips, wxdesk.engine.packs; "
             "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')]; "
             "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_slider_moves_reuse_nothing_stale(pack):
    """Cached swing packs serve later slider values: each result still equals a fresh brute force."""
    base = load_preset("car_brand")
    for changes in ({"audience": 2_000}, {"budget_cny": 80_000}, {"china_share": 0.3}):
        moved = base.with_changes(**changes)
        result = sensitivity(moved, pack)
        brute = _brute_force(moved, pack, result.base.plan, {s.figure.id for s in result.swings[:6]})
        for swing in result.swings[:6]:
            low, high = brute[swing.figure.id]
            assert (swing.at_low.plan, swing.at_high.plan) == (low[0], high[0]), changes
            if low[1] is not None:
                assert swing.at_low.cost == pytest.approx(low[1], rel=1e-9, abs=1e-3), changes


def _assert_base_is_the_answer(base, scenario, pack):
    answer = evaluate(scenario, pack)
    assert base.plan == answer.plan.presences
    # The very figure the headline states: the median of the same sampled runs (summed in another order).
    assert base.cost == pytest.approx(answer.plan.total.likely, rel=1e-12)
    assert answer.plan.total.low * (1 - 1e-12) <= base.cost <= answer.plan.total.high * (1 + 1e-12)
    lead = answer.plan.score - answer.alternatives[0].score if answer.alternatives else 0.0
    assert base.lead == pytest.approx(lead, abs=1e-9)


@pytest.mark.parametrize("preset", preset_ids())
def test_the_sweep_starts_from_the_answers_plan_and_likely_cost(request, pack, preset):
    """fitness_coaching once swept Native app alone beside the answer's WeCom + Native app, and
    bank_care's base cost (every figure at its likely value) sat below the answer's own low end."""
    scenario = load_preset(preset)
    result = _sweep(request, pack, preset, scenario)
    _assert_base_is_the_answer(result.base, scenario, pack)
    for swing in result.swings:  # a figure that changes nothing reads the base exactly
        if swing.at_low.plan == swing.at_high.plan == result.base.plan and swing.cost_swing == 0:
            assert swing.at_low.cost == result.base.cost


@settings(max_examples=30, deadline=None)
@given(scenarios)
def test_the_sweeps_base_is_the_evaluations_plan_and_likely_cost(scenario):
    from wxdesk.engine import load_datapack
    pack = load_datapack()
    _assert_base_is_the_answer(base_outcome(scenario, pack), scenario, pack)
