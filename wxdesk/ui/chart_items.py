"""The comparison chart's drawn items: each variant's likely cost line and its band, the break-even marker and
the fit bars.

Each is a plain QGraphicsItem that answers what pyqtgraph and the chart ask of the pyqtgraph item it replaces
(setData, getData, opts), and draws only what a slider move changed: pyqtgraph's own items rebuilt their paths
and bounds in Python at every move (docs/performance.md). Apart from the chart widget (wxdesk.ui.chart), which
lays them out, because they are how the chart draws and nothing of what it shows.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPaintEngine, QPainter, QPainterPath, QPen, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem

from wxdesk.engine.recent import kept as kept_recently
from wxdesk.ui.plotting import PlainPlot, pg

if TYPE_CHECKING:
    from numpy.typing import NDArray
    from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

    # What of a pen decides the pixels a path stroked with it covers, and their colour (see pen_key).
    PenKey = tuple[int, float, int, bool, int, int, float, tuple[float, ...], float, int]
    # A line's points (its xs, then its ys) and its pen's key, as KeptStroke.set last had them; () for either not set.
    StrokeState = tuple[tuple[float, ...], PenKey | tuple[()]]

def polyline(xs: Sequence[float], ys: Sequence[float]) -> QPainterPath:
    """The path through the points (xs[i], ys[i]), made as before by QPainterPath.addPolygon (element for
    element, and so drawn alike), from a polygon whose coordinates are written in place: a QPointF made for
    each point, and a QPolygonF made of them, took five times as long for the charts' dozen points."""
    if not len(xs):
        return QPainterPath()  # what addPolygon adds of no points
    polygon = pg.functions.create_qpolygonf(len(xs))
    coordinates = pg.functions.ndarray_from_qpolygonf(polygon)
    coordinates[:, 0] = xs
    coordinates[:, 1] = ys
    path = QPainterPath()
    path.addPolygon(polygon)
    return path


class BandItem(QGraphicsPathItem):
    """A variant's low–high band: one filled polygon, high edge out and low edge back.

    Lighter than pyqtgraph's FillBetweenItem over two invisible curves: a slider move sets
    one path per band from its few yearly points, instead of two curves' paths (each built
    through numpy) that are then joined again, once for each edge that moved.
    """

    def __init__(self, brush: QColor) -> None:
        super().__init__()
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setBrush(brush)
        # The band's years (not `x`, which would hide QGraphicsItem.x(), the item's position).
        self.years: tuple[float, ...] = ()
        self.low: tuple[float, ...] = ()
        self.high: tuple[float, ...] = ()

    def set_band(self, x: Sequence[float], low: Sequence[float], high: Sequence[float]) -> None:
        self.years, self.low, self.high = tuple(map(float, x)), tuple(map(float, low)), tuple(map(float, high))
        path = polyline(self.years + self.years[::-1], self.high + self.low[::-1])
        path.closeSubpath()
        self.setPath(path)


class LineItem(QGraphicsPathItem):
    """A variant's likely cost line: one path through its few yearly points, drawn with a cosmetic pen.

    Lighter than pyqtgraph's PlotCurveItem, which builds its path through numpy and works out its
    bounds in Python at each new view transform (some 0.1 ms a curve a move, and more where the axis
    rescales); a line of a handful of points needs neither. It answers what the rest of the window
    and pyqtgraph's legend ask of a curve: its data (getData) and its pen (opts["pen"]).

    A line drawn again as it was drawn lately (a drag back and forth, a plan-changing move undone, the
    line repainted under a legend renamed) is copied from an image of it (KeptStroke): stroking a wide
    antialiased pen runs some 600 thousand instructions, the copy a tenth of that, to the same pixels.
    """

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self.kept = KeptStroke()
        self.setPen(pen)
        # The pen its key in the legend is drawn with: the line's own, also where the line is drawn in stretches
        # over another it would hide (set_pens).
        self.key_pen = pen
        # Its points as plain floats (x values, y values), or None before any: arrays only when asked for.
        self.points: tuple[list[float], list[float]] | None = None

    @property
    def opts(self) -> dict[str, object]:
        """What pyqtgraph's legend reads to draw this line's sample (ItemSample.paint)."""
        return {"pen": self.key_pen, "antialias": pg.getConfigOption("antialias")}

    def set_pens(self, key: QPen, drawn: QPen) -> None:
        """The line's own pen (its key's in the legend) and the one it is drawn with."""
        self.key_pen = key
        self.setPen(drawn)

    # (A QPen only, not Qt's PenStyle or QColor: its key is read off it. Every caller passes one.)
    def setPen(self, pen: QPen) -> None:  # type: ignore[override]  # noqa: N802 - Qt's name
        super().setPen(pen)
        self.kept.set(pen=pen_key(pen))

    # (PlotCurveItem's setData, in place of QGraphicsItem's setData(key, value), which nothing calls on a line.)
    def setData(self, x: Sequence[float], y: Sequence[float]) -> None:  # type: ignore[override]  # noqa: N802
        self.points = xs, ys = [float(v) for v in x], [float(v) for v in y]
        self.kept.set(points=(*xs, *ys))
        self.setPath(polyline(xs, ys))

    def getData(self) -> tuple[NDArray[np.float64] | None, NDArray[np.float64] | None]:  # noqa: N802 - as setData
        if self.points is None:
            return None, None
        return np.array(self.points[0], dtype=float), np.array(self.points[1], dtype=float)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        # Smooth, as PlotCurveItem draws its line (the view itself draws without antialiasing).
        antialias = bool(pg.getConfigOption("antialias"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, antialias)
        if not self.kept.draw(painter, self, antialias):
            super().paint(painter, option, widget)


def pen_key(pen: QPen) -> PenKey:
    """What of a pen decides the pixels a path stroked with it covers, and their colour."""
    # Numbers rather than Qt's enums, which Python hashes slowly (a key is looked up at every drawing).
    return (pen.color().rgba(), pen.widthF(), pen.style().value, pen.isCosmetic(), pen.capStyle().value,
            pen.joinStyle().value, pen.miterLimit(), tuple(pen.dashPattern()) if pen.style() != Qt.PenStyle.SolidLine
            else (), pen.dashOffset(), pen.brush().style().value)


class KeptStroke:
    """A line's strokes of late, kept as images to copy where the line is drawn again as it was.

    A line that comes back to one of the KEPT (points, pen) it was last drawn with, after another (a plan-
    changing move undone, a drag back and forth), is copied from an image of its stroke from then on, for
    as long as it stays so; a line new lately is stroked as before, and pays only a comparison of its
    points with the last ones for this, so a drag that only goes forward makes no image. Copying gives
    the stroke's pixels exactly: the path is stroked into a transparent image with the painter's own
    device transform moved by whole pixels, so each pixel gets the same coverage of the line's colour,
    and Qt blends an image's premultiplied pixel over the view with the very sum it uses to blend a
    coverage of that colour (source + destination × (255 − alpha) / 255, rounded alike). Only where that
    holds: Qt's raster engine at a device pixel ratio of 1, a transform that only scales and moves, full
    opacity, drawn over (tests/ui/test_chart_kept_lines.py compares the pixels); else, and while the chart
    is drawn for export (`enabled`), the line is stroked.
    """

    KEPT = 2  # a plan-changing move and its undoing
    enabled = True  # ComparisonChart.painted_directly turns it off for all lines

    def __init__(self) -> None:
        self.points: tuple[float, ...] = ()
        self.pen: PenKey | tuple[()] = ()
        self.state: StrokeState = ((), ())  # (points, pen) now: a new tuple at each setting
        self.drawn: StrokeState | None = None  # the state last drawn (the very tuple)
        self.recent: list[StrokeState] = []  # the last KEPT states drawn, unlike each other, the last drawn last
        self.returning = False  # whether the line is as it was drawn before another
        # By (state, antialias, transform).
        self.images: OrderedDict[tuple[StrokeState, bool, QTransform], tuple[QImage, QPoint]] = OrderedDict()

    def set(self, points: tuple[float, ...] | None = None, pen: PenKey | None = None) -> None:
        self.points = self.points if points is None else points
        self.pen = self.pen if pen is None else pen
        self.state = (self.points, self.pen)

    def draw(self, painter: QPainter, item: QGraphicsPathItem, antialias: bool) -> bool:
        """Draw `item`'s line from its image, or tell the caller to stroke it (False)."""
        if self.state is not self.drawn:  # set since it was last drawn: new, as it was, or back to before
            self._follow()
        if not (self.returning and self.enabled):
            return False
        transform = painter.deviceTransform()  # compared exactly (QTransform's ==), not fuzzily
        if not self._copyable(painter, transform):
            return False
        image, place = kept_recently(self.images, (self.state, antialias, transform),
                                     lambda: self._stroked(item, transform, painter), self.KEPT)
        if image.isNull():
            return False  # a line reaching beyond the device (none the chart draws): stroked
        painter.save()
        # The image at whole device pixels: the world transform reset leaves only the device's own offset.
        painter.resetTransform()
        offset = painter.deviceTransform()
        painter.drawImage(QPointF(place.x() - offset.dx(), place.y() - offset.dy()), image)
        painter.restore()
        return True

    def _follow(self) -> None:
        state = self.drawn = self.state
        recent = self.recent
        if recent and recent[-1] == state:
            return  # set again as it was drawn last
        self.returning = state in recent
        if self.returning:
            recent.remove(state)
        recent.append(state)
        del recent[:-self.KEPT]

    @staticmethod
    def _copyable(painter: QPainter, transform: QTransform) -> bool:
        """Whether a copy of the stroke gives the stroke's pixels here (see the class's notes)."""
        return (transform.m12() == transform.m21() == 0.0 and painter.opacity() == 1.0
                and painter.compositionMode() == QPainter.CompositionMode.CompositionMode_SourceOver
                and painter.paintEngine().type() == QPaintEngine.Type.Raster
                and painter.device().devicePixelRatio() == 1.0)

    @staticmethod
    def _stroked(item: QGraphicsPathItem, transform: QTransform, painter: QPainter) -> tuple[QImage, QPoint]:
        """The line stroked into a transparent image of the device area it covers, and where that area is; no
        image where that area reaches beyond what `painter` draws on."""
        # In device pixels: those of what the painter draws on, as the backing store of the window for a widget.
        target = painter.paintEngine().paintDevice()
        device = QRect(0, 0, target.width(), target.height())
        hints = painter.renderHints()
        pen = item.pen()
        margin = math.ceil(pen.widthF() * max(1.0, pen.miterLimit()) if pen.joinStyle() == Qt.PenJoinStyle.MiterJoin
                           else pen.widthF()) + 2
        covered = transform.mapRect(item.path().controlPointRect())
        area = QRect(math.floor(covered.left()) - margin, math.floor(covered.top()) - margin,
                     math.ceil(covered.width()) + 2 * margin + 2, math.ceil(covered.height()) + 2 * margin + 2)
        if not device.contains(area):
            return QImage(), area.topLeft()
        image = QImage(area.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        stroke = QPainter(image)
        stroke.setRenderHints(hints)
        stroke.setTransform(transform * QTransform.fromTranslate(-area.x(), -area.y()))
        stroke.setPen(pen)
        stroke.setBrush(item.brush())
        stroke.drawPath(item.path())
        stroke.end()
        return image, area.topLeft()


class MarkerItem(QGraphicsPathItem):
    """The break-even marker: a diamond of `size` pixels whatever the plot's scale, outlined, at one
    point of the plot or none.

    Drawn as pyqtgraph's ScatterPlotItem draws its diamond symbol ("d"), without its machinery for
    many points: that item set its one point through its arrays, atlas and bounds in Python (some
    1.5 ms a move while the crossing moves along a drag), and worked out its bounds again at each
    rescale, also with no point at all. Here a point moves the item, which the view copies from its
    cached pixmap.
    """

    def __init__(self, size: float, pen: QPen) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)  # in pixels at its point
        diamond = QPainterPath()
        diamond.addPolygon(QPolygonF([QPointF(x * size, y * size)
                                      for x, y in ((0.0, -0.5), (-0.4, 0.0), (0.0, 0.5), (0.4, 0.0))]))
        diamond.closeSubpath()
        self.setPath(diamond)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.point: tuple[float, float] | None = None
        self.setVisible(False)

    # (ScatterPlotItem's setData, in place of QGraphicsItem's setData(key, value), which nothing calls on it.)
    def setData(self, x: list[float], y: list[float]) -> None:  # type: ignore[override]  # noqa: N802
        """At the point (x[0], y[0]), or nowhere for no point."""
        self.point = (float(x[0]), float(y[0])) if len(x) else None
        if self.point is not None:
            self.setPos(*self.point)
        self.setVisible(self.point is not None)

    def getData(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:  # noqa: N802 - ScatterPlotItem's name
        points = [self.point] if self.point is not None else []
        return np.array([p[0] for p in points], dtype=float), np.array([p[1] for p in points], dtype=float)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, bool(pg.getConfigOption("antialias")))
        super().paint(painter, option, widget)


class FitBars:
    """The fits of the app and the Mini Program as two horizontal bars from zero, the app on top (y = 1):
    two rectangles, where pyqtgraph's BarGraphItem drew them anew into a picture in Python at each
    new width. `opts["width"]` holds the widths shown, as BarGraphItem's did."""

    def __init__(self, plot: PlainPlot, height: float, brushes: list[QColor]) -> None:
        self.height = height
        self.opts: dict[str, list[float]] = {"width": [0.0, 0.0]}
        self.bars = [QGraphicsRectItem() for _ in brushes]
        for bar, brush in zip(self.bars, brushes):
            bar.setPen(QPen(Qt.PenStyle.NoPen))
            bar.setBrush(QBrush(brush))
            plot.addItem(bar)
        self.setOpts(width=[0, 0])

    def setOpts(self, width: Sequence[float]) -> None:  # noqa: N802 - BarGraphItem's name
        self.opts["width"] = list(width)
        for bar, y, length in zip(self.bars, (1, 0), width):
            bar.setRect(QRectF(0.0, y - self.height / 2, float(length), self.height))
