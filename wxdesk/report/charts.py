"""The handout's charts, drawn as vector graphics with QPainter (no window needed)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen

from wxdesk.cost_colours import COST_PART_COLOURS
from wxdesk.words.axis_ticks import money_ticks  # (the window's axes step by the same rule)
from wxdesk.words.steps import Translate, legend_entry, parts_shown
from wxdesk.report.layout import (INK, MUTED, RULE, draw_on_baseline, draw_text, first_line, measured_on,
                                  text_height)


def paint_fit_bar(p: QPainter, rect: QRectF, fit: float, colour: QColor) -> None:
    """A 0–100 bar filled to `fit`; its number is written beside it by the caller."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RULE)
    p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    filled = QRectF(rect.left(), rect.top(), rect.width() * max(0.0, min(fit, 100.0)) / 100, rect.height())
    p.setBrush(colour)
    if filled.width() > 0:
        p.drawRoundedRect(filled, rect.height() / 2, rect.height() / 2)
    p.restore()


# Cost components in a fixed order and colour, the window's own, so every stacked bar reads alike.
COMPONENT_COLOURS = {part: QColor(colour) for part, colour in COST_PART_COLOURS.items()}


@dataclass(frozen=True)
class StackedBar:
    """One plan's likely cost split into its parts; the parts add up to `total`."""

    label: str
    parts: Sequence[tuple[str, str, float]]  # (component, label, amount in CNY)
    total: float
    highlight: bool = False


def paint_stacked_bars(p: QPainter | None, rect: QRectF, bars: Sequence[StackedBar],
                       money: Callable[[float], str], font: QFont, bold: QFont, small_font: QFont, caption: str,
                       bar_height: float, device: QPaintDevice | None = None, background: QColor | None = None,
                       cny_per_unit: float = 1.0, *, translate: Translate) -> float:
    """Horizontal stacked bars on a money axis, with a legend; returns the height used.

    With `p` None nothing is drawn and only the height is measured (on `device`), so
    a layout can place the chart before painting it. Each bar carries its plan's name
    above it and its total at its end; the ticks are round amounts in the output's
    currency (1 unit = `cny_per_unit` CNY, the rate `money` converts at), and `caption`
    names what is measured and in which unit; `translate`, the output's words, writes the key (legend_entry).
    """
    device = measured_on(p, device)
    metrics, bold_metrics, small = (QFontMetricsF(f, device) for f in (font, bold, small_font))
    line, small_line = metrics.height(), small.height()
    ticks = money_ticks(max((b.total for b in bars), default=0.0), 4, cny_per_unit, slack=1.0001)
    x_max = ticks[-1]
    total_width = max(bold_metrics.horizontalAdvance(money(b.total)) for b in bars) + small_line
    plot_left, plot_right = rect.left(), rect.right() - total_width

    def x_at(v: float) -> float:
        return plot_left + (plot_right - plot_left) * v / x_max

    caption_height = text_height(caption, small_font, rect.width(), device)
    if p is not None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        draw_text(p, QRectF(rect.left(), rect.top(), rect.width(), caption_height + 2), caption, small_font, MUTED)
    y = rect.top() + caption_height + small_line * 0.5
    grid_top = y
    rows = []  # (bar, label height, top of the label)
    for bar in bars:
        label_height = text_height(bar.label, bold if bar.highlight else font, rect.width(), device)
        rows.append((bar, label_height, y))
        y += label_height + line * 0.15 + bar_height + line * 0.5
    if p is not None:
        # Round ticks first, under the bars, in the output's currency, all on one baseline
        # ("¥0" beside "¥20万": a label with Chinese in it sets a taller line).
        baseline = y + 2 + max(first_line(money(v), small_font, 10_000, p.device())[0] for v in ticks)
        for value in ticks:
            x = x_at(value)
            p.setPen(QPen(RULE, max(0.5, bar_height / 30)))
            p.drawLine(QPointF(x, grid_top), QPointF(x, y))
            text = money(value)
            label_width = small.horizontalAdvance(text) + 4
            left = min(max(x - label_width / 2, rect.left()), rect.right() - label_width)
            draw_on_baseline(p, left + 2, baseline, text, small_font, MUTED)
        for bar, label_height, top in rows:
            label_font = bold if bar.highlight else font
            label_rect = QRectF(plot_left, top, rect.width(), label_height + 2)
            p.fillRect(QRectF(plot_left, top, (bold_metrics if bar.highlight else metrics).horizontalAdvance(
                bar.label) + 4, label_height), background or QColor("white"))
            draw_text(p, label_rect, bar.label, label_font, INK)
            bar_top = top + label_height + line * 0.15
            x = plot_left
            for component, _label, amount in bar.parts:
                if amount > 0:
                    width = x_at(amount) - plot_left
                    p.fillRect(QRectF(x, bar_top, width, bar_height), COMPONENT_COLOURS[component])
                    x += width
            if bar.highlight:
                p.setPen(QPen(INK, max(1.0, bar_height / 14)))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(QRectF(plot_left, bar_top, x - plot_left, bar_height))
            draw_text(p, QRectF(x + small_line * 0.4, bar_top, total_width + 4, bar_height), money(bar.total), bold,
                      INK, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter))
    y += small_line * 1.6
    y = _legend(p, small, rect, y, bars, money, small_font, translate)
    if p is not None:
        p.restore()
    return y - rect.top()


def legend_parts(bars: Sequence[StackedBar]) -> list[tuple[str, str, float]]:
    """(component, label, the first bar's amount) for every part that any bar shows, in the parts' order.

    Every colour a bar uses is named, also one the plan itself does not hold; the amounts
    are the plan's (the first bar's), so such a part's is 0: "(none in the plan)" (words.steps.legend_entry).
    """
    # Named as the plan (the first bar) names them, whose amounts the key gives: the fees of a plan without a native
    # app are not "store" fees because another bar holds one (the last bar's name had been taken).
    labels = {component: label for bar in reversed(bars) for component, label, _amount in bar.parts}
    shown = parts_shown([{component: amount for component, _label, amount in bar.parts} for bar in bars])
    plan = {component: amount for component, _label, amount in bars[0].parts} if bars else {}
    return [(c, labels[c], max(plan.get(c, 0.0), 0.0)) for c in shown]


def _legend(p: QPainter | None, metrics: QFontMetricsF, rect: QRectF, y: float, bars: Sequence[StackedBar],
            money: Callable[[float], str], small_font: QFont, translate: Translate) -> float:
    """A swatch for every part the bars show, with the plan's (the first bar's) amounts."""
    line = metrics.height()
    x = rect.left()
    for component, label, amount in legend_parts(bars):
        text = legend_entry(label, amount, money, translate)
        width = line * 0.9 + metrics.horizontalAdvance(text) + line
        if x + width > rect.right() and x > rect.left():
            x = rect.left()
            y += line * 1.4
        if p is not None:
            p.fillRect(QRectF(x, y + line * 0.2, line * 0.7, line * 0.7), COMPONENT_COLOURS[component])
            draw_text(p, QRectF(x + line * 0.9, y, width, line * 1.3), text, small_font, INK,
                      int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop))
        x += width
    return y + line * 1.4
