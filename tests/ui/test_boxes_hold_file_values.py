"""The number and date boxes hold whatever a scenario file may hold (engine.scenario's limits).

A budget of 5e11 read from a file showed "¥ 10,000,000,000" beside its label "¥500B" (the box stopped at a
hundredth of the limit); a session of 0.01 min showed "0.1 min", and one Up press made it 0.2; a must-be-live-by
date of 0001-01-01 showed Qt's least date, 1752-09-14.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt

from wxdesk.engine import load_preset
from wxdesk.engine.scenario import MAX_BUDGET_CNY, MAX_MINUTES, MAX_PUSHES
from wxdesk.ui.controls import ScenarioControls
from wxdesk.words.numbers import MOST_DECIMALS
from wxdesk.ui.document import ScenarioDocument

pytestmark = pytest.mark.gui

_fixtures = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture
def controls(qtbot):
    widget = ScenarioControls(ScenarioDocument(load_preset("car_brand")))
    qtbot.addWidget(widget)
    return widget


def _show(controls: ScenarioControls, **fields: object) -> None:
    controls.show_scenario(dataclasses.replace(controls.document.scenario, **fields), again=True)


def _to_decimals(value: float) -> float:
    return round(value, MOST_DECIMALS)


@_fixtures
@given(budget=st.floats(0, MAX_BUDGET_CNY).map(lambda v: float(round(v))))
def test_the_budget_box_shows_any_budget_a_file_may_hold(controls, budget):
    _show(controls, budget_cny=budget)
    assert controls.budget.spin.value() == budget


@_fixtures
@given(minutes=st.floats(10.0 ** -MOST_DECIMALS, MAX_MINUTES).map(_to_decimals))
def test_the_minutes_box_shows_any_session_length_a_file_may_hold(controls, minutes):
    _show(controls, interaction_minutes=minutes)
    assert controls.interaction.spin.value() == pytest.approx(minutes, rel=1e-12)


@_fixtures
@given(pushes=st.floats(0, MAX_PUSHES).map(lambda v: round(v, 3)))
def test_the_messages_box_shows_any_count_a_file_may_hold(controls, pushes):
    _show(controls, pushes_per_month=pushes)
    assert controls.pushes.value() == pytest.approx(pushes, rel=1e-12)


def test_a_step_from_a_value_off_the_boxs_grid_moves_one_step_from_it(controls, qtbot):
    _show(controls, interaction_minutes=0.01)
    assert controls.interaction.spin.text() == "0.01 min"
    controls.interaction.spin.stepBy(1)
    assert controls.interaction.spin.value() == pytest.approx(0.02)  # (it made 0.2)


@pytest.mark.parametrize("day", ["0001-01-01", "1700-06-30", "9999-12-31"])
def test_the_date_box_shows_any_date_a_file_may_hold(controls, day):
    _show(controls, live_by=day)
    assert controls.live_by.date() == QDate.fromString(day, Qt.DateFormat.ISODate)
