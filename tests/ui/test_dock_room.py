"""A dock never squeezes the desk below a readable width, nor shows narrower than its own content (docks.make_room).

At the window's least size (1000×620) the Sensitivity dock took the room the desk needed: the plan's title, the
chart's axes and the cards were cut at the left, and in Chinese the dock was 244 px wide, its names cut and no bar
left; at 1150×700 its values were cut ("¥360,00"). The window now grows where its screen lets it; where the screen
has no room either, the dock opens floating.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from wxdesk.ui import docks, i18n
from wxdesk.ui.main_window import MainWindow
from wxdesk.ui.tornado import least_plot_width

from tests.ui.new_users_desk import example_window

pytestmark = pytest.mark.gui


def _window(qtbot, monkeypatch, size: tuple[int, int], language: str, screen: tuple[int, int]) -> MainWindow:
    monkeypatch.setattr(docks, "free_area", lambda _window: QRect(0, 0, *screen))
    return example_window(qtbot, monkeypatch, "car_brand", size, language, lambda window: window.move(0, 0))


def _desk_and_dock_whole(window: MainWindow, dock) -> None:
    assert dock.width() >= dock.minimumSizeHint().width()
    assert window.centralWidget().width() >= docks.desk_readable_width(window) - 2


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("size", [(1000, 620), (1150, 700), (1264, 680)])
def test_the_window_grows_for_the_sensitivity_dock_where_the_screen_allows(qtbot, monkeypatch, language, size):
    try:
        window = _window(qtbot, monkeypatch, size, language, (1920, 1080))
        sensitivity = window.features.sensitivity
        least_before = window.minimumWidth()
        sensitivity.action.setChecked(True)
        qtbot.wait(200)
        dock = sensitivity.dock
        assert dock.isVisible() and not dock.isFloating()
        _desk_and_dock_whole(window, dock)
        # The plot holds its names and, beside its bars, two wide end values.
        assert dock.widget().plot_widget.width() >= least_plot_width(dock.widget().font())
        window.resize(1000, 620)  # the user cannot squeeze the desk while the dock is docked
        qtbot.wait(100)
        _desk_and_dock_whole(window, dock)
        sensitivity.action.setChecked(False)
        qtbot.wait(50)
        assert window.minimumWidth() == least_before  # the window's own least width again
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_on_a_screen_too_small_for_both_the_dock_floats_whole(qtbot, monkeypatch, language):
    try:
        window = _window(qtbot, monkeypatch, (1000, 620), language, (1024, 700))
        sensitivity = window.features.sensitivity
        sensitivity.action.setChecked(True)
        qtbot.wait(200)
        dock = sensitivity.dock
        assert dock.isVisible() and dock.isFloating()
        assert dock.width() >= dock.minimumSizeHint().width()
        assert QRect(0, 0, 1024, 700).contains(dock.frameGeometry())
        assert window.width() == 1000  # the window neither grew past the screen nor gave the desk's room away
    finally:
        i18n.set_language("en")


def test_the_assumptions_dock_below_keeps_its_rows_and_the_desk_its_least_height(qtbot, monkeypatch):
    window = _window(qtbot, monkeypatch, (1000, 620), "en", (1920, 1080))
    assumptions = window.features.assumptions
    assumptions.action.setChecked(True)
    qtbot.wait(200)
    dock = assumptions.dock
    assert dock.isVisible() and not dock.isFloating()
    assert dock.height() >= docks.DOCK_MIN_HEIGHT - 2
    assert window.centralWidget().height() >= window.centralWidget().minimumSizeHint().height() - 2
