"""The Undo and Redo keys undo the scenario's last change wherever the cursor is, once what was typed is in
(wxdesk.ui.undo_keys): after typing a budget and Enter, Ctrl+Z undid only the box's own text history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window):
    shown_window.activateWindow()
    return shown_window


def _press(widget, sequence: QKeySequence.StandardKey) -> None:
    combo = QKeySequence(sequence)[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


def _type_into(widget, typed: str, qtbot) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    line = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    line.selectAll()
    QTest.keyClicks(line, typed)


def test_ctrl_z_in_a_number_box_undoes_the_value_typed_there(window, qtbot):
    spin = window.controls.budget.spin
    before = window.document.scenario.budget_cny
    _type_into(spin, "750000", qtbot)
    QTest.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert window.document.scenario.budget_cny == 750_000
    _press(spin.lineEdit(), QKeySequence.StandardKey.Undo)
    assert window.document.scenario.budget_cny == before  # before: still 750,000 (the box's own undo)
    assert spin.value() == before  # and the box shows it
    _press(spin.lineEdit(), QKeySequence.StandardKey.Redo)
    assert window.document.scenario.budget_cny == 750_000


def test_ctrl_z_while_typing_stays_the_boxs_own(window, qtbot):
    spin = window.controls.budget.spin
    before = window.document.scenario.budget_cny
    shown = spin.text()
    _type_into(spin, "123", qtbot)
    assert spin.text() != shown
    _press(spin.lineEdit(), QKeySequence.StandardKey.Undo)
    assert window.document.scenario.budget_cny == before  # nothing was in the scenario to undo
    assert not window.document.undo_stack.canRedo()  # and the Edit menu's Undo did not run


def test_ctrl_z_in_the_client_field_undoes_the_client_entered(window, qtbot):
    field = window.controls.client
    before = window.document.scenario.client
    _type_into(field, "Mrs Wang's bakery", qtbot)
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.document.scenario.client == "Mrs Wang's bakery"
    _press(field, QKeySequence.StandardKey.Undo)
    assert window.document.scenario.client == before
    assert field.text() == before


def test_a_goal_ticked_is_named_alone_in_the_edit_menu(window):
    box = next(iter(window.controls.goal_boxes.values()))
    box.toggle()
    undo = window.features.file_actions.undo_action.text()
    assert "Goals" in undo and "Special needs" not in undo
    need = next(iter(window.controls.need_boxes.values()))
    need.toggle()
    undo = window.features.file_actions.undo_action.text()
    assert "Special needs" in undo and "Goals" not in undo
