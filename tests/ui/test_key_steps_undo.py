"""A slider's key steps, one after another, are one undo step, as a drag is.

Each arrow press on a slider was an undo step of its own: ten presses took ten Ctrl+Z. A run of steps of one slider
now ends a second after its last step (controls.STEPS_PAUSE_MS), at another slider's step, or when a drag begins.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSlider

from wxdesk.ui import controls

pytestmark = pytest.mark.gui


@pytest.fixture
def quick_pause(shown_window):
    shown_window.controls._steps_pause.setInterval(150)  # (the run's end, shortened for the test)
    yield shown_window
    shown_window.controls._steps_pause.setInterval(controls.STEPS_PAUSE_MS)
    shown_window.document.undo_stack.clear()


def test_a_run_of_arrow_presses_is_one_undo_step(quick_pause, qtbot):
    window = quick_pause
    stack = window.document.undo_stack
    stack.clear()
    budget = window.findChild(QSlider, "budgetSlider")
    audience = window.findChild(QSlider, "audienceSlider")
    start = window.document.scenario
    budget.setFocus()
    for _ in range(5):
        qtbot.keyClick(budget, Qt.Key.Key_Right)
    assert stack.count() == 1 and window.document.scenario.budget_cny > start.budget_cny
    audience.setFocus()
    qtbot.keyClick(audience, Qt.Key.Key_Right)  # another slider: a step of its own
    assert stack.count() == 2
    qtbot.wait(300)  # the pause ends the run
    qtbot.keyClick(audience, Qt.Key.Key_Right)
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    stack.undo()
    assert window.document.scenario == start  # the five presses undone at once


def test_a_drag_after_key_steps_is_its_own_undo_step(quick_pause, qtbot):
    window = quick_pause
    stack = window.document.undo_stack
    stack.clear()
    budget = window.findChild(QSlider, "budgetSlider")
    budget.setFocus()
    qtbot.keyClick(budget, Qt.Key.Key_Right)
    budget.sliderPressed.emit()  # a drag begins while the run of steps is open
    budget.setValue(budget.value() + 10)
    qtbot.wait(300)  # the steps' pause passes in the middle of the drag: the drag stays one step
    budget.setValue(budget.value() + 10)
    budget.sliderReleased.emit()
    assert stack.count() == 2
