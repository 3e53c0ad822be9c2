"""What the start leaves until it is needed still works at once: the examples' and the recent files' menus hold
their actions when they open, the shortcuts work right after the first paint, and the status bar's problem line
takes its look when it first has something to say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wxdesk import settings
from wxdesk.engine import load_preset
from wxdesk.engine.presets import preset_names
from wxdesk.ui.file_actions import PROBLEM_STYLE
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_examples_menu_is_filled_as_it_opens(window, dialogs):
    menu = window.features.file_actions.presets_menu
    assert menu.actions() == []  # not made at the start
    menu.aboutToShow.emit()
    names = preset_names("en")
    assert [action.data() for action in menu.actions()] == list(names)
    assert [action.text() for action in menu.actions()] == [name.replace("&", "&&") for name in names.values()]
    menu.aboutToShow.emit()  # opened again: the same actions, made once
    assert len(menu.actions()) == len(names)
    menu.actions()[0].trigger()
    assert window.document.scenario == load_preset(next(iter(names)))


def test_the_recent_files_menu_is_listed_as_it_opens(window, dialogs, tmp_path):
    path = tmp_path / "kept.json"
    window.features.file_actions.save_to(path)  # (the list changed: listed again)
    menu = window.features.file_actions.recent_menu
    menu.clear()  # as at the start, before it first opened
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions() if action.text()]
    assert texts[0] == "&1 kept.json"
    assert window.features.file_actions.clear_recent_action in menu.actions()
    assert window.features.file_actions.clear_recent_action.isEnabled()
    settings.clear_recent_files()


def test_shortcuts_work_right_after_the_first_paint(qtbot, dialogs):
    win = MainWindow()
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.first_painted, timeout=10_000):
        win.show()
    QTest.qWait(0)  # one turn of the event loop after the paint
    win.activateWindow()
    QTest.keyClick(win, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert win.controls.audience_slider.hasFocus()
    with qtbot.waitSignal(win.document.changed, timeout=5_000):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert win.features.file_actions.undo_action.isEnabled()
    QTest.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not win.document.undo_stack.canUndo()
    win.document.undo_stack.setClean()


def test_the_problem_line_takes_its_look_when_it_first_shows(window):
    notice = window.features.problem_notice
    assert notice.styleSheet() == "" and notice.isHidden()
    notice.show_problem("No plan fits")
    assert notice.styleSheet() == PROBLEM_STYLE
    assert notice.text() == "⚠ No plan fits" and not notice.isHidden()
    notice.show_problem(None)
    assert notice.isHidden() and notice.styleSheet() == PROBLEM_STYLE
