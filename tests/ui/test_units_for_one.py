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



def test_the_variant_cards_and_the_chart_description_say_over_1_year(shown_window, qtbot):
    """The cards under "Native app or Mini Program?" read "¥276k over 1 years" for a one-year horizon."""
    from wxdesk.ui.accessibility import chart_description
    from wxdesk.ui.variant_card import VariantCard
    window = shown_window
    window.document.set_scenario(Scenario().with_changes(horizon_years=1))
    cards = window.findChildren(VariantCard)
    assert len(cards) == 3
    for card in cards:
        assert card.cost.text().endswith(" over 1 year"), card.cost.text()
    description = chart_description(window.chart)
    assert " after 1 year" in description and " after 1 years" not in description, description
    window.document.set_scenario(Scenario().with_changes(horizon_years=2))
    assert all(card.cost.text().endswith(" over 2 years") for card in cards)
    assert " after 2 years" in chart_description(window.chart)
