"""A label whose lines never end inside a figure and its unit or inside a product's name.

Qt's line breaker ends a line between any two Chinese characters ("小程 / 序") and before
万 ("¥31.2 / 万"). The label lays out its text with the runs that must stay whole joined
(wxdesk.words.line_breaks, the rule the handout and the long image follow too), and gives
the text back as it was written to whoever reads it (`text()`).

A run can only stay whole on a line at least as wide as the run. The label therefore asks
the layouts for no more room than its text would need without the rule (its minimum width
is the one QLabel gives the text as written), and where it is given less than its widest
run, it shows the text as written and Qt breaks that run, as the handout does with a run
wider than its column. So the rule never widens a column of the desk (a line may end a word
earlier, so a label may take a line more).
"""

from __future__ import annotations

import functools
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument, QTextOption
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with QtGui's functions (mightBeRichText)
from PySide6.QtWidgets import QLabel

from wxdesk.words.line_breaks import keep_together, keep_together_markup, unbroken_runs, unbroken_runs_markup

if TYPE_CHECKING:
    from PySide6.QtGui import QMovie, QPicture, QPixmap, QResizeEvent


def _is_rich(text: str, text_format: Qt.TextFormat) -> bool:
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text))


class MeasuredSizes:
    """Sizes measured once and shared, by key; emptied whole when full (the texts a window shows come
    back in runs, and a count bounds the memory without the bookkeeping of a least-recently-used order)."""

    def __init__(self, most: int):
        self._found: dict[tuple, object] = {}
        self._most = most

    def get(self, key: tuple, measure):
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= self._most:
                self._found.clear()
            found = self._found[key] = measure()
        return found


# Measured widths, shared by every label: a slider swept back and forth shows the same sentences in
# the same fonts again, and measuring them (a text document for rich text) cost each changed label
# a fraction of a millisecond at every move.
_measured = MeasuredSizes(4096).get


@functools.lru_cache(maxsize=4096)
def kept_text(text: str, text_format: Qt.TextFormat) -> str:
    """`text` with its runs joined as a label of `text_format` reads it (never inside a tag)."""
    return keep_together_markup(text) if _is_rich(text, text_format) else keep_together(text)


class UnbrokenLabel(QLabel):
    """A QLabel that keeps figures with their units and product names whole where they fit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._written = ""
        self._kept = ""
        # Measured once per text and font: the widest run kept whole, and the widest unbreakable
        # part of the text kept and as written (what QLabel's minimum width follows).
        self._widest_run: float | None = None
        self._widest: tuple[float, float] | None = None
        self._font_key: str | None = None  # the font's description, asked of Qt once per font
        if super().text():  # a text given to the constructor
            self._hold(super().text())

    # -- what the label says

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._hold(text)

    def text(self) -> str:
        """The text as it was written (without what keeps its figures and names whole)."""
        return self._written

    def setNum(self, number: float) -> None:  # type: ignore[override]  # noqa: N802 - Qt override
        super().setNum(number)
        self._written = self._kept = super().text()
        self._forget_widths()

    def clear(self) -> None:
        super().clear()
        self._written = self._kept = ""
        self._forget_widths()

    # A picture in place of the text: QLabel forgets the text, and so does the label.
    def setPixmap(self, pixmap: QPixmap) -> None:  # noqa: N802 - Qt override
        super().setPixmap(pixmap)
        self._written = self._kept = ""
        self._forget_widths()

    def setPicture(self, picture: QPicture) -> None:  # noqa: N802 - Qt override
        super().setPicture(picture)
        self._written = self._kept = ""
        self._forget_widths()

    def setMovie(self, movie: QMovie) -> None:  # noqa: N802 - Qt override
        super().setMovie(movie)
        self._written = self._kept = ""
        self._forget_widths()

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 - Qt override
        super().setTextFormat(text_format)
        if self._written:  # kept together as the new format reads it (no joiner inside a tag)
            self._hold(self._written, again=True)

    def _hold(self, text: str, again: bool = False) -> None:
        if text == self._written and not again:
            return  # the same text again (a view sets every sentence at every move): nothing to do
        self._written = text
        self._kept = kept_text(text, self.textFormat())
        self._forget_widths()
        self._show(self._kept if self._kept_fits() else text)

    def _forget_widths(self) -> None:
        self._widest_run = None
        self._widest = None

    def _show(self, text: str) -> None:
        if text != super().text():
            super().setText(text)
            self.shown_text_changed()

    def shown_text_changed(self) -> None:
        """The text Qt lays out changed (a subclass forgets what it measured)."""

    # -- room

    def _font(self) -> str:
        if self._font_key is None:
            self._font_key = self.font().key()
        return self._font_key

    def _widest_kept_run(self) -> float:
        if self._widest_run is None:
            rich = _is_rich(self._written, self.textFormat())
            font, dpi = self._font(), self.logicalDpiY()

            def measure() -> float:
                runs = unbroken_runs_markup(self._written) if rich else unbroken_runs(self._written)
                # In the label's own font: a run set smaller in rich text is measured a little wide,
                # so it is shown as written a little early, never cut off. Each run is remembered on
                # its own: a new sentence (another amount) mostly holds runs measured before.
                metrics: list[QFontMetricsF] = []

                def width(run: str) -> float:
                    if not metrics:
                        metrics.append(QFontMetricsF(self.font(), self))
                    return metrics[0].horizontalAdvance(run)
                return max((_measured(("one run", run, font, dpi), lambda run=run: width(run)) for run in runs),
                           default=0.0)
            self._widest_run = _measured(("run", self._written, rich, font, dpi), measure)
        return self._widest_run

    def _widest_parts(self) -> tuple[float, float]:
        if self._widest is None:
            self._widest = (self._widest_part(self._kept), self._widest_part(self._written))
        return self._widest

    def _widest_part(self, text: str) -> float:
        """The width of the widest part of `text` no line end may cut, in this label's font."""
        return _measured(("part", text, int(self.textFormat().value), self._font(), self.logicalDpiY()),
                         lambda: self._measure_widest_part(text))

    def _measure_widest_part(self, text: str) -> float:
        if self.textFormat() == Qt.TextFormat.RichText or (
                self.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)):
            document = QTextDocument()
            document.setDefaultFont(self.font())
            document.setDocumentMargin(0)
            option = document.defaultTextOption()
            option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as QLabel sets it (a document wraps anywhere)
            document.setDefaultTextOption(option)
            document.setHtml(text)
            document.setTextWidth(0)
            return document.idealWidth()
        return QFontMetricsF(self.font(), self).boundingRect(
            QRectF(0, 0, 0, 1_000_000), int(Qt.TextFlag.TextWordWrap), text).width()

    def _kept_fits(self) -> bool:
        if self._kept == self._written or not self.wordWrap():
            return True
        room = self.contentsRect().width() - 2 * self.margin()
        return room <= 0 or room >= self._widest_kept_run() - 0.5  # no width yet: kept until laid out

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        if self.wordWrap() and super().text() == self._kept != self._written:
            kept, written = self._widest_parts()
            hint.setWidth(max(0, hint.width() - math.ceil(max(0.0, kept - written))))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._show(self._kept if self._kept_fits() else self._written)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.type() in (event.Type.FontChange, event.Type.ApplicationFontChange):
            self._font_key = None
            self._forget_widths()
        super().changeEvent(event)
