"""The status bar's message follows a switch of language, as every other text of the window does.

Opening the car-brand example and then choosing 简体中文 in Preferences left "Opened the example “Electric-car brand:
…”; Save keeps your copy, the example stays as it was." in English beneath a Chinese window, until its time was up.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from wxdesk.engine.presets import preset_names
from wxdesk.ui import i18n

pytestmark = pytest.mark.gui

OPENED = "Opened the example “%1”; Save keeps your copy, the example stays as it was."


def _switch(language: str) -> None:
    i18n.set_language(language)
    QCoreApplication.processEvents()  # (installing a translator posts the LanguageChange)


def _opened_example(language: str) -> str:
    return (QCoreApplication.translate("FileActions", OPENED)
            .replace("%1", preset_names(language)["car_brand"]))


def test_the_opened_example_is_said_again_in_the_new_language_and_back(window):
    _switch("en")
    assert window.features.file_actions.open_preset("car_brand")
    bar = window.statusBar()
    english = bar.currentMessage()
    assert english == _opened_example("en"), english
    _switch("zh_CN")
    chinese = bar.currentMessage()
    assert chinese == _opened_example("zh_CN") and chinese != english, chinese
    assert "Opened" not in chinese and "电动汽车品牌" in chinese, chinese
    _switch("en")
    assert bar.currentMessage() == english


def test_a_copied_summary_is_said_in_the_new_language(window):
    _switch("en")
    window.copy_summary()
    assert window.statusBar().currentMessage() == "Summary copied to the clipboard."
    _switch("zh_CN")
    said = window.statusBar().currentMessage()
    assert said == QCoreApplication.translate("MainWindow", "Summary copied to the clipboard."), said
    assert "Summary" not in said


def test_a_message_that_cannot_be_written_again_goes(window):
    """Shown straight through the status bar (or a menu's status tip), a message has no source to write it from:
    it goes rather than stay in the old language."""
    _switch("en")
    window.statusBar().showMessage("The chart could not be written: a device error.", 8000)
    _switch("zh_CN")
    assert window.statusBar().currentMessage() == ""


def test_a_switch_does_not_keep_a_message_past_its_time(window, monkeypatch):
    from wxdesk.ui import status_line
    _switch("en")
    now = [1000.0]
    monkeypatch.setattr(status_line.time, "monotonic", lambda: now[0])
    window.features.file_actions.open_preset("car_brand")  # said for 5 s
    bar = window.statusBar()
    shown = []
    monkeypatch.setattr(bar, "showMessage", lambda message, ms=0: (shown.append(ms), type(bar).showMessage(
        bar, message, ms)))
    now[0] += 3.0
    _switch("zh_CN")
    assert bar.currentMessage() == _opened_example("zh_CN")
    assert shown == [2000], shown  # for the 2 s it had left, not 5 s again
    now[0] += 2.5  # its time is up (the bar's own timer, 2 s after the switch, takes it away)
    _switch("en")
    assert window.statusBar().currentMessage() == ""
