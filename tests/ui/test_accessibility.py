"""The chart and the panels have accessible names; a fact's source is reachable from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from wxdesk.engine import load_preset
from wxdesk.ui import i18n

pytestmark = pytest.mark.gui


def test_the_chart_is_named_and_described_in_words(shown_window, qtbot):
    chart = shown_window.chart
    assert chart.accessibleName() == "Cost and fit chart"
    description = chart.accessibleDescription()
    assert chart.break_even_label.text().rstrip(".") in description
    for item in chart.fit_texts:
        assert item.toPlainText() in description
    assert "after 3 years" in description
    for variant in chart.curves:  # each variant's line, named as in the legend
        assert chart.variant_name(variant) in description
    shown_window.document.set_scenario(load_preset("car_brand"))  # a 5-year plan: the words follow
    qtbot.waitUntil(lambda: "after 5 years" in chart.accessibleDescription())  # once the change settles
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: chart.accessibleName() == "成本与适配度图表")  # after the views retranslate
    assert "年后" in chart.accessibleDescription()


def test_the_panels_and_areas_have_names(shown_window):
    window = shown_window
    assert len(window.presence_panels) == 6
    for panel in (*window.presence_panels.values(), *window.variant_cards.values()):
        assert panel.accessibleName()
    for name in ("accountsArea", "comparisonArea", "controlsScroll"):
        assert window.findChild(QWidget, name).accessibleName()
    summary = window.plan_area.summary
    assert summary.name_label.accessibleName() == "Recommended plan"
    assert summary.name_label.accessibleDescription() == summary.roles_label.text()


def test_a_facts_source_is_reachable_from_the_keyboard(shown_window, qtbot):
    shown_window.force_desk_compact(False)  # the full panels, key facts shown (the test screen is small)
    window = shown_window
    panel = next(iter(window.presence_panels.values()))
    fact = panel.fact_labels[0]
    source = fact.toolTip()
    assert source
    assert fact.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert source in fact.accessibleDescription()
    # Tab from the fact before it reaches it, as a keyboard user would get there.
    fact.setFocus(Qt.FocusReason.TabFocusReason)
    assert fact.hasFocus()
    qtbot.keyClick(fact, Qt.Key.Key_Return)
    assert QToolTip.text() == source
    show, copy = fact.actions()[:2]
    assert fact.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert (show.text(), copy.text()) == ("Show Source", "Copy Source")
    copy.trigger()
    assert QGuiApplication.clipboard().text() == source


def test_the_next_fact_is_one_tab_away(shown_window, qtbot):
    shown_window.force_desk_compact(False)  # the full panels, key facts shown (the test screen is small)
    panel = next(iter(shown_window.presence_panels.values()))
    first, second = panel.fact_labels[:2]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert second.hasFocus()


def test_after_a_drag_the_chart_description_reads_the_final_answer(shown_window, qtbot):
    """During a drag the description waits for the pause; then it describes where the drag ended."""
    from PySide6.QtWidgets import QSlider

    from wxdesk.ui.accessibility import chart_description
    slider = shown_window.findChild(QSlider, "audienceSlider")
    for step in range(1, 8):  # a drag: one step after another, with no pause between them
        slider.setValue(slider.minimum() + step * (slider.maximum() - slider.minimum()) // 8)
        QApplication.processEvents()
    chart = shown_window.chart
    qtbot.waitUntil(lambda: chart.accessibleDescription() == chart_description(chart), timeout=3000)
    assert chart.break_even_label.text().rstrip(".") in chart.accessibleDescription()


def test_a_refresh_that_comes_while_the_window_is_taken_apart_does_nothing(qtbot):
    """Qt deletes a window's children one by one; a refresh queued by a change of language can run in between
    (it raised "Internal C++ object (ScenarioControls) already deleted" inside the event loop)."""
    from wxdesk.ui.main_window import MainWindow
    window = MainWindow()
    qtbot.addWidget(window)
    window.controls.deleteLater()
    qtbot.wait(10)
    window.features.fact_sources.refresh()  # no exception: nothing left to describe
