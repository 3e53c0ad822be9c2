"""What the window lays out before its first show, and how often a change of the desk's look lays it out.

Building the window lays nothing of the desk out: its texts are measured once the first show gives them
their widths, not before at sizes the window never shows. And the compact look (or the full one) is laid
out once, with all of its parts, rather than once per part shown.
"""

from __future__ import annotations

import pytest
from event_counts import EventCount
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

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
    # (The notice of a scenario with no answer first, hidden: see MainWindow.show_problem.)
    assert [accounts.layout().itemAt(i).widget() for i in range(accounts.layout().count())] == [
        window.no_answer_notice, window.plan_area, None, window.panel_grid]
    assert window.no_answer_notice.isHidden()
    assert window.plan_area.parentWidget() is accounts and window.panel_grid.parentWidget() is accounts
    comparison = window.desk_splitter.widget(1)
    assert comparison.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) == [
        window.comparison_title, window.recommendation_label, window.chart_slot, window.variant_column]
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: [name for name, layout in layouts.items() if layout.geometry().isNull()] == [])
    assert window.plan_area.isVisible() and window.variant_column.isVisible()
    assert window.recommendation_label.isVisible() and window.recommendation_label.width() > 0


@pytest.mark.parametrize("compact", [True, False])
def test_a_new_look_of_the_desk_is_laid_out_once_with_all_its_parts(shown_window, qtbot, compact):
    """Switching the plan between its full and compact looks shows a few of its parts and hides others.
    Shown one at a time, each laid the plan and the panels under it out again at once (the first split
    does this before the first paint); now the desk is laid out once, with the whole of the new look,
    and ends as it did."""
    window = shown_window
    window.set_desk_compact(not compact)
    for _ in range(5):
        QApplication.processEvents()
    area = window.plan_area
    resizes = EventCount([area, area.summary, *window.presence_panels.values()], QEvent.Type.Resize)
    window.set_desk_compact(compact)
    assert resizes.count == 0  # nothing laid out yet, in the middle of the change
    for _ in range(5):
        QApplication.processEvents()
    assert resizes.count > 0  # laid out once the change is made
    assert area.best_plans_toggle.isVisible() == compact
    assert area.best_plans.isVisible() == (not compact) and area.plans_title.isVisible() == (not compact)
    assert area.summary.legend.isVisible() == (not compact)
    # Laid out as at once: every part where the layout puts it for the texts and the width it has now.
    for widget in (area, area.summary):
        layout = widget.layout()
        before = [layout.itemAt(i).geometry() for i in range(layout.count())]
        layout.invalidate()
        layout.activate()
        assert [layout.itemAt(i).geometry() for i in range(layout.count())] == before
