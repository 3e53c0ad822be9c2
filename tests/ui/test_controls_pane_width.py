"""The scenario controls' pane is as wide as its controls need, in whatever language and currency they are written.

The pane never scrolls sideways: a pane narrower than its controls cut them on the right. Started in Chinese and
switched to English in Preferences, it kept the Chinese width, and the budget read "¥2" for ¥20k, "2,000 us" for
2,000 users, the boxes without their arrows.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from wxdesk.ui import i18n

pytestmark = pytest.mark.gui

SIZES = [(1366, 768), (1920, 1080)]


@pytest.fixture
def start_in(request, qtbot):
    """A window started in a language: called with the language and the window's size."""
    made = []

    def start(language: str, size: tuple[int, int]):
        i18n.set_language(language)
        window = request.getfixturevalue("shown_window")
        window.resize(*size)
        window.features.file_actions.open_preset("yoga_teacher")
        qtbot.wait(20)
        made.append(window)
        return window

    yield start
    for window in made:
        window.document.undo_stack.clear()


def pane(window) -> QScrollArea:
    found = window.findChild(QScrollArea, "controlsScroll")
    assert found is not None
    return found


def cut(window) -> int:
    """How many pixels of the controls the pane hides on the right (their right margin aside, where the scroll bar
    stands)."""
    controls = window.controls
    return controls.width() - controls.contentsMargins().right() - pane(window).viewport().width()


def needed(window) -> int:
    """The controls' width, and the pane's scroll bar in their right margin."""
    controls = window.controls
    return (controls.minimumSizeHint().width() - controls.contentsMargins().right()
            + pane(window).verticalScrollBar().sizeHint().width())


def switch_language(language: str, qtbot) -> None:
    i18n.set_language(language)
    QApplication.processEvents()
    qtbot.wait(20)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("first", "then"), [("zh_CN", "en"), ("en", "zh_CN")])
def test_the_pane_follows_its_controls_width_across_a_language_switch(start_in, qtbot, size, first, then):
    window = start_in(first, size)
    assert cut(window) <= 0, f"{first} at its start"
    switch_language(then, qtbot)
    assert cut(window) <= 0, f"{first} → {then}"
    # Back to a narrower language the desk gets its room back: the pane stood at the width its controls needed.
    assert pane(window).width() == needed(window)


def test_a_pane_the_user_widened_keeps_its_width_unless_the_controls_need_more(start_in, qtbot):
    window = start_in("zh_CN", SIZES[0])
    splitter = window.splitter
    total = sum(splitter.sizes())
    width = pane(window).width() + 10  # less than the English controls need
    splitter.setSizes([width, total - width])
    switch_language("en", qtbot)
    assert cut(window) <= 0
    assert pane(window).width() == needed(window) > width
    width = needed(window) + 60
    splitter.setSizes([width, total - width])
    switch_language("zh_CN", qtbot)
    assert pane(window).width() == width, "the user's wider pane is kept"


def present(window, on: bool, qtbot) -> None:
    window.features.presentation.action.setChecked(on)
    QApplication.processEvents()
    qtbot.wait(20)


@pytest.mark.parametrize(("first", "then"), [("en", "zh_CN"), ("zh_CN", "en")])
def test_a_language_switched_while_presenting_leaves_the_pane_whole_after(start_in, qtbot, first, then):
    """Switched while presenting, the pane was fitted to the controls without their entry boxes, and stayed at that
    width once the presentation ended: every number box cut on the right, the sliders' figures gone."""
    window = start_in(first, SIZES[0])
    present(window, True, qtbot)
    switch_language(then, qtbot)
    present(window, False, qtbot)
    assert window.controls.budget.spin.isVisible()
    assert cut(window) <= 0, f"{first} → {then} while presenting"
    assert pane(window).minimumWidth() == needed(window)
    # The pane stood at the width its controls needed before presenting: it stands at the one they need now.
    assert pane(window).width() == needed(window)


def test_a_presentation_without_a_switch_gives_back_the_pane_as_it_was(start_in, qtbot):
    window = start_in("en", SIZES[0])
    splitter = window.splitter
    total = sum(splitter.sizes())
    width = needed(window) + 40  # the user's wider pane
    splitter.setSizes([width, total - width])
    present(window, True, qtbot)
    present(window, False, qtbot)
    assert pane(window).width() == width
    assert cut(window) <= 0
