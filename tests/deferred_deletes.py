"""Widgets the tests let go, deleted between tests."""

from __future__ import annotations


def delete_what_tests_let_go() -> None:
    """Delete now the widgets a test let go with deleteLater (qtbot's and the window fixtures' teardown).

    Why: outside an event loop Qt keeps them until one runs, and a test that runs none left its windows alive for
    the next tests: 25 window test files left 1,171 widgets in their worker, every one of which took each later
    language switch (89 ms a round trip, against 2 ms), answered its timers and was walked by layout passes. Sent
    here, between tests, as Qt would at the next turn of an event loop."""
    from PySide6.QtCore import QCoreApplication, QEvent
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
