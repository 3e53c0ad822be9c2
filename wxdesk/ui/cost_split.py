"""A plan's cost split as one stacked bar: build, maintenance and content, fees, servers,
user acquisition and paid reach (PlanResult.breakdown, likely values over the horizon).

Painted with QPainter from the palette: a few rectangles per bar, cheap on every slider
move and without pyqtgraph, so the plan area is on screen at the first paint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QWidget

from wxdesk.cost_colours import COST_PART_COLOURS
from wxdesk.engine.money import add_up_as_written
from wxdesk.engine.results import COMPONENTS
from wxdesk.ui import text
from wxdesk.ui.plain_label import PlainLabel
from wxdesk.ui.settle import set_shown
from wxdesk.ui.steady_layout import FigureLabel, SteadyGridLayout
from wxdesk.words import Words
from wxdesk.words.steps import component_names, legend_entry

# One colour per component, the handout's and the long image's too (see wxdesk/cost_colours.py
# for how they were chosen: readable on light and dark backgrounds, apart for colour-blind readers).
COMPONENT_COLORS = {component: QColor(colour) for component, colour in COST_PART_COLOURS.items()}
BAR_HEIGHT = 12
LEGEND_COLUMNS = 2
LEGEND_GAP = 12  # px between two entries of a row
NOTE_ROW = -(-len(COMPONENTS) // LEGEND_COLUMNS)  # the key's rounding note: the row after the last entries' row


def component_name(component: str) -> str:
    """A cost component's name for people, in the current language: the handout's words."""
    return component_names(QCoreApplication.translate)[component]


def split_lines(breakdown: Mapping[str, float], stores: bool = True) -> list[str]:
    """"Build ¥300k" for every component that costs anything, in the order of COMPONENTS (the fees named
    with the stores where the plan pays them: words.steps.pays_stores)."""
    # The names translated once for all of them (each component_name translates every name).
    names = component_names(QCoreApplication.translate, stores)
    return [f"{names[c]} {text.money(breakdown[c])}" for c in COMPONENTS if breakdown.get(c, 0) > 0]


def rounding_note(breakdown: Mapping[str, float], total: float | None = None) -> str:
    """The note that the parts' amounts, each rounded on its own, need not add up to the total beside them as written,
    where they do not (engine.money.add_up_as_written): bank_care's key read ¥121k + ¥279k + ¥827k + ¥588k + ¥4.80M
    (¥6.62M) under "Likely cost: ¥6.61M" with nothing said, where the copied summary and `wxdesk evaluate` say "each
    rounded on its own". "" where they add up. `total`: the plan's likely total (the sum of the parts when None)."""
    amounts = [float(amount) for amount in breakdown.values()]
    whole = sum(amounts) if total is None else total
    if add_up_as_written(amounts, whole, text.words().cny_per_unit):
        return ""
    return QCoreApplication.translate(
        "CostSplit", "Each amount is rounded on its own, so together they may differ from the total by a rounding.")


class CostSplitBar(QWidget):
    """One plan's cost split as a horizontal stacked bar, its length relative to `scale`.

    `scale` is the largest total among the bars shown together, so that bars side by
    side compare in length as their totals do.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("costSplitBar")
        self.breakdown: dict[str, float] = dict.fromkeys(COMPONENTS, 0.0)
        self.scale = 0.0
        self.stores = True
        self.total: float | None = None  # the plan's likely total the bar's parts make (None: their sum)
        self._words: Words | None = None  # what its tooltip was written with
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(BAR_HEIGHT + 2)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(160, BAR_HEIGHT + 2)

    def show_split(self, breakdown: Mapping[str, float], scale: float, stores: bool = True,
                   total: float | None = None) -> None:
        """The bar for `breakdown`; its tooltip gives the parts' amounts, and where those as written miss the plan's
        `total` as written beside the bar (the sum of the parts when None), says each is rounded on its own."""
        new = {c: float(breakdown.get(c, 0.0)) for c in COMPONENTS}
        words = text.words()  # (other Words in another language or currency: the tooltip is written again)
        if (new == self.breakdown and scale == self.scale and stores == self.stores and total == self.total
                and words is self._words):
            return
        self.breakdown, self.scale, self.stores, self.total, self._words = new, scale, stores, total, words
        lines = split_lines(new, stores)
        note = rounding_note(new, total) if len(lines) > 1 else ""
        if note:
            lines.append(note)
        self.setToolTip("\n".join(lines))
        self.setAccessibleDescription("; ".join(lines))
        self.update()

    def segments(self) -> list[tuple[str, float, float]]:
        """(component, left, width) in pixels, for painting and for tests."""
        total = sum(self.breakdown.values())
        if self.scale <= 0 or total <= 0:
            return []
        length = (self.width() - 2) * min(1.0, total / self.scale)
        out, left = [], 1.0
        for c in COMPONENTS:
            width = length * self.breakdown[c] / total
            if width > 0:
                out.append((c, left, width))
                left += width
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        top = (self.height() - BAR_HEIGHT) / 2
        segments = self.segments()
        if not segments:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
            painter.drawRect(QRectF(1, top, self.width() - 3, BAR_HEIGHT))
            return
        painter.setPen(Qt.PenStyle.NoPen)
        for component, left, width in segments:
            painter.setBrush(COMPONENT_COLORS[component])
            painter.drawRect(QRectF(left, top, width, BAR_HEIGHT))


class CostSplitLegend(QWidget):
    """The colours of the components, one swatch and name each.

    The swatch ("■" in its colour) and the words are two plain labels, not one rich text: the words
    change at most slider moves, and a rich text is measured through a whole text document, which
    was some 10 % of a first drag in Chinese. The swatches' texts never change.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("costSplitLegend")
        layout = self._grid = SteadyGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(0)  # the swatch and its words touch: the words start with a space
        layout.setVerticalSpacing(0)
        self.labels: dict[str, QLabel] = {}
        self.swatches: dict[str, QLabel] = {}
        self.amounts: dict[str, float] | None = None
        self.parts: tuple[str, ...] = tuple(COMPONENTS)
        self.stores = True
        self._placed = self.parts
        for c in COMPONENTS:
            swatch, label = PlainLabel("■"), FigureLabel()
            for widget in (swatch, label):
                font = widget.font()
                font.setPointSizeF(font.pointSizeF() * 0.85)
                widget.setFont(font)
            palette = swatch.palette()
            palette.setColor(QPalette.ColorRole.WindowText, COMPONENT_COLORS[c])
            swatch.setPalette(palette)
            swatch.setAccessibleName(" ")  # a colour, said by the words beside it
            self.swatches[c], self.labels[c] = swatch, label
        # Under the entries, where their amounts as written miss the plan's total as written (rounding_note).
        self.note = PlainLabel()
        self.note.setObjectName("costSplitRounding")
        self.note.setWordWrap(True)
        font = self.note.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        self.note.setFont(font)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.note.setVisible(False)
        self.total: float | None = None
        layout.addWidget(self.note, NOTE_ROW, 0, 1, 3 * LEGEND_COLUMNS)
        for column in range(1, LEGEND_COLUMNS):  # between two entries of a row
            layout.addItem(QSpacerItem(LEGEND_GAP, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum),
                           0, 3 * column - 1)
        self._place(self.parts)
        layout.setColumnStretch(3 * LEGEND_COLUMNS - 1, 1)
        self.retranslate()

    def _place(self, parts: Sequence[str]) -> None:
        """The shown parts fill the grid in order, leaving no hole: swatch, words, gap, swatch, words."""
        layout = self._grid
        for i, c in enumerate(parts):
            row, column = i // LEGEND_COLUMNS, 3 * (i % LEGEND_COLUMNS)
            layout.addWidget(self.swatches[c], row, column)
            layout.addWidget(self.labels[c], row, column + 1)

    def show_amounts(self, breakdown: Mapping[str, float] | None, parts: Sequence[str] = COMPONENTS,
                     stores: bool = True, total: float | None = None) -> None:
        """Each of `parts` (the parts some bar beside the key holds: words.steps.parts_shown) with the
        plan's amount (its split; "(none in the plan)" for a part only the other plans hold), or the names alone before
        the first answer; the fees named with the stores where a plan beside the key pays them. Under them, where the
        amounts as written miss the plan's likely `total` as written (the sum of the parts when None), that each is
        rounded on its own (rounding_note), as the copied summary and `wxdesk evaluate` say."""
        self.amounts = None if breakdown is None else {c: float(breakdown.get(c, 0.0)) for c in COMPONENTS}
        self.parts, self.stores, self.total = tuple(parts), stores, total
        names = component_names(QCoreApplication.translate, stores)  # once for all the labels
        for c, label in self.labels.items():
            shown = c in self.parts
            set_shown(self.swatches[c], shown)
            set_shown(label, shown)
            if not shown:
                continue
            name = names[c]
            if self.amounts is not None:
                name = legend_entry(name, self.amounts[c], text.money, QCoreApplication.translate)
            label.setText(" " + name)
        note = "" if self.amounts is None else rounding_note(self.amounts, total)
        if note:
            self.note.setText(note)
        set_shown(self.note, bool(note))
        if self.parts != self._placed:
            self._placed = self.parts
            self._place(self.parts)

    def retranslate(self) -> None:
        self.show_amounts(self.amounts, self.parts, self.stores, self.total)
