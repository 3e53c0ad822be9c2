"""A presence whose fit as a whole is weak is not called "a strong fit" for anything (issue 10).

fitness_coaching's Mini Program read "✓ A strong fit for selling." on a card of 39 out of 100:
a goal's own score, read by a client as contradicting the weak fit beside it.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
WEAK = PACK.likely("weak_fit_below")


def _check(evaluation) -> None:
    for presence in evaluation.presences:
        templates = [r.template for r in presence.reasons]
        if round(presence.fit) < WEAK:
            assert not {R.STRONG_GOAL, R.STRONG_GOAL_REACHED} & set(templates), (presence.id, presence.fit)
            assert templates.count(R.STRONG_GOALS_WEAK_FIT) <= 1
        else:
            assert R.STRONG_GOALS_WEAK_FIT not in templates, (presence.id, presence.fit)


def test_fitness_coachings_weak_presences_say_what_they_are_good_for_beside_their_weak_fit():
    evaluation = evaluate(load_preset("fitness_coaching"), PACK, TODAY)
    _check(evaluation)
    mini_program = evaluation.presence("mini_program")
    texts = [Words(pack=PACK).reason(r) for r in mini_program.reasons]
    assert round(mini_program.fit) == 39
    assert "Good for selling and serving customers, though a weak fit for what you want as a whole." in texts
    assert not any(t.startswith("A strong fit") for t in texts)
    # The app, a strong fit as a whole, keeps its strong goals as they were.
    assert R.STRONG_GOAL in [r.template for r in evaluation.presence("native_app").reasons]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_no_card_under_the_weak_fit_calls_itself_a_strong_fit(scenario):
    _check(evaluate(scenario, PACK, TODAY))
