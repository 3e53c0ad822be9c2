"""The next best plans a client is shown are real alternatives, not the plan with a presence that would do nothing.

A client review found both cards under the plan, in five of the nine examples, to be the plan plus a presence "which
would have no job in it" (city_service: Official Account + Mini Program, then Service Account + Mini Program). Such a
plan ranks second only because it scores the extra presence's effort below the plan; engine.plans.next_best leaves it
out while a real alternative is left, and the plan's lead (the sensitivity's measure) is over the same plan the window
shows.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.evaluator import ALTERNATIVES, _ranked
from wxdesk.engine.duties import kept_duties
from wxdesk.engine.sensitivity import base_outcome

PACK = load_datapack()


def _padded(alt, best, table, scenario) -> bool:
    """The plan with presences added that have no job in it and cost no less over the horizon."""
    if not set(best.members) < set(alt.members):
        return False
    roles = kept_duties(alt.members, table, scenario, PACK.with_overrides(scenario.overrides))
    return not any(roles.get(m) for m in alt.members if m not in best.members) and alt.total_likely >= best.total_likely


def _check(scenario) -> None:
    evaluation = evaluate(scenario, PACK)
    table, ranked = _ranked(scenario, PACK)
    best = ranked[0]
    assert evaluation.plan.presences == best.members
    shown = [a.presences for a in evaluation.alternatives]
    candidates = [ranked[i] for i in range(1, len(ranked))]
    # Real: padded neither against the plan nor against a real plan ranked above it (the third card is not the second
    # with a presence that would do nothing).
    real: list = []
    for c in candidates:
        if not any(_padded(c, base, table, scenario) for base in (best, *real)):
            real.append(c)
    real = [c.members for c in real]
    # The real alternatives first, best first; padded plans only where too few real ones are left, in ranked order.
    assert [p for p in shown if p in real] == real[:ALTERNATIVES]
    assert len(shown) == min(ALTERNATIVES, len(candidates))
    ranks = [next(i for i, c in enumerate(candidates) if c.members == p) for p in shown]
    assert ranks == sorted(ranks)
    # Where every card is the plan padded, the first says so, and what it says is so: every other plan holds the plan.
    noted = [any(r.template == R.WHY_NOT_ONLY_PADDED for r in a.why_not) for a in evaluation.alternatives]
    all_padded = bool(shown) and all(_padded(ranked.get(p), best, table, scenario) for p in shown)
    assert noted == ([True] + [False] * (len(shown) - 1) if all_padded else [False] * len(shown))
    if all_padded:
        assert all(set(best.members) <= set(c.members) for c in candidates)


@pytest.mark.parametrize("preset", preset_ids())
def test_every_examples_next_best_plans_are_real_where_there_are_any(preset):
    _check(load_preset(preset))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_generated_scenarios_show_real_alternatives_first(scenario):
    _check(scenario)


@pytest.mark.parametrize("preset", ["city_service", "yoga_teacher", "fitness_coaching", "car_brand"])
def test_the_plans_lead_is_over_the_next_best_plan_shown(preset):
    """The sensitivity's measure (the plan's lead) and the window's next best card are of one plan."""
    evaluation = evaluate(load_preset(preset), PACK)
    lead = base_outcome(evaluation.scenario, PACK).lead
    assert lead == pytest.approx(evaluation.plan.score - evaluation.alternatives[0].score)


def test_fitness_coachings_first_card_says_every_other_plan_holds_its_app():
    evaluation = evaluate(load_preset("fitness_coaching"), PACK)
    first = evaluation.alternatives[0]
    [note] = [r for r in first.why_not if r.template == R.WHY_NOT_ONLY_PADDED]
    assert note.text == ("Every other plan that can carry what you ticked holds a native app, with presences added "
                         "that would have nothing to do.")
