"""A card's rounded frame (its Base fill and its border), painted from kept pieces: the same pixels as drawing it.

Drawing a card's rounded rectangle smoothed costs the raster engine some 0.1–0.2 ms a card, most of it
the smoothed fill of its whole inside; a plan-changing slider move repaints five or six cards whole (a
card that grows or moves is painted again from its frame up), some 3–4 % of such a move's instructions.
Yet each pixel of a frame depends only on where it lies from the card's nearest corner: along a straight
edge every row (or column) of the border is the same, and inside the border every pixel is the Base
colour. So the frame is drawn once, as it is drawn directly, at a small size over the colour beneath the
card, and taken apart (see _Pieces): its four corners are copied as they are, each row (column) of an
edge that is not the Base colour is filled as a line of its one colour, and the inside is filled. The
pixels are exact: the pieces are drawn the same way at the same sub-pixel places.

Only where that holds: on the raster engine, at a whole-pixel offset and a device pixel ratio of 1, over
a solid opaque colour (what the card's nearest ancestor that fills its background fills it with), with an
opaque fill, for a card large enough to hold two corners each way, and for the cards' own radius and
borders (COPIED_SHAPES). Anywhere else (a PDF, a scaled screen, a card over a gradient) the frame is drawn
directly.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPaintEngine, QPainter, QPen, QTransform
from PySide6.QtWidgets import QWidget

from wxdesk.engine.recent import kept

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

# A corner's square: a radius of up to 10 px with a border of up to 3 px and its smoothed edge fit in it.
TILE = 16
# Room around the frame the tiles are drawn from, as a card has on screen: drawn up to the image's edge, a
# thin border (one the raster engine draws as a hairline) came out a shade different where it was clipped.
MARGIN = 4
# The frames copied, as (radius, border width): the cards' own (account_panel's CARD_RADIUS with CARD_BORDER
# and CARD_BORDER_HIGHLIGHTED), each held by tests/ui/test_card_frame.py to the frame drawn, at any size,
# place and colours. Other shapes are drawn directly: a hairline round a corner of about a pixel, or a
# thick border round a small corner, came out a shade different along the edges at some sizes.
COPIED_SHAPES = frozenset({(8.0, 1.0), (8.0, 2.5)})
_KEPT = 8  # frames taken apart (per colours and border): a card's two looks, light and dark, presenting
_kept_pieces: OrderedDict[tuple[object, ...], _Pieces | None] = OrderedDict()  # None: drawn directly (see _taken_apart)
# The first frame drawn draws its cards directly: making the tiles there, and the image class PySide makes
# at its first use, would add to the first paint (tests/ui/test_start_on_first_use.py). Copies start at the
# next turn of the event loop.
_copying = False
_copying_soon = False


def start_copying() -> None:
    """Copy frames from now on (at the turn of the event loop after the first frame was drawn)."""
    global _copying
    _copying = True


def _start_copying_soon() -> None:
    global _copying_soon
    if not _copying_soon:
        _copying_soon = True
        QTimer.singleShot(0, start_copying)


def draw_frame(painter: QPainter, rect: QRectF, pen: QPen, base: QColor, radius: float) -> None:
    """The frame drawn directly: a rounded rectangle filled with `base`, bordered with `pen`, inset so
    that the border lies inside `rect`."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(QBrush(base))
    inset = pen.widthF() / 2 + 0.5
    painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius)


def paint_frame(painter: QPainter, size: QSize, pen: QPen, base: QColor, radius: float,
                beneath: QColor | None) -> None:
    """The frame of a card of `size` at the painter's origin, `beneath` it the colour the card is drawn
    over (None: unknown, and the frame is drawn directly)."""
    width, height = size.width(), size.height()
    pieces = None
    if not _copying:
        _start_copying_soon()
    elif (beneath is not None and (radius, pen.widthF()) in COPIED_SHAPES and min(width, height) >= 2 * TILE + 1
            and base.alpha() == 255 and _copies_exactly(painter)):
        key = (pen.color().rgba(), pen.widthF(), pen.style(), base.rgba(), radius, beneath.rgba())
        pieces = _pieces(key, pen, base, radius, beneath)
    if pieces is None:
        draw_frame(painter, QRectF(0, 0, width, height), pen, base, radius)
    else:
        pieces.paint(painter, width, height, base)


class _Pieces:
    """A frame taken apart: its four corners as images, and each straight edge as the rows (columns) that
    are not the Base colour, each one colour all along (the edge's pixels depend only on how far in they lie).

    Painted as a Base fill, a solid line for each such row and column, and the four corners: a widget's paint
    is clipped to the region it repaints, which leaves out the opaque texts inside a card and is seldom a
    rectangle, and through such a clip the raster engine copies an image scanline by scanline, span by span
    (some 90 µs for a panel's frame) but fills a colour in a few µs. Copying a whole frame image cost a
    plan-changing slider move about 0.9 ms."""

    def __init__(self, tiles: QImage, base: QColor):
        t, m = TILE, MARGIN
        far = m + t + 1  # where the tiles' right (lower) corners start
        self.corners = (tiles.copy(QRect(m, m, t, t)), tiles.copy(QRect(far, m, t, t)),
                        tiles.copy(QRect(m, far, t, t)), tiles.copy(QRect(far, far, t, t)))

        # (How far in, colour), the Base colour left out.
        def lines(pixel_at: Callable[[int], int]) -> tuple[tuple[int, QColor], ...]:
            return tuple((inset, QColor.fromRgba(pixel_at(inset))) for inset in range(t)
                         if pixel_at(inset) != base.rgba())

        # The tiles' middle row and column cross the edges where they are straight.
        self.top = lines(lambda inset: tiles.pixel(m + t, m + inset))
        self.bottom = lines(lambda inset: tiles.pixel(m + t, far + t - 1 - inset))
        self.left = lines(lambda inset: tiles.pixel(m + inset, m + t))
        self.right = lines(lambda inset: tiles.pixel(far + t - 1 - inset, m + t))

    def paint(self, painter: QPainter, width: int, height: int, base: QColor) -> None:
        t = TILE
        fill = painter.fillRect
        fill(QRect(0, 0, width, height), base)
        across, down = width - 2 * t, height - 2 * t
        for inset, colour in self.top:
            fill(QRect(t, inset, across, 1), colour)
        for inset, colour in self.bottom:
            fill(QRect(t, height - 1 - inset, across, 1), colour)
        for inset, colour in self.left:
            fill(QRect(inset, t, 1, down), colour)
        for inset, colour in self.right:
            fill(QRect(width - 1 - inset, t, 1, down), colour)
        draw = painter.drawImage
        top_left, top_right, bottom_left, bottom_right = self.corners
        draw(QPoint(0, 0), top_left)
        draw(QPoint(width - t, 0), top_right)
        draw(QPoint(0, height - t), bottom_left)
        draw(QPoint(width - t, height - t), bottom_right)


def colour_beneath(widget: QWidget) -> QColor | None:
    """The solid colour `widget` is drawn over: its nearest ancestor that fills its background (the
    window, a scroll area's viewport) fills it so, and the containers between draw nothing. None where
    that ancestor fills with a pattern, a gradient or a colour one can see through."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent.autoFillBackground() or parent.isWindow():
            if parent.isWindow() and (parent.testAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)
                                      or parent.testAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)):
                return None
            brush = parent.palette().brush(parent.backgroundRole())
            if brush.style() != Qt.BrushStyle.SolidPattern or brush.color().alpha() != 255:
                return None
            return brush.color()
        parent = parent.parentWidget()
    return None


def _copies_exactly(painter: QPainter) -> bool:
    """Whether a tile copied by this painter lands on whole device pixels, one for one, as drawn."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return False
    device = painter.device()
    if device is None or device.devicePixelRatioF() != 1.0:
        return False
    transform = painter.deviceTransform()
    return (transform.type() in (QTransform.TransformationType.TxNone, QTransform.TransformationType.TxTranslate)
            and transform.dx() == int(transform.dx()) and transform.dy() == int(transform.dy()))


def _pieces(key: tuple[object, ...], pen: QPen, base: QColor, radius: float, beneath: QColor) -> _Pieces | None:
    return kept(_kept_pieces, key, lambda: _taken_apart(pen, base, radius, beneath), _KEPT)


def _taken_apart(pen: QPen, base: QColor, radius: float, beneath: QColor) -> _Pieces | None:
    """A frame of (2 × TILE + 1) pixels square drawn over `beneath` as draw_frame draws one, taken apart: its
    corners are the corners of any larger frame, its middle row and column the rows and columns of its
    edges. None where they are not: a frame whose straight edges the raster engine does not draw alike all
    along (a hairline border round a corner of about a pixel, whose edges come out a hair off straight),
    which a larger frame put together from the pieces and one drawn directly tell apart."""
    size = 2 * TILE + 1
    pieces = _Pieces(_drawn(QSize(size, size), pen, base, radius, beneath), base)
    check = QSize(size + 37, size + 23)  # any larger size would do
    put_together = _image(check.width() + 2 * MARGIN, check.height() + 2 * MARGIN)
    put_together.fill(beneath)
    painter = QPainter(put_together)
    try:
        painter.translate(MARGIN, MARGIN)
        pieces.paint(painter, check.width(), check.height(), base)
    finally:
        painter.end()
    return pieces if put_together == _drawn(check, pen, base, radius, beneath) else None


def _drawn(size: QSize, pen: QPen, base: QColor, radius: float, beneath: QColor) -> QImage:
    """A frame of `size` drawn directly over `beneath`, MARGIN pixels in from the image's edges."""
    image = _image(size.width() + 2 * MARGIN, size.height() + 2 * MARGIN)
    image.fill(beneath)
    painter = QPainter(image)
    try:
        draw_frame(painter, QRectF(MARGIN, MARGIN, size.width(), size.height()), pen, base, radius)
    finally:
        painter.end()
    return image


def _image(width: int, height: int) -> QImage:
    # Qt's image class is asked for here, at the first copy, not as the module loads: PySide makes a class
    # the first time it is asked for, and the module loads before the first paint.
    from PySide6.QtGui import QImage
    return QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
