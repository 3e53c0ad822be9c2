"""Signals held back for a moment: a batch's row written whole, a worker started with its own handlers in place."""

from __future__ import annotations

import signal
from collections.abc import Iterable, Iterator
from contextlib import contextmanager


@contextmanager
def signals_held(signals: Iterable[signal.Signals]) -> Iterator[None]:
    """Block `signals` inside the `with` block and let them through after it (one pending is delivered then).

    Where signals cannot be blocked (Windows, a thread other than the main one on some platforms) the block runs as
    it is."""
    try:
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, set(signals))
    except (AttributeError, ValueError, OSError):  # not on POSIX
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
