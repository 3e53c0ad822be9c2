"""Every menu entry has an access letter of its own within its menu, in both languages.

File held "&Import Data Pack…" and "Share as &Image…" (Alt+I took one of them only), and View's "Assumptions" and
"Sensitivity" had no letter at all. The dock opened from its menu or keys takes the keyboard, and Tab leaves the
Assumptions table for the buttons under it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from wxdesk.ui import i18n

pytestmark = pytest.mark.gui


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_menus_entries_have_letters_of_their_own(shown_window, qtbot, language):
    i18n.set_language(language)
    try:
        qtbot.waitUntil(lambda: (shown_window.file_menu.title().startswith("文件")) == (language == "zh_CN"))
        for entry in shown_window.menuBar().actions():
            menu = entry.menu()
            texts = [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]
            letters = [_letter(text) for text in texts]
            assert None not in letters, (menu.title(), [t for t, letter in zip(texts, letters) if letter is None])
            assert len(set(letters)) == len(letters), (menu.title(), texts)
    finally:
        i18n.set_language("en")


def test_a_dock_opened_by_its_keys_takes_the_keyboard_and_tab_leaves_its_table(shown_window, qtbot):
    window = shown_window
    dock = window.features.assumptions
    dock.action.trigger()  # as Ctrl+Shift+A does
    try:
        qtbot.waitUntil(lambda: dock.dock.isVisible())
        focused = QApplication.focusWidget()
        assert focused is not None and dock.dock.isAncestorOf(focused), focused
        table = dock.dock.findChild(QTableView, "assumptionTable")
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not table
    finally:
        dock.action.trigger()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_access_letter_of_the_window_is_its_own(shown_window, qtbot, language):
    """Alt+letter reaches one thing: the menu bar's menus, the labels' buddies and the buttons of the window, with
    both docks open. "Client" and "Must be live by" both took L (客户(L) / 最晚上线日期(L)), "Horizon" took Help's H,
    the Sensitivity dock's "Show" the session length's S, and "Reset Selected" "Registered as"'s R."""
    from PySide6.QtWidgets import QAbstractButton, QLabel
    window = shown_window
    features = window.features
    i18n.set_language(language)
    features.assumptions.action.setChecked(True)
    features.sensitivity.action.setChecked(True)
    try:
        qtbot.waitUntil(lambda: (window.file_menu.title().startswith("文件")) == (language == "zh_CN"))
        texts = [entry.text() for entry in window.menuBar().actions()]
        texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
        texts += [button.text() for button in window.findChildren(QAbstractButton)]
        for dock in (features.assumptions.dock, features.sensitivity.dock):
            texts += [label.text() for label in dock.findChildren(QLabel) if label.buddy() is not None]
            texts += [button.text() for button in dock.findChildren(QAbstractButton)]
        lettered = sorted({(_letter(text), text) for text in texts if _letter(text)})
        letters = [letter for letter, _text in lettered]
        assert len(set(letters)) == len(letters), lettered
    finally:
        features.assumptions.action.setChecked(False)
        features.sensitivity.action.setChecked(False)
        i18n.set_language("en")
