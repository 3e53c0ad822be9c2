"""The comparison chart: the plan with a Mini Program, with a native app, or with both.

Above, the cumulative cost of each variant of the plan year by year (AppOrMiniProgram.
variants: the plan's other presences plus a Mini Program, an app, or both, costed like
the plan itself), its likely line inside its low–high band, the plan's own choice drawn
boldest; below, the fits of the app and the Mini Program, the same numbers as their
panels. Every plot item is created once and fed with `setData`, so a slider move
redraws without rebuilding anything.

The axes are in wxdesk.ui.chart_axes, the drawn items (lines, bands, marker, bars) in
wxdesk.ui.chart_items; this module lays them out, with the legend and the titles.
"""

from __future__ import annotations

import contextlib
import math
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

import numpy as np

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QPen, QTextDocument, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy, QWidget

from wxdesk.engine import Evaluation
from wxdesk.engine.recent import kept as kept_recently
from wxdesk.engine.datapack import DataPack
from wxdesk.ui import text
from wxdesk.ui.chart_axes import FitAxis, MoneyAxis, nice_ceiling
from wxdesk.ui.chart_items import BandItem, FitBars, KeptStroke, LineItem, MarkerItem, pen_key
from wxdesk.ui.variant_card import VARIANT_COLORS, VARIANTS
from wxdesk.ui.plotting import PlainPlot, label_html, paints_nothing, pg
from wxdesk.ui.settle import ChangeFollower
from wxdesk.ui.steady_label import WidthSizedLabel
from wxdesk.ui.steady_layout import SteadyVBoxLayout
from wxdesk.words.axis_ticks import usable_rate

if TYPE_CHECKING:
    from numpy import float64
    from numpy.typing import NDArray
    from PySide6.QtGui import QResizeEvent

    from wxdesk.engine.results import Band
    from wxdesk.ui.chart_items import PenKey

    # The years and each variant's cumulative bands the curves show (ComparisonChart.show_evaluation).
    CurvesShown = tuple[int, tuple[tuple[Band, ...], ...], tuple[bool, ...]]
    # What the legend is fitted to: the room across and down, its entries, type size and the labels' font keys.
    LegendFitted = tuple[float, float, tuple[str, ...], float, tuple[str, ...]]
    # A legend's layout: its type size, columns and entries.
    LegendLayout = tuple[float, int, list[str]]
    # What _choose_legend_layout chose: the layout, whether it fits, and its width and height so.
    LegendChoice = tuple[LegendLayout, bool, tuple[float, float]]
    # A legend kept laid out (ComparisonChart._legends): its type size, columns, entries and the labels' font keys.
    LegendKey = tuple[float, int, tuple[str, ...], tuple[str, ...]]
    # The plan's choice and whether each variant can carry every hard need, in the order of VARIANTS.
    PenChoice = tuple[str | None, tuple[bool, ...]]

# The variants' colours, shared with the cards beside the chart (their keys).
APP_COLOR, MP_COLOR, BOTH_COLOR = (VARIANT_COLORS[v] for v in ("native_app", "mini_program", "both"))
CHOSEN_WIDTH, OTHER_WIDTH = 3.5, 1.8  # the plan's choice stands out
# A line that lies on one drawn before it, within this share of the cost axis's height at every year (yoga_teacher:
# the plan with both at ¥671k over the one with an app at ¥672k), would hide it: it is drawn in stretches
# (COVER_DASHES, in widths of its pen) with the line under it showing between them, a line of the two colours.
COVER_SHARE = 0.01
COVER_DASHES = [4.0, 4.0]
BAND_ALPHA = 60
FIT_PLOT_HEIGHT = 60
# Presenting on a screen under 1080 lines: the fit bars without the 0–100 scale under them (each bar's number is at
# its end, and the same figure is on its presence's panel above), their height given to the cost plot.
BARE_FIT_PLOT_HEIGHT = 40
PLOTS_MIN_HEIGHT = 205  # with the panels' first reasons above it at 1366×768
LEFT_AXIS_WIDTH = 104  # both plots share it so that their plot areas line up
TITLE_POINTS, SMALLEST_TITLE_POINTS = 10.0, 8.0
LEGEND_POINTS, SMALLEST_LEGEND_POINTS = 9.0, 7.5
LEGEND_OFFSET = (8, 2)
LINE_BREAK = "<br>"  # a legend entry's label is rich text
LEGEND_MARGIN = 2  # around each sample and label in pyqtgraph's legend
# The legend sits in the plot's upper left, where the cumulative curves (all starting at zero) are
# lowest; it may take this share of the plot's height and no more, or it would hide the curves.
LEGEND_SHARE = 0.6
# A legend across the plot's top takes its height off the curves' (ComparisonChart._fit_legend), this share at most.
LEGEND_ACROSS_SHARE = 0.4
LEGEND_LAYOUTS_KEPT = 16  # the legend's layouts remembered (ComparisonChart._fit_legend): a few sizes and choices
# Legends kept laid out, each for its texts, type size and columns (ComparisonChart._set_legend_layout): the three
# plan choices' names, each at the two heights of the plot a plan change moves between (the note under the chart
# a line longer or shorter).
LEGENDS_KEPT = 6
# During a drag the cost axis grows to this many times what the curves need (ComparisonChart._fit_y_range).
DRAG_HEADROOM = 3.0
# A crossing no chart shows (NaN equals nothing): the next one is drawn, whatever it is.
UNSHOWN = (math.nan, math.nan)


def _covers(over: Sequence[float], under: Sequence[float], within: float) -> bool:
    """Whether a line at `over` hides one at `under` over a stretch: at two years in a row the two lie `within` each
    other (food_ordering: with both over with an app from launch to year 1, apart by year 3, the blue line hidden over
    its first half where every year had to be alike)."""
    close = [abs(a - b) <= within for a, b in zip(over, under)]
    return any(one and two for one, two in zip(close, close[1:]))


class ComparisonChart(QWidget):
    """Cost of the plan's three variants and the fits of the app and the Mini Program, plus the break-even note.

    Attributes other features use: `plot_widget` (the GraphicsLayoutWidget holding both
    plots), `cost_plot` and `fit_plot` (PlainPlots), `curves`, `bands`
    (variant → likely cumulative cost line, low–high band), `app_curve`,
    `mp_curve`, `both_curve` (the same curves by name), `fit_bars`, `break_even_label`.
    """

    def __init__(self, pack: DataPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonChart")
        self.pack = pack
        self._evaluation: Evaluation | None = None
        self._years: int | None = None
        self._curves_shown: CurvesShown | None = None  # the years and bands the curves show now
        self._fits_shown: list[int] | None = None
        self._y_top: float | None = None
        self._y_data_top = 0.0  # the curves' highest point now
        self._y_rate = 1.0  # CNY per unit of the currency the cost axis read in when its top was chosen
        self._legend_headroom = 0.0  # the share of the plot's height a legend across its top takes
        self._y_follows_drag = ChangeFollower(self, self._fit_y_range_after_drag)
        self._crossing: tuple[float, float] | None = UNSHOWN  # where the break-even marker stands now
        self.title_points = TITLE_POINTS  # presentation mode makes it larger (set_title_points)
        self.legend_points = LEGEND_POINTS  # likewise (set_legend_points); smaller where the plot is small
        self._legend_shown: tuple[float, int, tuple[str, ...]] | None = None  # its size, columns and entries now
        self._legend_names: list[str] = []  # the variants' names as the legend gives them (one line each)
        self._legend_fitted: LegendFitted | None = None  # what the legend was last fitted to (_fit_legend)
        # The legends laid out so far, by their layout, the one shown least recently first (_set_legend_layout).
        self._legends: OrderedDict[LegendKey, pg.LegendItem] = OrderedDict()
        self._still_cached = False  # whether the still items are kept as pixmaps now (_cache_still_items)
        self._legend_layouts: OrderedDict[LegendFitted, LegendChoice] = OrderedDict()  # what each fitting chose
        # What the title was last fitted to (_fit_title): the room across, its text and type size.
        self._title_fitted: tuple[float, str, float] | None = None
        self._label_extents: dict[tuple[str, float, str], QRectF] = {}  # see _text_extent
        self._measuring_document = QTextDocument(self)  # see _text_extent
        self._minimum_height = 0

        self.plot_widget = pg.GraphicsLayoutWidget()
        self.plot_widget.setObjectName("chartPlots")
        self.plot_widget.setMinimumHeight(PLOTS_MIN_HEIGHT)
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.plot_widget.ci.setContentsMargins(4, 4, 4, 4)
        # Plain plots, laid out as PlotItems, without PlotItem's context menu and its form (the plots are not
        # for exploring): made without them, rather than made and dropped.
        self.cost_plot = PlainPlot(axisItems={"left": MoneyAxis("left")})
        self.plot_widget.addItem(self.cost_plot, row=0, col=0)
        # The fits as two horizontal bars under the cost plot: their names fit on the axis at any width.
        self.fit_plot = PlainPlot(axisItems={"left": FitAxis("left")})
        self.plot_widget.addItem(self.fit_plot, row=1, col=0)
        self.plot_widget.ci.layout.setRowFixedHeight(1, FIT_PLOT_HEIGHT)
        # The grid holding the plots draws nothing, nor do its borders around them (set to none, _apply_palette).
        paints_nothing(self.plot_widget.ci)
        for border in self.plot_widget.ci.itemBorders.values():
            border.setVisible(False)
        self._build_cost_plot()
        self._build_fit_plot()
        self._cache_still_items(True)

        # Its audience and chance change at every move: sized by the chart's width alone (see WidthSizedLabel).
        self.break_even_label = WidthSizedLabel()
        self.break_even_label.setObjectName("breakEvenLabel")
        self.break_even_label.setWordWrap(True)
        self.break_even_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = QFont(self.break_even_label.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.break_even_label.setFont(small)
        layout = SteadyVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.break_even_label)
        self.retranslate()  # with the palette (_apply_palette), at its end

    # ------------------------------------------------------------------ build

    def _build_cost_plot(self) -> None:
        plot = self.cost_plot
        # No grid: grid lines across the plot make every rescale repaint cost a frame in software rendering.
        self.legend = plot.addLegend(offset=LEGEND_OFFSET, labelTextSize=f"{LEGEND_POINTS:g}pt", colCount=3)
        _hug_rows(self.legend)
        # The plot's size settles after the widget's resize (and changes again while exporting): the
        # legend is fitted to the plot itself.
        plot.getViewBox().sigResized.connect(self._fit_legend)
        # A move that changes a cost sets the three lines and the three bands, each one path.
        colors = {"mini_program": MP_COLOR, "native_app": APP_COLOR, "both": BOTH_COLOR}
        self.bands = {v: BandItem(_alpha(colors[v], BAND_ALPHA)) for v in VARIANTS}
        for band in self.bands.values():
            plot.addItem(band)
        self.curves = {v: LineItem(pg.mkPen(colors[v], width=OTHER_WIDTH)) for v in VARIANTS}
        for curve in self.curves.values():
            plot.addItem(curve)
        self.colors = colors
        self.app_curve, self.mp_curve, self.both_curve = (self.curves[v] for v in ("native_app", "mini_program",
                                                                                  "both"))
        self.app_band, self.mp_band = self.bands["native_app"], self.bands["mini_program"]
        self._chosen: str | None = None
        self._admissible: dict[str, bool] = {}
        # The lines' pens and which covers which, as last set.
        self._lines_styled: tuple[tuple[PenKey, ...], tuple[tuple[str, str], ...]] | None = None
        # The pens made for each choice and admissibility (a handful at most: see _pens).
        self._pens_made: dict[PenChoice, tuple[dict[str, QPen], tuple[PenKey, ...]]] = {}
        self.break_even_marker = MarkerItem(13, pg.mkPen(width=1.5))
        plot.addItem(self.break_even_marker)
        self.break_even_text = pg.TextItem(anchor=(0.5, 1.3))
        plot.addItem(self.break_even_text)
        # An arrow where a ruled-out line stops under the legend (_cut_ruled_out); the note under the chart gives its
        # amount (a label with the amount beside the arrow ran off the plot where the line stopped near its right
        # edge, and lay over the other lines elsewhere).
        self.off_scale_marks = {v: pg.TextItem("↑", anchor=(-0.3, 0.55)) for v in VARIANTS}
        for variant, mark in self.off_scale_marks.items():
            mark.setColor(self.colors[variant])
            mark.setVisible(False)
            plot.addItem(mark)
        self._off_scale: list[tuple[str, float]] = []  # (variant, its amount over the horizon) for the note
        # The ruled-out options' whole lines (x, likely, low, high), and the height they were last cut at.
        self._whole_lines: dict[str, tuple[list[float], list[float], list[float], list[float]]] = {}
        self._lines_cut_at: float | None = None
        plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)

    def _build_fit_plot(self) -> None:
        plot = self.fit_plot
        plot.setXRange(0, 108, padding=0)  # room right of a full bar for its number
        plot.setYRange(-0.55, 1.55, padding=0)
        plot.getAxis("bottom").setTicks([[(v, str(v)) for v in (0, 25, 50, 75, 100)]])
        # Native app on top (y = 1), Mini Program below (y = 0), as in the legend.
        self.fit_bars = FitBars(plot, 0.62, [APP_COLOR, MP_COLOR])
        self.fit_texts = [pg.TextItem(anchor=(0, 0.5)), pg.TextItem(anchor=(0, 0.5))]
        for item in self.fit_texts:
            plot.addItem(item)
            # Its moves tell no one: pyqtgraph's items pass each move to Python (GraphicsObject.itemChange), which
            # tells the view box its bounds changed, for an auto range this plot, its range fixed above, has not.
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
        plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)

    def _still_items(self) -> list[QGraphicsItem]:
        """What most slider moves leave as it is: the axes (until the range changes), the title, the
        legend, the break-even marker (until the crossing moves) and the fit bars' numbers."""
        axes = [plot.getAxis(name) for plot in (self.cost_plot, self.fit_plot) for name in ("left", "bottom")]
        legends = [self.legend, *(legend for legend in self._legends.values() if legend is not self.legend)]
        return [*axes, self.cost_plot.titleLabel, *legends, self.break_even_marker, self.break_even_text,
                *self.off_scale_marks.values(), *self.fit_texts]

    def _cache_still_items(self, on: bool) -> None:
        """Keep each still item as a pixmap the view copies, so that the curves' repaint does not run
        their painting code again (pyqtgraph paints an axis in Python: about 0.2 ms each, three per
        move). An item's own update(), a new range or text, draws it again."""
        self._still_cached = on
        mode = QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        for item in self._still_items():
            item.setCacheMode(mode)

    @contextlib.contextmanager
    def painted_directly(self) -> Iterator[None]:
        """For drawing the chart elsewhere (an SVG or a larger image): every item painted in vector form
        at that size, none copied from the screen's pixmaps, and the cost axis fitted to the curves
        (not left as a drag grew it)."""
        self._y_follows_drag.flush()
        self._cache_still_items(False)
        KeptStroke.enabled = False
        try:
            yield
        finally:
            KeptStroke.enabled = True
            self._cache_still_items(True)

    # ------------------------------------------------------------------ update

    def show_evaluation(self, evaluation: Evaluation) -> None:
        self._evaluation = evaluation
        avm = evaluation.app_or_mini_program
        years = evaluation.scenario.horizon_years
        # Cumulative cost starts at nothing when the project starts (x = 0) and adds each year's cost.
        x = [float(year) for year in range(years + 1)]
        # Only a move that changes a cost redraws the curves and bands (a session-length move
        # changes only the fits below them).
        admissible = tuple(avm.admissible.get(v, True) for v in VARIANTS)
        curves = (years, tuple(avm.variants[v].cumulative for v in VARIANTS), admissible)
        curves_changed = curves != self._curves_shown
        self._curves_shown = curves
        if curves_changed:
            # The cost axis is fitted to the options that can carry what was ticked: fitness_coaching's ruled-out
            # Mini Program alone (¥38.5M, dashed) flattened the plan's ¥7.05M curve to a seventh of the plot. A
            # ruled-out option higher than the axis shows is drawn up to the legend (_cut_ruled_out).
            fitted = [v for v, open_ in zip(VARIANTS, admissible, strict=True) if open_] or list(VARIANTS)
            top = max(max(b.high for b in avm.variants[v].cumulative) for v in fitted)
            likely = {v: [0.0, *(b.likely for b in avm.variants[v].cumulative)] for v in VARIANTS}
            self._whole_lines = {}
            for variant in VARIANTS:
                cumulative = avm.variants[variant].cumulative
                whole = (x, likely[variant], [0.0, *(b.low for b in cumulative)], [0.0, *(b.high for b in cumulative)])
                if variant not in fitted:
                    self._whole_lines[variant] = whole  # (drawn by _cut_ruled_out, once the axis is fitted)
                    continue
                self.curves[variant].setData(x, whole[1])
                self.bands[variant].set_band(x, whole[2], whole[3])
            self._lines_cut_at = None
        if (avm.choice, dict(avm.admissible)) != (self._chosen, self._admissible):
            self._chosen, self._admissible = avm.choice, dict(avm.admissible)
            self._mark_choice()
        if years != self._years:
            self._years = years
            self.cost_plot.getAxis("bottom").setTicks([[(v, str(v)) for v in range(years + 1)]])
            self.cost_plot.setXRange(-0.04 * years, years * 1.04, padding=0)
        if curves_changed:
            self._fit_y_range(top)
            self._cut_ruled_out()  # (where the axis kept its range, the ruled-out lines are drawn here)
            self._style_lines()  # lines that came to lie on one another, or apart (once the axis is fitted)
            self._show_crossing(x, likely["native_app"], likely["mini_program"])

        # The presences' own fits, the numbers on their panels.
        # Drawn as the panels show them, whole numbers: a move that changes no fit's number draws nothing.
        fits = [round(evaluation.presence("native_app").fit), round(evaluation.presence("mini_program").fit)]
        if fits != self._fits_shown:
            self._fits_shown = fits
            self.fit_bars.setOpts(width=fits)
            for item, y, fit in zip(self.fit_texts, (1, 0), fits):
                item.setText(str(fit))
                item.setPos(fit + 1, y)
        self._show_break_even_note(evaluation)

    def _mark_choice(self) -> None:
        """The plan's choice drawn bold and named in the legend; the other variants thinner, and
        dashed where they cannot carry a special need (they are no plan the engine could pick)."""
        self._style_lines()
        self._fill_legend()

    def _style_lines(self) -> None:
        """Each line's pen (see _mark_choice), and, for a solid line over one it would hide, its stretches."""
        pens, keys = self._pens()
        covering = self.covering()
        styled = (keys, tuple(sorted(covering.items())))
        if styled == self._lines_styled:
            return
        self._lines_styled = styled
        for variant, curve in self.curves.items():
            drawn = pens[variant]
            if variant in covering:
                drawn = QPen(drawn)
                drawn.setDashPattern(COVER_DASHES)  # (a custom dash: its stretches, the line under it between)
            curve.set_pens(pens[variant], drawn)

    def _pens(self) -> tuple[dict[str, QPen], tuple[PenKey, ...]]:
        """The lines' own pens for the plan's choice and what each variant can carry, and their keys (pen_key).

        Made once per choice: the lines are styled again at every move that changes a cost (whether one came to
        cover another), and making the three pens and their keys anew was most of that."""
        choice = (self._chosen, tuple(self._admissible.get(variant, True) for variant in VARIANTS))
        made = self._pens_made.get(choice)
        if made is None:
            pens: dict[str, QPen] = {}
            for variant, admissible in zip(VARIANTS, choice[1]):
                width = CHOSEN_WIDTH if variant == self._chosen else OTHER_WIDTH
                style = Qt.PenStyle.SolidLine if admissible else Qt.PenStyle.DashLine
                pens[variant] = pg.mkPen(self.colors[variant], width=width, style=style)
            made = self._pens_made[choice] = (pens, tuple(pen_key(pen) for pen in pens.values()))
        return made

    def covering(self) -> dict[str, str]:
        """Each solid line that would hide a solid line drawn before it (no wider than itself), and that line: the
        two lie within COVER_SHARE of the cost axis's height of each other over a stretch of the chart (_covers).
        (Lines are drawn in the order of VARIANTS, the later over the earlier.)"""
        top = self._y_top or self._y_data_top
        found: dict[str, str] = {}
        if not top:
            return found
        width = {v: CHOSEN_WIDTH if v == self._chosen else OTHER_WIDTH for v in VARIANTS}
        solid = {v for v in VARIANTS if self._admissible.get(v, True)}
        for i, over in enumerate(VARIANTS):
            over_points = self.curves[over].points
            if over not in solid or over_points is None:
                continue
            for under in reversed(VARIANTS[:i]):
                under_points = self.curves[under].points
                if (under in solid and width[under] <= width[over] and under_points is not None
                        and len(under_points[1]) == len(over_points[1])
                        and _covers(over_points[1], under_points[1], COVER_SHARE * top)):
                    found[over] = under
                    break
        return found

    def variant_name(self, variant: str) -> str:
        names = {"mini_program": self.tr("With a Mini Program"), "native_app": self.tr("With a native app"),
                 "both": self.tr("With both")}
        name = names[variant]
        # A variant that cannot carry a need is dashed; its card beside the chart says why (a longer
        # legend entry would push the plan's own entry out of the plot).
        return self.tr("%1 (the plan)").replace("%1", name) if variant == self._chosen else name

    def _two_line_names(self, names: list[str]) -> list[str]:
        """`names` with the plan's own entry on two lines, its "(the plan)" under its name: a narrower key
        where the entries side by side are a little too wide for the plot (in place of a smaller type)."""
        template = self.tr("%1 (the plan)")
        head, _, tail = template.partition("%1")
        return [name[:len(name) - len(tail)].rstrip() + LINE_BREAK + tail.strip()
                if variant == self._chosen and not head and tail.strip() and name.endswith(tail) else name
                for variant, name in zip(VARIANTS, names)]

    def entry_text(self, label: pg.LabelItem) -> str:
        """A legend entry's words as the variant's name reads (a two-line entry's break taken out)."""
        tail = self.tr("%1 (the plan)").partition("%1")[2]
        entry: str = label.text  # (the label's text: pyqtgraph's, untyped)
        return entry.replace(LINE_BREAK, tail[:len(tail) - len(tail.lstrip())])

    def _fill_legend(self) -> None:
        names = [self.variant_name(variant) for variant in VARIANTS]
        self._legend_names = names
        entries = self.legend.items
        if [sample.item for sample, _label in entries] == [self.curves[v] for v in VARIANTS]:
            # The same lines, named anew (the plan's choice moved, or the language): the entries keep
            # their places; building them again cost a plan-changing slider move a few milliseconds.
            for sample, _label in entries:
                sample.update()  # the line's new width or dash
        else:
            self.legend.clear()
            for variant, name in zip(VARIANTS, names):
                self.legend.addItem(self.curves[variant], name)
            paints_nothing(*(label for _sample, label in self.legend.items))  # their text items paint
            for key in [key for key, legend in self._legends.items() if legend is self.legend]:
                del self._legends[key]  # (new entries: the layout it was kept for is gone)
        # New names: fitted again (a legend kept laid out for them, at the size and columns chosen, is shown as it is).
        self._legend_fitted = None
        self._fit_legend(names=names)

    def _fit_legend(self, *_args: object, names: list[str] | None = None) -> None:
        """Every legend entry whole inside the plot, or no legend: three side by side where the plot
        is wide enough, else one under another, else side by side with the plan's entry on two lines;
        only then in smaller type, before any entry would be cut off at the plot's edge or the legend
        would cover the curves (a key in smaller type than the axes is the first thing a projector
        makes unreadable). Where none fits
        (1920×1080 at 200 %: a plot 250 × 100 pixels) the legend steps aside: the cards beside
        the chart name each line, with its colour (VariantCard.swatch).

        `names`: the entries' texts from now on (else the texts they have). Each size is tried on
        texts measured once (_text_extent), and each label is then set at most once, with its
        text at the size chosen: a rich-text layout costs a plan-changing slider move about
        0.2 ms a label, and trying the smaller type used to set every label twice more."""
        names = self._legend_names if names is None else names
        view = self.cost_plot.getViewBox()
        # From the legend's offset on the left to the plot's right edge: the entries' extent (_legend_extent) has
        # the spacing pyqtgraph leaves after each, the last one's included, between the words and that edge.
        # (8 px more air once put cross_border_skincare's key in the smallest type, in presentation at 1366×768,
        # for want of 4 px.)
        room = view.width() - LEGEND_OFFSET[0]
        height = view.height() * LEGEND_SHARE
        # A resize reaches here twice (the chart's, then the view box's) and often leaves the plot's size as
        # it was (a change of the chart's height taken by the fit plot): nothing to fit again then.
        fitted = (room, height, tuple(names), self.legend_points,
                  tuple(label.item.font().key() for _sample, label in self.legend.items))
        if fitted == self._legend_fitted:
            return
        self._legend_fitted = fitted
        # A plan-changing move and its undoing fit the same names to the same room again: chosen as before.
        (points, columns, entries), fits, extent = kept_recently(
            self._legend_layouts, fitted, lambda: self._choose_legend_layout(names, room, height), LEGEND_LAYOUTS_KEPT)
        self._set_legend_layout(entries, points, columns, extent)
        # Three entries side by side run across the top to the right, where the curves end highest: the cost
        # axis leaves their height free above the curves (presenting at 1366×768, "With both" sat on the Mini
        # Program's band). One under another, the legend is at the left, where the curves start at zero.
        across = fits and columns > 1 and view.height() > 0
        # (As laid out: pyqtgraph's rows may stand taller than the texts measured, 40 px for 22 in a short plot.)
        tall = max(extent[1], self.legend.boundingRect().height())
        headroom = (tall + LEGEND_OFFSET[1]) / view.height() if across else 0.0
        if headroom > LEGEND_ACROSS_SHARE:
            # A plot so short that the curves would keep too little of it (some 60 px presenting at 1366×768,
            # the curves in its lower half): the legend steps aside, and the cards beside the chart name the lines.
            fits, headroom = False, 0.0
        self.legend.setVisible(fits)
        if headroom != self._legend_headroom:
            self._legend_headroom = headroom
            if self._y_data_top:  # (a new size or key, not a move: the axis fits the curves anew, as at a start)
                self._y_top = None
                self._fit_y_axis(in_drag=False)

    def _choose_legend_layout(self, names: list[str], room: float, height: float) -> LegendChoice:
        """The legend's type size, columns and entries for `names` in `room` × `height`, whether it fits there,
        and its width and height so (see _fit_legend)."""
        two_lines = self._two_line_names(names)
        # pyqtgraph lays two columns out far too wide: three, or one under another.
        arrangements = [(len(VARIANTS), names), (1, names)] + ([(len(VARIANTS), two_lines)]
                                                               if two_lines != names else [])
        layouts = [(points, columns, entries)
                   for points in dict.fromkeys((self.legend_points, min(self.legend_points, SMALLEST_LEGEND_POINTS)))
                   for columns, entries in arrangements]
        fits = room <= 0  # not laid out yet: as asked
        chosen = layouts[0]  # as asked, also for when a legend that fits nowhere comes back
        for points, columns, entries in layouts:
            # Measured from the texts at that size; the columns are laid out only for the layout chosen
            # (pyqtgraph takes its whole layout apart and builds it again for another column count).
            width, tall = self._legend_extent(entries, columns, points)
            if fits or (width <= room and tall <= height):
                fits, chosen = True, (points, columns, entries)
                break
        return chosen, fits, self._legend_extent(chosen[2], chosen[1], chosen[0])

    def _legend_extent(self, names: list[str], columns: int, points: float) -> tuple[float, float]:
        """The legend's width and height with `names` in `columns` at `points` (its own size is set
        only when its layout next runs, and is then at times far off)."""
        entries = [(sample.boundingRect().width(), self._text_extent(label, name, points))
                   for (sample, label), name in zip(self.legend.items, names)]
        rows = [entries[i:i + columns] for i in range(0, len(entries), columns)]
        spacing = 3 + 2 * LEGEND_MARGIN  # pyqtgraph's 3 pixels after each item, and each item's margins
        width = max((sum(sample + text.width() + 2 * spacing for sample, text in row) for row in rows), default=0)
        height = sum(max(max(20.0, text.height()) for _sample, text in row) for row in rows)
        return width, height

    def _text_extent(self, label: pg.LabelItem, name: str, points: float) -> QRectF:
        """How large `name` is as a legend entry at `points`, measured once per text, size and font: read off
        the label where it shows that text at that size already (as each entry does once it is made), else
        laid out in a text document of the chart's own as the label would lay it out, so that the label
        itself is set only once it is chosen (a document costs a quarter of setting a pyqtgraph label, and
        making a label to measure with, more than three settings of one)."""
        size = f"{points:g}pt"
        key = (name, points, label.item.font().key())
        extent = self._label_extents.get(key)
        if extent is None and label.text == name and label.opts.get("size") == size:
            extent = self._label_extents[key] = QRectF(label.item.boundingRect())
        if extent is None:
            measure = self._measuring_document
            measure.setDefaultFont(label.item.font())
            measure.setHtml(label_html(name, {**label.opts, "size": size}))
            # A text item is as large as its document (its margins included).
            extent = self._label_extents[key] = QRectF(QPointF(0, 0), measure.size())
        return extent

    def _set_legend_layout(self, names: list[str], points: float, columns: int,
                           extent: tuple[float, float]) -> None:
        """The legend shown from now on: `names` at `points` in `columns`, `extent` large.

        Each layout is kept in a legend of its own, shown in place of the other when chosen again. A plan-changing
        move renamed two entries of the one legend and pyqtgraph laid it out anew (two rich texts set, each
        entry's geometry, at times its column count, each step with Python callbacks), twice: the plot's height
        changes with the plan (the note under the chart a line longer or shorter), and the legend is fitted for
        the new names, then for the new height. Showing a legend kept for the layout chosen in place of the one
        shown saved 1.7 M instructions of such a move (4 %, callgrind, the default scenario's audience toggled
        over its plan changes); a first visit lays a legend out as before, into a legend made for it."""
        shown = (points, columns, tuple(names))
        key = (*shown, tuple(label.item.font().key() for _sample, label in self.legend.items))
        legend = self._legends.get(key)
        if legend is None:
            legend = self._legend_to_lay_out()
            self._lay_out_legend(legend, names, points, columns, extent)
            self._legends[key] = legend
        self._legends.move_to_end(key)
        if legend is not self.legend:
            self.legend.setVisible(False)  # (the one shown now is made visible by _fit_legend where it fits)
            self.legend = legend
        self._legend_shown = shown

    def _legend_to_lay_out(self) -> pg.LegendItem:
        """The legend to lay out anew: the one shown while it is kept for no layout (the first, or one given up),
        a new one while fewer than LEGENDS_KEPT are kept, else the one shown least recently."""
        if all(legend is not self.legend for legend in self._legends.values()):
            return self.legend
        if len(self._legends) < LEGENDS_KEPT:
            legend = self.cost_plot.another_legend(
                offset=LEGEND_OFFSET, labelTextSize=self.legend.opts["labelTextSize"], colCount=self.legend.columnCount)
            _hug_rows(legend)
            legend.setVisible(False)
            legend.setLabelTextColor(self.legend.opts["labelTextColor"])
            if self._still_cached:
                legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            for sample, label in self.legend.items:
                legend.addItem(sample.item, label.text)
            paints_nothing(*(label for _sample, label in legend.items))  # their text items paint
            return legend
        key, legend = next(iter(self._legends.items()))
        del self._legends[key]
        return legend

    def _lay_out_legend(self, legend: pg.LegendItem, names: list[str], points: float, columns: int,
                        extent: tuple[float, float]) -> None:
        size = f"{points:g}pt"
        legend.opts["labelTextSize"] = size  # for entries added later
        for (_sample, label), name in zip(legend.items, names):
            if label.text != name or label.opts.get("size") != size:
                label.setText(name, size=size)
        legend.setColumnCount(columns)
        # Sized from its texts: pyqtgraph's updateSize sums the items' present widths, and an item
        # once stretched keeps the legend wide (an entry then lands beyond the plot's right edge).
        legend.setGeometry(QRectF(0, 0, *extent))
        legend.layout.activate()

    def legend_entries(self) -> list[pg.LabelItem]:
        """The legend's labels (pyqtgraph LabelItems), in the order of VARIANTS."""
        return [label for _sample, label in self.legend.items]

    def set_legend_points(self, points: float) -> None:
        """The legend's type size where the plot has room for it (presentation mode makes it larger)."""
        self.legend_points = points
        self._legend_fitted = None
        self._fit_legend()

    def _fit_y_range(self, top: float) -> None:
        """Keep a round upper limit while the data still fills at least half the height.

        During a drag (changes in quick succession) the axis only grows, and then to
        DRAG_HEADROOM times what the curves need, so that it moves every few steps
        instead of every step: its numbers stay readable, and a rescale, which redraws
        the axis and everything in the plot, is the dearest part of a step's repaint.
        Once the drag pauses, the axis fits the curves as after a single change.
        """
        self._y_data_top = top
        self._fit_y_axis(in_drag=self._y_follows_drag.changed())

    def _fit_y_range_after_drag(self) -> None:
        self._fit_y_axis(in_drag=False)

    def _fit_y_axis(self, in_drag: bool) -> None:
        # The height the curves need, with the room of a legend across the plot's top above them.
        needed, shown = self._y_data_top * UNDER_LEGEND / (1 - self._legend_headroom), self._y_top
        # A round top in the currency the axis reads in (as its ticks are): $1M, not the ¥8M of it; another
        # currency or rate, another top.
        rate = usable_rate(self.cost_plot.getAxis("left").cny_per_unit())
        if rate != self._y_rate:
            self._y_rate, shown = rate, None
        if shown is not None and needed <= shown and (in_drag or shown * 0.5 <= needed):
            return
        self._y_top = nice_ceiling(needed * (DRAG_HEADROOM if in_drag else 1.0) / rate) * rate
        self.cost_plot.setYRange(0, self._y_top, padding=0)
        self._cut_ruled_out()
        self._style_lines()  # lines a new axis brings closer together, or further apart

    def _cut_ruled_out(self) -> None:
        """Each ruled-out option's line and band, whole where they fit under the legend across the plot's top, else
        up to there, with an arrow where the line stops and its amount in the note under the chart: fitted to the
        options that can carry the needs, the axis may be far below a ruled-out one (fitness_coaching's ¥38.5M
        against the plan's ¥7.05M). Cut at the others' top, a line that ends within the axis (¥2.09M on an axis
        of ¥3M) was said to run above the chart."""
        if not self._y_top:
            return
        cap = self._y_top * (1 - self._legend_headroom) / UNDER_LEGEND
        if cap == self._lines_cut_at:
            return
        self._lines_cut_at = cap
        off_scale: list[tuple[str, float, float, float]] = []
        for variant, (x, likely, low, high) in self._whole_lines.items():
            line, band = (x, likely), (x, low, high)
            if max(high) > cap:
                line = rising_to(x, likely, cap)
                band_x, band_high = rising_to(x, high, cap)
                band = (band_x, np.interp(band_x, x, low).tolist(), band_high)
                if max(likely) > cap:
                    off_scale.append((variant, line[0][-1], line[1][-1], likely[-1]))
            self.curves[variant].setData(*line)
            self.bands[variant].set_band(*band)
        moved = [(v, amount) for v, _x, _y, amount in off_scale] != self._off_scale
        self._show_off_scale(off_scale)
        if moved and self._evaluation is not None:
            self._show_break_even_note(self._evaluation)

    def _show_off_scale(self, off_scale: list[tuple[str, float, float, float]]) -> None:
        """An arrow where each ruled-out line stops under the legend (_cut_ruled_out): (option, x, y, its amount over
        the horizon), which the note under the chart gives (_show_break_even_note)."""
        self._off_scale = [(variant, amount) for variant, _x, _y, amount in off_scale]
        stopped = {variant: (x, y) for variant, x, y, _amount in off_scale}
        for variant, mark in self.off_scale_marks.items():
            if variant in stopped:
                mark.setPos(*stopped[variant])
            mark.setVisible(variant in stopped)

    def _show_crossing(self, x: list[float], app: list[float], mp: list[float]) -> None:
        """Mark where the app's and the Mini Program's likely cost lines cross, if they do within the horizon (the
        lines' whole data: a ruled-out one may be drawn only up to the legend)."""
        # Both lines start at zero; a crossing is where they change order later: the first pair of years
        # whose gaps have opposite signs (neither of them zero).
        gap = [a - m for a, m in zip(app[1:], mp[1:])]
        x, app = x[1:], app[1:]
        flip = next((i for i in range(len(gap) - 1) if gap[i] < 0 < gap[i + 1] or gap[i + 1] < 0 < gap[i]), None)
        crossing = None
        if flip is not None:
            i = flip
            t = gap[i] / (gap[i] - gap[i + 1])  # where the straight segments drawn between years meet
            crossing = (x[i] + t, app[i] + t * (app[i + 1] - app[i]))
        if crossing == self._crossing:
            return  # most moves: still no crossing (a scatter item repaints itself on every setData)
        self._crossing = crossing
        if crossing is None:
            self.break_even_marker.setData([], [])
            self.break_even_text.setText("")
            # Hidden as well: an empty text item at the curves' common start met every repaint of them.
            self.break_even_text.setVisible(False)
            return
        cx, cy = crossing
        self.break_even_marker.setData([cx], [cy])
        self.break_even_text.setText(self.tr("break-even"))
        self.break_even_text.setPos(cx, cy)
        self.break_even_text.setVisible(True)

    def _show_break_even_note(self, evaluation: Evaluation) -> None:
        avm = evaluation.app_or_mini_program
        years = evaluation.scenario.horizon_years
        chance = text.words(self.pack).for_years(
            self.tr("Chance the plan with a Mini Program costs less than with a native app over %1 years: %2.")
            if avm.choice != "neither" else
            self.tr("Chance that, added to the plan, a Mini Program costs less than a native app over %1 years: %2."),
            years, key="%1").replace("%1", str(years)).replace("%2", text.chance(avm.probability_mp_cheaper))
        # The engine's own sentence, as in the handout and the JSON: which of the two is cheaper, or where
        # the cheaper one changes.
        note = text.render_reason(avm.cost_note, self.pack)
        # A ruled-out line stopped under the legend (_cut_ruled_out): its amount, as its card beside gives it.
        above = [text.words(self.pack).for_years(self.tr("“%1” rises off the chart, to %2 over %3 years."), years,
                                                 key="%3").replace("%1", self.variant_name(variant))
                 .replace("%2", text.money(amount, self.pack)).replace("%3", str(years))
                 for variant, amount in self._off_scale]
        # Where one of the two is ruled out, the note says so, and the chance that it costs less decides nothing.
        self.break_even_label.setText(text.sentences([note, chance, *above] if avm.both_open else [note, *above]))

    # (Any: the lines' points, the bands' highs, the fits and the plan's choice, which the self-test reads by place.)
    def snapshot(self) -> tuple[Any, ...]:
        """The data the chart shows, for tests and the self-test to compare (never pixels)."""
        # (cast: shown after an evaluation, each line has its points.)
        return (*(tuple(cast("NDArray[float64]", self.curves[v].getData()[1])) for v in VARIANTS),
                *(self.bands[v].high for v in VARIANTS),
                tuple(float(w) for w in self.fit_bars.opts["width"]), self._chosen)

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
        for legend in {self.legend, *self._legends.values()}:  # (those kept for other layouts too)
            legend.setLabelTextColor(foreground)
            for _sample, label in legend.items:
                label.setText(label.text)  # in the new colour (setLabelTextColor keeps it for the next text set)
        for item in (*self.fit_texts, self.break_even_text):
            item.setColor(foreground)
        self.break_even_marker.setPen(pg.mkPen(foreground, width=1.5))
        self.plot_widget.ci.setBorder(None)

    def retranslate(self) -> None:
        font = QFont(self.font())
        color = self.palette().color(QPalette.ColorRole.Text)
        title = self.tr("Cumulative cost: likely, and the %1th–%2th percentile range") \
            .replace("%1", f"{self.pack.low_percentile:g}").replace("%2", f"{self.pack.high_percentile:g}")
        self.cost_plot.setTitle(title, color=color)  # one line's height again: fitted anew
        self._title_fitted = None
        self._fit_title()
        style = self._label_style()
        self.fit_plot.setLabel("left", self.tr("Fit"), **style)
        self.cost_plot.setLabel("left", self.tr("Cost (%1)").replace("%1", text.currency_symbol(self.pack)),
                                **style)
        money_axis = self.cost_plot.getAxis("left")
        money_axis.pack = self.pack  # its amounts in the pack's rates, as every other amount of the chart
        money_axis.picture = None  # tick texts depend on the language and currency: draw them again
        money_axis.update()
        self.cost_plot.setLabel("bottom", self.tr("Years from launch"), **style)
        self.fit_plot.getAxis("left").setTicks([[(1, text.presence_name("native_app")),
                                                  (0, text.presence_name("mini_program"))]])
        if self._evaluation is not None:  # else named with the first evaluation, which names the plan's choice
            self._fill_legend()
        for plot in (self.cost_plot, self.fit_plot):
            for name in ("left", "bottom"):
                plot.getAxis(name).setStyle(tickFont=font)
        self._apply_label_fonts()
        self._apply_palette()
        if self._evaluation is not None:
            self._curves_shown = self._fits_shown = None  # everything again, in the new words
            self._crossing = UNSHOWN
            self.show_evaluation(self._evaluation)

    def _label_style(self) -> dict[str, str]:
        """The axes' titles in the chart's own type (pyqtgraph's own default is a fixed size)."""
        font = self.font()
        return {"font-size": f"{font.pointSizeF():g}pt" if font.pointSizeF() > 0 else f"{font.pixelSize()}px"}

    def _apply_label_fonts(self) -> None:
        """The axes' titles and the numbers beside the fit bars in the chart's type, as the tick labels:
        presentation mode enlarges the window's type, and these grow with it."""
        style = self._label_style()
        for plot, side in ((self.fit_plot, "left"), (self.cost_plot, "left"), (self.cost_plot, "bottom")):
            axis = plot.getAxis(side)
            if axis.labelStyle != style:
                axis.setLabel(axis.labelText, **style)
        for item in (*self.fit_texts, self.break_even_text):
            item.setFont(self.font())

    def set_presenting(self, on: bool, short: bool = False) -> None:
        """Presentation mode: the note under the chart in the text's colour, not grey (a projector washes grey
        out; in its own type still, a line more of it would come off the plot's height); on a `short` screen
        (1366×768, where the cost plot had some 110 px), the fit bars without their scale, its height given
        to the cost plot."""
        self.break_even_label.setForegroundRole(QPalette.ColorRole.WindowText if on
                                                else QPalette.ColorRole.PlaceholderText)
        bare = on and short
        scale = self.fit_plot.getAxis("bottom")
        if scale.isVisibleTo(self.fit_plot) == bare:
            scale.setStyle(showValues=not bare)  # (no labels to draw, nor to find in view, while hidden)
            scale.setVisible(not bare)
            # Its upright title ("Fit", 适配度), longer than the bars' height in presenting type, ends where they do
            # and reaches up into the empty corner under the cost plot's axis: centred, its end was cut at the
            # chart's edge.
            title_axis = self.fit_plot.getAxis("left")
            title_axis.title_from_end = bare
            title_axis.resizeEvent()
            self.plot_widget.ci.layout.setRowFixedHeight(1, BARE_FIT_PLOT_HEIGHT if bare else FIT_PLOT_HEIGHT)

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
        # A resize that leaves the width as it was leaves the title as it is (and the layouts to Qt).
        fitted = (room, title.text, self.title_points)
        if fitted == self._title_fitted:
            return
        self._title_fitted = fitted
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
            title.setText(title.text)
        # pyqtgraph gives the title one line's height (30): two lines get the height they need.
        height = max(30.0, math.ceil(title.itemRect().height()))
        title.setMaximumHeight(height)
        self.cost_plot.layout.setRowFixedHeight(0, height)
        # The view sized its plots before the title shrank: let them take the view's width again. Qt
        # passes the title's new minimum up the layouts only at the next event-loop turn, so the sizes
        # the layouts keep are dropped here first, or the plot would stay as wide as the one-line title.
        self.cost_plot.layout.invalidate()
        self.cost_plot.updateGeometry()
        self.plot_widget.ci.layout.invalidate()
        self.plot_widget.ci.setGeometry(self.plot_widget.range)
        self.plot_widget.ci.layout.activate()  # now, also when the view's size did not change
        self.cost_plot.layout.activate()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # The note wrapped at the chart's width: a short desk must not draw it over the fit plot's axis.
        hint = super().minimumSizeHint()
        note = self.break_even_label
        if self.width() > 0 and note.isVisibleTo(self):
            note_height = note.heightForWidth(self.width())
            hint.setHeight(self.plot_widget.minimumHeight() + cast(SteadyVBoxLayout, self.layout()).spacing()
                           + note_height)  # (cast: the chart's own layout, made with it)
        return hint

    def _minimum_moved(self) -> None:
        """Tell the layouts above when the minimum height moved (a new width, a note of other length)."""
        height = self.minimumSizeHint().height()
        if height != self._minimum_height:
            self._minimum_height = height
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # the note's text changed
            self._minimum_moved()
        return handled

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._minimum_moved()
        self._fit_title()
        self._fit_legend()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.PaletteChange,
                            QEvent.Type.ApplicationPaletteChange):
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:
            self._apply_label_fonts()
        super().changeEvent(event)


def _hug_rows(legend: pg.LegendItem) -> None:
    """The legend as tall as its rows, with LEGEND_MARGIN above and below them: the style's margins of its layout
    (9 px each in Fusion) made a row of 27 px a legend of 45, too tall for a plot of some 110 px (presenting at
    1366×768) to keep it across its top, where it would have fitted."""
    left, _top, right, _bottom = legend.layout.getContentsMargins()
    legend.layout.setContentsMargins(left, LEGEND_MARGIN, right, LEGEND_MARGIN)


def _alpha(color: QColor, alpha: int) -> QColor:
    faded = QColor(color)
    faded.setAlpha(alpha)
    return faded


# The room between the curves and a legend across the plot's top, as a factor of the curves' height: the axis leaves
# it above the options fitted (_fit_y_axis), and a ruled-out line stops below it (_cut_ruled_out).
UNDER_LEGEND = 1.02


def rising_to(xs: Sequence[float], ys: Sequence[float], cap: float) -> tuple[list[float], list[float]]:
    """A rising line (a cumulative cost) up to where it first passes `cap`: its points up to there, and the point
    where it meets `cap` (straight between its points, as it is drawn)."""
    out_x, out_y = [xs[0]], [ys[0]]
    for x0, y0, x1, y1 in zip(xs, ys, xs[1:], ys[1:]):
        if y1 > cap:
            if y0 < cap:
                t = (cap - y0) / (y1 - y0)
                out_x.append(x0 + t * (x1 - x0))
                out_y.append(cap)
            break
        out_x.append(x1)
        out_y.append(y1)
    return out_x, out_y

