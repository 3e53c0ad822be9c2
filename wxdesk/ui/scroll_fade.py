"""A scroll area's lower edge that fades its content out, where more lies below.

Where a window is too short for all of the plan's panels (1366×768, in Chinese say), the desk
keeps the plan and each panel's first reason in view and the rest scrolls; the viewport's edge
then cuts a line of text at whatever pixel it falls on, half a row of glyphs that reads as a
fault. Faded out over a line's height, the cut reads as "more below", as in most apps that
scroll. At the end of the scroll, or where everything fits, nothing is faded.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import QScrollArea, QWidget


class ScrollFade(QWidget):
    """Painted over the bottom of `area`'s viewport; passes every mouse event through."""

    def __init__(self, area: QScrollArea):
        super().__init__(area.viewport())
        self.setObjectName("scrollFade")
        self._area = area
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self._follow)
        bar.rangeChanged.connect(self._follow)
        area.viewport().installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._follow()
        return False

    def _follow(self, *_args) -> None:
        viewport = self._area.viewport()
        height = round(self.fontMetrics().height() * 1.2)
        self.setGeometry(0, viewport.height() - height, viewport.width(), height)
        bar = self._area.verticalScrollBar()
        self.setVisible(bar.value() < bar.maximum())
        self.raise_()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The colour of what scrolls (the area's widget fills its background from the palette).
        content = self._area.widget()
        base = (content or self).palette().color(QPalette.ColorRole.Window)
        clear = QColor(base)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(1.0, base)
        QPainter(self).fillRect(self.rect(), gradient)
