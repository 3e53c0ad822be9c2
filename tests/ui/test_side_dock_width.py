"""The Sensitivity dock beside the desk takes the width the desk can spare (docks.share_width).

On a 1366-pixel laptop the dock took the 650 px its chart asks for, and the desk kept its least width: the
variant cards beside the chart were 100 px wide and cut their titles ("With a Mini Progra") and the badge
("The plai"). (Here a window 1366 px wide and LAPTOP_WIDE_HEIGHT high: at 768 the panels' second row would stand
under the chart beside the dock, which then floats, see test_docks_keep_first_reasons.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from wxdesk.engine import load_preset
from wxdesk.ui import i18n
from wxdesk.ui.docks import COMPARISON_COMFORT_LINES
from wxdesk.ui.main_window import MainWindow

from tests.ui.new_users_desk import example_window

pytestmark = pytest.mark.gui


# A window as narrow as a laptop's, and tall enough for fitness_coaching's panels in two rows beside the dock (in
# English; 1024 px are enough in Chinese).
LAPTOP_WIDE_HEIGHT = 1200


def _window_with_the_dock(qtbot, monkeypatch, width: int, height: int, language: str) -> MainWindow:
    window = example_window(qtbot, monkeypatch, "fitness_coaching", (width, height), language)
    window.features.sensitivity.action.setChecked(True)
    qtbot.wait(200)  # the docks' and the desk's layouts
    return window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_on_a_laptop_the_desk_keeps_its_chart_and_cards_readable(qtbot, monkeypatch, language):
    try:
        window = _window_with_the_dock(qtbot, monkeypatch, 1366, LAPTOP_WIDE_HEIGHT, language)
        dock = window.features.sensitivity.dock
        assert dock.isVisible() and not dock.isFloating()
        assert dock.width() >= dock.minimumSizeHint().width()
        assert dock.width() < dock.sizeHint().width()  # it yields: the window has no room for both at ease
        comparison = window.desk_splitter
        assert comparison.width() >= COMPARISON_COMFORT_LINES * window.fontMetrics().height() - 2
        for card in window.variant_column.cards:  # no title cut: its longest word and the line's swatch fit
            margins = card.layout().contentsMargins()
            needs = (margins.left() + margins.right() + card.swatch.width() + card.layout().horizontalSpacing()
                     + card.title.minimumSizeHint().width())
            assert card.width() >= needs, card.title.text()
            if card.badge.isVisible():
                assert card.badge.geometry().right() <= card.contentsRect().right(), card.title.text()
    finally:
        i18n.set_language("en")


def test_on_a_wide_screen_the_dock_gets_the_width_it_asks_for(qtbot, monkeypatch):
    window = _window_with_the_dock(qtbot, monkeypatch, 1920, 1080, "en")
    dock = window.features.sensitivity.dock
    assert abs(dock.width() - dock.sizeHint().width()) <= 2


def _drag_to(window: MainWindow, dock, width: int, qtbot) -> None:
    """The user drags the dock's edge: the window's dock layout gives it `width` (what the separator's drag does)."""
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(dock.width() - width) <= 2)


def _toggle(window: MainWindow, on: bool, qtbot) -> None:
    window.features.sensitivity.action.setChecked(on)
    qtbot.wait(50)


def test_a_width_the_user_dragged_comes_back_when_the_dock_is_shown_again(qtbot, monkeypatch):
    window = _window_with_the_dock(qtbot, monkeypatch, 1920, 1080, "en")
    dock = window.features.sensitivity.dock
    dragged = dock.sizeHint().width() + 150
    _drag_to(window, dock, dragged, qtbot)
    _toggle(window, False, qtbot)
    _toggle(window, True, qtbot)
    assert abs(dock.width() - dragged) <= 2  # before: the share again (its asked width)
    dock.close()  # by its own button
    qtbot.wait(50)
    assert not window.features.sensitivity.action.isChecked()
    _toggle(window, True, qtbot)
    assert abs(dock.width() - dragged) <= 2


def test_a_dragged_width_is_kept_from_one_session_to_the_next(qtbot, monkeypatch):
    window = _window_with_the_dock(qtbot, monkeypatch, 1920, 1080, "en")
    dock = window.features.sensitivity.dock
    dragged = dock.sizeHint().width() + 120
    _drag_to(window, dock, dragged, qtbot)
    window.features.sensitivity.remember()  # as the window's closing does
    assert QSettings().value("docks/sensitivityDock/visible", type=bool)
    window.features.sensitivity.action.setChecked(False)
    later = MainWindow()
    qtbot.addWidget(later)
    later.resize(1920, 1080)
    later.show()
    qtbot.waitExposed(later)
    qtbot.waitUntil(lambda: later.features.sensitivity.built and later.features.sensitivity.dock.isVisible())
    qtbot.wait(200)
    assert abs(later.features.sensitivity.dock.width() - dragged) <= 2


def test_a_dock_never_dragged_takes_the_share_the_window_has_now(qtbot, monkeypatch):
    window = _window_with_the_dock(qtbot, monkeypatch, 1366, LAPTOP_WIDE_HEIGHT, "en")
    dock = window.features.sensitivity.dock
    assert not dock.isFloating()
    narrow = dock.width()
    assert narrow < dock.sizeHint().width()
    _toggle(window, False, qtbot)
    window.resize(1920, 1080)
    qtbot.wait(100)
    _toggle(window, True, qtbot)
    qtbot.wait(100)
    assert abs(dock.width() - dock.sizeHint().width()) <= 2  # the wider window's share, not the narrow width kept


def test_a_dragged_width_the_window_has_no_room_for_leaves_the_desk_its_least_width(qtbot, monkeypatch):
    window = _window_with_the_dock(qtbot, monkeypatch, 1920, 1080, "en")
    dock = window.features.sensitivity.dock
    _drag_to(window, dock, 1100, qtbot)
    _toggle(window, False, qtbot)
    window.resize(1366, 768)
    qtbot.wait(100)
    _toggle(window, True, qtbot)
    qtbot.wait(100)
    assert dock.width() >= dock.minimumSizeHint().width()
    assert window.centralWidget().width() >= window.centralWidget().minimumSizeHint().width()


def test_the_assumptions_dock_keeps_a_height_the_user_dragged(qtbot, monkeypatch):
    window = _window_with_the_dock(qtbot, monkeypatch, 1920, 1080, "en")
    assumptions = window.features.assumptions
    assumptions.action.setChecked(True)
    qtbot.wait(100)
    dock = assumptions.dock
    dragged = dock.height() + 90
    window.resizeDocks([dock], [dragged], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: abs(dock.height() - dragged) <= 2)
    assumptions.action.setChecked(False)
    qtbot.wait(50)
    assumptions.action.setChecked(True)
    qtbot.wait(100)
    assert abs(dock.height() - dragged) <= 2


def _lines(label) -> list[str]:
    """The lines the label shows its text in, at its width, as the reader reads them."""
    from line_ends import qt_lines
    from PySide6.QtWidgets import QLabel

    from wxdesk.words.line_breaks import shown as shown_text
    laid = QLabel.text(label)  # (the text as laid out: UnbrokenLabel.text gives it as written)
    return [shown_text(line).strip() for line in qt_lines(laid, label.font(), label.contentsRect().width(), None)]


def test_a_plans_score_stays_with_its_heading(qtbot, monkeypatch):
    """With the dock open at 1920×1080 the three best plans' headings read "THE PLAN · PLAN SCORE" over "73.5"
    alone (bank_care): a line of a heading ends only at its dot."""
    window = _window_with_the_dock(qtbot, monkeypatch, 1920, 1080, "en")
    window.document.set_scenario(load_preset("bank_care", "en"))
    qtbot.wait(200)
    columns = [c for c in window.plan_area.columns if c.isVisible()]
    assert columns, "the three best plans are folded at 1920×1080 with the dock open"
    for column in columns:
        written = column.heading.text()
        assert "\u00a0" not in written and "\u2060" not in written  # read back as written
        score = written.rsplit(" ", 1)[-1]
        lines = _lines(column.heading)
        assert any(line.endswith("PLAN SCORE " + score) for line in lines), lines


def test_a_heading_too_narrow_for_its_part_is_broken_where_qt_breaks_it(qtbot):
    """A part wider than the label is never cut off: the heading is shown as written and Qt ends its lines."""
    from PySide6.QtWidgets import QLabel

    from wxdesk.ui.steady_label import wrapping_label
    label = wrapping_label("rankHeading")
    qtbot.addWidget(label)
    label.keep_parts_whole(" · ")
    label.setText("THE PLAN · PLAN SCORE 73.5")
    metrics = label.fontMetrics()
    label.resize(metrics.horizontalAdvance("THE PLAN · PLAN SCORE") + 4, 200)
    label.show()
    qtbot.waitExposed(label)
    assert label.text() == "THE PLAN · PLAN SCORE 73.5"
    assert _lines(label) == ["THE PLAN ·", "PLAN SCORE 73.5"]
    label.resize(metrics.horizontalAdvance("PLAN SCORE") + 4, 200)
    qtbot.wait(10)
    assert QLabel.text(label) == "THE PLAN · PLAN SCORE 73.5"
