"""The keyboard starts on the first control, and Tab reads the window as the eye does.

At start the keyboard was on the controls' scroll area, not on a control; and Tab went from the variant cards to
the toolbar's Example box and only then into the chart, which, made after the first paint, came last.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

pytestmark = pytest.mark.gui


def _tab_stops(window, count: int) -> list:
    stops = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        window.focusNextChild() if focused is None else focused.focusNextPrevChild(True)
        stops.append(QApplication.focusWidget())
    return stops


def test_the_keyboard_starts_on_the_clients_box(shown_window, qtbot):
    shown_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is shown_window.controls.client


def test_tab_goes_down_the_controls_then_through_the_answer_then_the_toolbar(shown_window, qtbot):
    window = shown_window
    window.activateWindow()
    window.controls.client.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.controls.client)
    stops = _tab_stops(window, 80)
    back = stops.index(window.controls.client)  # once round
    stops = stops[:back]
    controls = window.findChild(QScrollArea, "controlsScroll")
    assert controls not in stops  # the pane is no stop of its own
    in_controls = [controls.isAncestorOf(w) for w in stops]
    # The controls first, all together, then the rest: never back into them before the round ends.
    assert in_controls == sorted(in_controls, reverse=True)
    chart = window.chart.plot_widget
    answer_end = stops.index(chart)
    toolbar = window.toolbar
    first_toolbar = next(i for i, w in enumerate(stops) if toolbar.isAncestorOf(w))
    assert answer_end < first_toolbar  # the chart with the answer, before the toolbar
    assert all(toolbar.isAncestorOf(w) for w in stops[first_toolbar:])
