"""A plain label's text drawn from the layout it keeps, to QLabel's pixels.

QLabel paints a plain text through its style's drawItemText, which hands it to QPainter.drawText:
there qt_format_text makes a new text engine, itemizes and shapes the whole text, breaks it into
lines at the label's width and draws them, at every paint. In twenty audience first visits that was
some 113 million instructions (callgrind), about half shaping and breaking, half drawing, most of it
for texts that had not changed (the benchmark repaints the whole window at each move).

A label that keeps its text shaped for its sizes (unbroken_label.LaidOutText) draws it from there:
the shaped text is broken into lines at the width painted (kept until another width is asked), and
`Drawing` places them as qt_format_text does (Qt 6: each line on a whole pixel after the leading,
the lines' vertical offset, each line's own horizontal offset, the clip where the text overflows) and
draws them. `plain_drawing` says where that is QLabel's drawing to the letter; anywhere else the
label paints as QLabel. tests/ui/test_label_paint.py compares the pixels of both ways.

The pen is the painter's own: a widget's painter starts with QPen(its palette's brush for its
foreground role, width 1) (QWidget::initPainter), which is the pen drawItemText sets, from the same
palette, without a style sheet.

What a paint reads of the label is read once, where a drawing is made (each Qt call costs: reading
the alignment alone makes a Python flag, some 36 thousand instructions): the label makes a drawing
again when its text, size or a setting changes (see UnbrokenLabel).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QTextLine
from PySide6.QtWidgets import QApplication, QFrame, QLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

# QLabel's alignment flags, as plain numbers (an enum's operations cost in Python).
_RIGHT, _CENTER = int(Qt.AlignmentFlag.AlignRight.value), int(Qt.AlignmentFlag.AlignHCenter.value)
_BOTTOM, _MIDDLE = int(Qt.AlignmentFlag.AlignBottom.value), int(Qt.AlignmentFlag.AlignVCenter.value)
_JUSTIFY = int(Qt.AlignmentFlag.AlignJustify.value)
# What makes QLabel lay its text out in a text document (a QWidgetTextControl), not draw it with drawItemText.
_IN_A_DOCUMENT = int((Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
                      | Qt.TextInteractionFlag.TextEditable).value)
# The line width for a text that does not wrap: qt_format_text gives 0x01000000, and a line takes at most
# QFIXED_MAX (8,388,607) either way; LaidOutText's own widest, to share its unwrapped lines.
UNWRAPPED = 16777215
_SHAPE_MASK = 0x0F  # (QFrame::Shape_Mask: the frame's shape in its style; NoFrame is 0)
_INTERSECT = Qt.ClipOperation.IntersectClip
_USE_96_DPI = Qt.ApplicationAttribute.AA_Use96Dpi

_draw = QTextLine.draw


class PaintSetting:
    """What drawing a label's text follows of its settings, read once (see plain_setting)."""

    __slots__ = ("alignment", "wraps", "margin")

    def __init__(self, alignment: int, wraps: bool, margin: int):
        self.alignment, self.wraps, self.margin = alignment, wraps, margin

    def text_rect(self, label: QLabel) -> tuple[int, int, int, int]:
        """Where QLabel draws `label`'s text (left, top, width, height): its contents less its margin
        (QLabelPrivate::documentRect, no indent). Made again when the label's size or contents change."""
        margin = self.margin
        left, top, width, height = QLabel.contentsRect(label).getRect()
        return left + margin, top + margin, width - 2 * margin, height - 2 * margin


def plain_setting(label: QLabel) -> PaintSetting | None:
    """How `label` is set for a Drawing of a plain text, where QLabel draws such a text as a Drawing does;
    None elsewhere (QLabel paints).

    That is: through the Fusion style's drawItemText (a style sheet's palette, or another style's
    drawItemText, differ), without a frame or an indent, neither selectable nor editable (QLabel lays such
    a text out in a text document), not justified, in a font without lines of its own (qt_format_text
    draws those after each line), at the resolution a text layout shapes at (the painter's font has the
    label's screen's)."""
    if QLabel.style(label).metaObject().className() != "QFusionStyle":
        return None
    if QFrame.frameStyle(label) & _SHAPE_MASK or QLabel.indent(label) > 0:
        return None
    if int(QLabel.textInteractionFlags(label).value) & _IN_A_DOCUMENT:
        return None
    alignment = int(QLabel.alignment(label).value)
    if alignment & _JUSTIFY:
        return None
    font = QLabel.font(label)
    if font.underline() or font.overline() or font.strikeOut():
        return None
    if QLabel.logicalDpiY(label) != _default_dpi():
        return None
    return PaintSetting(alignment, QLabel.wordWrap(label), QLabel.margin(label))


def _default_dpi() -> int:
    """The resolution of a font made for no device (qt_defaultDpiY), which a text layout shapes at."""
    if QApplication.testAttribute(_USE_96_DPI):
        return 96
    screen = QGuiApplication.primaryScreen()
    return 100 if screen is None else round(screen.logicalDotsPerInchY())


class Drawing:
    """How a label draws a text: a plain one's lines (LaidOutText.lines_at) and where each goes, or none
    (`laid_out` None: QLabel paints the text)."""

    __slots__ = ("laid_out", "text", "once", "rect", "line_width", "_alignment", "_lines", "_clip", "_placed")

    def __init__(self, laid_out, text: str, rect: tuple[int, int, int, int], setting: PaintSetting,
                 once: bool = False):
        self.laid_out = laid_out
        self.text = text
        self.once = once  # (QLabel paints the text this once: see UnbrokenLabel._new_drawing)
        self.rect, self._alignment = rect, setting.alignment
        self.line_width = max(0, rect[2]) if setting.wraps else UNWRAPPED  # (qt_format_text's)
        self._lines: list | None = None
        self._clip: QRectF | None = None
        self._placed: list[tuple[QTextLine, QPointF]] = []

    def draw(self, painter: QPainter) -> None:
        """Draw the text with `painter` (a painter begun on the label, with its pen and font)."""
        lines = self.laid_out.lines_at(self.line_width)
        if lines is not self._lines:  # (laid out again since: for a measure at another width)
            self._place(lines)
        if self._clip is not None:
            painter.setClipRect(self._clip, _INTERSECT)
        for line, point in self._placed:
            _draw(line, painter, point)

    def _place(self, lines: list[tuple[QTextLine, int, float, float]]) -> None:
        """Where qt_format_text draws `lines` (each: the line, the top and bottom of its box and its natural
        width) in the rectangle, for a left-to-right text in the alignment. (In plain numbers, as
        qt_format_text works them out: QRectF's and QPointF's methods cost a call into Qt each.)"""
        self._lines = lines
        left, top, room_width, room_height = self.rect
        alignment = self._alignment
        self._placed, self._clip = [], None
        if room_width <= 0 or room_height <= 0:
            return  # (qt_format_text draws nothing in no room)
        # The lines qt_format_text lays out: it stops at the first that reaches the rectangle's bottom.
        shown = 0
        width = height = 0.0
        for _line, _top, bottom, natural in lines:
            shown += 1
            width = max(width, natural)
            height = bottom
            if bottom >= room_height:
                break
        y_offset = x_offset = 0.0
        if alignment & _BOTTOM:
            y_offset = room_height - height
        elif alignment & _MIDDLE:
            y_offset = (room_height - height) / 2
        if alignment & _RIGHT:
            x_offset = room_width - width
        elif alignment & _CENTER:
            x_offset = (room_width - width) / 2
        # Clipped where the text's bounds are not inside the rectangle (QRectF.contains: a rectangle of no
        # width contains nothing).
        bounds_left, bounds_top = left + x_offset, top + y_offset
        if (width == 0 or bounds_left < left or bounds_left + width > left + room_width
                or bounds_top < top or bounds_top + height > top + room_height):
            self._clip = QRectF(left, top, room_width, room_height)
        for line, line_top, _bottom, _natural in lines[:shown]:
            # Each line aligned on its own, by its advance (its width with the spaces that end it).
            if alignment & _RIGHT:
                x_offset = room_width - line.horizontalAdvance()
            elif alignment & _CENTER:
                x_offset = (room_width - line.horizontalAdvance()) / 2
            else:
                x_offset = 0.0
            # (qt_format_text places the line at its top and draws it at the offsets: the same sum)
            self._placed.append((line, QPointF(left + x_offset, bounds_top + line_top)))
