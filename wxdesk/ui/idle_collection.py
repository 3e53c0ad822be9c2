"""Python's cyclic collector walks only from the event loop, its older generations at a pause in the changes.

**Why only from the event loop.** Left on its own schedule, the collector walks wherever the count of new
objects puts it, and that can be inside a Qt call that holds one of Qt's locks. In the test suite it was
QObject::disconnect, which holds a signal-slot lock while shiboken looks up a Python override: the lookup
allocated, the walk began, and it freed a label whose QObject destructor asked for the same lock. The thread
waited on itself for good. So while installed, Python's automatic collection is off
(gc.disable) and the collector walks at a turn of the event loop (QAbstractEventDispatcher's aboutToBlock
and awake), where no Qt call is under way. It walks what Python would have walked by then, by the same
counts.

**Why the older generations wait for a pause.** Python walks its middle generation after every ten walks of
its youngest, and everything after every ten of those. In the window the middle generation holds the answers,
cost figures and measured texts of the last few dozen moves, all of them kept on purpose (the window's recent
answers, the engine's memos), so one such walk takes 1–6 ms, and a walk of everything some 35 ms. In the
slider benchmark the walk fell, run after run, into the same plan-changing first visit of the audience (16.5
ms at its quietest, against 11–12 for the moves like it). What the walks are for, garbage in reference
cycles, a drag hardly makes: 1,089 moves left 66 such objects. So while the scenario keeps changing, the older
generations wait, and they are walked once the changes pause (PAUSE_MS), as the other work that follows a
drag waits (wxdesk.ui.settle). The youngest generation is walked at the next turn of the loop once it is due:
a walk of it takes a fraction of a millisecond.

Each change of the scenario pushes the older walk back; other work (a resize, the sensitivity sweep) does not,
so the walk comes a pause after it falls due. Where the scenario changes without a rest for long (about a
thousand new audiences in one unbroken drag), they are walked at the next turn of the loop once HELD_FACTOR
times as many walks are due as Python would have waited for: one long walk (some 55 ms) where Python's own
schedule makes twenty-odd inside the drag (230 ms in all, a full walk of 64 ms among them).

Nothing runs while nothing happens: the loop turns only for an event, and a turn with nothing due costs a
look at three counts.
"""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QObject, QTimer, SignalInstance

PAUSE_MS = 250  # after the scenario's last change: longer than the steps of any drag
HELD_FACTOR = 20  # where no pause comes, the older walk once twenty times Python's own count is due


class IdleCollection(QObject):
    """While installed, the collector walks at turns of the event loop only, the older generations when
    `changes` pause.

    `uninstall()` (or the owner's destruction) gives Python back its own schedule, once the last installed
    is gone.
    """

    def __init__(self, changes: SignalInstance, parent: QObject):
        super().__init__(parent)
        self._due = gc.get_threshold()  # Python's own: (700, 10, 10) unless set otherwise
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self.collect_older)
        self._changes = changes
        changes.connect(self._postpone)
        # The loop of the thread the window lives on: the only thread that walks from now on.
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._dispatcher.aboutToBlock.connect(self.collect_due)  # before the loop waits for an event
        self._dispatcher.awake.connect(self.collect_due)  # a processEvents() that does not wait (no aboutToBlock)
        # The owner destroyed without uninstall(): its connections go with it, and a small object of its own
        # gives Python its schedule back (a callable object: Qt keeps it, where it holds a method's object weakly).
        self._turned_off = _AutomaticOff()
        self.destroyed.connect(self._turned_off)

    def uninstall(self) -> None:
        """Python's own schedule again (its next allocation past the threshold walks what is due)."""
        self._turned_off()
        self._changes.disconnect(self._postpone)
        self._dispatcher.aboutToBlock.disconnect(self.collect_due)
        self._dispatcher.awake.disconnect(self.collect_due)
        self._pause.stop()

    def collect_due(self) -> None:
        """At a turn of the loop: the youngest generation walked if due; the older ones, if due, after a pause."""
        youngest, middle, _oldest = self._due
        if gc.get_count()[0] >= youngest:
            gc.collect(0)  # (counts one more walk of the youngest towards the middle one's)
        middle_count = gc.get_count()[1]
        if middle_count >= middle * HELD_FACTOR:
            self.collect_older()  # no pause came for long
        elif middle_count >= middle and not self._pause.isActive():
            self._pause.start()

    def collect_older(self) -> None:
        """Walk the older generations Python would have walked by now (the changes have paused)."""
        self._pause.stop()
        _youngest, middle, oldest = self._due
        if gc.get_count()[1] >= middle:
            gc.collect(1)  # (counts one more walk of the middle generation towards the oldest's)
        if gc.get_count()[2] >= oldest:
            gc.collect(2)

    def _postpone(self, *_: Any) -> None:
        if self._pause.isActive():
            self._pause.start()  # from now: the changes go on


class _AutomaticOff:
    """Python's automatic collection off while at least one of these holds it (each releases once); on again
    when the last lets go, if it was on when the first came."""

    holders = 0
    was_enabled = True

    def __init__(self) -> None:
        if _AutomaticOff.holders == 0:
            _AutomaticOff.was_enabled = gc.isenabled()
        _AutomaticOff.holders += 1
        gc.disable()
        self.held = True

    def __call__(self, *_: Any) -> None:
        """Let go (once)."""
        if self.held:
            self.held = False
            _AutomaticOff.holders -= 1
            if _AutomaticOff.holders == 0 and _AutomaticOff.was_enabled:
                gc.enable()
