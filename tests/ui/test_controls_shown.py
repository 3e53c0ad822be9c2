"""The scenario controls follow the scenario: a move sets only the controls whose fields changed, and
everything is set again where the words or a refused edit call for it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QSlider

from wxdesk import settings
from wxdesk.engine import ScenarioError
from wxdesk.ui import text

pytestmark = pytest.mark.gui

VALUE_CONTROLS = ("budget", "audience", "interaction", "china_share", "paid_share")


@pytest.fixture
def window(shown_window):
    shown_window.resize(1280, 720)
    return shown_window


def count_settings(controls, monkeypatch) -> dict[str, int]:
    """How often each value control and the client's box are set from here on."""
    counts = dict.fromkeys((*VALUE_CONTROLS, "client"), 0)
    for name in VALUE_CONTROLS:
        control = getattr(controls, name)
        original = control.show_value

        def counted(value, words, name=name, original=original):
            counts[name] += 1
            original(value, words)
        monkeypatch.setattr(control, "show_value", counted)
    original_text = controls.client.text

    def text(original_text=original_text):
        counts["client"] += 1
        return original_text()
    monkeypatch.setattr(controls.client, "text", text)
    return counts


def test_a_slider_move_sets_only_its_own_control(window, monkeypatch):
    controls = window.controls
    counts = count_settings(controls, monkeypatch)
    slider = window.findChild(QSlider, "audienceSlider")
    slider.setValue(slider.value() + 40)
    assert window.document.scenario.audience != 50_000
    assert counts == {"budget": 0, "audience": 1, "interaction": 0, "china_share": 0, "paid_share": 0, "client": 0}
    # Its words follow the value, as before.
    assert controls.audience.value_label.text() == controls.tr("%1 users").replace(
        "%1", text.count(window.document.scenario.audience))


def test_an_undo_sets_the_controls_of_every_field_it_changes(window):
    controls = window.controls
    window.document.update(budget_cny=2_000_000, pushes_per_month=9, goals=["sell", "service"], client="Acme")
    window.document.undo_stack.undo()
    scenario = window.document.scenario
    assert controls.budget.spin.value() == scenario.budget_cny == 500_000
    assert controls.pushes.value() == scenario.pushes_per_month == 4
    assert [g for g, box in controls.goal_boxes.items() if box.isChecked()] == list(scenario.goals)
    assert controls.client.text() == scenario.client == ""


def test_a_refused_edit_shows_the_scenario_again(window, monkeypatch):
    controls = window.controls
    before = window.document.scenario

    def refuse(**_fields):
        raise ScenarioError("Field 'pushes_per_month' must be at most 1000, not 2000.", "pushes_per_month")
    monkeypatch.setattr(window.document, "update", refuse)
    controls.pushes.setValue(controls.pushes.value() + 3)  # the box moved, the scenario did not
    assert window.document.scenario == before
    assert controls.pushes.value() == before.pushes_per_month


def test_a_new_display_currency_writes_the_budget_again(window):
    controls = window.controls
    in_yuan = controls.budget.value_label.text()
    settings.set_currency("USD")
    window.refresh_display()
    assert controls.budget.value_label.text() != in_yuan and "$" in controls.budget.value_label.text()
    settings.set_currency("CNY")
    window.refresh_display()
    assert controls.budget.value_label.text() == in_yuan
