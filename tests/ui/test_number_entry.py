"""Typed and pasted numbers read alike in the controls' number boxes (WholeWhereWholeSpinBox, read_typed).

Typing "1e9" into the budget box gave ¥19 (the "e" was refused as it was typed) where pasting it gave
¥1,000,000,000; full-width "１２３" was refused; "12,5" became 125.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QValidator
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


@pytest.fixture(scope="module")
def controls_once(qapp):
    """One set of controls for a property's many examples (nothing typed into it)."""
    widget = ScenarioControls(ScenarioDocument(load_preset("car_brand")))
    yield widget
    widget.deleteLater()


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


# The percent boxes and the horizon's were QSpinBoxes, which dropped the keys they could not take: typing 0.5 gave
# 5 %, 12.5 gave 12 %, -20 gave 20 %, 1e2 gave 12 %; a horizon of -3 gave 3 years, 2.5 gave 2, 1e1 gave 1 (review s56).

SHARE_BOXES = [("china_share", "china_share"), ("paid_share", "paid_share")]


@pytest.mark.parametrize("control, field", SHARE_BOXES)
@pytest.mark.parametrize("entered, share, shown", [("0.5", 0.005, "0.5 %"), ("12.5", 0.125, "12.5 %"),
                                                   ("1e2", 1.0, "100 %"), ("50%", 0.5, "50 %"),
                                                   ("３０", 0.3, "30 %")])
def test_a_percent_typed_or_pasted_is_the_share_saved(controls, qtbot, control, field, entered, share, shown):
    spin = getattr(controls, control).spin
    for enter in (_type, _paste):
        enter(qtbot, spin, "7")
        enter(qtbot, spin, entered)
        assert getattr(controls.document.scenario, field) == pytest.approx(share), (enter.__name__, entered)
        assert spin.text() == shown


@pytest.mark.parametrize("control, field", SHARE_BOXES)
def test_a_percent_past_the_range_takes_its_end_and_an_unsure_one_changes_nothing(controls, qtbot, control, field):
    spin = getattr(controls, control).spin
    _type(qtbot, spin, "40")
    _type(qtbot, spin, "-20")
    assert getattr(controls.document.scenario, field) == 0.0, "as the budget's box takes its end"
    _type(qtbot, spin, "40")
    _type(qtbot, spin, "0,5")
    assert getattr(controls.document.scenario, field) == 0.4 and spin.text() == "40 %"


def test_a_files_share_shows_whole_in_its_box(controls):
    controls.document.update(china_share=0.125, paid_share=0.0025)
    assert controls.china_share.spin.text() == "12.5 %"  # it read "12 %"
    assert controls.paid_share.spin.text() == "0.25 %"


@given(st.decimals(0, 100, places=2))
def test_any_percent_to_a_hundredth_reads_as_written(controls_once, value):
    spin = controls_once.china_share.spin
    text = f"{value} %"
    assert spin.validate(text, len(text))[0] == QValidator.State.Acceptable
    assert spin.valueFromText(text) == float(value)


@pytest.mark.parametrize("entered, years", [("1e1", 10), ("７", 7), ("-3", 1), ("99", 10), ("2.5", 3), ("2,5", 3)])
def test_a_horizon_typed_or_pasted_is_the_horizon_saved_or_none(controls, qtbot, entered, years):
    """Past the range, its nearest end (as the other boxes); not a whole number of years, the horizon it was."""
    spin = controls.horizon
    for enter in (_type, _paste):
        enter(qtbot, spin, "3")
        assert controls.document.scenario.horizon_years == 3
        enter(qtbot, spin, entered)
        assert controls.document.scenario.horizon_years == years, (enter.__name__, entered)
        assert spin.text() == (f"{years} years" if years != 1 else "1 year")


def test_a_horizon_is_one_edit_on_enter(controls, qtbot):
    """Taken key by key, "2.5" made the horizon 2 years at the "2"; and "10" was two edits."""
    _type(qtbot, controls.horizon, "3")
    steps = controls.document.undo_stack.count()
    _type(qtbot, controls.horizon, "10")
    assert controls.document.scenario.horizon_years == 10
    assert controls.document.undo_stack.count() == steps + 1
