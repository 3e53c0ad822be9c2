"""Flip points: crossing each one changes the recommended option."""

from dataclasses import replace

import pytest

from wxdesk.engine import Scenario, evaluate, load_preset
from wxdesk.engine.flips import (FIELDS, TEMPLATES, flip_points, flip_reason, no_flip_reason,
                                 search_flip_points)

# A default scenario flips on session length; longer sessions and a large budget make
# the app win, so cutting the budget or the audience hands the win back to the Mini Program.
LONG_SESSIONS = Scenario(interaction_minutes=10, goals=("sell",), budget_cny=2e6)


def _winner(scenario, pack, field, value):
    return evaluate(replace(scenario, **{field: value}), pack).app_vs_mini_program.winner


@pytest.mark.parametrize("scenario, field", [
    (Scenario(), "interaction_minutes"),
    (LONG_SESSIONS, "budget_cny"),
    (LONG_SESSIONS, "audience"),
    (LONG_SESSIONS, "interaction_minutes"),
])
def test_crossing_a_flip_point_changes_the_recommendation(pack, scenario, field):
    point = flip_points(scenario, pack, fields=[field])[field]
    assert point is not None
    current = evaluate(scenario, pack).app_vs_mini_program.winner
    assert point.current_winner == current and point.winner != current
    # Just short of the flip point (on the scenario's side) the winner holds; just past it, it changes.
    short, past = (0.98, 1.02) if point.direction == "above" else (1.02, 0.98)
    assert _winner(scenario, pack, field, point.value * short) == current
    assert _winner(scenario, pack, field, point.value * past) == point.winner
    # ...and the scenario's own value lies on the current winner's side.
    assert (point.value > point.current) == (point.direction == "above")


def test_minutes_flip_reads_as_a_plain_sentence(pack):
    point = flip_points(Scenario(), pack, fields=["interaction_minutes"])["interaction_minutes"]
    assert point.direction == "above" and point.winner == "native_app"
    text = point.reason.text
    assert text.startswith("A native app becomes the better choice above ")
    assert text.endswith(" minutes per session.")
    assert point.reason.template in TEMPLATES


def test_budget_and_audience_sentences(pack):
    points = flip_points(LONG_SESSIONS, pack, fields=["budget_cny", "audience"])
    assert points["budget_cny"].direction == "below"
    assert "budget below ¥" in points["budget_cny"].reason.text
    assert "monthly users." in points["audience"].reason.text


def test_no_flip_is_none_with_its_own_sentence(pack):
    # A heart-rate strap and long sessions: a Mini Program cannot do it at any budget.
    scenario = load_preset("fitness_coaching")
    points = flip_points(scenario, pack)
    assert points["budget_cny"] is None
    assert flip_reason("budget_cny", None).text == "No budget changes the recommendation."
    for field in FIELDS:
        assert no_flip_reason(field).template in TEMPLATES
    # None means none: the winner really is the same at the ends of the range.
    winner = evaluate(scenario, pack).app_vs_mini_program.winner
    assert _winner(scenario, pack, "budget_cny", 0.0) == winner
    assert _winner(scenario, pack, "budget_cny", 1e12) == winner


def test_the_stepwise_search_gives_the_same_answer(pack):
    steps = 0
    search = search_flip_points(LONG_SESSIONS, pack)
    while True:
        try:
            next(search)
            steps += 1
        except StopIteration as done:
            result = done.value
            break
    assert steps > 10
    assert result == flip_points(LONG_SESSIONS, pack)
