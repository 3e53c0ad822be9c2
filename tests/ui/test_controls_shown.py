"""The scenario controls follow the scenario: a move sets only the controls whose fields changed, and
everything is set again where the words or a refused edit call for it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QSlider

from wxdesk import settings as preferences
from wxdesk.engine import ScenarioError, load_preset
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
    preferences.set_currency("USD")
    window.refresh_display()
    assert controls.budget.value_label.text() != in_yuan and "$" in controls.budget.value_label.text()
    # Above the box in yuan, a converted figure says so, and its tooltip gives the rate ("$57.1k" above "¥ 400,000"
    # named no rate anywhere in the window).
    budget = window.document.scenario.budget_cny
    rate = text.words().cny_per_unit
    assert controls.budget.value_label.text() == "≈ " + text.money(budget)
    assert controls.budget.value_label.toolTip() == (
        f"¥{budget:,.0f} is about {text.money(budget)} at {text.words().figure_number(rate)} CNY per USD")
    preferences.set_currency("CNY")
    window.refresh_display()
    assert controls.budget.value_label.text() == in_yuan
    assert controls.budget.value_label.toolTip() == ""


def shown_by(controls) -> dict:
    """What the controls show, field by field, in the scenario's terms."""
    return {"budget_cny": controls.budget.spin.value(), "audience": controls.audience.spin.value(),
            "interaction_minutes": controls.interaction.spin.value(),
            "china_share": controls.china_share.spin.value(), "paid_share": controls.paid_share.spin.value(),
            "pushes_per_month": controls.pushes.value(), "horizon_years": controls.horizon.value(),
            "entity": controls.entity.currentData(), "client": controls.client.text(),
            "goals": tuple(g for g, box in controls.goal_boxes.items() if box.isChecked()),
            "needs": tuple(n for n, box in controls.need_boxes.items() if box.isChecked()),
            "live_by": controls.live_by_check.isChecked()}


def expected_of(scenario) -> dict:
    return {"budget_cny": scenario.budget_cny, "audience": scenario.audience,
            "interaction_minutes": scenario.interaction_minutes,
            "china_share": round(scenario.china_share * 100), "paid_share": round(scenario.paid_share * 100),
            "pushes_per_month": scenario.pushes_per_month, "horizon_years": scenario.horizon_years,
            "entity": scenario.entity, "client": scenario.client, "goals": scenario.goals, "needs": scenario.needs,
            "live_by": bool(scenario.live_by)}


EDITS = st.one_of(
    st.fixed_dictionaries({"budget_cny": st.sampled_from([20_000.0, 500_000.0, 3_000_000.0])}),
    st.fixed_dictionaries({"audience": st.sampled_from([3_000.0, 50_000.0, 2_000_000.0])}),
    st.fixed_dictionaries({"interaction_minutes": st.sampled_from([1.5, 3.0, 25.0])}),
    st.fixed_dictionaries({"china_share": st.sampled_from([0.0, 0.5, 0.9])}),
    st.fixed_dictionaries({"paid_share": st.sampled_from([0.0, 0.2, 0.7])}),
    st.fixed_dictionaries({"pushes_per_month": st.sampled_from([0.0, 4.0, 30.0]),
                           "horizon_years": st.sampled_from([1, 3, 10])}),
    st.fixed_dictionaries({"entity": st.sampled_from(["company", "individual", "overseas_company"])}),
    st.fixed_dictionaries({"goals": st.lists(st.sampled_from(["news", "service", "sell", "relationship"]),
                                             unique=True),
                           "needs": st.lists(st.sampled_from(["payments", "offline", "background"]), unique=True)}),
    st.fixed_dictionaries({"client": st.sampled_from(["", "Acme", "Maison Verte"]),
                           "live_by": st.sampled_from(["", "2027-06-30"])}),
)
STEPS = st.lists(st.one_of(EDITS, st.sampled_from(["undo", "redo", "car_brand", "yoga_teacher"])),
                 min_size=1, max_size=12)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_after_any_edits_undos_and_examples_every_control_shows_the_scenario(window, steps):
    document, controls = window.document, window.controls
    for step in steps:
        if step == "undo":
            document.undo_stack.undo()
        elif step == "redo":
            document.undo_stack.redo()
        elif isinstance(step, str):
            document.load(load_preset(step))
        else:
            document.update(**step)
        assert shown_by(controls) == expected_of(document.scenario), step


def test_number_boxes_write_whole_values_without_decimals(window):
    """'4.0 min' stood under '4 min', '6.0 per month' beside messages counted as 6 everywhere else."""
    controls = window.controls
    window.document.update(interaction_minutes=4.0, pushes_per_month=6.0)
    assert controls.interaction.spin.text() == "4 min" and controls.pushes.text() == "6 per month"
    window.document.update(interaction_minutes=4.5, pushes_per_month=0.5)
    assert controls.interaction.spin.text() == "4.5 min" and controls.pushes.text() == "0.5 per month"
    window.document.update(budget_cny=1_250_000)
    assert controls.budget.spin.cleanText() == "1,250,000"
