"""The handout's charts, drawn as vector graphics with QPainter (no window needed)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from wxdesk.report.layout import INK, MUTED, RULE, draw_text


@dataclass(frozen=True)
class CostSeries:
    """Cumulative cost by year for one option: the likely line inside its low–high band."""

    name: str
    colour: QColor
    low: Sequence[float]
    likely: Sequence[float]
    high: Sequence[float]


def nice_step(span: float, ticks: int = 5) -> float:
    """A round axis step (1, 2 or 5 × 10^n) giving about `ticks` intervals."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def paint_cost_chart(p: QPainter, rect: QRectF, series: Sequence[CostSeries], year_label: Callable[[int], str],
                     money: Callable[[float], str], font: QFont, small_font: QFont, caption: str) -> None:
    """Cumulative cost lines with shaded low–high bands, year by year."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    years = len(series[0].likely)
    top_value = max(max(s.high) for s in series) or 1.0
    step = nice_step(top_value)
    y_max = step * math.ceil(top_value / step)
    p.setFont(small_font)
    axis_width = max(p.fontMetrics().horizontalAdvance(money(v * step)) for v in range(int(y_max / step) + 1)) + 6
    plot = QRectF(rect.left() + axis_width, rect.top() + 16, rect.width() - axis_width - 8, rect.height() - 36)

    def x_at(i: float) -> float:  # year i (1-based) across the plot, with half a step of air each side
        return plot.left() + plot.width() * (i - 0.5) / years

    def y_at(v: float) -> float:
        return plot.bottom() - plot.height() * v / y_max

    draw_text(p, QRectF(rect.left(), rect.top(), rect.width(), 14), caption, small_font, MUTED,
              int(Qt.AlignmentFlag.AlignLeft))
    # Grid and value axis.
    value = 0.0
    while value <= y_max + step / 2:
        y = y_at(value)
        p.setPen(QPen(RULE, 0.5))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        draw_text(p, QRectF(rect.left(), y - 6, axis_width - 5, 12), money(value), small_font, MUTED,
                  int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
        value += step
    for i in range(1, years + 1):
        draw_text(p, QRectF(x_at(i) - 30, plot.bottom() + 3, 60, 12), year_label(i), small_font, MUTED,
                  int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop))
    # Bands first, then lines, so that no band hides a line.
    for s in series:
        band = QPainterPath(QPointF(x_at(1), y_at(s.high[0])))
        for i in range(1, years):
            band.lineTo(x_at(i + 1), y_at(s.high[i]))
        for i in reversed(range(years)):
            band.lineTo(x_at(i + 1), y_at(s.low[i]))
        band.closeSubpath()
        fill = QColor(s.colour)
        fill.setAlphaF(0.16)
        p.fillPath(band, fill)
    for s in series:
        p.setPen(QPen(s.colour, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        points = [QPointF(x_at(i + 1), y_at(v)) for i, v in enumerate(s.likely)]
        p.drawPolyline(points)
        p.setBrush(s.colour)
        for point in points:
            p.drawEllipse(point, 2.0, 2.0)
        p.setBrush(Qt.BrushStyle.NoBrush)
        end = points[-1]
        draw_text(p, QRectF(end.x() - 120, end.y() - 15, 116, 12), money(s.likely[-1]), small_font, s.colour,
                  int(Qt.AlignmentFlag.AlignRight))
    # Legend above the plot, right-aligned.
    x = plot.right()
    for s in reversed(series):
        width = p.fontMetrics().horizontalAdvance(s.name) + 22
        x -= width
        p.fillRect(QRectF(x, rect.top() + 3, 10, 7), s.colour)
        draw_text(p, QRectF(x + 13, rect.top(), width, 14), s.name, small_font, INK, int(Qt.AlignmentFlag.AlignLeft))
    p.setPen(QPen(MUTED, 0.8))
    p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    p.restore()


def paint_fit_bar(p: QPainter, rect: QRectF, fit: float, colour: QColor, label_font: QFont,
                  show_number: bool = True) -> None:
    """A 0–100 bar with the fit written at its end."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    number_width = 22 if show_number else 0
    track = QRectF(rect.left(), rect.top(), rect.width() - number_width, rect.height())
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RULE)
    p.drawRoundedRect(track, rect.height() / 2, rect.height() / 2)
    filled = QRectF(track.left(), track.top(), track.width() * max(0.0, min(fit, 100.0)) / 100, track.height())
    p.setBrush(colour)
    if filled.width() > 0:
        p.drawRoundedRect(filled, rect.height() / 2, rect.height() / 2)
    if show_number:
        draw_text(p, QRectF(track.right() + 3, rect.top() - 4, number_width, rect.height() + 8), f"{fit:.0f}",
                  label_font, INK, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
    p.restore()
