"""The desk's texts (what its split follows) are read from the labels findChildren(QLabel) finds, without it.

findChildren(QLabel) hands PySide6 every object inside the accounts to type, a selectable label's text
control and its document among them, each of whose classes PySide6 then looks for by name in every Qt
module the first time (some 3 M instructions before the first paint). The desk is walked a level at a
time instead, no label looked into: the same labels, in the same order, so long as no label holds a
widget of its own.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from wxdesk.ui.main_window import _labels_under

pytestmark = pytest.mark.gui


def _accounts(window) -> QWidget:
    return window.desk_splitter.widget(0).widget()


def _same_labels_as_find_children(window) -> None:
    accounts = _accounts(window)
    found = accounts.findChildren(QLabel)
    assert _labels_under(accounts) == found
    assert all(not label.findChildren(QWidget) for label in found)  # what the walk takes for granted
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
