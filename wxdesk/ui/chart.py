"""The comparison chart: native app against Mini Program, cost over time and fit.

Left, the cumulative cost of each option year by year, its likely line inside its
low–high band; right, the two fits side by side. Every plot item is created once
and fed with `setData`, so a slider move redraws without rebuilding anything.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

import pyqtgraph as pg  # noqa: I001 - imported after PySide6 so that pyqtgraph binds to it

from wxdesk.engine import Evaluation
from wxdesk.engine.datapack import DataPack
from wxdesk.ui import text

# The two series colours: chosen to read on both light and dark backgrounds.
APP_COLOR = QColor("#3D7EDB")   # blue
MP_COLOR = QColor("#12A05C")    # WeChat green, a little darker for white backgrounds
BAND_ALPHA = 60
FIT_PLOT_HEIGHT = 74
LEFT_AXIS_WIDTH = 104  # both plots share it so that their plot areas line up
TITLE_POINTS, SMALLEST_TITLE_POINTS = 10.0, 8.0


class MoneyAxis(pg.AxisItem):
    """An axis whose ticks read ¥200k, ¥1.2M (or ¥120万), never 1200000.0."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph override
        return [text.money(v * scale) if v >= 0 else "" for v in values]


class ComparisonChart(QWidget):
    """Cost and fit of a native app against a Mini Program, plus the break-even note.

    Attributes other features use: `plot_widget` (the GraphicsLayoutWidget holding both
    plots), `cost_plot` and `fit_plot` (PlotItems), `app_curve`, `mp_curve` (likely
    cumulative cost), `app_band`, `mp_band` (low–high fills), `fit_bars`, `break_even_label`.
    """

    def __init__(self, pack: DataPack, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comparisonChart")
        self.pack = pack
        self._evaluation: Evaluation | None = None
        self._years: int | None = None
        self._y_top: float | None = None
        self.title_points = TITLE_POINTS  # presentation mode makes it larger (set_title_points)

        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("chartPlots")
        self.plot_widget.setMinimumHeight(220)
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot_widget.ci.setContentsMargins(4, 4, 4, 4)
        self.cost_plot: pg.PlotItem = self.plot_widget.addPlot(
            row=0, col=0, axisItems={"left": MoneyAxis("left")})
        # The fits as two horizontal bars under the cost plot: their names fit on the axis at any width.
        self.fit_plot: pg.PlotItem = self.plot_widget.addPlot(row=1, col=0)
        self.plot_widget.ci.layout.setRowFixedHeight(1, FIT_PLOT_HEIGHT)
        self._build_cost_plot()
        self._build_fit_plot()

        self.break_even_label = QLabel()
        self.break_even_label.setObjectName("breakEvenLabel")
        self.break_even_label.setWordWrap(True)
        self.break_even_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.break_even_label)
        self._apply_palette()
        self.retranslate()

    # ------------------------------------------------------------------ build

    def _build_cost_plot(self) -> None:
        plot = self.cost_plot
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        # No grid: grid lines across the plot make every rescale repaint cost a frame in software rendering.
        self.legend = plot.addLegend(offset=(8, 2), labelTextSize="9pt", colCount=2)
        # PlotCurveItems, the lightest pyqtgraph curve: a slider move updates six of them.
        self.app_low, self.app_high = pg.PlotCurveItem(), pg.PlotCurveItem()
        self.mp_low, self.mp_high = pg.PlotCurveItem(), pg.PlotCurveItem()
        self.app_band = pg.FillBetweenItem(self.app_low, self.app_high, brush=_alpha(APP_COLOR, BAND_ALPHA))
        self.mp_band = pg.FillBetweenItem(self.mp_low, self.mp_high, brush=_alpha(MP_COLOR, BAND_ALPHA))
        for item in (self.app_band, self.mp_band):
            plot.addItem(item)
        self.app_curve = pg.PlotCurveItem(pen=pg.mkPen(APP_COLOR, width=2.5))
        self.mp_curve = pg.PlotCurveItem(pen=pg.mkPen(MP_COLOR, width=2.5))
        plot.addItem(self.app_curve)
        plot.addItem(self.mp_curve)
        self.break_even_marker = pg.ScatterPlotItem(size=13, symbol="d", pen=pg.mkPen(width=1.5), brush=None)
        plot.addItem(self.break_even_marker)
        self.break_even_text = pg.TextItem(anchor=(0.5, 1.3))
        plot.addItem(self.break_even_text)
        # Low and high lines only shape the band; they carry no pen of their own.
        for item in (self.app_low, self.app_high, self.mp_low, self.mp_high):
            item.setPen(pg.mkPen(None))
        plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)

    def _build_fit_plot(self) -> None:
        plot = self.fit_plot
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setXRange(0, 108, padding=0)  # room right of a full bar for its number
        plot.setYRange(-0.55, 1.55, padding=0)
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in (0, 25, 50, 75, 100)]])
        # Native app on top (y = 1), Mini Program below (y = 0), as in the legend.
        self.fit_bars = pg.BarGraphItem(x0=0, y=[1, 0], height=0.62, width=[0, 0],
                                        brushes=[APP_COLOR, MP_COLOR], pens=[None, None])
        plot.addItem(self.fit_bars)
        self.fit_texts = [pg.TextItem(anchor=(0, 0.5)), pg.TextItem(anchor=(0, 0.5))]
        for item in self.fit_texts:
            plot.addItem(item)
        plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)

    # ------------------------------------------------------------------ update

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        avm = evaluation.app_vs_mini_program
        years = evaluation.scenario.horizon_years
        # Cumulative cost starts at nothing when the project starts (x = 0) and adds each year's cost.
        x = np.arange(0, years + 1, dtype=float)
        series = ((avm.native_app, self.app_curve, self.app_low, self.app_high),
                  (avm.mini_program, self.mp_curve, self.mp_low, self.mp_high))
        for result, curve, low, high in series:
            curve.setData(x, np.array([0.0, *(b.likely for b in result.cumulative)]))
            low.setData(x, np.array([0.0, *(b.low for b in result.cumulative)]))
            high.setData(x, np.array([0.0, *(b.high for b in result.cumulative)]))
        if years != self._years:
            self._years = years
            self.cost_plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(0, years + 1)]])
            self.cost_plot.setXRange(-0.04 * years, years * 1.04, padding=0)
        top = max(max(b.high for b in r.cumulative) for r in (avm.native_app, avm.mini_program))
        self._fit_y_range(top)
        self._show_crossing(x)

        fits = [avm.native_app.fit, avm.mini_program.fit]
        self.fit_bars.setOpts(width=fits)
        for item, y, fit in zip(self.fit_texts, (1, 0), fits):
            item.setText(f"{fit:.0f}")
            item.setPos(fit + 1, y)
        self._show_break_even_note(evaluation)

    def _fit_y_range(self, top: float) -> None:
        """Keep a round upper limit while the data still fills at least half the height.

        A slider drag then rescales the axis now and again instead of on every frame,
        which keeps the numbers on the axis readable and the repaint cheap.
        """
        needed = top * 1.02
        if self._y_top is not None and self._y_top * 0.5 <= needed <= self._y_top:
            return
        self._y_top = nice_ceiling(needed)
        self.cost_plot.setYRange(0, self._y_top, padding=0)

    def _show_crossing(self, x: np.ndarray) -> None:
        """Mark where the two likely cost lines cross on the plot, if they do within the horizon."""
        app = self.app_curve.getData()[1]
        mp = self.mp_curve.getData()[1]
        gap = (app - mp)[1:]  # both lines start at zero; a crossing is where they change order later
        x = x[1:]
        app = app[1:]
        flips = np.flatnonzero(np.sign(gap[1:]) * np.sign(gap[:-1]) < 0)
        if flips.size == 0:
            self.break_even_marker.setData([], [])
            self.break_even_text.setText("")
            return
        i = int(flips[0])
        t = gap[i] / (gap[i] - gap[i + 1])  # where the straight segments drawn between years meet
        cx, cy = x[i] + t, app[i] + t * (app[i + 1] - app[i])
        self.break_even_marker.setData([cx], [cy])
        self.break_even_text.setText(self.tr("break-even"))
        self.break_even_text.setPos(cx, cy)

    def _show_break_even_note(self, evaluation: Evaluation) -> None:
        avm = evaluation.app_vs_mini_program
        years = evaluation.scenario.horizon_years
        chance = self.tr("Chance the Mini Program costs less over %1 years: %2.") \
            .replace("%1", str(years)).replace("%2", text.share(avm.probability_mp_cheaper))
        if avm.break_even_audience is None:
            note = self.tr("The cheaper option is the same at every audience size.")
        else:
            note = self.tr("Break-even: the cheaper option changes at about %1 users a month (you plan %2).") \
                .replace("%1", text.count(avm.break_even_audience)) \
                .replace("%2", text.count(evaluation.scenario.audience))
        self.break_even_label.setText(f"{note} {chance}")

    def snapshot(self) -> tuple:
        """The data the chart shows, for tests and the self-test to compare (never pixels)."""
        return (tuple(self.app_curve.getData()[1]), tuple(self.mp_curve.getData()[1]),
                tuple(self.app_high.getData()[1]), tuple(self.mp_high.getData()[1]),
                tuple(float(w) for w in self.fit_bars.opts["width"]))

    # ----------------------------------------------------------------- styling

    def _apply_palette(self) -> None:
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        self.plot_widget.setBackground(background)
        for plot in (self.cost_plot, self.fit_plot):
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(pg.mkPen(foreground))
                axis.setTextPen(pg.mkPen(foreground))
        self.legend.setLabelTextColor(foreground)
        for item in (*self.fit_texts, self.break_even_text):
            item.setColor(foreground)
        self.break_even_marker.setPen(pg.mkPen(foreground, width=1.5))
        self.plot_widget.ci.setBorder(None)

    def retranslate(self) -> None:
        font = QFont(self.font())
        color = self.palette().color(QPalette.ColorRole.Text)
        title = self.tr("Cumulative cost: likely, and the %1th–%2th percentile range") \
            .replace("%1", f"{self.pack.low_percentile:g}").replace("%2", f"{self.pack.high_percentile:g}")
        self.cost_plot.setTitle(title, color=color)
        self._fit_title()
        self.fit_plot.setLabel("left", self.tr("Fit"))
        self.cost_plot.setLabel("left", self.tr("Cost (%1)").replace("%1", text.currency_symbol(self.pack)))
        money_axis = self.cost_plot.getAxis("left")
        money_axis.picture = None  # tick texts depend on the language and currency: draw them again
        money_axis.update()
        self.cost_plot.setLabel("bottom", self.tr("Years from launch"))
        app, mini_program = (text.account_name(self.pack, o) for o in ("native_app", "mini_program"))
        self.fit_plot.getAxis("left").setTicks([[(1, app), (0, mini_program)]])
        self.legend.clear()
        self.legend.addItem(self.app_curve, app)
        self.legend.addItem(self.mp_curve, mini_program)
        for plot in (self.cost_plot, self.fit_plot):
            for name in ("left", "bottom"):
                plot.getAxis(name).setStyle(tickFont=font)
        self._apply_palette()
        if self._evaluation is not None:
            self.show_evaluation(self._evaluation)

    def set_title_points(self, points: float) -> None:
        self.title_points = points
        self._fit_title()

    def _fit_title(self) -> None:
        """The title at `title_points`, or smaller, or on two lines when the chart is narrower than it.

        pyqtgraph never lets a plot be narrower than its title, so a long title (a larger
        font when presenting, a small window) would push the plot's right side, its last
        years, out of sight.
        """
        title = self.cost_plot.titleLabel
        axis = self.cost_plot.getAxis("left")  # the title stands over the plot area, right of this axis
        room = self.width() - (axis.fixedWidth or axis.width()) - 24  # 24: the layouts' margins and some air
        title.item.setTextWidth(-1)  # one line while it fits
        points = self.title_points
        for _attempt in range(3):  # text width grows about in proportion to the size: two tries suffice
            title.setText(title.text, size=f"{points:g}pt")
            width = title.itemRect().width()
            if width <= room or points <= SMALLEST_TITLE_POINTS:
                break
            points = max(SMALLEST_TITLE_POINTS, math.floor(2 * points * room / width) / 2)
        if title.itemRect().width() > room:
            title.item.document().setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignHCenter))
            title.item.setTextWidth(max(room, 60.0))
            title.setText(title.text)  # pyqtgraph takes the wrapped height as the title's size
        # The view sized its plots before the title shrank: let them take the view's width again.
        self.plot_widget.ci.setGeometry(self.plot_widget.range)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_title()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.retranslate()
        super().changeEvent(event)


NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above `value`."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    return next(step * magnitude for step in NICE_STEPS if step * magnitude >= value * (1 - 1e-12))


def _alpha(color: QColor, alpha: int) -> QColor:
    faded = QColor(color)
    faded.setAlpha(alpha)
    return faded

