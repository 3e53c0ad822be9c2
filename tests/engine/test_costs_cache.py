"""The engine's shortcuts give the numbers they stand for.

Cost parts are shared between evaluations whose cost inputs agree (every slider move,
batch rows that differ in goals or budget), and percentiles come from one
sort instead of numpy's own functions. Both are only allowed because they change no
figure: a cached evaluation equals a fresh one, and the quantiles equal numpy's.
"""

from collections.abc import Mapping

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine.costs import clear_cost_cache
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS
from wxdesk.engine.quantiles import percentiles, percentiles_in_place

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


def _exact(evaluation):
    """The unrounded figures behind the JSON: fits, scores, coverages, bands and reasons' weights."""
    plans = (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values())
    choice = evaluation.app_or_mini_program
    return ([(p.fit, [(r.template, r.impact, dict(r.params)) for r in p.reasons]) for p in evaluation.presences],
            [(p.presences, p.score, p.coverage, p.total, p.yearly, dict(p.roles), p.why_not) for p in plans],
            (choice.choice, choice.probability_mp_cheaper, choice.break_even_audience, choice.cost_note,
             dict(choice.cost_reasons), evaluation.budget))


audiences = st.one_of(st.floats(0, 2e9, allow_nan=False), st.integers(0, 1000))


@settings(max_examples=30, deadline=None)
@given(scenarios, st.lists(audiences, min_size=1, max_size=4))
def test_an_audience_move_equals_a_fresh_evaluation(scenario, earlier):
    """A drag of the audience slider: evaluations that differ only in the audience, one after another,
    each answer exactly as a fresh evaluation does (whatever is kept across them)."""
    for audience in earlier:
        evaluate(scenario.with_changes(audience=audience), PACK)
    warm = evaluate(scenario, PACK)
    clear_cost_cache()
    fresh = evaluate(scenario, PACK)
    assert warm.to_dict() == fresh.to_dict()
    assert _exact(warm) == _exact(fresh)


# One field changed at a time, as a slider or a control moves it between evaluations.
moves = st.one_of(
    st.builds(lambda a: {"audience": a}, audiences),
    st.builds(lambda m: {"interaction_minutes": m}, st.floats(0.05, 600, allow_nan=False)),
    st.builds(lambda b: {"budget_cny": b}, st.floats(0, 1e9, allow_nan=False)),
    st.builds(lambda g: {"goals": g}, st.lists(st.sampled_from(GOALS), unique=True)),
    st.builds(lambda n: {"needs": n}, st.lists(st.sampled_from(NEEDS), unique=True)),
    st.builds(lambda p: {"pushes_per_month": p}, st.floats(0, 200, allow_nan=False)),
    st.builds(lambda c: {"china_share": c}, st.floats(0, 1)),
    st.builds(lambda e: {"entity": e}, st.sampled_from(ENTITIES)),
)


@settings(max_examples=30, deadline=None)
@given(scenarios, st.lists(moves, min_size=1, max_size=4))
def test_a_run_of_moves_equals_fresh_evaluations(scenario, steps):
    """Each evaluation of a run of single-field moves equals a fresh one."""
    current = scenario
    evaluate(current, PACK)
    for change in steps:
        current = current.with_changes(**change)
        warm = evaluate(current, PACK)
        warm_dict, warm_exact = warm.to_dict(), _exact(warm)
        clear_cost_cache()
        fresh = evaluate(current, PACK)
        assert warm_dict == fresh.to_dict()
        assert warm_exact == _exact(fresh)
        evaluate(scenario, PACK)  # the starting point is kept again for the next move


floats = st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False)


@settings(max_examples=200, deadline=None)
@given(hnp.arrays(float, hnp.array_shapes(min_dims=2, max_dims=2, min_side=1, max_side=40), elements=floats),
       st.lists(st.floats(0, 100), min_size=1, max_size=4))
def test_percentiles_are_numpys(samples, qs):
    assert np.array_equal(percentiles(qs, samples), np.percentile(samples, qs, axis=1))
    half = len(samples) // 2  # the same in blocks
    assert np.array_equal(percentiles(qs, samples[:half], samples[half:]), np.percentile(samples, qs, axis=1))
    assert np.array_equal(percentiles_in_place(qs, samples.copy()), np.percentile(samples, qs, axis=1))


minutes = st.floats(0.05, 600, allow_nan=False)


@settings(max_examples=30, deadline=None)
@given(scenarios, st.lists(st.tuples(minutes, audiences), min_size=1, max_size=4))
def test_a_session_drag_equals_a_fresh_evaluation(scenario, earlier):
    """A drag of the session slider, with the audience moved between: the fit table kept for the other
    columns, and the tables kept by audience and session length, never answer for another value."""
    for session, audience in earlier:
        evaluate(scenario.with_changes(interaction_minutes=session), PACK)
        evaluate(scenario.with_changes(interaction_minutes=session, audience=audience), PACK)
    warm = evaluate(scenario, PACK)
    clear_cost_cache()
    fresh = evaluate(scenario, PACK)
    assert warm.to_dict() == fresh.to_dict()
    assert _exact(warm) == _exact(fresh)


def test_a_session_move_keeps_what_the_session_length_does_not_change():
    """The plans worth ranking, their roles and the presences' other sentences are found once for
    every session length, as for every audience: a session drag does not find them again."""
    from wxdesk.engine.evaluator import _ranked
    from wxdesk.engine.scenario import Scenario

    scenario = Scenario()
    short, _ = _ranked(scenario.with_changes(interaction_minutes=2), PACK)
    long, _ = _ranked(scenario.with_changes(interaction_minutes=40), PACK)
    assert long.basis is short.basis
    assert not np.array_equal(short.scores, long.scores)  # the session column moved with it


def test_a_budget_move_keeps_the_fit_table_and_the_costs_at_the_audience():
    """A budget drag moves no fit and no cost: its evaluations find the fit table (with its coverages)
    and the app-or-Mini-Program figures of the audience ready, and answer as fresh ones do."""
    from wxdesk.engine.evaluator import _ranked
    from wxdesk.engine.scenario import Scenario

    scenario = Scenario()
    table, ranked = _ranked(scenario, PACK)
    moved_table, moved = _ranked(scenario.with_changes(budget_cny=scenario.budget_cny / 7), PACK)
    assert moved_table is table
    assert moved.sets is ranked.sets
    for budget in (1e4, 3e5, 2e7):
        warm = evaluate(scenario.with_changes(budget_cny=budget), PACK)
        clear_cost_cache()
        assert _exact(warm) == _exact(evaluate(scenario.with_changes(budget_cny=budget), PACK))


def _figures_made(monkeypatch) -> list[int]:
    """A counter of the plans whose cost figures are made rather than found kept at their audience."""
    import wxdesk.engine.cost_figures as cost_figures

    made: list[int] = []
    make = cost_figures._figures

    def counted(book, plans, pack):
        made.append(len(plans))
        return make(book, plans, pack)

    monkeypatch.setattr(cost_figures, "_figures", counted)
    return made


def test_an_audience_drag_there_and_back_finds_every_audience_of_the_way_up(monkeypatch):
    """The slider's 60 steps up and back down, as bench_engine.py drags it: the way back finds every
    figure the way up made, and each answer there is a fresh evaluation's. (With room for three dozen
    audiences the way back made them again from the middle down, at twice the time of a kept one.)"""
    from wxdesk.engine import load_preset

    scenario = load_preset("car_brand")
    up = [float(round(a, -int(np.floor(np.log10(a))) + 2)) for a in np.geomspace(100, 1e8, 61)]
    clear_cost_cache()
    made = _figures_made(monkeypatch)
    for audience in up:
        evaluate(scenario.with_changes(audience=audience), PACK)
    assert len(made) == len(up)
    made.clear()
    back = [evaluate(scenario.with_changes(audience=audience), PACK) for audience in up[::-1]]
    assert made == []
    for audience, warm in list(zip(up[::-1], back))[::6]:
        clear_cost_cache()
        fresh = evaluate(scenario.with_changes(audience=audience), PACK)
        assert _exact(warm) == _exact(fresh)
        assert warm.to_dict() == fresh.to_dict()


@settings(max_examples=25, deadline=None)
@given(scenarios, st.lists(audiences, min_size=1, max_size=8, unique=True))
def test_an_audience_found_kept_answers_as_a_fresh_evaluation(scenario, drag):
    """Audiences met again on the way back of a drag are found kept (no cost figure made again), and
    each answer is the one a fresh evaluation gives."""
    clear_cost_cache()
    for audience in drag:
        evaluate(scenario.with_changes(audience=audience), PACK)
    with pytest.MonkeyPatch.context() as patch:
        made = _figures_made(patch)
        back = [evaluate(scenario.with_changes(audience=audience), PACK) for audience in drag[::-1]]
    assert made == []
    for audience, warm in zip(drag[::-1], back):
        clear_cost_cache()
        fresh = evaluate(scenario.with_changes(audience=audience), PACK)
        assert _exact(warm) == _exact(fresh)
        assert warm.to_dict() == fresh.to_dict()


def test_a_ranking_is_kept_at_its_audience_for_its_table_and_budget():
    """Back at an audience with the same budget and session length, the ranking made there is found;
    another budget or session length there ranks again."""
    from wxdesk.engine.evaluator import _ranked
    from wxdesk.engine.scenario import Scenario

    scenario = Scenario()
    clear_cost_cache()
    _, ranked = _ranked(scenario, PACK)
    _ranked(scenario.with_changes(audience=scenario.audience * 3), PACK)
    assert _ranked(scenario, PACK)[1] is ranked
    assert _ranked(scenario.with_changes(budget_cny=scenario.budget_cny / 3), PACK)[1] is not ranked
    assert _ranked(scenario.with_changes(interaction_minutes=40), PACK)[1] is not ranked


# A few values each, so that a run of moves comes back to where it has been.
revisits = st.lists(st.fixed_dictionaries({
    "audience": st.sampled_from([0, 800, 5e4, 3.2e6]),
    "budget_cny": st.sampled_from([0.0, 9e4, 5e5, 4e7]),
    "interaction_minutes": st.sampled_from([1.0, 3.0, 45.0]),
}), min_size=2, max_size=6)


@settings(max_examples=30, deadline=None)
@given(scenarios, revisits)
def test_moves_back_to_where_a_drag_has_been_equal_fresh_evaluations(scenario, steps):
    """Audience, budget and session moves that come back to values met before (a ranking, fit table
    and cost figures kept there): each answer is a fresh evaluation's."""
    clear_cost_cache()
    warm = []
    for change in steps:
        moved = scenario.with_changes(**change)
        evaluation = evaluate(moved, PACK)
        warm.append((moved, evaluation.to_dict(), _exact(evaluation)))
    for moved, warm_dict, warm_exact in warm:
        clear_cost_cache()
        fresh = evaluate(moved, PACK)
        assert warm_dict == fresh.to_dict()
        assert warm_exact == _exact(fresh)


@settings(max_examples=30, deadline=None)
@given(scenarios, st.floats(1, 1e9, allow_nan=False), st.integers(1, 4))
def test_a_sentence_kept_for_a_moving_dimension_names_the_value_of_now(scenario, audience, steps):
    """The sentences on the session length and the audience size are kept by the value each follows: an
    audience a few floats away, whose size column reads the very same score, still has its own number
    in the app's sentence on it ("for 1,000,001 users"), as a fresh evaluation writes it."""
    nearby = audience
    for _ in range(steps):
        nearby = float(np.nextafter(nearby, np.inf))
    evaluate(scenario.with_changes(audience=audience), PACK)
    warm = evaluate(scenario.with_changes(audience=nearby), PACK)
    clear_cost_cache()
    fresh = evaluate(scenario.with_changes(audience=nearby), PACK)
    assert _exact(warm) == _exact(fresh)


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_a_presence_alone_covers_as_the_plan_of_it_alone(scenario):
    """Each presence's coverage on its own (its fit before clamping), taken from its row of the table, is
    bit for bit the coverage of the plan of that presence alone laid out as the ranking lays plans out."""
    from wxdesk.engine.datapack import PRESENCES
    from wxdesk.engine.fit import fit_table

    table = fit_table(scenario, PACK)
    assert table.alone.tolist() == table.coverages([(p,) for p in PRESENCES]).tolist()


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_the_chance_a_mini_program_costs_less_is_the_share_of_samples_where_it_does(scenario):
    """The probability beside the chart is the share of samples where the plan with a Mini Program costs
    less over the horizon than the plan with an app, each sample's total its years added up (as
    PlanCosts.total adds them): exactly numpy's mean of that comparison over the draws (the column at the
    averages, draws.py, is no sample), as a Python float."""
    from wxdesk.engine.costs import CostBook
    from wxdesk.engine.draws import columns, drawn

    evaluation = evaluate(scenario, PACK)
    choice = evaluation.app_or_mini_program
    book = CostBook(scenario, PACK)
    app, mp = (book.plan(choice.variants[key].presences).total(scenario.audience)
               for key in ("native_app", "mini_program"))
    assert type(choice.probability_mp_cheaper) is float
    assert mp.shape == app.shape == (columns(PACK.samples),)
    assert choice.probability_mp_cheaper == float(np.mean(drawn(mp) < drawn(app)))


@settings(max_examples=60, deadline=None)
@given(scenarios, scenarios)
def test_scenarios_alike_in_the_cost_fields_share_their_cost_inputs(scenario, other):
    """scenario.COST_FIELDS names every field the cost parts read (the batch evaluates rows alike in them one after
    another, for the parts to serve the rest): whatever the other fields, the cost inputs and the pack are the same."""
    from wxdesk.engine.costs import cost_inputs
    from wxdesk.engine.sampling import pack_key
    from wxdesk.engine.scenario import COST_FIELDS, FIELD_NAMES
    alike = other.with_changes(**{name: _as_given(getattr(scenario, name)) for name in COST_FIELDS})
    assert set(FIELD_NAMES) - set(COST_FIELDS) >= {"budget_cny", "audience", "interaction_minutes"}
    assert cost_inputs(alike) == cost_inputs(scenario)
    assert pack_key(PACK.with_overrides(alike.overrides)) == pack_key(PACK.with_overrides(scenario.overrides))


def _as_given(value):
    """A scenario's value as a file gives it (a list for a tuple, plain dicts for the overrides)."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return {key: _as_given(inner) for key, inner in value.items()}
    return value
