"""The panels' key facts are made when they first show: a window that opens with the compact desk
(which folds them) makes none until the desk unfolds, and looks the same as one that made them all."""

from __future__ import annotations

import pytest

from wxdesk.engine import load_datapack
from tests.ui.new_users_desk import new_users_window, settled_desk, unfold
from wxdesk.ui import MainWindow
from wxdesk.ui.account_panel import PresencePanel

pytestmark = pytest.mark.gui


def _made_first(window: MainWindow) -> None:
    """Asked for before the window shows: made at once, as every card made them before."""
    for panel in window.presence_panels.values():
        assert len(panel.fact_labels) == len(panel._facts())


def _with_facts(window: MainWindow) -> list[PresencePanel]:
    return [panel for panel in window.presence_panels.values() if panel._facts()]


def test_a_compact_desk_makes_no_facts_until_it_unfolds(qtbot):
    window = new_users_window(qtbot)
    assert window.desk_compact
    assert all(panel.made_fact_labels() == [] for panel in window.presence_panels.values())
    window.set_desk_compact(False)
    panels = _with_facts(window)
    assert len(panels) >= 4
    for panel in panels:
        labels = panel.made_fact_labels()
        assert len(labels) == len(panel._facts()) and any(label.isVisibleTo(panel) for label in labels)
        assert panel.fact_heading.isVisibleTo(panel) and panel.fact_heading.text() == "KEY FACTS"
        # In their place: under the reasons, above the stretch that takes the card's spare height.
        layout = panel.layout()
        items = [layout.itemAt(i) for i in range(layout.count())]
        assert [item.widget() for item in items[-len(labels) - 2:-1]] == [panel.fact_heading, *labels]
        assert items[-1].widget() is None and items[-1].spacerItem() is not None
        assert items.index(layout.itemAt(layout.indexOf(panel.reason_labels[-1]))) < len(items) - len(labels) - 2
    qtbot.wait(20)
    # Each one reachable from the keyboard, with its source, as the facts made at start were.
    for label in (label for panel in panels for label in panel.made_fact_labels()):
        assert [a.objectName() for a in label.actions()][:2] == ["showFactSourceAction", "copyFactSourceAction"]
        assert label.toolTip() and label.accessibleDescription().endswith(label.toolTip())


def test_the_window_looks_the_same_whenever_the_facts_were_made(qtbot):
    later, first = new_users_window(qtbot), new_users_window(qtbot, _made_first)
    assert settled_desk(qtbot, later) == settled_desk(qtbot, first)  # compact: no fact in either
    unfold(later, first)
    for window in (later, first):  # the facts themselves in view
        settled_desk(qtbot, window)
        bar = window._accounts_scroll.verticalScrollBar()
        bar.setValue(bar.maximum())
    assert settled_desk(qtbot, later) == settled_desk(qtbot, first)


def test_a_card_on_its_own_shows_its_facts_as_it_shows(qtbot):
    pack = load_datapack()
    panel = PresencePanel("service", pack)
    qtbot.addWidget(panel)
    assert panel.made_fact_labels() == []  # nothing made before it shows
    panel.show()
    qtbot.waitExposed(panel)
    labels = panel.made_fact_labels()
    assert len(labels) == len(pack.accounts["service"].facts)
    facts = pack.accounts["service"].facts
    # A card with no evaluation yet shows the facts true for a company.
    assert [label.isVisibleTo(panel) for label in labels] == [fact.applies_to("company") for fact in facts]
    assert any(label.isVisibleTo(panel) for label in labels)
    assert labels[0].text().startswith("· ")
