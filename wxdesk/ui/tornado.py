"""The sensitivity (tornado) chart: which assumptions move the answer most.

One horizontal bar per estimated figure, from the result with the figure held at its
low to the result with it held at its high, every other figure over its range; biggest
swing on top. It measures either the plan's likely cost over the horizon (Outcome.cost)
or the plan's lead in points over the best other plan (Outcome.lead), and marks a figure
whose range alone changes the plan. Its base is the answer's own plan and the likely
cost the window states (engine/sensitivity.py), which the caption names. Rows and bar
ends read as `wxdesk sensitivity` writes them (words/swings.py). It follows the
sliders: a change is computed once per pass of the event loop, and only while the chart
is on screen.
"""

from __future__ import annotations

import functools
import logging
import math
import time
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, cast

import numpy as np
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette, QTextOption
from PySide6.QtWidgets import QComboBox, QDockWidget, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from wxdesk import settings
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.sensitivity import Sensitivity, Swing, sweep
from wxdesk.report.layout import line_spans
from wxdesk.ui import text
from wxdesk.ui.plotting import pg
from wxdesk.words.axis_ticks import levels_in_currency
from wxdesk.words.swings import (bare_ends, end_lead, end_lead_text, figure_names, lead_as_written, lead_points,
                                 value_text)

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Sequence

    from numpy.typing import NDArray
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QResizeEvent, QShowEvent

    from wxdesk.engine.results import Evaluation
    from wxdesk.engine.sensitivity import Outcome
    from wxdesk.ui.document import ScenarioDocument

log = logging.getLogger(__name__)

# At most four sweeps a second while a slider moves (and always one with the last value):
# a tornado repaint costs 15-20 ms with the software renderer, and the main panels and
# cost chart, which update on every move, must keep the frame.
THROTTLE_MS = 250
STEP_BUDGET_S = 0.006  # seconds of sweeping per pass of the event loop
TOP_BARS = 12  # how many figures the chart shows; the rest move the answer less
VISIBLE_SHARE = 0.005  # of the biggest swing: smaller ones would draw no visible bar
LABEL_WIDTH = 250  # pixels for the figure names left of the bars (more where the plot has the room: _name_room)
LABEL_ROOM = LABEL_WIDTH - 16  # of which the names' text may take (the rest is the tick and its gap)
# The plot's least height: with the caption under it, what a dock floated over the comparison at 1366×768 has for it in
# Chinese (held at 260 px, the plot reached 10 px over the caption, which covered the axis's figures).
PLOT_LEAST_HEIGHT = 200
ROW_GAP = 4  # pixels a row keeps between its name and the next row's, for the name to take two lines or three
NAME_LINES = 3  # the most lines a row's name takes
END_LABEL_MARGIN = 10  # pixels between a bar end's label and the edge of the chart
BARS_LEAST_SHARE = 1 / 3  # of the plot's width: the bars keep it, however long their end labels
# A bar end's value as wide as the widest most figures show ("¥360,000"): the chart is never narrower than its names,
# and bars keeping their least share beside two such values (at 380 px, "¥360,00" was cut at the plot's edge, and
# in Chinese, 244 px wide, the names were cut and no bar was left).
WIDE_END_VALUE = "¥000,000"
BAR_HEIGHT = 0.62  # rows: a bar's height
# A figure whose low and high both move the measure one way has two bars on one side of the base, which drawn as
# one hid the shorter (and wrote its label inside the longer). They lie in two lanes of its row instead, the low
# end's above, each with its label beside its own end.
LANE_SHIFT = 0.2  # rows: how far each lane's middle lies from the row's
LANE_HEIGHT = 0.3  # rows: a lane's bar's height
FLIP_HEIGHT = 0.78  # rows: the outline of a bar that can change the plan
FLIP_LANE_HEIGHT = 0.38  # rows: of a lane's bar
MIN_MARK_PX = 4  # pixels: the least an end's bar reaches past the base (a shorter one lay under the plan's line)
LINE_CLEARANCE_PX = 3  # pixels an end label's text keeps from a line it stands beside (the plan's, the lead's zero)
LOW_COLOR = QColor("#7F8FA6")   # the figure at its low: slate
HIGH_COLOR = QColor("#E07A1F")  # the figure at its high: orange
FLIP_COLOR = QColor("#C62828")  # outline of a bar that can change the plan
COST, LEAD = "cost", "lead"


def _swatch(color: QColor, outline: bool = False) -> str:
    if outline:
        return f'<span style="color:{color.name()}">□</span>'
    return f'<span style="color:{color.name()}">■</span>'


def stable_range(current: tuple[float, float] | None, low: float, high: float) -> tuple[float, float]:
    """An axis range that holds still while the data move inside it.

    The current range stays while it covers [low, high] and is at most twice as wide;
    otherwise the new range is [low, high] widened by a quarter of its width on each
    side, so small moves of a slider do not rescale (and repaint) the axis every time.
    """
    if current is not None:
        start, end = current
        if start <= low and high <= end and (end - start) <= 2 * (high - low):
            return current
    margin = (high - low) * 0.25
    return (low - margin, high + margin)


# A bar end's label: (the bar end's x, whether it goes leftwards of it, its shift up or down its row, its text, its
# width in pixels with its margin).
End = tuple[float, bool, float, str, float]
# Where an end label reaches: (its bar end, its width in pixels, whether it extends leftwards).
Reach = tuple[float, float, bool]


def _reach(ends: Iterable[End]) -> list[Reach]:
    # (MIN_MARK_PX: an end that moves the measure less than that is drawn that long, its label beyond it.)
    return [(x, px + MIN_MARK_PX, leftward) for x, leftward, _shift, _text, px in ends]


def _scale(left: float, right: float, reach: list[Reach], plot_px: float) -> float | None:
    """The fewest units per pixel at which bars from `left` to `right` and every end label beside its bar end fit in
    `plot_px` pixels; None where the labels alone are wider than that.

    A label takes room only where it passes the bars' own extent: a short bar's label beside the base can lie within
    the room a long bar's label takes anyway (bank_care's WeCom fee, "¥0.15 per contact a year", lost its unit when
    all labels were reckoned as standing at the bars' outer ends)."""
    span = right - left
    if span <= 0 or plot_px <= 0:
        return None

    def overflow(scale: float) -> tuple[float, float]:
        """How many units the bars and labels need beyond plot_px pixels at `scale`, and its rate of change."""
        stop = max([(right, 0.0), *((x + px * scale, px) for x, px, leftward in reach if not leftward)])
        start = min([(left, 0.0), *((x - px * scale, -px) for x, px, leftward in reach if leftward)])
        return stop[0] - start[0] - plot_px * scale, stop[1] - start[1] - plot_px

    # Newton's steps on a convex, piecewise linear overflow, from 0 where it is positive: they reach its first zero
    # from below, in at most one step per piece.
    scale = 0.0
    for _ in range(2 * len(reach) + 4):
        excess, slope = overflow(scale)
        if excess <= span * 1e-9:
            return scale
        if slope >= 0:
            return None
        scale -= excess / slope
    return scale


def _bars_share(left: float, right: float, reach: list[Reach], plot_px: float) -> float:
    """The share of the plot's width the bars keep beside the labels at their closest fit (0 if none fits)."""
    scale = _scale(left, right, reach, plot_px)
    return 0.0 if not scale else (right - left) / scale / plot_px


def _units_where_they_fit(rows: list[tuple[tuple[End, End], tuple[End, End]]], left: float, right: float,
                          plot_px: float) -> list[tuple[End, End]]:
    """Each row's two end labels, from its (with units, values alone): with the units on as many rows as fit
    together beside bars that keep their least share of the plot, the rows of the shortest labels first."""
    chosen = [bare for _units, bare in rows]
    for i in sorted(range(len(rows)), key=lambda i: max(px for *_end, px in rows[i][0])):
        trial = [*chosen[:i], rows[i][0], *chosen[i + 1:]]
        if _bars_share(left, right, _reach(end for pair in trial for end in pair), plot_px) >= BARS_LEAST_SHARE:
            chosen = trial
    return chosen


def _past(end: End, line: float | None) -> End:
    """`end`'s label as it stands past `line` (None: beside its bar's end): it reaches from the line, with a gap."""
    if line is None:
        return end
    _x, leftward, shift, shown_text, px = end
    return line, leftward, shift, shown_text, px + LINE_CLEARANCE_PX


def _drawn_ends(base: float, lows: NDArray[np.float64], highs: NDArray[np.float64], low_sides: NDArray[np.float64],
                high_sides: NDArray[np.float64], least: float) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Where each bar's low and high ends are drawn, an end reaching at least `least` from the base.

    An end that moves the measure by less than MIN_MARK_PX pixels lay under the plan's line, and a row could show two
    values beside nothing: it reaches that far as a stub of its colour (the caption says what a stub means), its label
    beyond it. The bars themselves keep the ends' true values."""
    drawn_low = np.where(lows == base, base, base + low_sides * np.maximum(np.abs(lows - base), least))
    drawn_high = np.where(highs == base, base, base + high_sides * np.maximum(np.abs(highs - base), least))
    return drawn_low, drawn_high


def least_plot_width(font: QFont) -> int:
    """The plot's least width: the names' column, and bars keeping their least share beside two wide end values."""
    end_px = QFontMetrics(font).horizontalAdvance(WIDE_END_VALUE) + END_LABEL_MARGIN + MIN_MARK_PX
    return LABEL_WIDTH + math.ceil(2 * end_px / (1 - BARS_LEAST_SHARE))


def _side(ends: NDArray[np.float64], others: NDArray[np.float64]) -> NDArray[np.float64]:
    """Which way from the base each end's bar goes (−1 left, +1 right), from the ends' and the other ends' distances
    from it: an end at the base goes the way its row's other end does not (right where neither moves)."""
    return np.where(ends != 0, np.sign(ends), np.where(others > 0, -1.0, 1.0))


def wrapped(whole: str, font: QFont, room: float) -> tuple[tuple[int, int], ...]:
    """The lines (start, length) that `whole` takes in `room` pixels, wrapped at words (or, in Chinese, between
    characters)."""
    return _wrapped(whole, font.toString(), room)


@functools.lru_cache(maxsize=512)  # (the chart redraws its names as a slider moves: the names rarely change)
def _wrapped(whole: str, font_description: str, room: float) -> tuple[tuple[int, int], ...]:
    font = QFont()
    font.fromString(font_description)
    return tuple(line_spans(whole, font, room, wrap=QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere))


def name_lines(needs: list[int], row_px: float, line_px: float) -> list[int]:
    """How many lines each row's name may take (at most NAME_LINES), from how many it needs: one each, then, row by
    row from the top, more where the name and its neighbours' (as they stand) keep ROW_GAP pixels between them."""
    given = [1] * len(needs)
    for lines in range(2, NAME_LINES + 1):
        for i, need in enumerate(needs):
            if need < lines or given[i] != lines - 1 or lines * line_px > row_px:
                continue
            neighbours = [given[j] for j in (i - 1, i + 1) if 0 <= j < len(needs)]
            if all((lines + other) * line_px / 2 + ROW_GAP <= row_px for other in neighbours):
                given[i] = lines
    return given


def row_label(label: str, unit: str, font: QFont, room: float, lines: int) -> str:
    """A figure's name for its row, at most `lines` lines of at most `room` pixels: whole where it fits, else
    wrapped at a word (or, in Chinese, between characters) onto the next lines, and only a name too long for
    `lines` lines cut short, on its last line. The unit that tells two figures of one label apart ("… app (cost)",
    "… app (weeks)") is kept whole."""
    metrics = QFontMetrics(font)
    whole = label + unit
    if metrics.horizontalAdvance(whole) <= room:
        return whole
    if lines >= 2:
        layout = wrapped(whole, font, room)
        if len(layout) <= lines:
            return "\n".join(whole[start:start + length].strip() for start, length in layout)
        kept = layout[:lines - 1]
        cut = kept[-1][0] + kept[-1][1]
        first = "\n".join(whole[start:start + length].strip() for start, length in kept)
        if 0 < cut < len(label):
            rest, rest_room = label[cut:].strip(), room - metrics.horizontalAdvance(unit)
            return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, max(0, round(rest_room))) + unit
        if cut >= len(label):  # the first lines hold the whole label: only (part of) the short unit goes below
            return first + "\n" + whole[cut:].strip()
    room_left = room - metrics.horizontalAdvance(unit)
    return metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0, round(room_left))) + unit


class GapAxis(pg.AxisItem):  # type: ignore[misc]  # (an untyped base: pyqtgraph's)
    """Ticks in money (¥1.2M … ¥3M) for the cost view, in points (−4 … +12) for the lead view.

    Money at round amounts of the currency it is read in ($0, $500k, $1M where amounts show in dollars, not
    the yuan steps of ¥0, ¥5M, ¥10M divided by the rate): the steps are chosen in that currency and turned
    back into the CNY the bars are drawn in (wxdesk.words.axis_ticks, as the window's cost chart and the handout)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)
        self.measure = COST
        self.pack: DataPack | None = None  # whose rates the amounts read in (None: the bundled pack's)

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph
        if self.measure == LEAD:
            return [f"{v * scale:+.0f}" if v else "0" for v in values]
        # A cost is never below zero: the axis only reaches there to leave room for the bars' end labels.
        return ["" if v < 0 else text.money(v * scale, self.pack) for v in values]

    def tickSpacing(self, low: float, high: float, size: float) -> list[tuple[float, float]]:  # noqa: N802 - pyqtgraph
        if self.measure == LEAD:
            levels: list[tuple[float, float]] = super().tickSpacing(low, high, size)
            return levels
        return levels_in_currency(super().tickSpacing, low, high, size, text.words(self.pack).cny_per_unit)


class SensitivityView(QWidget):
    """The tornado chart for the document's scenario. `result` holds the last sensitivity shown."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivityView")
        self.document = document
        self.result: Sensitivity | None = None
        # The answer `result` was swept for (its lead as the answer writes it), and the one the sweep under way is for:
        # the caption named the window's new lead beside the last sweep's plan.
        self.evaluation: Evaluation = document.evaluation
        self._sweeping: Evaluation = document.evaluation
        self._caption_lines: list[str] = []  # the caption's sentences for `result` (rich text)
        self.shown: list[Swing] = []
        self.unmeasured: list[Swing] = []
        self.short_ends = 0  # how many bar ends are drawn as stubs, longer than they measure
        self._dirty = True
        # What the axes show now: repainting an axis's text is the dearest part of a redraw
        # with the software renderer, so axes change only when their content must.
        self._ticks: list[tuple[float, str]] = []
        self._x_range: tuple[float, float] | None = None
        self._bar_count = -1
        self._naming = False  # while the names' column takes its width, in a drawing under way (_name_room)

        # objectName as a keyword: PySide6 takes any Qt property so, the stubs list only each class's own.
        self.measure = QComboBox(objectName="sensitivityMeasure")  # type: ignore[call-arg]
        self.measure.addItem("", COST)
        self.measure.addItem("", LEAD)
        self.measure_label = QLabel()
        self.measure_label.setBuddy(self.measure)

        self.axis = GapAxis("bottom")
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": self.axis})
        self.plot_widget.setObjectName("tornadoPlot")
        self.plot_widget.setMinimumHeight(PLOT_LEAST_HEIGHT)
        self.plot_widget.setMinimumWidth(least_plot_width(self.font()))
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=True, y=False, alpha=0.2)
        self.plot.getAxis("left").setWidth(LABEL_WIDTH)
        self.low_bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT, brush=LOW_COLOR, pen=None)
        self.high_bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT, brush=HIGH_COLOR, pen=None)
        # An end that moves the measure by less than MIN_MARK_PX pixels: a stub of that length, over the plan's line.
        self.short_marks = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT, brushes=[], pen=None)
        self.flip_marks = pg.BarGraphItem(x0=[], x1=[], y=[], height=FLIP_HEIGHT, brush=None,
                                          pen=pg.mkPen(FLIP_COLOR, width=2))
        self.base_line = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(width=1.5))
        self.zero_line = pg.InfiniteLine(pos=0, angle=90, movable=False,
                                         pen=pg.mkPen(width=1, style=Qt.PenStyle.DashLine))
        for item in (self.zero_line, self.low_bars, self.high_bars, self.flip_marks, self.base_line, self.short_marks):
            self.plot.addItem(item)
        # The figure's own low and high at the ends of its bar, with its unit: "¥3 per install".
        self.end_labels = [(pg.TextItem(), pg.TextItem()) for _ in range(TOP_BARS)]
        for pair in self.end_labels:
            for item in pair:
                self.plot.addItem(item)

        # Hovering a bar tells its whole story: full name, the figure's range, the result at each end.
        self.plot.scene().sigMouseMoved.connect(self._hover)
        self.plot.vb.sigResized.connect(lambda _vb: self._follow_plot_width())

        # objectName as a keyword, as for the measure above (typed: a call the stub refuses would be Any).
        self.caption: QLabel = QLabel(objectName="sensitivityCaption")  # type: ignore[call-overload]
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        row = QHBoxLayout()
        row.addWidget(self.measure_label)
        row.addWidget(self.measure)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget, 1)
        # At the top of what is left where the plot is hidden (no bar to draw), not in the middle of the dock.
        layout.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignTop)

        # During a drag a new sweep starts at most every THROTTLE_MS, and always once more
        # with the last value; each sweep runs in slices of STEP_BUDGET_S between events,
        # so the chart keeps up without ever holding the slider back for long.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start_sweep)
        self._step = QTimer(self)
        self._step.setInterval(0)
        self._step.timeout.connect(self._advance)
        self._sweep: Generator[None, None, Sensitivity] | None = None  # the sweep under way
        self._last_start: float | None = None
        document.changed.connect(self._on_changed)
        # No bars while the scenario has no answer: they would be the last answer's, of other figures (the window
        # says why in the answer's place). The next answer shows them again, swept afresh (_on_changed).
        document.problem_changed.connect(lambda problem: self.setVisible(problem is None))
        # Another currency or rate (Preferences): the amounts, and the axis's round steps, in it.
        settings.follow(settings.notifier().display_changed, self, self._on_display_changed)
        self.measure.currentIndexChanged.connect(lambda _i: self._draw())
        self._apply_palette()
        self.retranslate()

    # ---------------------------------------------------------------- updating

    def _on_changed(self, _evaluation: object = None) -> None:
        self._dirty = True
        if self.isVisible():
            self._schedule()
        self._show_caption()  # as the last answer's, being computed again

    def updating(self) -> bool:
        """Whether what the chart shows is an answer before the scenario's last change (a sweep is due or under way)."""
        return self.result is not None and (self._dirty or self._sweep is not None or self._timer.isActive())

    def _on_display_changed(self) -> None:
        self.axis.picture = None  # its ticks and their texts, in the new currency
        self.axis.update()
        self._draw()

    def _schedule(self) -> None:
        if self._timer.isActive() or self._sweep is not None:
            return  # the pending sweep, or the one after the running sweep, uses the newest scenario
        wait = 0
        if self._last_start is not None:
            wait = max(0, round(THROTTLE_MS - (time.perf_counter() - self._last_start) * 1000))
        self._timer.start(wait)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._dirty:
            self._schedule()

    def _begin_sweep(self) -> None:
        """A sweep of the scenario as it now is, for the answer the window shows for it (stepped by _advance)."""
        self._last_start = time.perf_counter()
        self._dirty = False
        self._sweeping = self.document.evaluation
        self._sweep = sweep(self.document.scenario, self.document.pack)

    def _start_sweep(self) -> None:
        self._begin_sweep()
        self._step.start()

    def _advance(self, budget: float | None = STEP_BUDGET_S) -> None:
        deadline = None if budget is None else time.perf_counter() + budget
        # (cast: called only while a sweep is under way, started by _start_sweep or flush.)
        steps = cast("Generator[None, None, Sensitivity]", self._sweep)
        try:
            with np.errstate(divide="ignore", invalid="ignore", over="ignore"):  # non-finite bars are dropped
                while deadline is None or time.perf_counter() < deadline:
                    next(steps)
            return
        except StopIteration as done:
            self.result = done.value
            self.evaluation = self._sweeping
        except (ArithmeticError, ValueError) as exc:
            log.warning("no sensitivity for this scenario: %s", exc)
            self.result = None
        self._step.stop()
        self._sweep = None
        if self.result is None:
            self._show_failure()
        else:
            self._draw()
        if self._dirty and self.isVisible():
            self._schedule()

    def flush(self) -> None:
        """Compute and draw now (tests call this instead of waiting for the timers)."""
        self._timer.stop()
        self._begin_sweep()
        self._advance(budget=None)

    def _show_failure(self) -> None:
        self.shown = []
        for bars in (self.low_bars, self.high_bars, self.flip_marks):
            bars.setOpts(x0=[], x1=[], y=[], height=[])
        self.short_marks.setOpts(x0=[], x1=[], y=[], height=BAR_HEIGHT, brushes=[])
        self.short_ends = 0
        for pair in self.end_labels:
            for item in pair:
                item.setText("")
        self.plot.getAxis("left").setTicks([[], []])
        self.plot_widget.hide()  # nothing to draw: the caption says why
        self._caption_lines = [text.escaped(self.tr(
            "The sensitivity cannot be computed: a changed figure's range reaches a value the model "
            "cannot use (such as a rate of 0). Check the assumptions you changed."))]
        self._show_caption()

    def current_measure(self) -> str:
        measure: str = self.measure.currentData() or COST  # (the item's data: COST or LEAD)
        return measure

    def set_measure(self, measure: str) -> None:
        self.measure.setCurrentIndex(max(0, self.measure.findData(measure)))

    def _draw(self) -> None:
        result = self.result
        if result is None:
            return
        measure = self.current_measure()
        self.axis.measure = measure
        self.axis.pack = self.document.pack
        ranked: Sequence[Swing] = result.by_cost() if measure == COST else result.by_fit()
        size: Callable[[Swing], float] = (lambda s: s.cost_swing) if measure == COST else (lambda s: s.fit_swing)
        gap: Callable[[Outcome], float] = (lambda o: o.cost) if measure == COST else (lambda o: o.lead)
        # A figure whose low or high leaves the plan unable to carry a hard need, or reaches a value
        # the model cannot use (a rate of 0 it divides by), has no finite bar: it would stretch the
        # axis to infinity. It is named in the caption instead.
        self.unmeasured = [s for s in ranked if not np.isfinite([gap(s.at_low), gap(s.at_high)]).all()]
        ranked = [s for s in ranked if s not in self.unmeasured]
        # Figures that move the answer by less than a bar's width in pixels are left out.
        largest = size(ranked[0]) if ranked else 0.0
        self.shown = [s for s in ranked if size(s) > 0 and size(s) >= largest * VISIBLE_SHARE][:TOP_BARS]
        base = gap(result.base)
        count = len(self.shown)
        words = text.words(self.document.pack)
        names = self.row_names()
        # The rows' names, and the room they take beside the bars, before the bars are measured (see _name_room).
        font = self.plot.getAxis("left").style.get("tickFont") or self.font()
        row_px = self.plot.vb.height() / (count + 0.2) if count else 0.0
        named: list[tuple[str, str]] = []
        for swing in self.shown:
            name, plain_label = names[swing.figure.id], words.label(swing.figure)
            unit = name[len(plain_label):] if name.startswith(plain_label) else ""
            named.append((("⇄ " if result.flips_recommendation(swing) else "") + name[:len(name) - len(unit)], unit))
        room = self._name_room(named, font, row_px)
        ys = np.arange(count - 1, -1, -1, dtype=float)  # biggest on top
        lows = np.array([gap(s.at_low) for s in self.shown], dtype=float)
        highs = np.array([gap(s.at_high) for s in self.shown], dtype=float)
        # Which way from the base each end's bar and label go. An end at the base itself takes the side the row's
        # other end leaves free, so that its label does not stand over the other end's bar.
        low_sides, high_sides = _side(lows - base, highs - base), _side(highs - base, lows - base)
        # Both ends on one side of the base (a figure whose low and high both lower the lead): drawn over each other,
        # the shorter bar was hidden and its label written inside the longer. Each takes a lane of the row instead,
        # the low end's above, with its label beside its own end.
        lanes = np.where((lows - base) * (highs - base) > 0, LANE_SHIFT, 0.0)
        heights = np.where(lanes > 0, LANE_HEIGHT, BAR_HEIGHT)
        flipping = [i for i, s in enumerate(self.shown) if result.flips_recommendation(s)]
        self.base_line.setPos(base)
        self.zero_line.setVisible(measure == LEAD)
        # Each end's label: the figure's value with its unit ("¥3 per install"), or, on the rows where those would
        # not fit beside the bars (a narrow dock: they were cut at the plot's edges), the values alone ("3", "34"),
        # the unit being in the row's hover text.
        end_metrics = QFontMetrics(self.end_labels[0][0].textItem.font())

        def end(x: float, side: float, shift: float, shown_text: str) -> End:
            return float(x), bool(side < 0), shift, shown_text, end_metrics.horizontalAdvance(shown_text) + \
                END_LABEL_MARGIN

        rows: list[tuple[tuple[End, End], tuple[End, End]]] = []
        for i in range(count):
            figure = self.shown[i].figure
            bare_low, bare_high = bare_ends(figure, words)
            low_end = functools.partial(end, lows[i], low_sides[i], float(lanes[i]))
            high_end = functools.partial(end, highs[i], high_sides[i], -float(lanes[i]))
            rows.append(((low_end(value_text(figure, figure.low, words)),
                          high_end(value_text(figure, figure.high, words))),
                         (low_end(bare_low), high_end(bare_high))))
        # The lead's zero is where another plan wins: always in view. A cost axis starts near its bars.
        zero = [0.0] if measure == LEAD else []
        left = float(min(lows.min(), highs.min(), base, *zero)) if count else base
        right = float(max(lows.max(), highs.max(), base, *zero)) if count else base
        # The lines a label is never written across: the plan's own, and the lead's zero, where another plan wins
        # (bank_care's "0.3 new users per user a year" stood across it, beside its stub at the plan's line).
        guides = [base, 0.0] if measure == LEAD else [base]
        bases = np.full(count, base)
        past_line: dict[tuple[int, int], float] = {}  # (row, 0 low / 1 high) → the line its label stands past
        chosen = _units_where_they_fit(rows, left, right, self._plot_px())
        if count:
            # The units, the range and the ends drawn in it, again with each label that would cross a line moved past
            # it, until no other does: a label moved reaches farther, so the units may fit on fewer rows, and the
            # range may widen, where a label grows against the bars. (A label once moved stays so: this ends.)
            x_range: tuple[float, float] | None = None
            for _ in range(2 * count + 1):
                reach = _reach(label_end for pair in chosen for label_end in pair)
                x_range = stable_range(self._x_range, *self._room_for_labels(left, right, reach))
                per_px = (x_range[1] - x_range[0]) / self._plot_px()
                drawn_low, drawn_high = _drawn_ends(base, lows, highs, low_sides, high_sides, MIN_MARK_PX * per_px)
                crossing = self._labels_crossing(chosen, (drawn_low, drawn_high), past_line, guides, per_px)
                if not crossing:
                    break
                past_line.update(crossing)
                moved = [((_past(units[0], past_line.get((i, 0))), _past(units[1], past_line.get((i, 1)))),
                          (_past(bare[0], past_line.get((i, 0))), _past(bare[1], past_line.get((i, 1)))))
                         for i, (units, bare) in enumerate(rows)]
                chosen = _units_where_they_fit(moved, left, right, self._plot_px())
            # A label moved while its row wrote its units, whose row now writes its values alone, stands beside its end
            # again where that value crosses no line (fitness_coaching's "3" stood at the lead's zero, 5 points from
            # its stub): the range, reckoned with it moved, holds it there too.
            if past_line:
                # (Each row's ends as chosen, beside their bars' ends.)
                own = [row[0] if pair[0][3] == row[0][0][3] and pair[1][3] == row[0][1][3] else row[1]
                       for pair, row in zip(chosen, rows, strict=True)]
                still = self._labels_crossing(own, (drawn_low, drawn_high), {}, guides, per_px)
                for i, k in [where for where in past_line if where not in still]:
                    del past_line[i, k]
                    chosen[i] = (own[i][0], chosen[i][1]) if k == 0 else (chosen[i][0], own[i][1])
            if x_range is not None and x_range != self._x_range:
                self.plot.setXRange(*x_range, padding=0)
                self._x_range = x_range
            if count != self._bar_count:
                self.plot.setYRange(-0.6, count - 0.4, padding=0)
                self._bar_count = count
        least = MIN_MARK_PX * self._units_per_px()
        drawn_low, drawn_high = _drawn_ends(base, lows, highs, low_sides, high_sides, least)
        short_low = (lows != base) & (np.abs(lows - base) < least)
        short_high = (highs != base) & (np.abs(highs - base) < least)
        self.short_ends = int(short_low.sum() + short_high.sum())
        self.low_bars.setOpts(x0=bases, x1=lows, y=ys + lanes, height=heights)
        self.high_bars.setOpts(x0=bases, x1=highs, y=ys - lanes, height=heights)
        self.short_marks.setOpts(x0=np.concatenate([bases[short_low], bases[short_high]]),
                                 x1=np.concatenate([drawn_low[short_low], drawn_high[short_high]]),
                                 y=np.concatenate([(ys + lanes)[short_low], (ys - lanes)[short_high]]),
                                 height=np.concatenate([heights[short_low], heights[short_high]]),
                                 brushes=[LOW_COLOR] * int(short_low.sum()) + [HIGH_COLOR] * int(short_high.sum()))
        # A bar that can change the plan is outlined whole; one in two lanes, lane by lane, so that the outline does
        # not cross the shorter end's label.
        whole = [i for i in flipping if not lanes[i]]
        laned = [i for i in flipping if lanes[i]]
        self.flip_marks.setOpts(
            x0=np.concatenate([np.minimum(drawn_low, drawn_high)[whole], bases[laned], bases[laned]]),
            x1=np.concatenate([np.maximum(drawn_low, drawn_high)[whole], drawn_low[laned], drawn_high[laned]]),
            y=np.concatenate([ys[whole], (ys + lanes)[laned], (ys - lanes)[laned]]),
            height=np.concatenate([np.full(len(whole), FLIP_HEIGHT), np.full(2 * len(laned), FLIP_LANE_HEIGHT)]))
        for i, (low_label, high_label) in enumerate(self.end_labels):
            if i >= count:
                low_label.setText("")
                high_label.setText("")
                continue
            per_px = self._units_per_px()
            for k, (label, x, (_x, leftward, shift, shown_text, _px)) in enumerate(zip(
                    (low_label, high_label), (drawn_low[i], drawn_high[i]), chosen[i])):
                guide = past_line.get((i, k))
                # Beyond the line its text would have crossed, with a gap; else beside its bar's end.
                at = float(x) if guide is None else guide + (-1 if leftward else 1) * LINE_CLEARANCE_PX * per_px
                label.setText(shown_text)
                if shift:
                    # A row's two lanes' labels meet at its middle, the upper one's foot on it and the lower one's head
                    # under it: centred on lanes 0.4 rows apart they ran into each other where a row is short
                    # (car_brand at 1366×768: "0.3 new users per user a year" over "3 new users per user a year").
                    label.setAnchor((1.0 if leftward else 0.0, 1.0 if shift > 0 else 0.0))
                    label.setPos(at, float(ys[i]))
                else:
                    label.setAnchor((1.0, 0.5) if leftward else (0.0, 0.5))
                    label.setPos(at, float(ys[i]) + shift)

        # Names too long for the axis would be dropped by pyqtgraph, so each takes two or three lines where the rows
        # leave it the height, and only a name longer than that is shortened (the row's hover text gives it whole).
        lines = name_lines([len(wrapped(label + unit, font, room)) for label, unit in named], row_px,
                           QFontMetrics(font).lineSpacing())
        labels = [(float(y), row_label(label, unit, font, room, n))
                  for y, (label, unit), n in zip(ys, named, lines)]
        if labels != self._ticks:
            self.plot.getAxis("left").setTicks([labels, []])
            self._ticks = labels
        self._write_caption(measure, base, bool(flipping) or any(result.flips_recommendation(s)
                                                                  for s in self.unmeasured))

    def _name_room(self, named: list[tuple[str, str]], font: QFont, row_px: float) -> float:
        """The pixels the names' text may take: LABEL_ROOM, and where a name would be cut there (its rows too short for
        the lines it needs), up to half of what the plot has beyond its least width, for that name on one line. (A
        dock floated over the comparison at 1366×768 is 1,000 px wide and 330 px high: its rows too short for two
        lines of Chinese, "每千名月活用户的服务器费用（小程序；…" was cut in a name column of 250 px beside 700 px of
        bars.) The axis takes the width the names' room needs."""
        metrics = QFontMetrics(font)
        needs = [len(wrapped(label + unit, font, LABEL_ROOM)) for label, unit in named]
        given = name_lines(needs, row_px, metrics.lineSpacing())
        cut = [metrics.horizontalAdvance(label + unit) for (label, unit), need, lines in zip(named, needs, given)
               if need > lines]
        spare = max(0, self.plot_widget.width() - least_plot_width(self.font()))
        room: float = LABEL_ROOM + min(max(0, max(cut, default=0) - LABEL_ROOM), spare // 2)
        axis = self.plot.getAxis("left")
        width = room + LABEL_WIDTH - LABEL_ROOM
        if axis.width() != width:
            axis.setWidth(width)
            # The bars' width at once, for the drawing under way to measure them at it (and no second drawing for it).
            self._naming = True
            try:
                self.plot.layout.activate()
            finally:
                self._naming = False
        return room

    def _units_per_px(self) -> float:
        """The measure's units one pixel of the plot spans, in the x range shown."""
        if self._x_range is None:
            return 0.0
        return (self._x_range[1] - self._x_range[0]) / self._plot_px()

    def _labels_crossing(self, chosen: list[tuple[End, End]], drawn: tuple[NDArray[np.float64], NDArray[np.float64]],
                         past_line: Mapping[tuple[int, int], float], guides: list[float], per_px: float
                         ) -> dict[tuple[int, int], float]:
        """The end labels not yet moved whose text, beside its bar's end, would be written across one of `guides` (or
        within LINE_CLEARANCE_PX of it) at `per_px` units a pixel: (row, 0 low / 1 high) → the farthest such line,
        which it is to stand past."""
        margin = self.end_labels[0][0].textItem.document().documentMargin()
        clear = LINE_CLEARANCE_PX * per_px
        crossing: dict[tuple[int, int], float] = {}
        for i, pair in enumerate(chosen):
            for k, (_x, leftward, _shift, _text, px) in enumerate(pair):
                if (i, k) in past_line:
                    continue
                at = float(drawn[k][i])
                # The text's own extent (its width less the room kept beside it, within the label's margins).
                near, far = margin * per_px, (px - END_LABEL_MARGIN + margin) * per_px
                start, stop = (at - far, at - near) if leftward else (at + near, at + far)
                across = [guide for guide in guides if start - clear < guide < stop + clear]
                if across:
                    crossing[i, k] = min(across) if leftward else max(across)
        return crossing

    def _plot_px(self) -> float:
        """The bars' width in pixels (the view's, before the plot is first laid out)."""
        return self.plot.vb.width() or max(1.0, self.width() - LABEL_WIDTH)

    def _follow_plot_width(self) -> None:
        # The end labels follow the bars' width (the view box's, which the plot lays out after the widget's resize):
        # with their units where those fit, else the values alone.
        if self.result is not None and not self._naming:
            self._draw()

    def _room_for_labels(self, left: float, right: float,
                         reach: list[Reach]) -> tuple[float, float]:
        """An x range that holds the bars and, beside them, their end labels ("3 new users per user a year")."""
        plot_px = self._plot_px()
        span = (right - left) or 1.0
        # The bars keep at least a third of the width, however long the labels.
        per_px = min(_scale(left, right, reach, plot_px) or math.inf, span / (plot_px * BARS_LEAST_SHARE))
        start = min([left, *(end - px * per_px for end, px, leftward in reach if leftward)])
        stop = max([right, *(end + px * per_px for end, px, leftward in reach if not leftward)])
        return start, stop

    def row_names(self) -> dict[str, str]:
        """Each figure's name on its row; two figures of one label are told apart by their units."""
        return figure_names(self.document.pack.with_overrides(self.document.scenario.overrides).figures.values(),
                            text.words(self.document.pack))

    def bar_tooltip(self, row: int) -> str:
        """What the bar `row` (0 = top) means, in words."""
        swing = self.shown[row]
        fig = swing.figure
        base = cast("Sensitivity", self.result).base  # (a bar is shown only for a result)
        evaluation = self.evaluation
        words = text.words(self.document.pack)

        def result(outcome: Outcome) -> str:
            # At an end where the plan changes, the cost measured is still the answer's plan's (the caption's), not
            # the plan the window would show there: the tooltip named "the plan's likely cost" at ¥29.2M where the
            # window, set so, showed another plan at ¥6.61M. It names the plan it prices, and the plan there.
            changed = outcome.plan != base.plan
            if self.current_measure() == COST:
                if changed:
                    return self.tr("the likely cost of the plan now (%1) is %2; at this value the plan becomes %3") \
                        .replace("%1", text.plan_name(base.plan)).replace(
                            "%2", text.money(outcome.cost, self.document.pack)).replace(
                            "%3", text.plan_name(outcome.plan))
                return self.tr("the plan's likely cost is %1").replace(
                    "%1", text.money(outcome.cost, self.document.pack))
            # The lead to the decimals the caption writes it with, from the lead the caption states.
            said = end_lead_text(end_lead(outcome.lead, base.lead, evaluation), words, evaluation.score_digits)
            if changed:
                return self.tr("%1; at this value the plan becomes %2").replace("%1", said).replace(
                    "%2", text.plan_name(outcome.plan))
            return said

        lines = [self.row_names()[fig.id],
                 self.tr("At its low, %1: %2").replace("%1", value_text(fig, fig.low, words))
                 .replace("%2", result(swing.at_low)),
                 self.tr("At its high, %1: %2").replace("%1", value_text(fig, fig.high, words))
                 .replace("%2", result(swing.at_high))]
        if self.result is not None and self.result.flips_recommendation(swing):
            lines.append(self.tr("⇄ Within this range the plan changes."))
        return "\n".join(lines)

    def _hover(self, scene_pos: QPointF) -> None:
        if not self.shown or not self.plot.sceneBoundingRect().contains(scene_pos):
            self.plot_widget.setToolTip("")
            return
        y = self.plot.vb.mapSceneToView(scene_pos).y()
        row = len(self.shown) - 1 - round(y)
        inside = 0 <= row < len(self.shown) and abs(y - round(y)) <= 0.4
        self.plot_widget.setToolTip(self.bar_tooltip(row) if inside else "")

    def _write_caption(self, measure: str, base: float, any_flip: bool) -> None:
        """Say plainly which figure the bars measure, and for which plan."""
        years = self.document.scenario.horizon_years
        result = self.result
        plan = text.plan_name(result.base.plan) if result is not None else ""
        if measure == COST:
            measured = text.words(self.document.pack).for_years(
                self.tr("The bars measure the likely cost of the plan (%1) over %2 years, the figure "
                        "stated above: %3."),
                years, key="%2")
            measured = (measured.replace("%1", plan).replace("%2", str(years))
                        .replace("%3", text.money(base, self.document.pack)))
        else:
            measured = self.tr("The bars measure the plan's lead: its score minus its first alternative's, in "
                               "points. The plan (%1) leads by %2; below 0 another plan would win.")
            # The lead as the plan's headline and the next best's card write the two scores (41 and 38: "3", where
            # the unrounded 2.4 read beside them); the bars keep the unrounded base. Written as the bars' tooltips
            # write the lead at each end (end_lead_text: lead_points, to the answer's decimals).
            evaluation = self.evaluation
            lead = lead_as_written(evaluation)
            measured = measured.replace("%1", plan).replace(
                "%2", lead_points(base if lead is None else lead, text.words(self.document.pack),
                                  evaluation.score_digits))
        # Figures it could not measure are named whether or not any bar is drawn.
        unmeasured: list[str] = []
        if self.unmeasured:
            row_names = self.row_names()
            names = [row_names[s.figure.id] for s in self.unmeasured]
            unmeasured.append(text.escaped(self.tr("Not drawn, because at one end of their range the plan cannot "
                                                  "carry a need or the model cannot compute: %1.")
                                          .replace("%1", text.join(names))))
        if self.shown:
            key = self.tr("Each bar holds one figure at %1 its low and at %2 its high while all others keep their "
                          "ranges; the biggest effect is on top.")
            lines = [key.replace("%1", _swatch(LOW_COLOR)).replace("%2", _swatch(HIGH_COLOR)), text.escaped(measured)]
            if any_flip:
                lines.append(_swatch(FLIP_COLOR, outline=True) + " " + text.escaped(
                    self.tr("⇄ A figure whose range alone can change the plan.")))
            if self.short_ends:
                lines.append(text.escaped(self.tr("A bar drawn as a short stub: that end moves the measure by less "
                                                  "than the chart can draw.")))
        else:
            # No bar to draw: the plot goes (an empty one showed axes from −0.5 to 0.5 and the plan's line past
            # the last tick), and the caption says what that means.
            if measure == COST:
                still = text.words(self.document.pack).for_years(
                    self.tr("Within their ranges, none of the estimated figures moves the plan's likely cost over "
                            "%2 years (%3)."), years, key="%2")
                still = still.replace("%2", str(years)).replace("%3", text.money(base, self.document.pack))
            else:
                still = self.tr("Within their ranges, none of the estimated figures moves the plan's lead over the "
                                "first alternative.")
            lines = [text.escaped(still)]
        lines += unmeasured
        self.plot_widget.setVisible(bool(self.shown))
        self._caption_lines = lines
        self._show_caption()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._hold_caption_height()

    def _hold_caption_height(self) -> None:
        """The caption's lines, as many as it takes at the view's width, held in the layout's least height: its
        word-wrapped label asked for fewer, and where the view was short (a dock floated over the comparison at
        1366×768, in Chinese) the plot, held at its least, reached over the caption's first line."""
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width > 0:
            self.caption.setMinimumHeight(max(0, self.caption.heightForWidth(width)))  # (-1: no text yet)

    def _show_caption(self) -> None:
        """The caption's sentences; while they are the last answer's, being computed again for the scenario as it now
        is, greyed after a word that says so (for a second and more after each change, they named the old plan and
        cost as if they were the new)."""
        lines = self._caption_lines
        if not lines:
            return
        if not self.updating():
            self.caption.setText(text.sentences(lines))  # (no space after "。": "排在最上面。 条形图衡量的是")
            self._hold_caption_height()
            return
        # Halfway from the text's colour to the background's (the palette's placeholder colour is the text's, made
        # see-through, which rich text drops): greyed in a light or a dark palette.
        palette = self.palette()
        ink, paper = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
        muted = QColor((ink.red() + paper.red()) // 2, (ink.green() + paper.green()) // 2,
                       (ink.blue() + paper.blue()) // 2).name()
        updating = self.tr("Updating…")
        note = f"<i>{text.escaped(updating)}</i>"
        gap = "" if text.is_chinese() else " "
        self.caption.setText(f'<span style="color:{muted}">{note}{gap}{text.sentences(lines)}</span>')
        self._hold_caption_height()

    # ----------------------------------------------------------------- styling

    def _apply_palette(self) -> None:
        palette = self.palette()
        foreground = palette.color(QPalette.ColorRole.Text)
        self.plot_widget.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        self.base_line.setPen(pg.mkPen(foreground, width=1.5))
        muted = QColor(foreground)
        muted.setAlpha(110)
        self.zero_line.setPen(pg.mkPen(muted, width=1, style=Qt.PenStyle.DashLine))
        for pair in self.end_labels:
            for item in pair:
                item.setColor(foreground)

    def retranslate(self) -> None:
        self.measure_label.setText(self.tr("Sho&w:"))
        self.measure.setItemText(0, self.tr("The plan's cost over the horizon"))
        self.measure.setItemText(1, self.tr("The plan's lead over its first alternative, in points"))
        self.plot_widget.setAccessibleName(self.tr("Sensitivity chart"))
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()
        super().changeEvent(event)


class SensitivityDock(QDockWidget):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivityDock")
        self.view = SensitivityView(document, self)
        self.setWidget(self.view)
        self.view.setVisible(document.problem is None)  # (once in the dock, which shows what it is given)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sensitivity"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
