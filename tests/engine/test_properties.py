"""Properties that must hold for every valid scenario (hypothesis)."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS

PACK = load_datapack()
EPS = 1e-9

scenarios = st.builds(
    lambda **kw: Scenario().with_changes(**kw),
    budget_cny=st.floats(0, 1e9, allow_nan=False),
    interaction_minutes=st.floats(0.05, 600, allow_nan=False),
    audience=st.one_of(st.floats(0, 5e8, allow_nan=False), st.integers(0, 100)),
    china_share=st.floats(0, 1),
    pushes_per_month=st.floats(0, 200, allow_nan=False),
    goals=st.lists(st.sampled_from(GOALS), unique=True),
    needs=st.lists(st.sampled_from(NEEDS), unique=True),
    horizon_years=st.integers(1, 9),
    entity=st.sampled_from(ENTITIES),
)
SETTINGS = settings(max_examples=60, deadline=None)


@SETTINGS
@given(scenarios)
def test_fits_in_range_and_costs_finite_and_ordered(scenario):
    ev = evaluate(scenario, PACK)
    for account in ev.accounts:
        assert 0 <= account.fit <= 100
    avm = ev.app_vs_mini_program
    for option in (avm.native_app, avm.mini_program):
        assert 0 <= option.fit <= 100
        for band in (option.total, *option.yearly, *option.cumulative):
            assert all(math.isfinite(v) for v in (band.low, band.likely, band.high))
            assert 0 <= band.low <= band.likely <= band.high
    assert ev.best_setup and all(ev.account(a).eligible for a in ev.best_setup)


@SETTINGS
@given(scenarios, st.floats(1.0001, 100))
def test_cost_never_falls_when_audience_grows(scenario, factor):
    bigger = scenario.with_changes(audience=min(scenario.audience * factor + 1, 2e9))
    small, large = evaluate(scenario, PACK).app_vs_mini_program, evaluate(bigger, PACK).app_vs_mini_program
    for option in ("native_app", "mini_program"):
        a, b = small.option(option).total, large.option(option).total
        assert b.low >= a.low - EPS and b.likely >= a.likely - EPS and b.high >= a.high - EPS


@SETTINGS
@given(scenarios)
def test_cost_never_falls_when_horizon_grows(scenario):
    if scenario.horizon_years == 10:
        return
    longer = scenario.with_changes(horizon_years=scenario.horizon_years + 1)
    short, long = evaluate(scenario, PACK).app_vs_mini_program, evaluate(longer, PACK).app_vs_mini_program
    for option in ("native_app", "mini_program"):
        a, b = short.option(option).total, long.option(option).total
        assert b.low >= a.low - EPS and b.likely >= a.likely - EPS and b.high >= a.high - EPS


@SETTINGS
@given(scenarios, st.floats(1.0001, 50))
def test_app_advantage_never_shrinks_as_sessions_get_longer(scenario, factor):
    longer = scenario.with_changes(interaction_minutes=min(scenario.interaction_minutes * factor, 1440))
    a = evaluate(scenario, PACK).app_vs_mini_program
    b = evaluate(longer, PACK).app_vs_mini_program
    assert b.native_app.fit - b.mini_program.fit >= a.native_app.fit - a.mini_program.fit - EPS


@SETTINGS
@given(scenarios, st.floats(0, 1))
def test_mini_program_fit_never_rises_as_china_share_falls(scenario, lower_fraction):
    lower = scenario.with_changes(china_share=scenario.china_share * lower_fraction)
    high_share = evaluate(scenario, PACK).app_vs_mini_program.mini_program.fit
    low_share = evaluate(lower, PACK).app_vs_mini_program.mini_program.fit
    assert low_share <= high_share + EPS
