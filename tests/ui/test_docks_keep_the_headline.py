"""The docks never take the plan's name and score out of view, however the name wraps.

At 1366×768 with the Assumptions and Sensitivity docks open, car_brand's plan ("Official Account (formerly
Subscription Account) + Mini Program + Channels") took three lines of the 64 px kept above the chart for the plan's
name and score: the score stood under the scroll fade, half hidden. The room kept is now measured down to the score.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from wxdesk.engine import load_preset
from wxdesk.ui.scroll_fade import fade_height

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("preset", ["car_brand", "bank_care"])
def test_with_both_docks_open_the_plans_name_and_score_stay_in_view(shown_window, qtbot, preset):
    window = shown_window
    window.resize(1366, 768)
    features = window.features
    features.assumptions.action.trigger()
    features.sensitivity.action.trigger()
    try:
        window.document.load(load_preset(preset))
        qtbot.wait(300)  # the desk is split again once the changes pause
        viewport = window._accounts_scroll.viewport()
        summary = window.plan_area.summary
        visible = viewport.height() - fade_height(window._accounts_scroll.widget())
        for label in (summary.name_label, summary.score_label):
            bottom = label.mapTo(viewport, QPoint(0, label.height())).y()
            assert label.mapTo(viewport, QPoint(0, 0)).y() >= 0 and bottom <= visible, (label.objectName(), bottom,
                                                                                           visible)
    finally:
        features.assumptions.action.trigger()
        features.sensitivity.action.trigger()
        window.document.undo_stack.clear()
