"""A new user's window on the test screen, and the desk's picture once settled: for the tests of what the
compact desk makes only when it unfolds (key facts, later reasons)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from wxdesk.engine import load_preset
from wxdesk.ui import MainWindow, i18n, main_window


def new_users_window(qtbot, before_show: Callable[[MainWindow], None] | None = None) -> MainWindow:
    """A new user's window on the test screen (800×800: the compact desk), shown, its chart built.
    `before_show` runs on the window before it shows."""
    QSettings().remove("mainWindow")  # a new user's: the desk split for the room
    window = MainWindow()
    qtbot.addWidget(window)
    if before_show is not None:
        before_show(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "comparisonChart") is not None)
    qtbot.wait(50)
    return window


def example_window(qtbot, monkeypatch, preset: str, size: tuple[int, int], language: str,
                   before_show: Callable[[MainWindow], None] | None = None) -> MainWindow:
    """A new user's window (no size nor docks kept) in `language`, opened on the example `preset` at `size`, which may
    be larger than the test screen (800×800), shown, its chart built. `before_show` runs on it before it shows."""
    monkeypatch.setattr(main_window, "fit_on_screen", lambda *_: None)  # (the window is let be larger than the screen)
    QSettings().remove("docks")
    i18n.set_language(language)

    def opened(window: MainWindow) -> None:
        window.document.set_scenario(load_preset(preset, language))
        window.resize(*size)
        if before_show is not None:
            before_show(window)
    return new_users_window(qtbot, opened)


def settled_desk(qtbot, window: MainWindow):
    """The plan and the panels' picture once it stops changing (the desk splits again after a resize, on
    a timer). (The controls are left out: the search for the values that change the plan fills in their
    notes in idle moments, whenever they come.)"""
    desk = window._accounts_scroll
    picture = desk.grab().toImage()
    for _ in range(40):
        qtbot.wait(100)
        again = desk.grab().toImage()
        if again == picture:
            return picture
        picture = again
    raise AssertionError("the window never settled")


def unfold(*windows: MainWindow) -> None:
    """Each window's full desk, laid out again as a user's unfolding lays it out."""
    for window in windows:
        window.set_desk_compact(False)
        window.resize(window.width() - 1, window.height())
