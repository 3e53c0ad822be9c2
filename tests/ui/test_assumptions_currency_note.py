"""With a display currency other than the yuan, the Assumptions table says in which currency it speaks.

With Preferences set to US dollars (7 CNY per dollar), the table read "Build a custom Mini Program | 80,000 | 30,000 |
200,000 | CNY" while the Sensitivity dock beside it read "At its low, $4,290 … At its high, $28,600" and the plan
"Build $17.2k": one figure two ways, and nothing joined them. The cells keep the pack's yuan (they are edited as the
pack holds them); a line over the table says so, and names the currency and rate of the rest of the window, and each
amount's tooltip gives it as the rest of the window writes it. Both follow Preferences at once.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wxdesk import settings
from wxdesk.ui.assumptions import AVERAGE, HIGH, LIKELY, LOW, AssumptionsModel, AssumptionsPanel

pytestmark = pytest.mark.gui

BUILD = "mp_build_cny"  # 30,000 – 80,000 – 200,000 CNY


@pytest.fixture
def panel(qtbot, car_brand_document):
    widget = AssumptionsPanel(car_brand_document)
    qtbot.addWidget(widget)
    widget.resize(1400, 400)
    widget.show()
    return widget


def _cell(model: AssumptionsModel, figure_id: str, column: int, role=Qt.ItemDataRole.DisplayRole) -> str:
    row = next(r for r in range(model.rowCount()) if model.figure_id(r) == figure_id)
    return model.data(model.index(row, column), role) or ""


def _tip(model: AssumptionsModel, column: int) -> str:
    return _cell(model, BUILD, column, Qt.ItemDataRole.ToolTipRole)


def test_the_note_and_the_tooltips_follow_the_display_currency_and_rate(panel):
    model, note = panel.model, panel.currency_note
    assert not note.isVisible()  # in yuan, the table and the window speak alike
    assert "Elsewhere" not in _tip(model, LOW)

    settings.set_currency("USD")
    settings.set_rate("USD", 7.0)
    assert note.isVisible()
    assert "in yuan" in note.text() and "US dollars ($)" in note.text() and "1 USD = 7 CNY" in note.text()
    # The cells stay in the pack's yuan; the tooltips give the dollars the Sensitivity dock writes.
    assert (_cell(model, BUILD, LOW), _cell(model, BUILD, HIGH)) == ("30,000", "200,000")
    assert "Elsewhere in the window: $4,290 (1 USD = 7 CNY)" in _tip(model, LOW)
    assert "$28,600" in _tip(model, HIGH)
    assert "$11,400" in _tip(model, LIKELY)
    assert "$14,800" in _tip(model, AVERAGE)  # (the average, 103,333 yuan)

    settings.set_rate("USD", 8.0)  # another rate in Preferences: the line and the tooltips follow at once
    assert "1 USD = 8 CNY" in note.text()
    assert "$3,750 (1 USD = 8 CNY)" in _tip(model, LOW)

    settings.set_currency("EUR")
    settings.set_rate("EUR", 8.0)
    assert "euros (€)" in note.text() and "1 EUR = 8 CNY" in note.text()
    assert "€3,750 (1 EUR = 8 CNY)" in _tip(model, LOW)

    settings.set_currency("CNY")
    assert not note.isVisible()
    assert "Elsewhere" not in _tip(model, LOW)
    assert _cell(model, BUILD, LOW) == "30,000"


def test_figures_that_are_no_amounts_or_already_in_the_display_currency_have_no_conversion(panel):
    settings.set_currency("USD")
    settings.set_rate("USD", 7.0)
    model = panel.model
    # A count, and a fee the pack holds in US dollars: the cell reads as the rest of the window does.
    assert "Elsewhere" not in _cell(model, "service_broadcasts_per_month", LOW, Qt.ItemDataRole.ToolTipRole)
    assert "Elsewhere" not in _cell(model, "apple_developer_usd", LOW, Qt.ItemDataRole.ToolTipRole)
