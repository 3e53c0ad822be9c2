"""Showing a widget in the middle of a move lays nothing out there and then: the layouts above it
are laid out once, with all of the move's texts, when the event loop next runs."""

from __future__ import annotations

import pytest
from event_counts import EventCount
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from wxdesk.ui.app import get_qapp
from wxdesk.ui.settle import lay_out_soon, set_shown

pytestmark = pytest.mark.gui


def _column(qtbot):
    """A window holding a column of cards, each with a line that shows or hides."""
    get_qapp()
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    cards, notes = [], []
    for i in range(3):
        card = QWidget()
        layout = QVBoxLayout(card)
        layout.addWidget(QLabel(f"card {i}"))
        note = QLabel("a note that comes and goes\non two lines")
        note.hide()
        layout.addWidget(note)
        column.addWidget(card)
        cards.append(card)
        notes.append(note)
    column.addStretch(1)
    window.resize(300, 400)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window, cards, notes


def test_showing_notes_moves_no_card_until_the_event_loop_runs_then_all_at_once(qtbot):
    """Qt moves the cards at each note it shows; set_shown moves none there and then, and one turn of
    the event loop leaves every card and note where Qt's own showing put them."""
    shown_by_qt, qt_cards, qt_notes = _column(qtbot)
    window, cards, notes = _column(qtbot)
    moved = (QEvent.Type.Move, QEvent.Type.Resize)
    qt_watch, watch = EventCount(qt_cards, *moved), EventCount(cards, *moved)
    for qt_note, note in zip(qt_notes, notes):
        qt_note.setVisible(True)
        set_shown(note, True)
    assert qt_watch.count > 0  # what set_shown spares: Qt lays the column out at each show
    assert watch.count == 0
    QApplication.processEvents()
    assert [w.geometry() for w in (*cards, *notes)] == [w.geometry() for w in (*qt_cards, *qt_notes)]
    assert all(note.isVisible() and note.height() > 20 for note in notes)  # both lines
    assert all(layout.isEnabled() for layout in (window.layout(), *(card.layout() for card in cards)))


def test_set_shown_hides_and_shows_as_setvisible_does(qtbot):
    window, cards, notes = _column(qtbot)
    set_shown(notes[0], True)
    set_shown(notes[1], False)
    QApplication.processEvents()
    assert [note.isVisible() for note in notes] == [True, False, False]
    shown_twice = notes[0].geometry()
    set_shown(notes[0], True)  # already shown: nothing changes
    QApplication.processEvents()
    assert notes[0].geometry() == shown_twice


def test_a_widget_shown_off_screen_is_laid_out_only_as_its_window_shows_it(qtbot):
    """Before the window's first show (or inside a part folded away), Qt laid a widget it showed out at
    once at whatever size it had, one its parent's layout never gave it: every text in it measured at a
    width it is never shown at. Now it is laid out when its window shows it, at its own size."""
    get_qapp()
    window = QWidget()
    qtbot.addWidget(window)
    column = QVBoxLayout(window)
    card = QWidget()
    card.setVisible(False)
    layout = QVBoxLayout(card)
    label = QLabel("a note that wraps " * 8)
    label.setWordWrap(True)
    layout.addWidget(label)
    column.addWidget(card)
    set_shown(card, True)
    assert card.isVisibleTo(window) and not card.isHidden()
    assert layout.geometry().isNull()  # not laid out yet, at a size the window never gave it
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    assert card.isVisible()
    assert layout.geometry() == card.rect()
    assert label.width() == card.width() - layout.contentsMargins().left() - layout.contentsMargins().right()
    assert label.height() >= label.heightForWidth(label.width())


def test_a_card_that_grows_is_laid_out_once_at_its_new_size(qtbot):
    """A note shown in a card makes the card taller: the card's labels are laid out once, in the card at its new
    height. (The card was laid out at its old height first, its labels squeezed into it, then again once its
    column had given it room: each of them resized, and repainted, twice.)"""
    window, cards, notes = _column(qtbot)
    set_shown(notes[0], True)  # (Qt gives a widget shown for the first time a size of its own there and then)
    title = cards[0].layout().itemAt(0).widget()
    resized = {id(widget): EventCount([widget], QEvent.Type.Resize) for widget in (cards[0], title, *notes)}
    QApplication.processEvents()
    assert notes[0].isVisible() and cards[0].height() >= cards[0].layout().totalMinimumSize().height()
    assert all(count.count <= 1 for count in resized.values())
    assert resized[id(title)].count == 0  # its size stands: never squeezed into the card's old height


def test_a_card_laid_out_soon_is_where_qt_lays_it_out(qtbot):
    """A card whose text takes another line, named to lay_out_soon: one turn of the event loop later every card
    is where Qt's own layouts put them, as after a text set with no help."""
    by_qt, qt_cards, _ = _column(qtbot)
    window, cards, _ = _column(qtbot)
    for card_list in (qt_cards, cards):
        card_list[1].layout().itemAt(0).widget().setText("card 1\nnow on two lines\nand three")
    lay_out_soon(cards[1])
    for _ in range(3):
        QApplication.processEvents()
    assert [card.geometry() for card in cards] == [card.geometry() for card in qt_cards]
