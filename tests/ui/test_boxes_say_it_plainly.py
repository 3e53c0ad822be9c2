"""Boxes that quote a file name or user text show it as text, in the window's language (session 53 review).

A file named "<b><font color=red size=7>URGENT….json" was drawn as markup in the "Unsaved changes" box, and
Share as Image said its refusals in the engine's English sentences inside the Chinese window.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wxdesk.ui import file_actions, i18n
from wxdesk.ui.file_actions import ask_save_changes as real_ask_save_changes

pytestmark = pytest.mark.gui
MARKUP = "<b><font color=red size=7>URGENT<br>Q1 A<B.json"


def answer_the_box(seen: list[tuple[str, Qt.TextFormat]]) -> None:
    """When the next message box opens: note its text and format, then press Cancel (or OK)."""
    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, look)
            return
        box = boxes[0]
        seen.append((box.text(), box.textFormat()))
        box.reject()
    QTimer.singleShot(0, look)


def test_the_unsaved_changes_box_shows_a_file_name_as_text(window, monkeypatch):
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)
    seen: list[tuple[str, Qt.TextFormat]] = []
    answer_the_box(seen)
    assert real_ask_save_changes(window, MARKUP) == file_actions.CANCEL
    assert seen and MARKUP in seen[0][0]
    assert seen[0][1] == Qt.TextFormat.PlainText


def test_share_refusals_are_said_in_the_windows_words(window, dialogs, monkeypatch, tmp_path):
    """Onto the open scenario's own file: refused, in Chinese in the Chinese window, as the handout's are."""
    scenario_file = tmp_path / "open.json"
    assert window.features.file_actions.save_to(scenario_file)
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)
    seen: list[tuple[str, Qt.TextFormat]] = []
    i18n.set_language("zh_CN")
    answer_the_box(seen)
    assert window.features.share.save_to(scenario_file) is None
    message, text_format = seen[0]
    assert text_format == Qt.TextFormat.PlainText
    assert re.search(r"[\u4e00-\u9fff]", message), message
    assert "the output" not in message and "one of the files" not in message
    assert window.statusBar().currentMessage() == message


def test_share_says_a_missing_folder_in_the_windows_words(window, dialogs, tmp_path):
    i18n.set_language("zh_CN")
    assert window.features.share.save_to(tmp_path / "nope" / "x.png") is None
    message = window.statusBar().currentMessage()
    assert re.search(r"[\u4e00-\u9fff]", message) and "does not exist" not in message


def test_the_error_dialogs_message_is_text():
    from wxdesk.ui.error_dialog import ErrorDialog
    dialog = ErrorDialog()
    try:
        dialog.add_error(f"OSError: {MARKUP}", "details", None)
        assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    finally:
        dialog.deleteLater()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_toolbar_tips_carry_no_access_letters(window, language):
    """Qt made the tips from the menu texts: "打开(O)", "保存(S)" on the Chinese toolbar."""
    i18n.set_language(language)
    actions = window.features.file_actions
    for action in (actions.open_action, actions.save_action, actions.save_as_action):
        tip = action.toolTip()
        assert tip and not re.search(r"[(&…]", tip), tip
    assert actions.open_action.toolTip() == actions.open_action.iconText()


def test_toolbar_tips_follow_a_language_switch(window, qtbot):
    """Save As's tip was made from its text before that text was set again: "Save As" beside 另存为(&A)…."""
    actions = window.features.file_actions
    for language, menu, tip in (("zh_CN", "另存为(&A)…", "另存为"), ("en", "Save &As…", "Save As")):
        i18n.set_language(language)
        qtbot.waitUntil(lambda menu=menu: actions.save_as_action.text() == menu)  # (the change is an event, posted)
        assert actions.save_as_action.toolTip() == tip
        for action in (actions.open_action, actions.save_action, actions.save_as_action):
            assert action.toolTip() == file_actions.without_access_letter(action.text()), action.text()


@pytest.mark.parametrize(("menu", "tip"), [("打开(&O)…", "打开"), ("Save &As…", "Save As"),
                                           ("Tom && Jerry", "Tom & Jerry"), ("&Save", "Save")])
def test_a_tip_is_the_menu_text_without_its_access_letter(menu, tip):
    assert file_actions.without_access_letter(menu) == tip
