"""The Undo and Redo keys undo the scenario's last change wherever the cursor is, once what was typed is in.

A number box or the client field keeps an undo of its own for the text being typed, and Qt offers
it the keys before the window's Edit menu: after typing a budget and pressing Enter, Ctrl+Z undid
nothing the user could see (the box's own text history), and the Edit menu's "Undo Change
First-year budget" was reached only from a slider. Here, while the box shows what the scenario
holds (the typing is in), the keys go on to the Edit menu; while the user is still typing, they
stay the box's and undo the typing, as in any text field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QDoubleSpinBox, QSpinBox, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def spin_box_holds_its_value(spin: QSpinBox | QDoubleSpinBox) -> bool:
    """Whether the box shows its value as it writes it (nothing typed since the value was set or taken in)."""
    written = (spin.textFromValue(spin.value()) if isinstance(spin, QDoubleSpinBox)
               else spin.textFromValue(int(spin.value())))
    return spin.text() == spin.prefix() + written + spin.suffix()


class UndoKeysToTheDocument(QObject):
    """Lets the Undo and Redo keys past the watched fields to the window's actions where `typed_in(field)` says
    the field's text is in the scenario."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._typed_in: dict[QObject, Callable[[], bool]] = {}

    def watch(self, field: QWidget, typed_in: Callable[[], bool]) -> None:
        self._typed_in[field] = typed_in
        field.installEventFilter(self)
        # A spin box passes its focus to its line edit, which then gets the keys first.
        inner = field.lineEdit() if isinstance(field, QAbstractSpinBox) else None
        if inner is not None:
            self._typed_in[inner] = typed_in
            inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            typed_in = self._typed_in.get(watched)
            if typed_in is not None and any(event.matches(key) for key in _KEYS) and typed_in():
                event.ignore()  # not the field's: the shortcut (the window's Undo or Redo) takes it
                return True
        return False
