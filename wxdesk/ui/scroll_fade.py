"""A scroll area's lower edge that fades its content out, where more lies below.

Where a window is too short for all of the plan's panels (1366×768, in Chinese say), the desk
keeps the plan and each panel's first reason in view and the rest scrolls; the viewport's edge
then cuts a line of text at whatever pixel it falls on, half a row of glyphs that reads as a
fault. Faded out over a line's height, the cut reads as "more below", as in most apps that
scroll. At the end of the scroll, or where everything fits, nothing is faded.
A fade of one line's height still let the lower half of a cut row of Chinese glyphs show;
so the fade is taller and its lower part hides the content whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QScrollArea, QWidget


# The fade's height in lines of text, and where in it the content is hidden whole: a line the edge
# cuts anywhere is faded over its upper part and hidden over its lower.
FADE_LINES = 1.7
OPAQUE_FROM = 0.55
MIN_FADE = 4  # pixels: a fade shorter than this would only look like a smudge


def fade_height(widget: QWidget) -> int:
    """How far up from a scroll area's lower edge its fade reaches, in `widget`'s type: what must
    be read whole ends above it."""
    return round(widget.fontMetrics().height() * FADE_LINES)


class ScrollFade(QWidget):
    """Painted over the bottom of `area`'s viewport; passes every mouse event through."""

    def __init__(self, area: QScrollArea):
        super().__init__(area.viewport())
        self.setObjectName("scrollFade")
        self._area = area
        # Where the content that must be read whole ends, from the top of what scrolls (keep_clear).
        self._clear_to = 0
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self.follow)
        bar.rangeChanged.connect(self.follow)
        area.viewport().installEventFilter(self)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.follow()
        return False

    def keep_clear(self, content_y: int) -> None:
        """The content above `content_y` (from the top of what scrolls) is read whole: the fade starts
        no higher, however short that leaves it. A number set by the owner, not a question asked of it:
        the fade also moves while the window is taken apart, when its content may be gone."""
        self._clear_to = content_y
        self.follow()

    def follow(self, *_args: object) -> None:
        """Placed again: at the viewport's edge, below what must stay clear."""
        viewport = self._area.viewport()
        top = viewport.height() - fade_height(self)
        clear = self._clear_to - self._area.verticalScrollBar().value()
        # Where what must be read whole runs past the edge itself (mid-drag, the plan above held at a taller
        # size until the pause, the panels' first reasons end below it), the edge cuts it anyway: faded as
        # anywhere else, not cut at whatever pixel (a presenter's drag showed half rows of the cards' text).
        if clear <= viewport.height():
            top = max(top, clear)
        height = viewport.height() - top
        self.setGeometry(0, top, viewport.width(), max(height, 0))
        bar = self._area.verticalScrollBar()
        self.setVisible(bar.value() < bar.maximum() and height >= MIN_FADE)
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # Imported here: PySide6 makes a Qt class (QGradient's with its 170 presets) when it is first asked
        # for, and many a first frame shows no fade (some 2.5 million instructions before the first paint).
        from PySide6.QtGui import QLinearGradient
        # The colour of what scrolls (the area's widget fills its background from the palette).
        content = self._area.widget()
        base = (content or self).palette().color(QPalette.ColorRole.Window)
        clear = QColor(base)
        clear.setAlpha(0)
        gradient = QLinearGradient(0, 0, 0, self.height())
        gradient.setColorAt(0.0, clear)
        gradient.setColorAt(OPAQUE_FROM, base)  # the last part whole: no half row of glyphs shows through
        gradient.setColorAt(1.0, base)
        QPainter(self).fillRect(self.rect(), gradient)
