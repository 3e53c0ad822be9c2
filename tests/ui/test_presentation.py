"""Presentation mode: full screen, larger type, chrome hidden; Esc puts everything back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget


pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window):
    return shown_window


def chrome(win) -> list[QWidget]:
    return [win.menuBar(), win.statusBar(), *win.findChildren(QToolBar), win.controls.plan_group,
            win.controls.goals_group, win.controls.needs_group, win.controls.budget.spin]


def essentials(win) -> list[QWidget]:
    return [win.controls.budget_slider, win.controls.audience_slider, win.controls.interaction_slider,
            win.plan_area, *win.presence_panels.values(), win.chart]


def _qt_internal(widget: QWidget) -> bool:
    """Scroll bars and their containers: Qt shows them as the content size requires."""
    while widget is not None:
        if widget.objectName().startswith("qt_"):
            return True
        widget = widget.parentWidget()
    return False


def snapshot(win) -> dict:
    widgets = [win, *(w for w in win.findChildren(QWidget) if not _qt_internal(w))]
    return {
        "state": win.windowState(),
        "visible": {w: w.isVisibleTo(win) for w in widgets if w is not win},
        "fonts": {w: (w.font().toString(), w.testAttribute(Qt.WidgetAttribute.WA_SetFont)) for w in widgets},
    }


def test_f11_enters_and_esc_restores_exactly(window, qtbot):
    before = snapshot(window)
    label_size = window.recommendation_label.font().pointSizeF()
    before_title = window.chart.cost_plot.titleLabel.opts["size"]
    before_axis_width = window.chart.fit_plot.getAxis("left").fixedWidth
    assert all(w.isVisible() for w in chrome(window))

    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.features.presentation.active
    assert window.isFullScreen()
    assert not any(w.isVisible() for w in chrome(window))
    assert all(w.isVisible() for w in essentials(window))
    assert window.recommendation_label.font().pointSizeF() > label_size
    assert window.chart.cost_plot.titleLabel.opts["size"] != before_title

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.features.presentation.active
    assert not window.isFullScreen()
    assert snapshot(window) == before
    assert window.chart.cost_plot.titleLabel.opts["size"] == before_title
    assert window.chart.fit_plot.getAxis("left").fixedWidth == before_axis_width


def test_toolbar_button_and_f11_again_also_leave(window, qtbot):
    action = window.features.presentation.action
    assert action in window.toolbar.actions()
    assert action in window.view_menu.actions()
    action.trigger()
    assert window.features.presentation.active and window.isFullScreen()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.features.presentation.active and not window.isFullScreen()
    assert window.menuBar().isVisible() and window.toolbar.isVisible()


def test_chrome_the_user_had_hidden_stays_hidden(window, qtbot):
    window.toolbar.hide()
    window.features.presentation.action.setChecked(True)
    window.features.presentation.action.setChecked(False)
    assert not window.toolbar.isVisible()
    assert window.menuBar().isVisible()


def test_esc_does_nothing_outside_presentation_mode(window, qtbot):
    assert not window.features.presentation.leave_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.features.presentation.active and window.menuBar().isVisible()


def test_sliders_still_edit_the_scenario_while_presenting(window, qtbot):
    window.features.presentation.action.setChecked(True)
    before = window.document.scenario.budget_cny
    slider = window.controls.budget_slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert window.document.scenario.budget_cny != before
    window.features.presentation.action.setChecked(False)
