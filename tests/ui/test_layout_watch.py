"""The scroll fade keeps below the panels' first reasons, followed through Python from the first paint on.

Between the window's show and its first paint the first layouts move the first reasons some seventy
times; the fade's line is found once, as the first frame is painted, then at every move.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

pytestmark = pytest.mark.gui


def test_the_fade_s_line_is_found_once_before_the_first_paint_then_follows_the_reasons(qtbot, monkeypatch):
    from wxdesk.ui.app import get_qapp
    get_qapp()
    from wxdesk.ui.main_window import MainWindow
    found = []
    fade_below = MainWindow._fade_below_first_reasons

    def counted(window: MainWindow) -> None:
        found.append(window.isVisible())
        fade_below(window)
    monkeypatch.setattr(MainWindow, "_fade_below_first_reasons", counted)
    QSettings().remove("mainWindow")  # a new user's desk, split by the window
    window = MainWindow()
    qtbot.addWidget(window)
    at_first_paint: list[tuple[int, int | None, int]] = []
    window.first_painted.connect(
        lambda: at_first_paint.append((len(found), window._fade_clear_to, window._first_reasons_end())))
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: bool(at_first_paint))
    qtbot.waitUntil(lambda: window.findChild(QWidget, "comparisonChart") is not None)
    calls, clear_to, reasons_end = at_first_paint[0]
    # The desk's first split, and the first paint: not once per move of a first reason.
    assert calls <= 2
    assert clear_to == reasons_end > 0  # what the first frame paints: the fade below where the reasons end
    # From then on the fade follows every move: a narrower window wraps the reasons onto more lines.
    before = window._first_reasons_end()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window._first_reasons_end() != before)
    QApplication.processEvents()
    assert window._fade_clear_to == window._first_reasons_end()
