"""Counting the events some widgets receive: how a test sees what Qt did (laid out, moved, painted)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class EventCount(QObject):
    """How many events of `kinds` the `widgets` it watches have received since it began to watch them."""

    def __init__(self, widgets: Iterable[QWidget], *kinds: QEvent.Type):
        super().__init__()
        self.kinds = kinds
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in self.kinds:
            self.count += 1
        return False
