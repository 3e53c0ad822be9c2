"""A card's new texts repaint those texts alone: neither the card beneath them nor the window around it is
painted again for them (see account_panel.fills_card_inside), and the window shows the same pixels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QPalette, QRegion
from PySide6.QtWidgets import QApplication, QSlider, QWidget

from wxdesk.engine import Scenario, evaluate
from wxdesk.ui.account_panel import Card, PresencePanel
from wxdesk.ui.variant_card import VariantCard
from wxdesk.ui.app import get_qapp

pytestmark = pytest.mark.gui


class _Painted(QObject):
    """The widgets that received a paint event while it watched (the whole application), and where they were
    painted (in their own coordinates)."""

    def __init__(self) -> None:
        super().__init__()
        self.widgets: list[QWidget] = []
        self.regions: dict[QWidget, QRegion] = {}
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.widgets.append(watched)
            self.regions[watched] = self.regions.get(watched, QRegion()).united(event.region())
        return False

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)


def _place(card: Card) -> tuple:
    # A variant card folded further (in a drag whose texts outgrow the column: test_variant_cards_held) shows other
    # lines: not kept. Nor is one whose texts moved (_children): a title that took another line moved the cost under
    # it, and Qt paints the card where the cost was, beneath what the move uncovered.
    folded = tuple(getattr(card, state, None) for state in ("compact", "notes_shown", "reason_shown", "sign_room"))
    return QRect(card.mapTo(card.window(), QPoint(0, 0)), card.size()), card.highlighted, card.isVisible(), folded


def _children(card: Card) -> dict[QWidget, QRect]:
    """Where each of the card's shown widgets lies in it."""
    children = card.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return {child: child.geometry() for child in children if child.isVisibleTo(card)}


def _moved_from_or_to(before: dict[QWidget, QRect], after: dict[QWidget, QRect]) -> QRegion:
    """Where the card's widgets that moved, were resized, shown or hidden lay before and lie now."""
    region = QRegion()
    for child in before.keys() | after.keys():
        if before.get(child) != after.get(child):
            for rect in (before.get(child), after.get(child)):
                if rect is not None:
                    region += rect
    return region


@pytest.fixture
def drag_window(monkeypatch, request):
    """The main window, shown, where steps closer than 1.5 s make one drag (as in test_repaint): on a loaded
    test machine a step may take longer than a real drag's 120 ms, and what follows its pause would run."""
    from wxdesk.ui import settle
    monkeypatch.setattr(settle, "SETTLE_MS", 1500)  # before the window (and its followers) is made
    return request.getfixturevalue("shown_window")


def test_an_audience_drag_repaints_the_cards_texts_and_not_the_cards_beneath_them(drag_window):
    """At the least budget an audience drag changes the panels' first reasons and the variants' costs and notes
    at most steps, and the variants' titles where the plan changes. A card that stays where it was, as large, in the
    same look and with its texts where they were, is not painted again: only its changed texts are (its title too,
    with the sign of its tooltip or without). After each step the window shows what it shows drawn afresh (where
    the screen holds it)."""
    window = drag_window
    for name in ("budgetSlider", "interactionSlider"):
        slider = window.findChild(QSlider, name)
        slider.setValue(slider.minimum())
        QApplication.processEvents()
    cards = [*window.presence_panels.values(), *window.variant_cards.values()]
    slider = window.findChild(QSlider, "audienceSlider")
    span = slider.maximum() - slider.minimum()
    texts_painted = cards_kept = titles_kept = 0
    for step in range(20, 30):
        before = {card: (_place(card), _children(card)) for card in cards}
        titles = {card: card.title.text() for card in cards}
        painted = _Painted()
        try:
            slider.setValue(slider.minimum() + round(step * span / 60))
            QApplication.processEvents()
        finally:
            painted.stop()
        stayed = [card for card in cards if before[card][0] == _place(card) and card.isVisible()]
        kept = [card for card in stayed if before[card][1] == _children(card)]
        cards_kept += len(kept)
        # (Among them variant cards that show the sign of their tooltip, whose titles changed with the plan.)
        titles_kept += sum(1 for card in kept
                           if getattr(card, "more_shown", False) and card.title.text() != titles[card])
        assert not [card.objectName() for card in kept if card in painted.widgets], step
        # A card that stayed but whose texts moved (a title that took another line, the cost under it) is painted
        # only where they were or are (what the moves uncovered), not whole.
        for card in stayed:
            if card not in kept and card in painted.widgets:
                outside = painted.regions[card].subtracted(_moved_from_or_to(before[card][1], _children(card)))
                assert outside.isEmpty(), (step, card.objectName(), outside.boundingRect())
        texts_painted += sum(1 for widget in painted.widgets
                             if any(card.isAncestorOf(widget) for card in kept))
        # Each card as the screen shows it (the offscreen screen is narrower than the window: those it holds).
        shown, fresh = window.screen().grabWindow(window.winId()).toImage(), window.grab().toImage()
        for card in cards:
            place = _place(card)[0]
            if card.isVisible() and shown.rect().contains(place):
                assert shown.copy(place) == fresh.copy(place), (step, card.objectName())
    assert cards_kept > 0 and texts_painted > 0  # (the drag did change texts on cards that stayed)
    assert titles_kept > 0  # (and the titles of cards that show the sign)


def _dark(widget: QWidget) -> None:
    palette = QPalette(widget.palette())
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.Base, "#2b2c30"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"), (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Mid, "#5f6368")):
        palette.setColor(role, QColor(colour))
    widget.setPalette(palette)


@pytest.mark.parametrize("make", [lambda pack: PresencePanel("service", pack),
                                  lambda pack: VariantCard("native_app", pack)], ids=["presence", "variant"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_texts_filling_the_cards_inside_colour_show_the_pixels_of_transparent_ones(qtbot, pack, make, dark):
    """Whether the card's texts (and its fit) fill their background or leave the card's own fill showing, every
    pixel of the card is the same, in either look and palette."""
    get_qapp()
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setAutoFillBackground(True)
    if dark:
        _dark(holder)
    card = make(pack)
    card.setParent(holder)
    card.resize(300, 420)
    card.show_evaluation(evaluate(Scenario(budget_cny=10_000, audience=50_000), pack))
    holder.resize(320, 440)
    card.move(10, 10)
    holder.show()
    qtbot.waitExposed(holder)
    filling = [widget for widget in card.findChildren(QWidget)
               if widget.autoFillBackground() and widget.backgroundRole() == QPalette.ColorRole.Base]
    assert filling  # (the texts on it do fill)
    for highlighted in (False, True):
        card.set_highlighted(highlighted)
        QApplication.processEvents()
        filled = holder.grab().toImage()
        for widget in filling:
            widget.setAutoFillBackground(False)
        try:
            assert holder.grab().toImage() == filled
        finally:
            for widget in filling:
                widget.setAutoFillBackground(True)
