"""A session length is said as the scenario holds it, to a hundredth: a file's 7.55 minutes read "Sessions of 7.5
min" under the inputs' 7.55, and 0.04 minutes "Sessions of 0 min are short for an app"."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.reasons import number_as_written

PACK = load_datapack()
BASE = load_preset("yoga_teacher")


def said_minutes(minutes: float) -> set[str]:
    evaluation = evaluate(BASE.with_changes(interaction_minutes=minutes), PACK)
    reasons = [r for p in evaluation.presences for r in p.reasons]
    return {number_as_written(r.params["minutes"]) for r in reasons if "minutes" in r.params}


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=12000).map(lambda hundredths: hundredths / 100))
def test_the_session_is_said_as_the_scenario_holds_it(minutes):
    assert said_minutes(minutes) <= {f"{minutes:g}"}


def test_the_files_lengths_the_window_cannot_set():
    assert said_minutes(7.55) == {"7.55"}
    assert said_minutes(0.04) == {"0.04"}
