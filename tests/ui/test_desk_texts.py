"""The desk's texts (what its split follows) are read from the labels findChildren(QLabel) finds, without it.

findChildren(QLabel) hands PySide6 every object inside the accounts to type, a selectable label's text
control and its document among them, each of whose classes PySide6 then looks for by name in every Qt
module the first time (some 3 M instructions before the first paint). The desk is walked a level at a
time instead (wxdesk.ui.features.labels_in), no label, button, field or box looked into: the same labels,
in the same order, so long as none of those holds a label. So is a returning user's desk, whose layouts
are told to forget their sizes before the first show, walked for its widgets (main_window._widgets_under).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from wxdesk.ui.features import labels_in
from wxdesk.ui.main_window import _widgets_under

pytestmark = pytest.mark.gui


def _accounts(window) -> QWidget:
    return window.desk_splitter.widget(0).widget()


def _same_labels_as_find_children(window) -> None:
    accounts = _accounts(window)
    found = accounts.findChildren(QLabel)
    assert labels_in(accounts) == found
    assert all(not label.findChildren(QWidget) for label in found)  # what the walk takes for granted
    assert _widgets_under(accounts) == accounts.findChildren(QWidget)
    scroll = window.desk_splitter.widget(0)
    assert window._desk_texts() == tuple((label.text(), label.isVisibleTo(scroll)) for label in found)


@pytest.mark.parametrize("compact", [True, False])
def test_the_desk_texts_are_those_of_every_label_in_either_look(shown_window, qtbot, compact):
    shown_window.set_desk_compact(compact)  # the full look makes the panels' key facts
    qtbot.wait(1)
    assert len(_accounts(shown_window).findChildren(QLabel)) > 20
    _same_labels_as_find_children(shown_window)


def test_the_desk_texts_follow_an_example_opened(shown_window, qtbot):
    """Another scenario: other texts, other labels shown (and panels made anew for another pack's facts)."""
    before = shown_window._desk_texts()
    shown_window.features.file_actions.open_preset("car_brand")
    qtbot.waitUntil(lambda: shown_window._desk_texts() != before)
    _same_labels_as_find_children(shown_window)
