"""The plan's three best plans and its cost split's key are made when they first show: a window that opens
with the compact desk (which folds them) makes none until the desk or the best plans unfold, and looks the
same as one that made them at once; whatever the user can reach right after the first paint works then."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.new_users_desk import new_users_window, settled_desk, unfold
from wxdesk.ui import MainWindow, i18n, text
from wxdesk.ui.plan_view import PLANS_SHOWN, legend_parts

pytestmark = pytest.mark.gui


def _made_first(window: MainWindow) -> None:
    """Asked for before the window shows: made at once, as the plan made them before."""
    assert len(window.plan_area.columns) == PLANS_SHOWN
    assert window.plan_area.summary.legend.labels


def _legend_shows_the_answer(window: MainWindow) -> None:
    summary = window.plan_area.summary
    legend = summary.legend
    assert legend.isVisibleTo(summary)
    layout = summary.layout()
    assert layout.indexOf(legend) == layout.indexOf(summary.cost_label) + 1  # under the plan's cost
    plan = window.document.evaluation.plan
    parts = legend_parts(window.document.evaluation)
    assert [c for c, label in legend.labels.items() if label.isVisibleTo(legend)] == [
        c for c in legend.labels if c in parts]
    for component in parts:
        assert legend.labels[component].text().endswith(text.money(plan.breakdown[component]))
    assert legend.toolTip()


def _columns_show_the_answer(window: MainWindow) -> None:
    evaluation = window.document.evaluation
    plans = window.plan_area.plans(evaluation)
    columns = window.plan_area.columns
    for column, plan in zip(columns, plans):
        assert column.name_label.text() == text.plan_name(plan.presences)
        assert column.accessibleName().endswith(column.name_label.text())
    assert [column.isVisibleTo(window.plan_area.best_plans) for column in columns] == [
        i < len(plans) for i in range(PLANS_SHOWN)]


def test_a_compact_desk_makes_no_best_plans_until_they_unfold(qtbot):
    window = new_users_window(qtbot)
    area = window.plan_area
    assert window.desk_compact and not area.columns_made and not area.summary.legend_made
    assert window.findChild(QWidget, "planColumn0") is None and window.findChild(QWidget, "costSplitLegend") is None
    area.best_plans_toggle.click()  # unfolded by the user
    assert area.columns_made and area.best_plans.isVisibleTo(area)
    _columns_show_the_answer(window)
    # Laid out with the other cards from now on (the desk's layouts follow their texts).
    assert area.columns[0] in window._account_containers
    assert not area.summary.legend_made  # (the compact plan has no key)
    window.set_desk_compact(False)
    _legend_shows_the_answer(window)


def test_the_desk_unfolded_makes_them_with_the_answer_of_now(qtbot):
    window = new_users_window(qtbot)
    area = window.plan_area
    # Another answer and another language while they are not made: they show both once made.
    window.document.update(budget_cny=window.document.scenario.budget_cny * 3)
    i18n.set_language("zh_CN")
    QApplication.processEvents()
    assert not area.columns_made and not area.summary.legend_made
    window.set_desk_compact(False)
    assert area.columns_made and area.best_plans.isVisibleTo(area)
    _columns_show_the_answer(window)
    _legend_shows_the_answer(window)
    shown = [label.text() for label in area.summary.legend.labels.values() if label.isVisibleTo(area.summary.legend)]
    assert shown and not any(ch.isascii() and ch.isalpha() for line in shown for ch in line)  # (in Chinese)
    column = area.columns[0]
    assert column.heading.text().startswith(column.tr("THE PLAN")) and column.tr("THE PLAN") != "THE PLAN"


def test_the_window_looks_the_same_whenever_the_best_plans_were_made(qtbot):
    later, first = new_users_window(qtbot), new_users_window(qtbot, _made_first)
    assert not later.plan_area.columns_made
    assert settled_desk(qtbot, later) == settled_desk(qtbot, first)  # compact: folded in both
    unfold(later, first)
    assert settled_desk(qtbot, later) == settled_desk(qtbot, first)
    for window in (later, first):  # folded again, then unfolded by the toggle
        window.set_desk_compact(True)
        window.plan_area.best_plans_toggle.click()
    assert settled_desk(qtbot, later) == settled_desk(qtbot, first)


def test_a_desk_split_as_the_user_left_it_makes_them_before_its_first_paint(qtbot):
    QSettings().remove("mainWindow")
    first = MainWindow()
    qtbot.addWidget(first)
    first._auto_split = False  # as a user who moved the divide leaves it: the full desk at every start
    first.save_geometry()
    window = MainWindow()
    qtbot.addWidget(window)
    seen = []
    window.first_painted.connect(lambda: seen.append((window.plan_area.columns_made, window.desk_compact)))
    window.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(True, False)]
    _columns_show_the_answer(window)
    _legend_shows_the_answer(window)


def test_shortcuts_work_right_after_the_first_paint(qtbot):
    QSettings().remove("mainWindow")
    window = MainWindow()
    qtbot.addWidget(window)
    pressed = []

    def press_at_once() -> None:  # a turn of the event loop after the first paint
        window.activateWindow()
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        pressed.append(QApplication.focusWidget())

    window.first_painted.connect(press_at_once, Qt.ConnectionType.QueuedConnection)
    window.show()
    qtbot.waitUntil(lambda: bool(pressed))
    assert pressed == [window.controls.audience_slider]
    # And the menus hold every action, as they did before the first paint.
    assert [action.objectName() for action in window.edit_menu.actions()][:2] == ["undoAction", "redoAction"]


def test_a_window_made_larger_makes_them_as_the_full_desk_shows(qtbot, monkeypatch):
    from wxdesk.ui import main_window
    monkeypatch.setattr(main_window, "fit_on_screen", lambda *_: None)  # (the test screen is 800×800)
    window = new_users_window(qtbot)
    area = window.plan_area
    assert window.desk_compact and not area.columns_made and not area.summary.legend_made
    window.resize(1920, 1500)
    qtbot.waitUntil(lambda: not window.desk_compact)
    _columns_show_the_answer(window)
    _legend_shows_the_answer(window)
    assert area.best_plans.isVisibleTo(area)


def test_presenting_makes_them_as_they_unfold(qtbot):
    window = new_users_window(qtbot)
    area = window.plan_area
    presentation = window.features.presentation
    presentation.action.setChecked(True)
    try:
        qtbot.wait(50)
        assert window.desk_compact and not area.columns_made
        area.best_plans_toggle.click()
        assert area.best_plans.isVisibleTo(area)
        _columns_show_the_answer(window)
    finally:
        presentation.action.setChecked(False)
    qtbot.wait(50)
