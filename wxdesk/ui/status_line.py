"""The status bar's message, kept as what writes it, so that a change of language writes it again.

A message stays in the status bar for a while (QStatusBar.showMessage's timeout). Switched to another language
meanwhile, the window turned Chinese around a message still in English ("Opened the example “…”; Save keeps your
copy…"). `say` keeps the function that writes the message in the window's language; `retranslate` (on the window's
LanguageChange) writes it again, for the time it had left. A message that was not said here (shown straight through
showMessage, or a menu's status tip) cannot be written again, and goes rather than stay in the old language.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QStatusBar


class StatusLine:
    """The messages of one window's status bar that can be written again in another language."""

    def __init__(self, bar: QStatusBar) -> None:
        self._bar = bar
        self._write: Callable[[], str] | None = None
        self._said = ""  # the message as `_write` last wrote it
        self._until: float | None = None  # when it goes (time.monotonic); None: it stays until replaced

    def say(self, write: Callable[[], str], ms: int = 0) -> str:
        """Show the message `write` makes (in the window's language, when called) for `ms` milliseconds (0: until
        another replaces it); returns it."""
        message = write()
        self._write, self._said = write, message
        self._until = time.monotonic() + ms / 1000 if ms > 0 else None
        self._bar.showMessage(message, ms)
        return message

    def retranslate(self) -> None:
        """The message shown written again in the window's language now, for the time it had left; cleared if it
        is not one `say` showed (it cannot be written again)."""
        shown = self._bar.currentMessage()
        write, self._write = self._write, None
        if not shown:
            return
        if write is None or shown != self._said:
            self._bar.clearMessage()
            return
        ms = 0
        if self._until is not None:
            ms = round((self._until - time.monotonic()) * 1000)
            if ms <= 0:  # (its time is up: the bar's timer is about to take it away)
                self._bar.clearMessage()
                return
        # (Its time left, not the whole time again: a switch of language does not keep a message longer.)
        self.say(write, ms)
