"""What the window lays out before its first show, and how often a change of the desk's look lays it out.

Building the window lays nothing of the desk out: its texts are measured once the first show gives them
their widths, not before at sizes the window never shows. And the compact look (or the full one) is laid
out once, with all of its parts, rather than once per part shown.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui


def _desk_layouts(window) -> dict[str, object]:
    """The layouts of the desk's two parts and of what they hold: the plan, the panels, the cards."""
    accounts = window.desk_splitter.widget(0).widget()
    comparison = window.desk_splitter.widget(1)
    widgets = {"accounts": accounts, "comparison": comparison, "plan": window.plan_area,
               "panel grid": window.panel_grid, "variant column": window.variant_column,
               **{f"panel {key}": panel for key, panel in window.presence_panels.items()},
               **{f"card {key}": card for key, card in window.variant_cards.items()}}
    return {name: widget.layout() for name, widget in widgets.items()}


def test_building_the_window_lays_none_of_the_desk_out(qtbot):
    """The accounts are filled once they sit in their scroll area, the comparison once it sits in its
    splitter: taking in a part filled already, Qt sized it to its size hint and laid it out there, every
    text measured at widths the window never shows. Shown, the window lays all of it out at its own size."""
    from wxdesk.ui import MainWindow
    QSettings().remove("mainWindow")
    window = MainWindow()
    qtbot.addWidget(window)
    layouts = _desk_layouts(window)
    laid_out = [name for name, layout in layouts.items() if not layout.geometry().isNull()]
    assert laid_out == []
    # Where each part sits is as ever: the plan above the panels, the question above the chart and the cards.
    accounts = window.desk_splitter.widget(0).widget()
    assert [accounts.layout().itemAt(i).widget() for i in range(accounts.layout().count())] == [
        window.plan_area, None, window.panel_grid]
    assert window.plan_area.parentWidget() is accounts and window.panel_grid.parentWidget() is accounts
    comparison = window.desk_splitter.widget(1)
    assert comparison.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) == [
        window.comparison_title, window.recommendation_label, window.chart_slot, window.variant_column]
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: [name for name, layout in layouts.items() if layout.geometry().isNull()] == [])
    assert window.plan_area.isVisible() and window.variant_column.isVisible()
    assert window.recommendation_label.isVisible() and window.recommendation_label.width() > 0
