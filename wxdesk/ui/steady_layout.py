"""Layouts that are laid out again only when a new text takes other room.

A label given a new text tells its card's layout that its size may have changed (QLabel
calls updateGeometry at every setText), and that starts a cascade: the card is laid out
again, then every widget above it up to the window, each telling its own parent in turn
(QLayout.activate ends with the parent's updateGeometry, whatever changed). A slider
move changes a handful of figures ("¥262k" to "¥263k", a fit from 59 to 60), and most of
them take exactly the room the old text took: the same size hints and, where the label
wraps, the same height at every width the layouts asked it about. Laying the window out
again for them found every widget where it was, at some three to four million of the 23
million instructions of an audience step (the desk's scroll area measuring the whole desk,
the controls' column and the splitters above them).

So a label set with `set_text_in_place` measures its new text, and where it takes the
same room, its layout (one of the classes below) is not told: the layouts keep what they
measured, which is what they would measure again. Where the new text takes other room,
the layout is told as Qt tells it, and all is laid out as before. The label repaints
itself in either case (QLabel.setText updates it).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

# A widget with a text: a label, or a button (the plan area's fold toggle), whose new text tells its layout as
# QLabel's does (QWidget.updateGeometry).
L = TypeVar("L", bound=QWidget)


# A mixin of QLayout subclasses: typed as a QLayout, so that `isinstance(layout, _HoldsForLabels)` narrows a layout
# rather than reading as never true.
if TYPE_CHECKING:
    _LayoutMixin = QLayout
else:
    _LayoutMixin = object


class _HoldsForLabels(_LayoutMixin):
    """What a layout needs to let a label's new text through without being laid out again: a
    count of labels being set in place (invalidate() is what QLabel.setText calls on it)."""

    _held = 0

    def invalidate(self) -> None:
        if not self._held:
            super().invalidate()


class SteadyVBoxLayout(_HoldsForLabels, QVBoxLayout):
    """A QVBoxLayout that a label's new text of the same room leaves as it is (see set_text_in_place)."""


class SteadyGridLayout(_HoldsForLabels, QGridLayout):
    """A QGridLayout that a label's new text of the same room leaves as it is (see set_text_in_place)."""


class SteadyHBoxLayout(_HoldsForLabels, QHBoxLayout):
    """A QHBoxLayout that a new text of the same room leaves as it is (see set_text_in_place)."""


# What a layout reads of a label's text: its size hint, its minimum size hint, its height at a width.
SIZE, MINIMUM = "size", "minimum"


def set_text_in_place(label: L, text: str, set_text: Callable[[L, str], None],
                      known_room: Callable[[L], list[tuple[object, object]] | None],
                      measure: Callable[[L, object], object]) -> None:
    """Call `set_text(label, text)` (which gives `label` its new text); its layout is told only if the text's
    room changed.

    `known_room(label)`: (what, value) for everything the layouts may keep of the old text (SIZE, MINIMUM,
    or a width for the height at that width), or None where that is not known: the layout is then told.
    `measure(label, what)`: the same of the new text. Measured until the first difference: a text of other
    room is not measured at every width. (The label's methods are passed as its class's functions: PySide
    looks a name up on a Qt object some 200 ns, as it does the label's Qt methods called here.)
    """
    parent = QWidget.parentWidget(label)
    layout = QWidget.layout(parent) if parent is not None else None
    # A layout told already (another of its labels, shown or hidden widgets) is laid out anyway: nothing to measure.
    if not isinstance(layout, _HoldsForLabels) or QWidget.isHidden(label) or QLayout.geometry(layout).isNull():
        set_text(label, text)
        return
    known = known_room(label)
    if known is None:
        set_text(label, text)
        return
    layout._held += 1
    try:
        set_text(label, text)
    finally:
        layout._held -= 1
    for what, value in known:
        if measure(label, what) != value:
            layout.invalidate()  # as QLabel.setText would have told it (QWidget.updateGeometry)
            return


class FigureLabel(QLabel):
    """A one-line label for a figure that changes at every slider move (a fit, a slider's value in words):
    its layout is laid out again only where the new figure takes other room."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)  # never guessed to be HTML (see wxdesk.ui.plain_label)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        if text == QLabel.text(self):  # (methods looked up on the class: see set_text_in_place)
            return
        set_text_in_place(self, text, FigureLabel._set_text, FigureLabel._known_room, FigureLabel._room_of)

    def _set_text(self, text: str) -> None:
        QLabel.setText(self, text)

    def _room_of(self, what: object) -> QSize:
        return type(self).sizeHint(self) if what == SIZE else type(self).minimumSizeHint(self)

    def _known_room(self) -> list[tuple[object, object]] | None:
        if QLabel.wordWrap(self):
            return None  # (its height at each width is not remembered)
        # QLabel keeps its size hints until the text changes: asked now, they are those of the old text.
        return [(what, FigureLabel._room_of(self, what)) for what in (SIZE, MINIMUM)]
