"""Once the window has followed a change, no text on it is cut: every wrapping label shown is as tall as its
text needs at the width it has. (A card squeezed under its texts' height clips its last line: seen on the
variant cards, whose texts the desk's split did not follow.)"""

from __future__ import annotations

import time
from contextlib import contextmanager

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QSlider, QWidget
from settled import settled

from wxdesk.ui import settle
from wxdesk.ui.desk_split import PLAN_MIN_HEIGHT

pytestmark = pytest.mark.gui

SLIDERS = ("budgetSlider", "audienceSlider", "interactionSlider")


@contextmanager
def _window(width: int, height: int):
    """A new user's window at that size (the offscreen screen is 800 × 800: no larger), its chart built."""
    from wxdesk.ui import MainWindow
    QSettings().remove("mainWindow")
    window = MainWindow()
    try:
        window.resize(width, height)
        window.show()
        for _ in range(200):
            if window.findChild(QWidget, "comparisonChart") is not None:
                break
            QApplication.processEvents()
        _followed(window)
        yield window
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def _followed(window) -> None:
    """A user's pause after the change: what follows a change (at once, or at a drag's pause) in its own order
    (flushing the followers one by one would run them in another), then the flip points under the sliders,
    found now rather than at some moment of the check, and the window at rest around their notes.

    At rest, not after a fixed wait: the new notes are laid out over a few turns of the event loop (the
    sliders' grids, then the controls' scroll area). 80 ms was enough on an idle machine; with the event loop
    held now and then for 20-150 ms, as a loaded machine holds it, a note was measured at its old height (42 px
    where its new text needs 56) in every run of the moves below, and was whole at the next look."""
    QTest.qWait(20)  # (the change's own follow-ups start their timers as the event loop turns)
    deadline = time.monotonic() + 2.0
    while _following(window) and time.monotonic() < deadline:
        QTest.qWait(10)
    window.features.flip_labels.flush()
    # The first picture once the notes have the height their texts need (else, after a second), so that the next,
    # SETTLE_MS + 80 ms later, most often finds the same; whatever they have, the check reads the window at rest.
    notes = window.features.flip_labels.labels.values()
    deadline = time.monotonic() + 1.0
    while (any(note.height() != QLabel.heightForWidth(note, note.width()) for note in notes)
           and time.monotonic() < deadline):
        QTest.qWait(10)
    settled(lambda: _wrapping_labels(window), _QtWaits)


def _following(window) -> bool:
    """Whether any of the window's change followers (settle.ChangeFollower) still waits to follow a change: at once,
    or at the pause after a run. Waited for in place of a fixed SETTLE_MS + 120 ms, which was always as long as the
    longest follow-up (a move here is a single change: its followers run at the event loop's next turn); `settled`
    below still asks the window to keep the same texts over a pause longer than SETTLE_MS."""
    return any(follower._at_once.isActive() or follower._when_settled.isActive()
               for follower in window.findChildren(settle.ChangeFollower))


class _QtWaits:
    """What `settled` asks of qtbot (these tests make their own windows, one of them under hypothesis)."""

    wait = staticmethod(QTest.qWait)


def _wrapping_labels(window) -> list[tuple]:
    """Each wrapping label: whether it is shown, where, and what it says."""
    return [(label.objectName(), label.isVisible(), label.geometry(), label.text())
            for label in window.findChildren(QLabel) if label.wordWrap()]


def _cut_texts(window) -> list[tuple[str, int, int, str]]:
    """Each shown wrapping label shorter than Qt lays its text out at its width: (name, height, needed, text)."""
    cut = []
    for label in window.findChildren(QLabel):
        if label.isVisible() and label.wordWrap() and label.width() > 0:
            needed = QLabel.heightForWidth(label, label.width())
            if needed > label.height():
                cut.append((label.objectName(), label.height(), needed, label.text()))
    return cut


def _move(window, name: str, where: float) -> None:
    slider = window.findChild(QSlider, name)
    slider.setValue(slider.minimum() + round(where * (slider.maximum() - slider.minimum())))
    _followed(window)


def test_the_variant_cards_stay_whole_when_only_they_change():
    """The budget from its least to its most: the plan's texts above the chart come back alike, the variant
    cards' do not (a card's title wraps onto one more line), and the comparison makes room for them."""
    with _window(800, 800) as window:
        for where in (0.0, 1.0):
            _move(window, "budgetSlider", where)
            assert _cut_texts(window) == [], where
@settings(max_examples=10, deadline=None)
@given(size=st.sampled_from([(800, 800), (800, 700)]),
       moves=st.lists(st.tuples(st.sampled_from(SLIDERS), st.floats(0, 1)), min_size=1, max_size=4))
@example(size=(800, 800), moves=[("audienceSlider", 1.0), ("audienceSlider", 0.0)])  # the badge beside a squeezed title
def test_no_text_is_cut_after_any_moves(size, moves):
    """Wherever the window has room for the comparison's floor (the chart, and the variant cards whole, folded on
    a short window), every text shown is whole. (Below the window's least size, on a screen smaller than it, a
    large audience's notes can need more than the whole desk: not asked here.)"""
    with _window(*size) as window:
        for name, where in moves:
            _move(window, name, where)
        assume(window.desk_splitter.height() - window.desk_splitter.handleWidth() - PLAN_MIN_HEIGHT
               >= window._comparison_floor())
        assert _cut_texts(window) == []
