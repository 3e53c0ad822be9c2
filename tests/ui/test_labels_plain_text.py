"""Texts from the data pack and the scenario show as they are: no label of the window reads them as HTML."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


def _guessing(widget) -> list[str]:
    """Labels that would guess whether their text is HTML (Qt's default), by name or class."""
    return [label.objectName() or type(label).__name__ for label in widget.findChildren(QLabel)
            if label.textFormat() == Qt.TextFormat.AutoText]


def test_no_label_guesses_its_format_before_the_first_paint_or_in_the_chart(qtbot):
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow
    get_qapp()
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.findChildren(QLabel), "the window has labels"
    assert _guessing(window) == []  # as built, before anything is shown
    rich = [label for label in window.findChildren(QLabel) if label.textFormat() == Qt.TextFormat.RichText]
    assert rich, "labels that mean to show HTML keep it"
    window.show()
    qtbot.waitUntil(lambda: window.built_chart is not None, timeout=10_000)
    assert _guessing(window.chart) == []
    assert all(label.textFormat() == Qt.TextFormat.RichText for label in rich)

