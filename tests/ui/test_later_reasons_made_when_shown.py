"""A panel's reasons after the first are made when they first show: a window that opens with the compact desk
(which folds them) makes none until the desk unfolds, and looks the same as one that made them all."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from wxdesk.engine import Scenario, evaluate, load_datapack
from tests.ui.new_users_desk import new_users_window, settled_desk, unfold
from wxdesk.ui import MainWindow
from wxdesk.ui.account_panel import REASONS_SHOWN, PresencePanel

pytestmark = pytest.mark.gui


def _made_first(window: MainWindow) -> None:
    """Asked for before the window shows: made at once, as every panel made them before."""
    for panel in window.presence_panels.values():
        assert len(list(panel.reason_labels)) == REASONS_SHOWN


def _reason_labels_made(panel: PresencePanel) -> list[QLabel]:
    return [label for label in panel.findChildren(QLabel) if label.objectName().startswith("reason")]


def test_a_compact_desk_makes_no_later_reasons_until_it_unfolds(qtbot):
    window = new_users_window(qtbot)
    assert window.desk_compact
    panels = list(window.presence_panels.values())
    assert all([label.objectName() for label in _reason_labels_made(panel)] == ["reason0"] for panel in panels)
    window.set_desk_compact(False)
    for panel in panels:
        labels = _reason_labels_made(panel)
        shown = len(panel.result.reasons)
        if shown > 1:
            assert [label.objectName() for label in labels] == [f"reason{i}" for i in range(REASONS_SHOWN)]
            # In their place: one under another under the line under the fit, the key facts below them.
            layout = panel.layout()
            at = [layout.indexOf(label) for label in labels]
            assert at == list(range(layout.indexOf(panel.status) + 1, layout.indexOf(panel.status) + 1 + REASONS_SHOWN))
            if panel.made_fact_labels():
                assert layout.indexOf(panel.fact_heading) == at[-1] + 2  # (the spacing between)
            assert [label.isVisibleTo(panel) for label in labels] == [i < shown for i in range(REASONS_SHOWN)]
            assert labels[1].text() == panel.toolTip().split("\n")[1]


def test_the_window_looks_the_same_whenever_the_later_reasons_were_made(qtbot):
    later, first = new_users_window(qtbot), new_users_window(qtbot, _made_first)
    assert settled_desk(qtbot, later) == settled_desk(qtbot, first)  # compact: the first reasons only
    unfold(later, first)
    assert settled_desk(qtbot, later) == settled_desk(qtbot, first)


def test_a_panel_on_its_own_makes_its_later_reasons_as_they_show_after_its_key_facts(qtbot):
    """Made after the key facts (a panel shown before its reasons are), the later reasons still come before them,
    in the layout and among the panel's children (the order a screen reader reads)."""
    pack = load_datapack()
    panel = PresencePanel("service", pack)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.made_fact_labels() and len(_reason_labels_made(panel)) == 1
    panel.show_evaluation(evaluate(Scenario(budget_cny=10_000), pack))
    labels = _reason_labels_made(panel)
    assert len(labels) == REASONS_SHOWN
    children = [child for child in panel.children() if isinstance(child, QWidget)]
    assert [children.index(label) for label in labels] == sorted(children.index(label) for label in labels)
    assert children.index(labels[-1]) < children.index(panel.fact_heading)
    layout = panel.layout()
    assert layout.indexOf(labels[-1]) < layout.indexOf(panel.fact_heading)
