"""Counting the engine's break-even searches (one per pair of a plan with an app and with a Mini Program):
for tests of when they run (wxdesk.engine.evaluator.prepare_break_evens)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from wxdesk.engine import costs


@contextmanager
def counting_searches() -> Iterator[list[int]]:
    """A list that gets an entry for each break-even search run inside."""
    found: list[int] = []
    original = costs._cheaper_flips

    def counted(app, mp):
        found.append(1)
        return original(app, mp)

    costs._cheaper_flips = counted
    try:
        yield found
    finally:
        costs._cheaper_flips = original
