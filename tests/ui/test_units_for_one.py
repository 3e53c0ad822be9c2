"""One user and one year read in the singular, in the controls' labels and boxes, also as the user types."""

from __future__ import annotations

import pytest

from wxdesk.engine import Scenario
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_an_audience_of_one_and_a_horizon_of_one_year(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_scenario(Scenario().with_changes(audience=1, horizon_years=1))
    controls = window.controls
    assert controls.audience.spin.suffix() == " user/month" and controls.horizon.suffix() == " year"
    assert controls.audience.value_label.text() == "1 user"
    controls.horizon.setValue(2)  # as typed
    assert controls.horizon.suffix() == " years"
    window.document.set_scenario(Scenario().with_changes(audience=2))
    assert controls.audience.spin.suffix() == " users/month" and controls.audience.value_label.text() == "2 users"
