"""Python's older collections wait for a pause in the user's changes.

Python's cyclic collector walks its middle generation after every ten collections of its
youngest, and everything after every ten of those, wherever the count of new objects puts
it: in the window, inside some slider move. The middle generation then holds the answers,
cost figures and measured texts of the last few dozen moves, all of them kept on purpose
(the window's recent answers, the engine's memos), so one such walk takes 1–6 ms, and a
walk of everything some 35 ms. In the slider benchmark the walk fell, run after run, into
the same plan-changing first visit of the audience (16.5 ms at its quietest, against 11–12
for the moves like it). What the walks are for, garbage in reference cycles, a drag hardly
makes: 1,089 moves left 66 such objects. So while the scenario keeps changing, the older
generations wait, and they are walked once the changes pause (PAUSE_MS), as the other work
that follows a drag waits (wxdesk.ui.settle). The youngest generation is walked as ever:
a collection of it takes a fraction of a millisecond.

The pause is found without a timer that runs while nothing happens: the collector itself
says when an older walk falls due (gc.callbacks), and each change of the scenario pushes the
walk back; other work (a resize, the sensitivity sweep) does not, so the walk comes a pause
after it falls due. Where the scenario changes without a rest for long (about a thousand new
audiences in one unbroken drag), Python walks the older generations itself, once HELD_FACTOR
times as many collections are due as it would have waited for: one long walk (some 55 ms) where
its own schedule makes twenty-odd inside the drag (230 ms in all, a full walk of 64 ms among them).
"""

from __future__ import annotations

import gc
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, SignalInstance

PAUSE_MS = 250  # after the scenario's last change: longer than the steps of any drag
HELD_FACTOR = 20  # where no pause comes, Python's own walk once twenty times its own count is due


class IdleCollection(QObject):
    """While installed, the collector's middle and oldest generations are walked when `changes` pause.

    `uninstall()` (or the owner's destruction) gives Python back its own schedule.
    """

    def __init__(self, changes: SignalInstance, parent: QObject):
        super().__init__(parent)
        self._due = gc.get_threshold()  # Python's own: (700, 10, 10) unless set otherwise
        youngest, middle, oldest = self._due
        gc.set_threshold(youngest, middle * HELD_FACTOR, oldest * HELD_FACTOR)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.collect_due)
        self._changes = changes
        changes.connect(self._postpone)
        # (gc.callbacks holds a small object of its own, not this QObject's method: the callback must not keep
        # the Qt object's wrapper alive, and it is switched off before the object and its timer are gone.)
        self._callback = _Callback(self._due[1], self._timer, threading.get_ident())
        gc.callbacks.append(self._callback)
        self.destroyed.connect(_Uninstall(self._callback, self._due))

    def uninstall(self) -> None:
        """Python's own schedule again (its next collection walks what is due)."""
        _Uninstall(self._callback, self._due)()
        self._changes.disconnect(self._postpone)
        self._timer.stop()

    def collect_due(self) -> None:
        """Walk the generations Python would have walked by now (the changes have paused)."""
        _youngest, middle, oldest = self._due
        if gc.get_count()[1] >= middle:
            gc.collect(1)  # (counts one more walk of the middle generation towards the oldest's)
        if gc.get_count()[2] >= oldest:
            gc.collect(2)

    def _postpone(self, *_: Any) -> None:
        if self._timer.isActive():
            self._timer.start()  # from now: the changes go on


class _Callback:
    """After each walk of the youngest generation: once the middle one's walk is due, the pause is waited for."""

    def __init__(self, middle_due: int, timer: QTimer, main_thread: int):
        self.middle_due, self.timer, self.main_thread = middle_due, timer, main_thread
        self.active = True

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if (self.active and phase == "stop" and info["generation"] == 0 and gc.get_count()[1] >= self.middle_due
                and threading.get_ident() == self.main_thread and not self.timer.isActive()):
            self.timer.start()


class _Uninstall:
    """Python's thresholds back and the callback gone (once)."""

    def __init__(self, callback: _Callback, due: tuple[int, int, int]):
        self.callback, self.due = callback, due

    def __call__(self, *_: Any) -> None:
        if self.callback.active:
            self.callback.active = False
            if self.callback in gc.callbacks:
                gc.callbacks.remove(self.callback)
            gc.set_threshold(*self.due)
