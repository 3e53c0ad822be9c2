"""The Sensitivity dock beside the desk takes the width the desk can spare (docks.share_width).

On a 1366-pixel laptop the dock took the 650 px its chart asks for, and the desk kept its least width: the
variant cards beside the chart were 100 px wide and cut their titles ("With a Mini Progra") and the badge
("The plai").
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from wxdesk.engine import load_preset
from wxdesk.ui import i18n, main_window
from wxdesk.ui.docks import COMPARISON_COMFORT_LINES
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window_with_the_dock(qtbot, monkeypatch, width: int, height: int, language: str) -> MainWindow:
    monkeypatch.setattr(main_window, "fit_on_screen", lambda *_: None)  # (the test screen is 800×800)
    QSettings().remove("mainWindow")
    QSettings().remove("docks")
    i18n.set_language(language)
    window = MainWindow()
    qtbot.addWidget(window)
    window.document.set_scenario(load_preset("fitness_coaching", language))
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "comparisonChart") is not None)
    window.features.sensitivity.action.setChecked(True)
    qtbot.wait(200)  # the docks' and the desk's layouts
    return window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_on_a_laptop_the_desk_keeps_its_chart_and_cards_readable(qtbot, monkeypatch, language):
    try:
        window = _window_with_the_dock(qtbot, monkeypatch, 1366, 768, language)
        dock = window.features.sensitivity.dock
        assert dock.isVisible()
        assert dock.width() >= dock.minimumSizeHint().width()
        assert dock.width() < dock.sizeHint().width()  # it yields: the window has no room for both at ease
        comparison = window.desk_splitter
        assert comparison.width() >= COMPARISON_COMFORT_LINES * window.fontMetrics().height() - 2
        for card in window.variant_column.cards:  # no title cut: its longest word and the line's swatch fit
            margins = card.layout().contentsMargins()
            needs = (margins.left() + margins.right() + card.swatch.width() + card.layout().horizontalSpacing()
                     + card.title.minimumSizeHint().width())
            assert card.width() >= needs, card.title.text()
            if card.badge.isVisible():
                assert card.badge.geometry().right() <= card.contentsRect().right(), card.title.text()
    finally:
        i18n.set_language("en")


def test_on_a_wide_screen_the_dock_gets_the_width_it_asks_for(qtbot, monkeypatch):
    window = _window_with_the_dock(qtbot, monkeypatch, 1920, 1080, "en")
    dock = window.features.sensitivity.dock
    assert abs(dock.width() - dock.sizeHint().width()) <= 2
