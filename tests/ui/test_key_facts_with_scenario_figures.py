"""A card's key facts are written with the scenario's own figures, as its reasons and the handout's appendix are:
with WeChat verification set to ¥500 for the scenario, the Service Account's card read "Takes WeChat Pay once verified
(¥500 a year)" in its reasons and "(¥300 a year)" under KEY FACTS, and kept it after saving and opening again."""

from __future__ import annotations

import pytest

from wxdesk.engine import load_preset

pytestmark = pytest.mark.gui

FEE = "verification_fee_cny"


def _facts(window, presence: str) -> list[str]:
    panel = window.presence_panels[presence]
    return [label.text() for label in panel.fact_labels]


@pytest.mark.parametrize("changed", ["update", "load"])
def test_a_figure_set_for_the_scenario_is_the_one_its_key_facts_say(shown_window, qtbot, changed):
    window = shown_window
    window.resize(1920, 1080)
    window.set_desk_compact(False)
    window.document.load(load_preset("car_brand"))
    qtbot.wait(40)
    assert any("(¥300 a year)" in fact for fact in _facts(window, "service"))
    fee = {FEE: {"low": 500.0, "likely": 500.0, "high": 500.0}}
    if changed == "update":
        window.document.update(overrides=fee)
    else:  # a saved scenario opened again
        window.document.load(load_preset("car_brand").with_changes(overrides=fee))
    qtbot.wait(40)
    facts = _facts(window, "service")
    assert any("(¥500 a year)" in fact for fact in facts) and not any("¥300" in fact for fact in facts)
    reasons = [label.text() for label in window.presence_panels["service"].reason_labels]
    assert any("¥500 a year" in reason for reason in reasons)
    # Undone (or the preset opened again), the pack's own figure is back.
    if changed == "update":
        window.document.undo_stack.undo()
    else:
        window.document.load(load_preset("car_brand"))
    qtbot.wait(40)
    assert any("(¥300 a year)" in fact for fact in _facts(window, "service"))
    window.document.undo_stack.clear()
