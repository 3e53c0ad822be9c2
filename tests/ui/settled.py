"""What the window shows once it stops changing, for tests that compare pictures of it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest

from wxdesk.ui.settle import SETTLE_MS

T = TypeVar("T")
TRIES = 50


def settled(take: Callable[[], T], qtbot) -> T:
    """`take()` once it gives the same twice in a row, the two taken longer apart than the desk's pause after new
    texts (SETTLE_MS), so that what waits for the pause has run between them: the cards' heights held while
    texts change, the desk's split, pyqtgraph's deferred axis sizing. Taken back to back, two pictures could
    both come before a pause that the last change had started again (after a language round trip, the cards
    still had the Chinese look's heights: the English texts 6 px lower, seen once on a busy machine). A window
    still changing after TRIES pictures (some ten seconds) fails the test."""
    pictures = [take()]
    for _ in range(TRIES):
        qtbot.wait(SETTLE_MS + 80)
        pictures.append(take())
        if pictures[-1] == pictures[-2]:
            return pictures[-1]
    pytest.fail(f"the window was still changing after {TRIES} pictures, {SETTLE_MS + 80} ms apart")
