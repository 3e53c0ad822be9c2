"""Preferences writes an exchange rate one way, in its box and beside it, and offers Reset only where it changes it.

The box read "7.0000 CNY" beside "data pack: 7 (2026-01)", and Reset was enabled at the pack's own rate."""

import pytest
from hypothesis import given, settings as hypothesis_settings, strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from wxdesk import settings
from wxdesk.ui.preferences import RATE_DECIMALS, PreferencesDialog, rate_text
from wxdesk.words import RATE_FIGURES

pytestmark = pytest.mark.gui


def _hint(dialog: PreferencesDialog, code: str) -> str:
    """The "data pack: …" label on the rate's row."""
    box = dialog.rate_boxes[code]
    row = box.parentWidget()
    labels = [label for label in row.findChildren(QLabel) if label.text().startswith("data pack:")
              and abs(label.geometry().center().y() - box.geometry().center().y()) < box.height()]
    assert len(labels) == 1, [label.text() for label in labels]
    return labels[0].text()


@pytest.mark.parametrize("code", list(RATE_FIGURES))
def test_the_box_writes_the_rate_as_the_hint_beside_it_does(qtbot, pack, code):
    dialog = PreferencesDialog(pack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.rate_boxes[code]
    written = box.text().removesuffix(box.suffix())
    assert written == f"{pack.likely(RATE_FIGURES[code]):g}"
    assert _hint(dialog, code).startswith(f"data pack: {written} ("), (box.text(), _hint(dialog, code))


@given(st.integers(min_value=1, max_value=1000 * 10**RATE_DECIMALS))
@hypothesis_settings(max_examples=200, deadline=None)
def test_a_rate_reads_back_as_written(ten_thousandths):
    """Every rate the box takes, written without trailing zeros, reads back as the same rate."""
    value = ten_thousandths / 10**RATE_DECIMALS
    written = rate_text(value)
    assert float(written) == pytest.approx(value, abs=1e-9)
    assert not written.endswith("0") or "." not in written
    assert not written.endswith(".")


@pytest.mark.parametrize("code", list(RATE_FIGURES))
def test_reset_is_enabled_only_where_it_changes_the_rate(qtbot, pack, code):
    dialog = PreferencesDialog(pack)
    qtbot.addWidget(dialog)
    box, reset = dialog.rate_boxes[code], dialog.rate_resets[code]
    assert not reset.isEnabled(), "at the pack's rate, Reset changes nothing"
    box.setValue(settings.default_rate(code, pack) + 0.25)
    assert reset.isEnabled()
    reset.click()
    assert box.value() == pytest.approx(settings.default_rate(code, pack))
    assert not reset.isEnabled()


def test_reset_is_enabled_for_a_stored_rate_of_the_users_own(qtbot, pack):
    settings.set_rate("USD", 7.25)
    dialog = PreferencesDialog(pack)
    qtbot.addWidget(dialog)
    assert dialog.rate_boxes["USD"].text() == "7.25 CNY"
    assert dialog.rate_resets["USD"].isEnabled()
    assert not dialog.rate_resets["EUR"].isEnabled()


def test_a_rate_typed_with_a_point_is_taken_in_any_locale(qtbot, pack):
    """The box writes a point, and reads one, whatever the system's locale (German writes a comma)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        dialog = PreferencesDialog(pack)
        qtbot.addWidget(dialog)
        box = dialog.rate_boxes["USD"]
        box.lineEdit().selectAll()
        qtbot.keyClicks(box.lineEdit(), "7.25")
        box.interpretText()
        assert box.value() == pytest.approx(7.25)
        assert box.text() == "7.25 CNY"
    finally:
        QLocale.setDefault(before)
