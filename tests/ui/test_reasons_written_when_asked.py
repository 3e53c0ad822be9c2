"""A panel writes each reason when a label or its tooltip first needs it: the compact look writes its first
reason at each new evaluation, and the others as a hover asks for the tooltip, which then says every reason
of the evaluation shown, as a tooltip written at once did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from wxdesk.engine import Scenario, evaluate
from wxdesk.ui import text
from wxdesk.ui.account_panel import PresencePanel, _mark
from wxdesk.ui.app import get_qapp

pytestmark = pytest.mark.gui

# Scenarios whose panels give several reasons each, and other reasons from one to the next.
SCENARIOS = (Scenario(budget_cny=10_000, audience=20_000), Scenario(budget_cny=10_000, audience=400_000),
             Scenario(budget_cny=2_000_000, audience=5_000_000, horizon_years=7))


def _all_reasons(result, pack) -> str:
    return "\n".join(f"{_mark(reason, result.in_plan)} {text.render_reason(reason, pack)}" for reason in result.reasons)


def _hover(widget: QWidget) -> None:
    """What a hover does: Qt asks the widget for its tooltip with a ToolTip event, and shows it."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), widget.mapToGlobal(QPoint(5, 5))))
    QToolTip.hideText()


@pytest.mark.parametrize("presence", ["service", "mini_program", "native_app"])
def test_a_folded_panel_writes_its_later_reasons_only_as_its_tooltip_is_asked_for(qtbot, pack, monkeypatch, presence):
    get_qapp()
    panel = PresencePanel(presence, pack)
    qtbot.addWidget(panel)
    panel.set_compact(True)
    written = []
    render = text.render_reason
    monkeypatch.setattr(text, "render_reason", lambda reason, *args: (written.append(reason), render(reason, *args))[1])
    for scenario in SCENARIOS:
        evaluation = evaluate(scenario, pack)
        result = evaluation.presence(presence)
        assert len(result.reasons) >= 2
        written.clear()
        panel.show_evaluation(evaluation)
        assert all(reason is result.reasons[0] for reason in written)  # the first reason at most (if it is new)
        assert panel.reason_labels[0].text() == f"{_mark(result.reasons[0], result.in_plan)} " \
                                                f"{render(result.reasons[0], pack)}"
        _hover(panel)  # Qt's own reading of the tooltip, as it shows it
        assert QWidget.toolTip(panel) == _all_reasons(result, pack) == panel.toolTip()


def test_an_unfolded_panel_writes_the_reasons_it_shows_and_its_tooltip_still_waits(qtbot, pack, monkeypatch):
    get_qapp()
    panel = PresencePanel("service", pack)
    qtbot.addWidget(panel)
    panel.set_compact(False)
    evaluation = evaluate(SCENARIOS[0], pack)
    result = evaluation.presence("service")
    assert len(result.reasons) > 3  # (one beyond those on the card)
    written = []
    render = text.render_reason
    monkeypatch.setattr(text, "render_reason", lambda reason, *args: (written.append(reason), render(reason, *args))[1])
    panel.show_evaluation(evaluation)
    assert set(map(id, written)) <= set(map(id, result.reasons[:3]))
    assert [label.text() for label in panel.reason_labels] == _all_reasons(result, pack).split("\n")[:3]
    assert panel.toolTip() == _all_reasons(result, pack)
