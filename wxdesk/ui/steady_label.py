"""A wrapping label that answers the layouts' height-for-width questions from memory.

Every change of a text on the desk invalidates the layouts up to the window, and each layout
pass asks each wrapping label its height for one width or another: some twenty questions per
slider move for the plan's name alone and the panels' titles. QLabel answers each by laying
its text out at that width. A label whose text sits in a text document (rich text, or text
the user can select: the plan's name, the panels' titles, the app-or-Mini-Program answer) also
lays the document out and back at every question, and that relayout repaints the label, its
text unchanged. The answer depends only on the width, the text and how it is set (font,
format, margins, the screen's resolution), so it is remembered per those.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel

# Widths remembered per label: a layout tries a few; more would only mean a window being resized.
REMEMBERED_WIDTHS = 16
# What else the height depends on: a change of any clears the memory.
_RESET_BY = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class SteadyLabel(QLabel):
    """A QLabel whose heightForWidth is QLabel's own, asked once per width, text and setting."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._heights: dict[tuple, int] = {}

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        # The font is not in the key: a new font (or style, or margins) clears the memory instead,
        # since reading the font's key at each of the layouts' questions would cost what is saved.
        key = (width, self.text(), self.textFormat(), self.wordWrap(), self.margin(), self.indent(),
               self.logicalDpiY())
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
