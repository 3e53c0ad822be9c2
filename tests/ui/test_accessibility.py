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
    for name in ("accountsArea", "accountsScroll", "comparisonArea", "controlsScroll"):
        assert window.findChild(QWidget, name).accessibleName()
    # The date box's caption is the check box before it, which names no box: the box is named itself.
    assert window.controls.live_by.accessibleName() == "Must be live by"
    summary = window.plan_area.summary
    assert summary.name_label.accessibleName() == "Recommended plan"
    assert summary.name_label.accessibleDescription() == summary.roles_text


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


def test_the_next_fact_is_one_arrow_away_and_a_panels_facts_one_tab_stop(shown_window, qtbot):
    """Every fact a Tab stop made Tab's round of a 1920×1080 window 63 stops, 32 of them facts: a panel's facts are
    one stop, its first, and Down and Up move between them; Tab from any of them leaves the panel's facts."""
    shown_window.force_desk_compact(False)  # the full panels, key facts shown (the test screen is small)
    panel = next(iter(shown_window.presence_panels.values()))
    facts = panel.fact_labels
    first, second = facts[:2]
    assert first.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not any(fact.focusPolicy() & Qt.FocusPolicy.TabFocus for fact in facts[1:])
    assert not any(fact.focusPolicy() & Qt.FocusPolicy.ClickFocus for fact in facts)  # (a click leaves the focus)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert QToolTip.text() == second.toolTip()
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Up)  # the first stays the first
    assert first.hasFocus()
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in facts


def test_tab_stops_only_at_a_panels_first_fact(shown_window, qtbot):
    """Round the window by Tab: no fact but a panel's first is a stop, and each stop is on screen (its scroll area
    scrolled to it) with something that shows it has the focus where it paints none itself."""
    from PySide6.QtWidgets import QAbstractScrollArea

    from wxdesk.ui.keyboard import FocusMark
    window = shown_window
    window.force_desk_compact(False)
    qtbot.wait(50)
    facts = {fact: panel for panel in window.presence_panels.values() for fact in panel.made_fact_labels()}
    firsts = {panel.made_fact_labels()[0] for panel in window.presence_panels.values() if panel.made_fact_labels()}
    window.controls.client.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(200):
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.controls.client or focused in seen:
            break
        seen.append(focused)
        if focused in facts:
            assert focused in firsts
        if focused in facts or focused.objectName() in ("accountsScroll", "chartPlots"):  # (they paint no focus)
            marks = [mark for mark in window.findChildren(FocusMark) if mark.isVisible()]
            assert len(marks) == 1 and marks[0].target is focused, focused.objectName()
        # On screen: the part of it the window shows is not empty (a scroll area's: its viewport's).
        # (A scroll area's own region is all under its viewport and content: it is on screen where it has room.)
        assert (focused.isVisible() and not focused.rect().isEmpty() if isinstance(focused, QAbstractScrollArea)
                else not focused.visibleRegion().isEmpty()), focused.objectName()
    assert window.controls.client.hasFocus(), "Tab came round to the client's box"
    assert not window.controls.client.visibleRegion().isEmpty(), "the controls scrolled back to the client's box"
    assert any(fact.isVisible() for fact in firsts)
    assert {fact for fact in seen if fact in facts} == {fact for fact in firsts if fact.isVisible()}


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
