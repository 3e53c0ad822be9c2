"""The comparison chart's axes: the cost axis, whose ticks read round amounts in the reader's currency, and the
fit plot's axis of names; and the round top the cost axis is given (nice_ceiling).

Apart from the chart widget (wxdesk.ui.chart) because they are pyqtgraph items with their own rules of
spacing and labelling, tested on their own (tests/ui/test_money_axis.py).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtGui import QFontMetricsF

from wxdesk.engine.datapack import DataPack
from wxdesk.ui import text
from wxdesk.ui.plotting import PlainAxis
from wxdesk.words.axis_ticks import levels_in_currency, next_round_step

# The least room a labelled tick of the cost axis has, in lines of its type (MoneyAxis.tickSpacing).
TICK_LABEL_LINES = 1.4


class MoneyAxis(PlainAxis):
    """An axis whose ticks read ¥200k, ¥1.2M (or ¥120万), never 1200000.0, at round amounts of the currency they are
    read in: $0, $200k, $400k where amounts show in dollars, not ¥0, ¥2M, ¥4M divided by the rate ($286k, $571k).
    Its values are held in CNY, as every amount is; the steps are chosen in the reader's currency and turned back
    into CNY (wxdesk.words.axis_ticks, the handout's and the share image's rule).

    Upright, its labelled ticks are never closer than TICK_LABEL_LINES lines of their type: pyqtgraph spaces them
    by the axis's length alone (two and a quarter intervals at the least), and labels them all whatever the room,
    so a short plot (1366×768 with the Sensitivity dock beside the desk: some 70 pixels) wrote ¥0 to ¥1,000万 in
    six labels one over another."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enableAutoSIPrefix(False)
        self.pack: DataPack | None = None  # whose rates the amounts read in (None: the bundled pack's)

    def cny_per_unit(self) -> float:
        """CNY per unit of the currency the ticks read in."""
        return text.words(self.pack).cny_per_unit

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802 - pyqtgraph
        return [text.money(v * scale, self.pack) if v >= 0 else "" for v in values]

    def tickSpacing(self, low: float, high: float, size: float) -> list[tuple[float, float]]:  # noqa: N802 - pyqtgraph
        return levels_in_currency(self._spacing_in_units, low, high, size, self.cny_per_unit())

    def _spacing_in_units(self, low: float, high: float, size: float) -> list[tuple[float, float]]:
        """pyqtgraph's levels for the axis read in the reader's currency, fewer where the labels lack the room."""
        levels: list[tuple[float, float]] = super().tickSpacing(low, high, size)
        if not levels or self.orientation not in ("left", "right"):
            return levels
        line = QFontMetricsF(self.style.get("tickFont") or self.font()).height() * TICK_LABEL_LINES
        span = abs(high - low)
        major = levels[0][0]
        while major > 0 and (span / major + 1) * line > size:
            wider = next_round_step(major)
            if span / wider < 1:
                break  # two labels at the least: ¥0 and a figure above it
            major = wider
        if major == levels[0][0]:
            return levels
        # One finer level as it was (it divides every step of 1, 2, 5 × 10ⁿ above it), where it makes at most five
        # steps of the new one: more, on so short an axis, read as a comb.
        finer = [(spacing, offset) for spacing, offset in levels[1:] if major / 5 <= spacing < major][:1]
        return [(major, 0), *finer]


class FitAxis(PlainAxis):
    """The fit plot's left axis (the bars' names), whose upright title ends where the axis does while
    `title_from_end` (pyqtgraph centres it on the axis: a title longer than the axis reaches past both ends)."""

    title_from_end = False

    def resizeEvent(self, ev: object = None) -> None:  # noqa: N802 - pyqtgraph override
        super().resizeEvent(ev)
        if self.title_from_end and self.label is not None:
            # pyqtgraph writes the title upward from its position: from the axis's lower end.
            self.label.setPos(self.label.pos().x(), min(self.label.pos().y(), self.size().height()))


NICE_STEPS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k at or above `value`."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    ceiling: float = next(step * magnitude for step in NICE_STEPS if step * magnitude >= value * (1 - 1e-12))
    return ceiling
