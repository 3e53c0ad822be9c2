"""Every plan's score is on the 0–100 scale, and its lines still add up (issue 10).

A dear plan far beyond a small budget read "Plan score −12" (yoga_teacher's app card) and
"−2" (fitness_coaching's Mini Program card). Penalties now take a score to 0 at most: the
plan's own lines take the points it had and say what their rules would take, and the plans
are ranked as before the floor, so the floor changes no ranking.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.engine.fit import fit_table
from wxdesk.engine.plans import ranking
from wxdesk.engine.plan_reasons import why_not
from wxdesk.engine.scores import score_digits

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PRESETS = [load_preset(p) for p in preset_ids()]
# Small budgets and many goals and needs: where penalties outweigh coverage and the floor is met.
squeezed = st.builds(lambda scenario, budget: scenario.with_changes(budget_cny=budget),
                     scenarios, st.one_of(st.just(0.0), st.floats(0, 50_000)))
any_scenario = st.one_of(st.sampled_from(PRESETS), scenarios, squeezed)


def _ranked(scenario):
    return ranking(fit_table(scenario, PACK), scenario, PACK, CostBook(scenario, PACK))


@pytest.mark.parametrize(("preset", "variant"), [("yoga_teacher", "native_app"),
                                                 ("fitness_coaching", "mini_program")])
def test_the_reviews_variant_cards_no_longer_read_below_0(preset, variant):
    ev = evaluate(load_preset(preset), PACK, TODAY)
    card = ev.app_or_mini_program.variants[variant]
    assert card.score == 0  # its penalties outweigh what it covers
    written = ev.to_dict()["app_or_mini_program"]["variants"][variant]["score"]
    # (None where the variant is ruled out, as its card has no score.)
    assert written is None if not ev.app_or_mini_program.admissible[variant] else written >= 0


@SETTINGS
@given(any_scenario)
def test_every_plan_considered_scores_from_0_to_100(scenario):
    for candidate in _ranked(scenario):
        assert 0 <= candidate.score <= 100
    ev = evaluate(scenario, PACK, TODAY)
    shown = (ev.plan, *ev.alternatives, *ev.app_or_mini_program.variants.values())
    assert all(0 <= plan.score <= 100 for plan in shown)
    data = ev.to_dict()
    scores = [data["plan"]["score"], *(a["score"] for a in data["alternatives"]),
              *(v["score"] for v in data["app_or_mini_program"]["variants"].values() if v["admissible"])]
    assert all(0 <= s <= 100 for s in scores)


@SETTINGS
@given(any_scenario)
def test_the_floor_keeps_the_ranking_and_leaves_every_other_score_alone(scenario):
    ranked = _ranked(scenario)
    before = [c.unfloored for c in ranked]
    after = [c.score for c in ranked]
    # The ranking is the order before the floor, and so the order of the scores as shown.
    assert all(a >= b - 1e-6 for a, b in zip(before, before[1:]))
    # (Plans whose scores differ only in float noise are ties, ranked by cost: 65.55507790108248 before
    # 65.5550779010825.)
    assert all(a >= b - 1e-6 for a, b in zip(after, after[1:]))
    for candidate in ranked:
        assert candidate.score == (candidate.unfloored if candidate.unfloored >= 0 else 0.0)


@SETTINGS
@given(any_scenario)
def test_the_plans_lines_add_up_to_its_score_as_shown(scenario):
    ev = evaluate(scenario, PACK, TODAY)
    lines = {r.template: r for r in ev.plan.reasons}
    taking = (R.PLAN_PRESENCE_COST, *R.PLAN_COST_LINES, *R.PLAN_BUDGET_LINES)
    taken = sum(float(lines[t].params["points"]) for t in taking if t in lines)
    assert all(lines[t].params["points"] > 0 for t in taking if t in lines)
    # In the last digit the score is written with: whole points, or tenths where the three best
    # plans' scores need them (the headline and the JSON write it so).
    unit = 10 ** score_digits([ev.plan.score, *(a.score for a in ev.alternatives)])
    shown = ev.to_dict()["plan"]["score"]
    coverage = float((lines.get(R.PLAN_SCORE) or lines[R.PLAN_SCORE_LESS]).params["coverage"])
    assert coverage - taken == pytest.approx(shown, abs=1e-9)
    best = _ranked(scenario)[0]
    full = round((best.presence_penalty + best.cost_penalty + best.budget_penalty) * unit) / unit
    floor_line = lines.get(R.PLAN_SCORE_FLOOR)
    if floor_line is not None:
        # Said only where the penalties in full would take the score below 0: the points the lines
        # take, which are all the plan had, against what their rules would take.
        assert best.floored and shown == 0
        assert float(floor_line.params["points"]) == pytest.approx(taken)
        assert taken < float(floor_line.params["full"]) == pytest.approx(full)
    else:
        assert taken == pytest.approx(full) or abs(taken - full) <= 1 / unit + 1e-9 and not best.floored


@SETTINGS
@given(any_scenario)
def test_two_plans_at_0_say_why_the_plan_is_ahead(scenario):
    ev = evaluate(scenario, PACK, TODAY)
    ranked = _ranked(scenario)
    best, *rest = ranked[:3]
    digits = score_digits([c.score for c in (best, *rest)])
    for alt in rest:
        first = why_not(alt, best, fit_table(scenario, PACK), scenario, PACK, digits)[0]
        if best.floored and alt.floored:
            assert first.template == R.WHY_NOT_BOTH_AT_ZERO and first.params["points"] >= 1
        else:
            assert first.template != R.WHY_NOT_BOTH_AT_ZERO
    # No "0.0 against the plan's 0.0": equal scores are written whole.
    scores = [ev.plan.score, *(a.score for a in ev.alternatives)]
    if all(s == 0 for s in scores):
        assert score_digits(scores) == 0


def test_a_plan_at_0_says_what_its_rules_would_take():
    """Only an app can reach this audience, it serves the goal poorly, and there is nothing to spend."""
    scenario = Scenario().with_changes(budget_cny=0.0, china_share=0.0, goals=["news"], needs=[],
                                       interaction_minutes=1, audience=50, pushes_per_month=0)
    ev = evaluate(scenario, PACK, TODAY)
    assert ev.plan.presences == ("native_app",) and ev.plan.score == 0
    lines = {r.template: r for r in ev.plan.reasons}
    coverage = lines[R.PLAN_SCORE_LESS].params["coverage"]
    # (No budget at all: the line says so, never "covers only 0%".)
    assert lines[R.PLAN_BUDGET_NONE].params["points"] == coverage
    assert "there is no budget for its likely first-year cost" in lines[R.PLAN_BUDGET_NONE].text
    assert lines[R.PLAN_SCORE_FLOOR].params["points"] == coverage < lines[R.PLAN_SCORE_FLOOR].params["full"]
    # The budget sentence names the same points as the plan's budget line.
    assert ev.budget.params["points"] == coverage
