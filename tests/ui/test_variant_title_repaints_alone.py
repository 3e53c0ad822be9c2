"""A variant card's new title repaints the title alone, whether the card shows the sign of its tooltip or not.

Its words change with the plan's choice, in a drag too ("This plan with a native app instead" to "... added"). The
title filled no background, so Qt painted the card beneath it again for its new words (and the window beneath the
card), where the card kept its place and size: in an audience drag at the least budget, at every step where the
plan changed (tests/ui/test_card_texts_repaint_alone.py). The title fills the card's inside colour, as its cost does,
which draws the same pixels: with the sign over the title's end or under the colour key, in either look.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from wxdesk.engine import Scenario, evaluate
from wxdesk.ui.app import get_qapp
from wxdesk.ui.variant_card import VariantCard

pytestmark = pytest.mark.gui


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.widgets: list[QWidget] = []
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.widgets.append(watched)
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


@pytest.mark.parametrize("sign", [None, "room", "no room"], ids=["no sign", "sign at the title's end",
                                                                  "sign under the key"])
@pytest.mark.parametrize("highlighted", [False, True], ids=["plain", "highlighted"])
def test_a_new_title_repaints_the_title_and_not_the_card_beneath_it(qtbot, pack, sign, highlighted):
    get_qapp()
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setAutoFillBackground(True)
    card = VariantCard("native_app", pack)
    card.setParent(holder)
    card.show_evaluation(evaluate(Scenario(budget_cny=10_000, audience=50_000), pack))
    card.set_highlighted(highlighted)
    # Narrow: the title takes two lines, as the folded cards' do beside the chart.
    card.resize(160, 200)
    holder.resize(180, 220)
    card.move(10, 10)
    holder.show()
    qtbot.waitExposed(holder)
    if sign is not None:
        if not card.note.text():
            card.note.setText("Why it scores as it does.")
        card.set_sign_room(sign == "room")
        card.set_notes_shown(False)
        card.show_sign()
    QApplication.processEvents()
    assert card.more.isVisible() == (sign is not None)
    title, more = card.title.geometry(), card.more.geometry()
    if sign == "room":  # (at the end of the title's first line, in the room the title keeps for it)
        assert card.title.contentsMargins().right() > 0 and more.intersects(title)
    elif sign == "no room":  # (the title wrapping: under the colour key, beside its second line)
        assert more.right() < title.left()
    words = [words for words in ("This plan with a native app added", "This plan with a native app instead")
             if words != card.title.text()][0]
    painted = _Painted()
    try:
        card.title.setText(words)
        QApplication.processEvents()
    finally:
        painted.stop()
    assert (card.title.geometry(), card.more.geometry()) == (title, more)  # (a title kept where it was, as large)
    assert painted.widgets, "nothing painted: the title's words did not change"
    # The title, and the sign where it lies over the title (painted over it again): nothing beneath them.
    over_title = [card.more] if sign is not None and more.intersects(title) else []
    assert [widget for widget in painted.widgets if widget not in (card.title, *over_title)] == []
    # The same pixels as the card drawn afresh, and as a title that fills no background.
    shown = holder.screen().grabWindow(holder.winId()).toImage().copy(holder.rect())
    drawn = holder.grab().toImage()
    assert shown == drawn
    card.title.setAutoFillBackground(False)
    try:
        assert holder.grab().toImage() == drawn
    finally:
        card.title.setAutoFillBackground(True)
