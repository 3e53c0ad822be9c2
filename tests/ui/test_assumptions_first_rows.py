"""The Assumptions dock opens with rows enough to read where the window has the room (docks.share_height).

At 1920×1080 it opened 200 px high, 3 of its 100 rows in view, and a new user dragged its edge before the table could
be read: the desk's spare room was measured with the dock shown already, the desk's room less the dock's. It now takes
8 rows at least where the desk, folded to its compact form, keeps the plan, the panels' first reasons and the
comparison; on a 1366×768 laptop it still floats over the comparison (test_docks_keep_first_reasons).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QTableView

from wxdesk.ui import docks
from wxdesk.ui.main_window import MainWindow

from tests.ui.new_users_desk import example_window

pytestmark = pytest.mark.gui


def _window(qtbot, monkeypatch, preset: str, size: tuple[int, int]) -> MainWindow:
    monkeypatch.setattr(docks, "free_area", lambda _window: QRect(0, 0, *size))
    window = example_window(qtbot, monkeypatch, preset, size, "en", lambda window: window.move(0, 0))
    qtbot.wait(200)  # the desk split for the room, after the first paint
    return window


def _whole_rows(table: QTableView) -> int:
    header, height = table.verticalHeader(), table.viewport().height()
    return sum(1 for row in range(table.model().rowCount())
               if header.sectionViewportPosition(row) >= 0
               and header.sectionViewportPosition(row) + header.sectionSize(row) <= height)


def _first_reasons_whole(window: MainWindow) -> bool:
    viewport = window._accounts_scroll.viewport()
    for panel in window.presence_panels.values():
        reason = panel.reason_labels[0]
        top = reason.mapTo(viewport, QPoint(0, 0)).y()
        if reason.isVisible() and (top < 0 or top + reason.height() > viewport.height()):
            return False
    return True


@pytest.mark.parametrize("preset", ["car_brand", "food_ordering"])
def test_at_1920_by_1080_the_dock_opens_docked_with_eight_rows_and_the_desk_whole(qtbot, monkeypatch, preset):
    window = _window(qtbot, monkeypatch, preset, (1920, 1080))
    assumptions = window.features.assumptions
    assumptions.action.trigger()  # as the user opens it (View ▸ Assumptions)
    qtbot.wait(300)
    dock = assumptions.dock
    assert dock.isVisible() and not dock.isFloating()
    assert _whole_rows(dock.widget().table) >= docks.DOCK_FIRST_ROWS
    assert _first_reasons_whole(window)
    # The comparison keeps its chart (the splitter's lower part, at least the floor the desk gives it).
    assert window.desk_splitter.sizes()[1] >= window._comparison_floor() - 2
    assert window.desk_splitter.sizes()[0] >= window._headline_height()


def test_on_a_laptop_the_dock_still_floats_over_the_comparison(qtbot, monkeypatch):
    window = _window(qtbot, monkeypatch, "car_brand", (1366, 768))
    sizes = window.desk_splitter.sizes()
    assumptions = window.features.assumptions
    assumptions.action.trigger()
    qtbot.wait(300)
    assert assumptions.dock.isFloating()
    assert _first_reasons_whole(window)
    assert all(abs(a - b) <= 2 for a, b in zip(window.desk_splitter.sizes(), sizes))
