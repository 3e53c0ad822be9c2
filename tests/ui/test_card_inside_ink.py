"""A text that fills a card's inside colour (fills_card_inside) is inked as a transparent one is: in the window's
text colour, also where a desktop's palette sets the Text colour apart from it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from wxdesk.ui.account_panel import fills_card_inside

pytestmark = pytest.mark.gui


def _inks(label: QLabel) -> set[str]:
    image = label.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


@pytest.mark.parametrize("filled", [False, True])
def test_the_ink_is_the_window_text_colour_whether_the_text_fills_its_background_or_not(qtbot, filled):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#0000ff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#ff0000"))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
    label = QLabel("Plan score 58 · ¥1.2M over 3 years")
    label.setPalette(palette)
    if filled:
        fills_card_inside(label)
    qtbot.addWidget(label)
    label.resize(label.sizeHint())
    inks = _inks(label)
    assert "#0000ff" in inks  # the word's solid strokes, in the window's text colour
    assert not any(QColor(ink).red() > 2 * QColor(ink).blue() for ink in inks)  # nothing in the Text colour
