"""Help ▸ User Guide and F1: the offline guide in the window's language."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from visible_text import english_words

from wxdesk.paths import resource_path
from wxdesk.ui import i18n

pytestmark = pytest.mark.gui

# Keys, file formats and acronyms a Chinese guide writes as they are.
GUIDE_ALLOWED = {"wxdesk", "F", "Esc", "Tab", "Ctrl", "Shift", "A", "T", "E", "C", "M", "PDF", "JSON",
                 "ICP", "NFC", "USB", "N"}  # acronyms Chinese writes as they are (USB 等有线设备)


def test_f1_opens_the_guide_in_english(shown_window, qtbot):
    window = shown_window
    action = window.features.help_guide.action
    assert action in window.help_menu.actions()
    assert window.help_menu.actions().index(action) < window.help_menu.actions().index(window.about_action)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.features.help_guide.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()  # read it while trying what it says
    guide = dialog.browser.toPlainText()
    for heading in ("What the numbers mean", "Presenting to a client", "How wxdesk decides", "Keys"):
        assert heading in guide
    assert "the plan" in guide and "F11" in guide and "10th percentile" in guide
    assert not dialog.browser.openExternalLinks()


def test_the_guide_follows_the_language(shown_window, qtbot):
    window = shown_window
    dialog = window.features.help_guide.show_guide()
    i18n.set_language("zh_CN")
    qtbot.wait(10)
    assert "数字的含义" in dialog.browser.toPlainText()
    assert "使用指南" in dialog.windowTitle()
    i18n.set_language("en")
    qtbot.wait(10)
    assert "What the numbers mean" in dialog.browser.toPlainText()


def test_the_chinese_guide_is_chinese_throughout(shown_window, qtbot):
    i18n.set_language("zh_CN")
    qtbot.wait(10)
    text = shown_window.features.help_guide.show_guide().browser.toPlainText()
    assert english_words([text], GUIDE_ALLOWED) == {}
    assert len(re.findall(r"[\u4e00-\u9fff]", text)) > 1500


def test_f1_works_while_presenting(shown_window, qtbot):
    window = shown_window
    window.features.presentation.action.setChecked(True)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.features.help_guide.dialog is not None and window.features.help_guide.dialog.isVisible()
    window.features.presentation.action.setChecked(False)


def test_both_guides_cover_the_same_sections():
    def anchors(name):
        return re.findall(r'<a name="(\w+)">', resource_path("help", name).read_text(encoding="utf-8"))
    assert anchors("guide_en.html") == anchors("guide_zh_CN.html") == ["numbers", "present", "model", "figures",
                                                                         "keys"]
    for name in ("guide_en.html", "guide_zh_CN.html"):
        page = resource_path("help", name).read_text(encoding="utf-8")
        links = re.findall(r'href="([^"]+)"', page)
        assert links and all(link.startswith("#") for link in links)  # offline: nothing to fetch
