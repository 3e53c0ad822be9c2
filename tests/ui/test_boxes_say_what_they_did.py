"""A number box that cannot take a number as typed says what it did, in the status bar (controls.typed_fixup).

"-12" typed in the budget's box became ¥0 on Enter, and the plan lost 29 points ("Your budget of ¥0 covers none
of…"), with nothing said; "12,5" went back to the budget before, without a word why.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from wxdesk.engine import load_preset
from wxdesk.ui import i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def window(shown_window):
    shown_window.document.set_scenario(load_preset("fitness_coaching"))
    yield shown_window
    shown_window.document.undo_stack.clear()
    i18n.set_language("en")


def _type(qtbot, spin, typed: str, key=Qt.Key.Key_Return) -> None:
    spin.setFocus()
    spin.selectAll()
    for character in typed:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(spin.lineEdit(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
    qtbot.keyClick(spin, key)


def said(window) -> str:
    return window.statusBar().currentMessage()


def test_a_budget_below_zero_is_said_to_be_taken_as_zero(window, qtbot):
    _type(qtbot, window.controls.budget.spin, "-12")
    assert window.document.scenario.budget_cny == 0  # (the box's end, as ever)
    assert said(window) == "First-year budget: “-12” is below the least the box takes, so it was taken as ¥ 0."


def test_a_number_past_the_most_is_said_to_be_taken_at_it(window, qtbot):
    _type(qtbot, window.controls.paid_share.spin, "140", Qt.Key.Key_Tab)  # (leaving the box by Tab, too)
    assert window.document.scenario.paid_share == 1.0
    assert "“140” is above the most the box takes, so it was taken as 100 %." in said(window)


def test_a_number_that_reads_as_none_is_said_to_be_left_untaken(window, qtbot):
    before = window.document.scenario.budget_cny
    _type(qtbot, window.controls.budget.spin, "12,5")
    assert window.document.scenario.budget_cny == before
    assert said(window) == ("First-year budget: “12,5” does not read as one number, so it was not taken; the box "
                            "still holds ¥ 1,500,000.")
    _type(qtbot, window.controls.horizon, "2.5")  # a box of whole years
    assert said(window).startswith("Horizon (years): “2.5” does not read as one number")


def test_a_number_the_box_takes_says_nothing(window, qtbot):
    window.statusBar().clearMessage()
    _type(qtbot, window.controls.budget.spin, "2000000")
    assert window.document.scenario.budget_cny == 2_000_000
    assert said(window) == ""


def test_the_message_is_written_again_in_another_language(window, qtbot):
    """(Its name as the window's controls name the box, in the language switched to: not the caption above the box,
    which follows the switch after the status bar.)"""
    _type(qtbot, window.controls.budget.spin, "-12")
    i18n.set_language("zh_CN")
    qtbot.wait(20)
    assert said(window).startswith("首年预算")
    assert said(window) == "首年预算：“-12”低于输入框的最小值，已按 ¥ 0 计。"
