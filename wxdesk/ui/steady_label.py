"""A wrapping label that answers the layouts' height-for-width questions from memory.

Every change of a text on the desk invalidates the layouts up to the window, and each layout
pass asks each wrapping label its height for one width or another: some twenty questions per
slider move for the plan's name alone and the panels' titles. QLabel answers each by laying
its text out at that width. A label whose text sits in a text document (rich text, or text
the user can select: the plan's name, the panels' titles, the app-or-Mini-Program answer) also
lays the document out and back at every question, and that relayout repaints the label, its
text unchanged. The answer depends only on the width, the text and how it is set (font,
format, margins, the screen's resolution), so it is remembered per width and resolution, and
forgotten when any of the rest changes.

It is an UnbrokenLabel: its lines never end inside a figure and its unit or a product's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

from wxdesk.ui.unbroken_label import UnbrokenLabel

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QMovie, QPicture, QPixmap
    from PySide6.QtWidgets import QWidget

# Widths remembered per label: a layout tries a few; more would only mean a window being resized.
REMEMBERED_WIDTHS = 16
# What else the height depends on: a change of any clears the memory.
_RESET_BY = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class SteadyLabel(UnbrokenLabel):
    """A QLabel whose heightForWidth is QLabel's own, asked once per width, text and setting."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._heights: dict[tuple[int, int], int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        # Only the width and the screen's resolution are in the key: what else the height depends on
        # clears the memory when it changes (the setters below, and changeEvent), since reading the
        # text, its format and margins at each of the layouts' questions (some 2,500 while the window
        # is built and shown) would cost more than half of what is saved.
        key = (width, self.logicalDpiY())
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) >= REMEMBERED_WIDTHS:
                self._heights.clear()
            height = self._heights[key] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in _RESET_BY:
            self._heights.clear()
        super().changeEvent(event)

    def shown_text_changed(self) -> None:
        # The text laid out changed without a setter: the label is now too narrow for a run it
        # kept whole, or wide enough again (see UnbrokenLabel). Also while the constructor holds its
        # text, before there is anything to forget.
        if hasattr(self, "_heights"):
            self._heights.clear()

    # What the label shows and how it lays it out: each setter forgets the heights (QLabel's own
    # setters are not virtual, so every change made from Python comes through these).

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        if text != self.text():  # the same text again changes nothing (QLabel does nothing either)
            self._heights.clear()
        super().setText(text)

    def setNum(self, number: float) -> None:  # type: ignore[override]  # noqa: N802 - Qt override
        self._heights.clear()
        super().setNum(number)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setTextFormat(text_format)

    def setWordWrap(self, on: bool) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setIndent(indent)

    def setTextInteractionFlags(self, flags: Qt.TextInteractionFlag) -> None:  # noqa: N802 - Qt override
        self._heights.clear()  # selectable text is laid out in a text document, not by the font's metrics
        super().setTextInteractionFlags(flags)

    def setBuddy(self, buddy: QWidget) -> None:  # noqa: N802 - Qt override
        self._heights.clear()  # with a buddy, an ampersand marks the shortcut instead of being shown
        super().setBuddy(buddy)

    def setPixmap(self, pixmap: QPixmap) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setPixmap(pixmap)

    def setPicture(self, picture: QPicture) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setPicture(picture)

    def setMovie(self, movie: QMovie) -> None:  # noqa: N802 - Qt override
        self._heights.clear()
        super().setMovie(movie)
