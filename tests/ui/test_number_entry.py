"""Typed and pasted numbers read alike in the controls' number boxes (WholeWhereWholeSpinBox, read_typed).

Typing "1e9" into the budget box gave ¥19 (the "e" was refused as it was typed) where pasting it gave
¥1,000,000,000; full-width "１２３" was refused; "12,5" became 125.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from wxdesk.engine import load_preset
from wxdesk.engine.scenario import MAX_BUDGET_CNY
from wxdesk.ui.controls import ScenarioControls, read_typed
from wxdesk.ui.document import ScenarioDocument

pytestmark = pytest.mark.gui


@pytest.fixture
def controls(qtbot):
    widget = ScenarioControls(ScenarioDocument(load_preset("car_brand")))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _type(qtbot, spin, typed: str) -> None:
    spin.setFocus()
    spin.selectAll()
    for character in typed:  # (as a keyboard sends it: QTest's keyClicks knows Latin-1 keys only)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(spin.lineEdit(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
    qtbot.keyClick(spin, Qt.Key.Key_Return)


def _paste(qtbot, spin, pasted: str) -> None:
    QGuiApplication.clipboard().setText(pasted)
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(spin, Qt.Key.Key_Return)


@pytest.mark.parametrize("entered, budget", [("1e9", 1e9), ("１２３", 123), ("1,000,000", 1e6), ("2.5e6", 2.5e6)])
def test_typing_and_pasting_give_one_budget(controls, qtbot, entered, budget):
    _type(qtbot, controls.budget.spin, entered)
    assert controls.document.scenario.budget_cny == budget
    _type(qtbot, controls.budget.spin, "7")
    _paste(qtbot, controls.budget.spin, entered)
    assert controls.document.scenario.budget_cny == budget


def test_a_comma_that_groups_no_thousands_changes_nothing(controls, qtbot):
    before = controls.document.scenario.budget_cny
    _type(qtbot, controls.budget.spin, "12,5")
    assert controls.document.scenario.budget_cny == before  # (it became 125)


def test_a_number_past_the_range_takes_its_end(controls, qtbot):
    _type(qtbot, controls.budget.spin, "99999999999999")
    assert controls.document.scenario.budget_cny == MAX_BUDGET_CNY


@given(st.integers(0, 10**12), st.booleans(), st.booleans())
def test_any_whole_number_reads_however_it_is_written(value, grouped, full_width):
    written = f"{value:,}" if grouped else str(value)
    if full_width:
        written = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in written)
    assert read_typed(written) == value


@given(st.floats(0, 1e12, allow_nan=False))
def test_any_number_in_scientific_notation_reads_as_written(value):
    assert read_typed(f"{value:e}") == float(f"{value:e}")


@pytest.mark.parametrize("typed", ["12,5", "1,00", "1e", "-", ""])
def test_a_number_under_way_or_unsure_is_no_value_yet(typed):
    assert read_typed(typed) is True


@pytest.mark.parametrize("typed", ["abc", "一二三", "1,0000", "¥5"])
def test_text_that_is_no_number_is_refused(typed):
    assert read_typed(typed) is None
