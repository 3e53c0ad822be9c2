"""The scenario controls: log-scale sliders paired with exact-entry boxes, and the other fields.

Every edit goes to the document (`document.update(...)`), and every control shows the
document's scenario back when it changes, with its own signals blocked so that
showing a value never counts as an edit. A slider drag is reported as one edit to a
document that supports it (`begin_drag`/`end_drag`), so undo can treat it as one step.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, TypeVar, cast

from PySide6.QtCore import QDate, QEvent, QRect, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette, QValidator
from PySide6.QtWidgets import (QAbstractSlider, QAbstractSpinBox, QCheckBox, QComboBox, QDateEdit, QDoubleSpinBox,
                               QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLayout, QLayoutItem, QLineEdit,
                               QSizePolicy, QSlider, QSpinBox, QVBoxLayout, QWidget)

from wxdesk.engine import ScenarioError
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS
from wxdesk.engine.scenario import MAX_AUDIENCE, MAX_BUDGET_CNY, MAX_MINUTES, MAX_PUSHES, MAX_TEXT, Scenario
from wxdesk.ui import text
from wxdesk.ui.document import control_caption, field_label
from wxdesk.words.numbers import close_unit_spaces, decimals_for
from wxdesk.ui.plain_label import PlainLabel
from wxdesk.ui.steady_layout import FigureLabel, SteadyGridLayout
from wxdesk.ui.undo_keys import UndoKeysToTheDocument, spin_box_holds_its_value

if TYPE_CHECKING:
    from wxdesk.ui.document import ScenarioDocument

log = logging.getLogger(__name__)

SLIDER_STEPS = 1000  # positions along a log slider; arrows move 1 %, PageUp/PageDown 10 % of the range
# Inside each group's frame, around its inputs: 5 px less above and below than the style's 9, and 5 px between
# the sliders rather than 10 (CONTROL_SPACING). With the goals and needs side by side (ChoiceGrid), that is what
# keeps the whole column on a 1920×1080 screen for every example, with the flip sentences under its sliders, in
# English and in Chinese (at 6 and 6 px, bank_care's Chinese needs, under a six-line sentence where its plan adds
# a Mini Program, were 30 px below the fold; now 18 px above it).
GROUP_MARGINS = (9, 4, 9, 4)
CONTROL_SPACING = 5


@dataclass(frozen=True)
class LogScale:
    """A slider scale from `low` to `high` on a logarithmic axis, with values rounded for people."""

    low: float
    high: float
    significant: int = 3
    decimals: int = 0

    def value(self, position: int) -> float:
        fraction = position / SLIDER_STEPS
        raw = 10 ** (math.log10(self.low) + fraction * (math.log10(self.high) - math.log10(self.low)))
        return self.round(raw)

    def position(self, value: float) -> int:
        clamped = min(max(value, self.low), self.high)
        fraction = (math.log10(clamped) - math.log10(self.low)) / (math.log10(self.high) - math.log10(self.low))
        return round(fraction * SLIDER_STEPS)

    def round(self, value: float) -> float:
        """Round to a few significant figures (a slider cannot mean ¥501,187.23)."""
        if value <= 0:
            return 0.0
        digits = self.significant - 1 - math.floor(math.log10(value))
        return round(round(value, digits), self.decimals) if self.decimals else float(round(value, min(digits, 0)))


class LogSlider(QSlider):
    """A horizontal slider whose integer positions map onto a logarithmic value scale."""

    def __init__(self, scale: LogScale, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.scale = scale
        self.setRange(0, SLIDER_STEPS)
        self.setSingleStep(SLIDER_STEPS // 100)
        self.setPageStep(SLIDER_STEPS // 10)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def scaled_value(self) -> float:
        return self.scale.value(self.value())

    def show_value(self, value: float) -> None:
        """Move the knob to `value` unless it already sits on a position meaning that value."""
        if self.scale.value(self.value()) != self.scale.round(value) or not (
                self.scale.low <= value <= self.scale.high):
            self.setValue(self.scale.position(value))


class ValueControl(QWidget):
    """One scenario number: caption, slider, exact-entry box with its unit.

    Emits `edited(value)` for every slider move and every confirmed entry,
    `drag_started`/`drag_finished` around a slider drag, and `stepped` before a key or wheel step of the slider.
    """

    edited = Signal(float)
    drag_started = Signal()
    drag_finished = Signal()
    stepped = Signal()

    def __init__(self, slider: QSlider, spin: QSpinBox | QDoubleSpinBox, to_slider: Callable[[float], None],
                 from_slider: Callable[[int], float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = slider
        self.spin = spin
        self._to_slider = to_slider
        self._from_slider = from_slider
        self.caption = PlainLabel()
        self.caption.setBuddy(spin)
        self.value_label = FigureLabel()  # the value in words next to the caption: "¥500k"
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        spin.setKeyboardTracking(False)  # typing "5000" is one edit, on Enter or leaving the box
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        # A spin box asks for room for its largest value (¥10,000,000,000); the column stays narrow instead.
        spin.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        spin.setMinimumWidth(128)
        layout = SteadyGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.caption, 0, 0)
        layout.addWidget(self.value_label, 0, 1)
        layout.addWidget(slider, 1, 0)
        layout.addWidget(spin, 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        slider.valueChanged.connect(self._on_slider_moved)
        slider.sliderPressed.connect(self.drag_started)
        slider.sliderReleased.connect(self.drag_finished)
        # (Before the value moves: a step's edit joins the steps before it, see ScenarioControls._key_step.)
        slider.actionTriggered.connect(self._on_slider_action)
        spin.valueChanged.connect(self._on_spin_changed)

    def _on_slider_action(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderMove.value and not self.slider.isSliderDown():
            self.stepped.emit()

    def set_entry_visible(self, visible: bool) -> None:
        """Show or hide the exact-entry box; without it (presentation mode) the slider takes its room,
        so that every slider in the column is as long as the others."""
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        layout.removeWidget(self.slider)
        layout.addWidget(self.slider, 1, 0, 1, 1 if visible else 2)
        self.spin.setVisible(visible)

    def fit_spin(self, widest: float) -> None:
        """Room in the exact-entry box for the widest value its slider reaches, with the unit.

        Larger values typed by hand may still scroll inside the box; the slider's whole
        range always shows in full, in every language.
        """
        spin = self.spin
        # (Asked of the log controls' QDoubleSpinBoxes; a QSpinBox would take the float too: PySide6 converts it,
        # where the stub says int.)
        text = spin.prefix() + spin.textFromValue(widest) + spin.suffix()  # type: ignore[arg-type]
        # The text plus the frame and the up/down buttons, which the style draws about 2 em wide.
        spin.setMinimumWidth(max(128, spin.fontMetrics().horizontalAdvance(text + "MM") + 24))

    def show_value(self, value: float, words: str) -> None:
        # A spin box given the value it shows still redraws its text: set only what differs,
        # so that a slider move repaints the one control that moved. (A percent control's QSpinBox takes the
        # float too, a whole number there: PySide6 converts it, where the stub says int.)
        if isinstance(self.spin, QDoubleSpinBox):
            hold_value(self.spin, value)
        if self.spin.textFromValue(value) != self.spin.cleanText():  # type: ignore[arg-type]
            with QSignalBlocker(self.slider), QSignalBlocker(self.spin):
                self._to_slider(value)
                self.spin.setValue(value)  # type: ignore[arg-type]
        self.value_label.setText(words)

    def _on_slider_moved(self, position: int) -> None:
        value = self._from_slider(position)
        with QSignalBlocker(self.spin):
            self.spin.setValue(value)  # type: ignore[arg-type]  # (a float to a QSpinBox too: as in show_value)
        self.edited.emit(value)

    def _on_spin_changed(self, value: float) -> None:
        with QSignalBlocker(self.slider):
            self._to_slider(value)
        self.edited.emit(float(value))


class WholeWhereWholeSpinBox(QDoubleSpinBox):
    """A number box that writes a whole value without its decimals: "4 min" and "6 per month", as the figure
    above it and every text write them (it read "4.0 min" under "4 min"); "4.5 min" keeps its decimal."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        text = super().textFromValue(value)
        point = self.locale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point and point in text else text

    # Typed and pasted text read alike (read_typed): typing "1e9" gave 19 (the "e" refused as typed) where pasting it
    # gave 1,000,000,000; full-width "１２３" was refused; "12,5" became 125.

    def validate(self, text: str, pos: int, /) -> tuple[QValidator.State, str, int]:
        return typed_state(self, text), text, pos

    # What was done with a number it could not take as typed, on Enter or as the keyboard left it (see typed_fixup):
    # the kind of change (BELOW, ABOVE or KEPT) and the text typed. The controls say so in the window's status bar.
    adjusted = Signal(str, str)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        value = read_box(self, text)
        return value if isinstance(value, float) else self.value()

    def fixup(self, text: str) -> str:
        fixed, kind = typed_fixup(self, text)
        if kind is not None:
            self.adjusted.emit(kind, text)
        return fixed


class WholeNumberSpinBox(QSpinBox):
    """A box of whole numbers (the horizon's years) that reads typed and pasted text as the other number boxes do
    (read_typed): a QSpinBox dropped the keys it could not take, so "2.5" became 25, refused, then 2 years, "-3" became
    3, and "1e1" 1, each saved with no hint. A number it cannot hold stays as typed until Enter, where one past the
    range takes its nearest end and one that is not whole ("2.5") leaves the value as it was, as "12,5" does in the
    budget's box."""

    def validate(self, text: str, pos: int, /) -> tuple[QValidator.State, str, int]:
        return typed_state(self, text, whole=True), text, pos

    adjusted = Signal(str, str)  # (as WholeWhereWholeSpinBox's)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt override
        value = read_box(self, text)
        return int(value) if isinstance(value, float) and value.is_integer() else self.value()

    def fixup(self, text: str) -> str:
        fixed, kind = typed_fixup(self, text, whole=True)
        if kind is not None:
            self.adjusted.emit(kind, text)
        return fixed


def read_box(spin: QSpinBox | QDoubleSpinBox, text: str) -> float | bool | None:
    """A number box's text, its prefix and suffix aside ("50%" too, for a box whose suffix is " %"), as read_typed
    reads it in the box's locale."""
    locale = spin.locale()
    suffix = spin.suffix()
    typed = text.removeprefix(spin.prefix()).removesuffix(suffix)
    typed = typed.removesuffix(suffix.strip()) if suffix.strip() else typed
    return read_typed(typed.strip(), locale.groupSeparator(), locale.decimalPoint())


def typed_state(spin: QSpinBox | QDoubleSpinBox, text: str, whole: bool = False) -> QValidator.State:
    """Invalid for text that is no number (the key is refused); Acceptable for a number the box holds; Intermediate
    for a number under way, past the range (see typed_fixup), or, in a box of whole numbers, not whole."""
    value = read_box(spin, text)
    if value is None:
        return QValidator.State.Invalid
    if isinstance(value, float) and spin.minimum() <= value <= spin.maximum() and (not whole or value.is_integer()):
        return QValidator.State.Acceptable
    return QValidator.State.Intermediate


# What typed_fixup did with a number the box could not take as typed.
BELOW, ABOVE, KEPT = "below", "above", "kept"


def typed_fixup(spin: QSpinBox | QDoubleSpinBox, text: str, whole: bool = False) -> tuple[str, str | None]:
    """A number past the box's range, on Enter: its nearest end (typed digit by digit it stopped at the tenth
    digit, "9999999999" for "99999999999999"). Any other text as it is: not Acceptable, the box keeps its value.

    With it, what was done, for the user to be told (None: nothing to tell): BELOW or ABOVE the range, taken at its
    end; KEPT, text typed that reads as no one number ("12,5", or "2.5" in a box of whole numbers), the value kept.
    ("-12" in the budget's box became ¥0 and "12,5" went back to the budget before, with no word of either.)"""
    value = read_box(spin, text)
    if isinstance(value, float) and (not whole or value.is_integer()):
        nearest = min(max(value, spin.minimum()), spin.maximum())
        written = spin.textFromValue(int(nearest)) if isinstance(spin, QSpinBox) else spin.textFromValue(nearest)
        kind = BELOW if value < spin.minimum() else ABOVE if value > spin.maximum() else None
        return spin.prefix() + written + spin.suffix(), kind
    typed = text.removeprefix(spin.prefix()).removesuffix(spin.suffix()).strip()
    return text, (KEPT if typed and value is not None else None)


_UNDER_WAY = re.compile(r"[+-]?\d*\.?\d*([eE][+-]?\d*)?")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def read_typed(typed: str, group: str = ",", point: str = ".") -> float | bool | None:
    """A number as typed or pasted into a box: its value; True for a number under way ("1e", "1,00", "-"), or one
    whose separators say nothing sure ("12,5": neither twelve and a half nor 125); None for text that is no number.

    Full-width digits and signs read as their ASCII forms (NFKC: "１２３" is 123). Group separators are the
    locale's thousands separators (English's commas), and only in groups of three ("1,000,000"); scientific
    notation reads as written ("1e9")."""
    import unicodedata  # (when first typed into: not loaded for the start)
    text = unicodedata.normalize("NFKC", typed).replace(" ", "")
    if point != ".":
        text = text.replace(".", "\0").replace(point, ".")  # (a "." in a locale with another point: no number)
    whole = text
    if group and group in text:
        digits = text.lstrip("+-").split(".", 1)[0].split("e", 1)[0].split("E", 1)[0]
        groups = digits.split(group)
        if not groups[0] or len(groups[0]) > 3 or any(len(g) > 3 for g in groups[1:]):
            return None if any(len(g) > 3 for g in groups[1:]) or not groups[0] else True
        if any(len(g) != 3 for g in groups[1:]):
            return True  # "1,00" may become "1,000"; "12,5" never reads as 125
        whole = text.replace(group, "")
    if _NUMBER.fullmatch(whole):
        value = float(whole)
        return value if math.isfinite(value) else None
    return True if _UNDER_WAY.fullmatch(whole) else None


def hold_value(spin: QDoubleSpinBox, value: float) -> None:
    """A box that holds `value` as a scenario file may: with the decimals it needs, and a least value as low as it.

    The boxes' own grid (minutes to a tenth, from 0.1) is the slider's; a file may hold any value the scenario's
    limits allow (more than 0 minutes, 0.01 say), which the box showed as "0.1 min" under a label of "0.01 min", and
    one Up press made 0.2. Held so, the box shows 0.01 and a step moves one step from it (0.02). Only a value finer
    than MOST_DECIMALS is shown rounded (the label above it says it whole)."""
    decimals = decimals_for(value)
    if decimals > spin.decimals():
        spin.setDecimals(decimals)  # (WholeWhereWholeSpinBox writes no trailing zeros: other values read the same)
    if 0 < value < spin.minimum():
        spin.setMinimum(max(value, 10.0 ** -spin.decimals()))


def _double_spin(maximum: float, decimals: int, minimum: float = 0.0) -> QDoubleSpinBox:
    spin = WholeWhereWholeSpinBox()
    spin.setRange(minimum, maximum)
    spin.setDecimals(decimals)
    spin.setGroupSeparatorShown(True)
    spin.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
    spin.setAccelerated(True)
    return spin


PERCENT_DECIMALS = 2  # "12.5 %", "0.25 %": a share as people type it (a file's finer one: hold_value)


def _percent_control(name: str) -> ValueControl:
    """A share from 0 to 100 %: a slider of whole percents and a box that takes a part of one.

    The box reads what is typed as the other number boxes do (WholeWhereWholeSpinBox): a QSpinBox of whole percents
    dropped the keys it could not take, so "0.5" became 5 %, "12.5" 12 %, "-20" 20 % and "1e2" 12 %."""
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setPageStep(10)
    slider.setObjectName(f"{name}Slider")
    spin = _double_spin(100.0, PERCENT_DECIMALS)
    spin.setStepType(QAbstractSpinBox.StepType.DefaultStepType)
    spin.setSingleStep(1)  # (a key step is a whole percent, as before; the slider's)
    spin.setAccelerated(False)
    spin.setSuffix(" %")
    spin.setObjectName(f"{name}Spin")
    return ValueControl(slider, spin, lambda v: slider.setValue(round(v)), float)


def log_control(scale: LogScale, maximum: float, minimum: float = 0.0) -> ValueControl:
    slider = LogSlider(scale)
    spin = _double_spin(maximum, scale.decimals, minimum)
    return ValueControl(slider, spin, slider.show_value, scale.value)


class ChoiceGrid(QLayout):
    """Check boxes side by side where their texts leave room, in their order, line by line, in aligned columns.

    Why: one box a line, the goals and the special needs were twelve lines of a column some 300 px wide, which
    in Chinese hold two to six characters each (收款, 调用手机硬件) and left most of each line empty; and a
    Chinese face's line is a quarter taller than a Latin one at the same size (Noto Sans CJK SC at 9 pt: 17 px
    against DejaVu Sans's 14), so the twelve lines took some 300 px of the column, and on a 1920×1080 screen
    the special needs lay below its fold: a presenter had to scroll to show them. Side by side they take six
    lines in Chinese, and ten in English, whose texts are longer.

    Up to COLUMNS columns, as wide as their widest boxes (spread evenly over the width where each would fit the
    widest box); a box too wide to share a line has one of its own, as wide as the column. Of every such
    arrangement that fits the width, the one of the fewest lines, then of the fewest columns. No box is ever
    narrower than its text.
    """

    COLUMNS = 3
    COLUMN_SPACING = 10
    LINE_SPACING = 2  # as the boxes were, one a line

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        # width → (line, x, width, item) of each box, and each line's height with the spacing under it.
        self._placed: dict[int, tuple[list[tuple[int, int, int, int]], list[int]]] = {}
        # The shown boxes' hints and the arrangements they allow, whatever the width (see _measured).
        self._boxes: _Boxes | None = None

    # ---------------------------------------------------------- the items

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def invalidate(self) -> None:
        # A box's text changed (the language, the type), or a box came or went: Qt invalidates the layout of a
        # box's parent (this one) for each, as for a box shown or hidden.
        self._placed.clear()
        self._boxes = None
        super().invalidate()

    # ---------------------------------------------------------- the sizes

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        margins = self.contentsMargins()
        _placed, heights = self._place(width - margins.left() - margins.right())
        return sum(heights) + margins.top() + margins.bottom()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # As wide as the widest box, alone on its line: the column's width is not asked for by these boxes.
        margins = self.contentsMargins()
        width = max((hint.width() for hint in self._measured().hints.values()), default=0)
        width += margins.left() + margins.right()
        return QSize(width, self.heightForWidth(width))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        # No narrower than the widest box; its height at a width is heightForWidth's.
        margins = self.contentsMargins()
        shown = self._shown()
        width = max((item.minimumSize().width() for item in shown), default=0)
        height = max((hint.height() for hint in self._measured().hints.values()), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        inner = self.contentsRect()  # (the rect less the margins)
        placed, heights = self._place(inner.width())
        top = inner.y()
        tops = [top + sum(heights[:line]) for line in range(len(heights))]
        for line, x, width, index in placed:
            height = heights[line] - (self.LINE_SPACING if line < len(heights) - 1 else 0)
            self._items[index].setGeometry(QRect(inner.x() + x, tops[line], width, height))

    # ---------------------------------------------------------- the placing

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _line_heights(self, placed: list[tuple[int, int, int, int]], hints: dict[int, QSize]) -> list[int]:
        """Each line's height with the spacing under it, the last line's without."""
        heights: list[int] = []
        for line, _x, _width, index in placed:
            if line == len(heights):
                heights.append(0)
            heights[line] = max(heights[line], hints[index].height())
        return [height + (self.LINE_SPACING if line < len(heights) - 1 else 0) for line, height in enumerate(heights)]

    def _measured(self) -> _Boxes:
        """The shown boxes' hints, and every arrangement of them _place chooses from, kept until the layout is
        invalidated.

        Why: the layouts ask the grid's height at some twenty widths before the first paint, and each width
        asked the boxes for their hints again (two calls into Qt a box), for its arrangements and for its lines'
        heights, and arranged them anew; yet neither the hints nor the arrangements depend on the width, only
        which arrangement fits. Kept, as the places found for each width are, until Qt invalidates the layout.
        """
        boxes = self._boxes
        if boxes is None:
            hints = {index: _hint(item) for index, item in enumerate(self._items) if not item.isEmpty()}
            shown = [(index, hint.width()) for index, hint in hints.items()]
            arrangements: list[tuple[tuple[int, int, int], list[list[tuple[int, int]]], list[int], int | None]] = []
            limits = sorted({wide for _index, wide in shown}, reverse=True)  # the widest box sharing a line
            for columns in range(1, self.COLUMNS + 1):
                for limit in limits if columns > 1 else limits[:1]:
                    lines, widths = self._arrange(shown, columns, limit)
                    if not widths:
                        continue
                    # The width it needs; None where its boxes are one a line (as wide as the column, whatever it is).
                    needs = sum(widths) + self.COLUMN_SPACING * (len(widths) - 1) if len(widths) > 1 else None
                    alone = sum(1 for line in lines if line[0][0] < 0)
                    arrangements.append(((len(lines), len(widths), alone), lines, widths, needs))
            boxes = self._boxes = _Boxes(hints, arrangements)
        return boxes

    def _place(self, width: int) -> tuple[list[tuple[int, int, int, int]], list[int]]:
        """Each shown box's line, x and width in a column `width` wide, and each line's height (_line_heights)."""
        known = self._placed.get(width)
        if known is not None:
            return known
        boxes = self._measured()
        best: tuple[tuple[int, int, int], list[list[tuple[int, int]]], list[int]] | None = None
        for key, lines, widths, needs in boxes.arrangements:
            if needs is not None and needs > width:
                continue  # wider than the column
            if best is None or key < best[0]:
                best = (key, lines, widths)
        placed: list[tuple[int, int, int, int]] = []
        if best is not None:
            _key, lines, widths = best
            xs, spans = self._columns(widths, width)
            for number, line in enumerate(lines):
                for column, index in line:
                    x, span = (0, width) if column < 0 or len(widths) == 1 else (xs[column], spans[column])
                    placed.append((number, x, span, index))
        known = self._placed[width] = (placed, self._line_heights(placed, boxes.hints))
        return known

    @staticmethod
    def _arrange(shown: list[tuple[int, int]], columns: int,
                 limit: int) -> tuple[list[list[tuple[int, int]]], list[int]]:
        """The boxes in lines of up to `columns` (column, index) each, a box wider than `limit` on a line of its
        own (column -1); and the columns' widths, each its widest box's."""
        lines: list[list[tuple[int, int]]] = []
        line: list[tuple[int, int]] = []
        widths: list[int] = []
        for index, wide in shown:
            if wide > limit and columns > 1:
                if line:
                    lines.append(line)
                    line = []
                lines.append([(-1, index)])
                continue
            if len(line) == columns:
                lines.append(line)
                line = []
            column = len(line)
            line.append((column, index))
            if column == len(widths):
                widths.append(0)
            widths[column] = max(widths[column], wide)
        if line:
            lines.append(line)
        return lines, widths

    def _columns(self, widths: list[int], width: int) -> tuple[list[int], list[int]]:
        """The columns' x and width: evenly spread where each holds the widest box, else each as wide as its
        widest box and a share of what is left."""
        count = len(widths)
        room = width - self.COLUMN_SPACING * (count - 1)
        if max(widths) * count <= room:
            sizes = [room / count] * count
        else:
            sizes = [wide + (room - sum(widths)) / count for wide in widths]
        xs, spans, x = [], [], 0.0
        for size in sizes:
            xs.append(round(x))
            spans.append(round(x + size) - round(x))
            x += size + self.COLUMN_SPACING
        return xs, spans


class _Boxes(NamedTuple):
    """A ChoiceGrid's shown boxes: each one's hint by its index, and the arrangements of them (ChoiceGrid._measured):
    the key it is chosen by, its lines, its columns' widths and the width it needs."""

    hints: dict[int, QSize]
    arrangements: list[tuple[tuple[int, int, int], list[list[tuple[int, int]]], list[int], int | None]]


_W = TypeVar("_W", bound=QWidget)


def _named(widget: _W, name: str) -> _W:
    """`widget`, named `name`.

    Why not QCheckBox(objectName=name): PySide6 sets a property given as a keyword through the meta-object, some
    40,000 instructions against 5,000 for its setter (callgrind, PySide6 6.11); here and across the window's own
    modules, the names given that way cost some 2 million instructions before the first paint.
    """
    widget.setObjectName(name)
    return widget


def _hint(item: QLayoutItem) -> QSize:
    return item.sizeHint().expandedTo(item.minimumSize())


# The slider scales: UI choices (how far the knob reaches), not business figures.
BUDGET_SCALE = LogScale(10_000, 100_000_000)
AUDIENCE_SCALE = LogScale(100, 100_000_000)
MINUTES_SCALE = LogScale(0.5, 120, significant=2, decimals=1)


STEPS_PAUSE_MS = 1000  # a pause this long between a slider's key steps ends their run (one undo step)


class ScenarioControls(QWidget):
    """All scenario inputs, bound to a ScenarioDocument.

    Emits `retranslated` once its texts are in the current language, currency and pack (the width they need may
    have changed with them).
    """

    retranslated = Signal()
    # A message for the window's status bar, as a function that writes it in the window's language (StatusLine.say):
    # what a number box did with a number it could not take as typed.
    said = Signal(object)

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioControls")
        self.document = document
        # A run of key or wheel steps of one slider, made one undo step (_key_step): its field, and its end.
        self._stepping: str | None = None
        self._steps_pause = QTimer(self)
        self._steps_pause.setSingleShot(True)
        self._steps_pause.setInterval(STEPS_PAUSE_MS)
        self._steps_pause.timeout.connect(self._end_key_steps)
        # Each box's range is what a scenario file may hold (engine.scenario's limits): a budget of ¥500 billion read
        # from a file showed "¥ 10,000,000,000" beside its label "¥500B".
        self.budget = log_control(BUDGET_SCALE, MAX_BUDGET_CNY)
        self.interaction = log_control(MINUTES_SCALE, MAX_MINUTES, minimum=0.1)
        self.audience = log_control(AUDIENCE_SCALE, MAX_AUDIENCE)
        self.budget_slider = self.budget.slider
        self.interaction_slider = self.interaction.slider
        self.audience_slider = self.audience.slider
        self.budget_slider.setObjectName("budgetSlider")
        self.interaction_slider.setObjectName("interactionSlider")
        self.audience_slider.setObjectName("audienceSlider")
        self.budget.spin.setObjectName("budgetSpin")
        self.interaction.spin.setObjectName("interactionSpin")
        self.audience.spin.setObjectName("audienceSpin")

        self.china_share = _percent_control("chinaShare")
        self.paid_share = _percent_control("paidShare")
        # Where the users come from, in a line under the slider: the default is not a given.
        self.paid_note = PlainLabel()
        self.paid_note.setObjectName("paidShareNote")
        self.paid_note.setWordWrap(True)
        self.paid_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        # It wraps to the column the sliders make, and asks no width of its own: QLabel's guess at a wrapped
        # text's width (some 40 average characters, a Chinese face's average being a whole Chinese character)
        # made the Chinese column half as wide again, and the window's first split gave the desk that much less.
        self.paid_note.setSizePolicy(QSizePolicy.Policy.Ignored, self.paid_note.sizePolicy().verticalPolicy())
        grid = cast(SteadyGridLayout, self.paid_share.layout())  # (cast: the control's own, made with it)
        grid.addWidget(self.paid_note, grid.rowCount(), 0, 1, grid.columnCount())

        self.client = QLineEdit()
        self.client.setObjectName("clientEdit")
        self.client.setClearButtonEnabled(True)
        self.client.setMaxLength(MAX_TEXT)
        self.client_label = PlainLabel()
        self.client_label.setBuddy(self.client)
        self.live_by_check = QCheckBox()
        self.live_by_check.setObjectName("liveByCheck")
        self.live_by = QDateEdit()
        self.live_by.setObjectName("liveByEdit")
        self.live_by.setCalendarPopup(True)
        self.live_by.setDisplayFormat("yyyy-MM-dd")
        self.live_by.setEnabled(False)
        # Any date a scenario file may hold (ISO dates: Python's whole range), where Qt's own starts at 1752-09-14
        # and showed a file's 0001-01-01 as that day.
        self.live_by.setDateRange(QDate(dt.date.min.year, dt.date.min.month, dt.date.min.day),
                                  QDate(dt.date.max.year, dt.date.max.month, dt.date.max.day))

        self.pushes = _double_spin(MAX_PUSHES, 1)
        self.pushes.setStepType(QAbstractSpinBox.StepType.DefaultStepType)
        self.pushes.setSingleStep(1)
        self.pushes.setObjectName("pushesSpin")
        self.pushes.setKeyboardTracking(False)
        self.horizon = WholeNumberSpinBox()
        self.horizon.setRange(1, 10)
        # One edit on Enter, as the other boxes: taken key by key, typing "2.5" had made the horizon 2 years at the "2".
        self.horizon.setKeyboardTracking(False)
        self.horizon.setObjectName("horizonSpin")
        self.entity = QComboBox()
        self.entity.setObjectName("entityCombo")
        for entity in ENTITIES:
            self.entity.addItem("", entity)
        self.goal_boxes = {goal: _named(QCheckBox(), f"goal_{goal}") for goal in GOALS}
        self.need_boxes = {need: _named(QCheckBox(), f"need_{need}") for need in NEEDS}

        self._build_layout()
        self._connect()
        self._scenario: Scenario | None = None
        self.retranslate()
        self.show_scenario(document.scenario)
        # Every scenario, with an answer or without: a recovered autosave, or an undo, the model cannot compute
        # showed the figures before it in the controls while the document (and Save) held its own.
        document.scenario_changed.connect(self.show_scenario)

    # ----------------------------------------------------------------- layout

    def _build_layout(self) -> None:
        client_row = QHBoxLayout()
        client_row.addWidget(self.client_label)
        client_row.addWidget(self.client, 1)
        self.main_group = QGroupBox()
        main = QVBoxLayout(self.main_group)
        main.setSpacing(CONTROL_SPACING)
        for control in (self.budget, self.audience, self.interaction, self.china_share, self.paid_share):
            main.addWidget(control)

        self.plan_group = QGroupBox()
        plan = QFormLayout(self.plan_group)
        plan.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.pushes_label, self.horizon_label, self.entity_label = PlainLabel(), PlainLabel(), PlainLabel()
        for label, field in ((self.pushes_label, self.pushes), (self.horizon_label, self.horizon),
                             (self.entity_label, self.entity)):
            label.setBuddy(field)
            plan.addRow(label, field)
        plan.addRow(self.live_by_check, self.live_by)

        # The boxes side by side where their texts leave room (see ChoiceGrid).
        self.goals_group = QGroupBox()
        goals = ChoiceGrid(self.goals_group)
        for box in self.goal_boxes.values():
            goals.addWidget(box)
        self.needs_group = QGroupBox()
        needs = ChoiceGrid(self.needs_group)
        for box in self.need_boxes.values():
            needs.addWidget(box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(client_row)
        for group in (self.main_group, self.plan_group, self.goals_group, self.needs_group):
            cast(QLayout, group.layout()).setContentsMargins(*GROUP_MARGINS)  # (cast: each group's own, made above)
            layout.addWidget(group)
        layout.addStretch(1)

        # Tab order follows the reading order, slider then its exact box.
        chain = [self.client, self.budget.slider, self.budget.spin, self.audience.slider, self.audience.spin,
                 self.interaction.slider, self.interaction.spin, self.china_share.slider, self.china_share.spin,
                 self.paid_share.slider, self.paid_share.spin, self.pushes, self.horizon, self.entity,
                 self.live_by_check, self.live_by, *self.goal_boxes.values(), *self.need_boxes.values()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        fields = {self.budget: "budget_cny", self.interaction: "interaction_minutes", self.audience: "audience"}
        for control, field in fields.items():
            control.edited.connect(lambda value, f=field: self._edit(**{f: value}))
            control.drag_started.connect(lambda f=field: self._drag(True, f))
            control.drag_finished.connect(lambda: self._drag(False))
            control.stepped.connect(lambda f=field: self._key_step(f))
        self.china_share.edited.connect(lambda value: self._edit(china_share=value / 100))
        self.china_share.drag_started.connect(lambda: self._drag(True, "china_share"))
        self.china_share.drag_finished.connect(lambda: self._drag(False))
        self.china_share.stepped.connect(lambda: self._key_step("china_share"))
        self.paid_share.edited.connect(lambda value: self._edit(paid_share=value / 100))
        self.paid_share.drag_started.connect(lambda: self._drag(True, "paid_share"))
        self.paid_share.drag_finished.connect(lambda: self._drag(False))
        self.paid_share.stepped.connect(lambda: self._key_step("paid_share"))
        self.client.editingFinished.connect(self._on_client_edited)
        # Ctrl+Z after typing a value and Enter undoes that change, not the box's own typing (wxdesk.ui.undo_keys).
        undo_keys = UndoKeysToTheDocument(self)
        for spin in (self.budget.spin, self.interaction.spin, self.audience.spin, self.china_share.spin,
                     self.paid_share.spin, self.pushes, self.horizon):
            # (A function, not a lambda: mypy cannot type a lambda's defaulted parameter against Callable[[], bool].)
            def holds_its_value(spin: QSpinBox | QDoubleSpinBox = spin) -> bool:
                return spin_box_holds_its_value(spin)
            undo_keys.watch(spin, holds_its_value)
        undo_keys.watch(self.client, lambda: self.client.text() == self.document.scenario.client)
        self.live_by_check.toggled.connect(self._on_live_by_changed)
        self.live_by.dateChanged.connect(self._on_live_by_changed)
        self.pushes.valueChanged.connect(lambda value: self._edit(pushes_per_month=value))
        boxes: dict[QSpinBox | QDoubleSpinBox, str] = {
            self.budget.spin: "budget_cny", self.audience.spin: "audience",
            self.interaction.spin: "interaction_minutes", self.china_share.spin: "china_share",
            self.paid_share.spin: "paid_share", self.pushes: "pushes_per_month", self.horizon: "horizon_years"}
        for number_box, field in boxes.items():
            cast("WholeWhereWholeSpinBox", number_box).adjusted.connect(
                lambda kind, typed, b=number_box, f=field: self._say_adjusted(b, f, kind, typed))
        self.horizon.valueChanged.connect(lambda value: self._edit(horizon_years=value))
        for spin in (self.audience.spin, self.horizon):  # as the user types: "1 year", "2 years"
            spin.valueChanged.connect(self._fit_units)
        self.entity.currentIndexChanged.connect(lambda _i: self._describe_entity())
        self.entity.currentIndexChanged.connect(lambda _i: self._edit(entity=self.entity.currentData()))
        # A box ticked changes its own list only: the Edit menu read "Undo Change Goals, Special needs" for a goal.
        for box in self.goal_boxes.values():
            box.toggled.connect(lambda _checked: self._edit(goals=self._ticked(self.goal_boxes)))
        for box in self.need_boxes.values():
            box.toggled.connect(lambda _checked: self._edit(needs=self._ticked(self.need_boxes)))

    # ---------------------------------------------------------------- editing

    def _edit(self, **fields: object) -> None:
        try:
            self.document.update(**fields)
        except ScenarioError as exc:
            # Controls keep values in range; if one still slips through, say so and show the scenario as it is.
            log.warning("edit refused: %s", exc)
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(str(exc), 8000)
            self.show_scenario(self.document.scenario, again=True)

    def _key_step(self, field: str) -> None:
        """A slider's key or wheel steps, one after another, are one undo step, as a drag is: each arrow press was
        its own, and undoing ten presses took ten Ctrl+Z. The run ends STEPS_PAUSE_MS after its last step, or at
        another field's step or a drag."""
        if self._stepping != field:
            self._end_key_steps()
            self._drag(True, field)
            self._stepping = field
        self._steps_pause.start()

    def _end_key_steps(self) -> None:
        self._steps_pause.stop()
        if self._stepping is not None:
            self._stepping = None
            self._drag(False)

    def _drag(self, starting: bool, field: str = "") -> None:
        if starting and self._stepping is not None:
            self._end_key_steps()  # (a drag begins: the run of steps before it is over)
        if starting:
            begin = getattr(self.document, "begin_drag", None)
            if begin is not None:
                begin(field)
        else:
            end = getattr(self.document, "end_drag", None)
            if end is not None:
                end()

    def _say_adjusted(self, box: QSpinBox | QDoubleSpinBox, field: str, kind: str, typed: str) -> None:
        """Tell the user what the box did with a number it could not take as typed (typed_fixup): the budget's box
        made "-12" ¥0, which cost the plan 29 points, and put back the budget before "12,5", without a word."""
        typed = typed.removeprefix(box.prefix()).removesuffix(box.suffix()).strip()  # what the user typed: "-12"

        def write() -> str:
            name = field_label(field)  # (the caption above the box may not be in the new language yet)
            if kind == KEPT:
                message = self.tr("%1: “%2” does not read as one number, so it was not taken; the box still holds %3.")
                now = box.prefix() + box.textFromValue(box.value()) + box.suffix()  # type: ignore[arg-type]
            else:
                message = (self.tr("%1: “%2” is below the least the box takes, so it was taken as %3.") if kind == BELOW
                           else self.tr("%1: “%2” is above the most the box takes, so it was taken as %3."))
                end = box.minimum() if kind == BELOW else box.maximum()
                now = box.prefix() + box.textFromValue(end) + box.suffix()  # type: ignore[arg-type]
            return message.replace("%1", name).replace("%2", typed).replace("%3", now.strip())
        self.said.emit(write)

    def _on_client_edited(self) -> None:
        self.client.setModified(False)
        if self.client.text() != self.document.scenario.client:
            self._edit(client=self.client.text())

    def _on_live_by_changed(self, *_args: object) -> None:
        self.live_by.setEnabled(self.live_by_check.isChecked())
        date = self.live_by.date().toString(Qt.DateFormat.ISODate) if self.live_by_check.isChecked() else ""
        self._edit(live_by=date)

    @staticmethod
    def _ticked(boxes: dict[str, QCheckBox]) -> list[str]:
        return [key for key, box in boxes.items() if box.isChecked()]

    # ---------------------------------------------------------------- showing

    def _show_budget(self, budget_cny: float) -> None:
        """The budget in the display currency above its box in yuan. In dollars or euros the figure is a conversion,
        said so ("≈ $57.1k", its rate in the tooltip): "$57.1k" above "¥ 400,000" named no rate anywhere."""
        words = text.words()
        shown = words.money(budget_cny)
        if words.currency == "CNY":
            self.budget.show_value(budget_cny, shown)
            self.budget.value_label.setToolTip("")
            return
        self.budget.show_value(budget_cny, self.tr("≈ %1").replace("%1", shown))
        self.budget.value_label.setToolTip(
            self.tr("¥%1 is about %2 at %3 CNY per %4").replace("%1", f"{budget_cny:,.0f}").replace("%2", shown)
            .replace("%3", words.figure_number(words.cny_per_unit)).replace("%4", words.currency))

    def show_scenario(self, scenario: Scenario, again: bool = False) -> None:
        """Every control as `scenario` has it. Only the controls whose fields differ from the scenario shown
        last are set (a slider move changes one field; setting the others cost each move some forty calls
        into Qt); all of them `again`: their words changed (the language, the display currency), or an
        edit was refused and a control shows what the scenario does not."""
        shown = None if again else self._scenario
        self._scenario = scenario
        if shown is None or shown.budget_cny != scenario.budget_cny:
            self._show_budget(scenario.budget_cny)
        if shown is None or shown.audience != scenario.audience:
            users = self.tr("%1 user") if scenario.audience == 1 else self.tr("%1 users")
            # Chinese sets a space between digits and characters, none after 万 or 亿 ("3,000 用户", "30万用户").
            self.audience.show_value(scenario.audience,
                                     close_unit_spaces(users.replace("%1", text.count(scenario.audience))))
            self._fit_units()
        if shown is None or shown.interaction_minutes != scenario.interaction_minutes:
            self.interaction.show_value(scenario.interaction_minutes,
                                        self.tr("%1 min").replace("%1", f"{scenario.interaction_minutes:g}"))
        if shown is None or shown.china_share != scenario.china_share:
            self.china_share.show_value(scenario.china_share * 100, text.share_as_set(scenario.china_share))
        if shown is None or shown.paid_share != scenario.paid_share:
            self.paid_share.show_value(scenario.paid_share * 100, text.share_as_set(scenario.paid_share))
        if shown is not None and _same_choices(shown, scenario):
            return
        # What the user is typing stays until they finish it (Enter or leaving the box).
        if self.client.text() != scenario.client and not self.client.isModified():
            self.client.setText(scenario.client)
            self.client.setCursorPosition(0)  # a long name shows its beginning
        date = QDate.fromString(scenario.live_by, Qt.DateFormat.ISODate) if scenario.live_by else QDate()
        shown_date = date if date.isValid() else QDate.currentDate().addMonths(6)
        if (self.live_by_check.isChecked(), self.live_by.isEnabled(), self.live_by.date()) != (
                date.isValid(), date.isValid(), shown_date):  # unchanged: nothing to redraw
            with QSignalBlocker(self.live_by_check), QSignalBlocker(self.live_by):
                self.live_by_check.setChecked(date.isValid())
                self.live_by.setEnabled(date.isValid())
                self.live_by.setDate(shown_date)
        hold_value(self.pushes, scenario.pushes_per_month)
        for widget, value in ((self.pushes, scenario.pushes_per_month), (self.horizon, scenario.horizon_years)):
            if widget.value() != value:
                with QSignalBlocker(widget):
                    # (Each box its field's value, the horizon's an int; mypy pairs either box with either value, and
                    # PySide6 converts a float for the QSpinBox, where the stub says int.)
                    widget.setValue(value)  # type: ignore[arg-type]
        self._fit_units()
        index = self.entity.findData(scenario.entity)
        if index != self.entity.currentIndex():
            with QSignalBlocker(self.entity):
                self.entity.setCurrentIndex(index)
            self._describe_entity()
        for ids, boxes in ((scenario.goals, self.goal_boxes), (scenario.needs, self.need_boxes)):
            for key, box in boxes.items():
                if box.isChecked() != (key in ids):
                    with QSignalBlocker(box):
                        box.setChecked(key in ids)

    def _fit_units(self, *_args: object) -> None:
        """The audience's and the horizon's units in the singular for one ("1 users/month" read at an audience of 1)."""
        for spin, one, many in ((self.audience.spin, self.tr(" user/month"), self.tr(" users/month")),
                                (self.horizon, self.tr(" year"), self.tr(" years"))):
            suffix = one if spin.value() == 1 else many
            if spin.suffix() != suffix:
                spin.setSuffix(suffix)

    def fit_spins(self) -> None:
        """Room in each exact-entry box for the widest value its slider reaches, in the type the boxes have now
        (again as a presentation ends: fitted while presenting, they kept the larger type's width)."""
        for control, scale in ((self.budget, BUDGET_SCALE), (self.audience, AUDIENCE_SCALE),
                               (self.interaction, MINUTES_SCALE)):
            control.fit_spin(scale.high)

    def retranslate(self) -> None:
        self.main_group.setTitle(self.tr("Your business"))
        self.plan_group.setTitle(self.tr("Plan"))
        self.goals_group.setTitle(self.tr("Goals"))
        self.needs_group.setTitle(self.tr("Special needs"))
        self.budget.caption.setText(_caption("budget_cny"))
        self.audience.caption.setText(_caption("audience"))
        self.interaction.caption.setText(self.tr("&Session length"))
        self.china_share.caption.setText(_caption("china_share"))
        self.paid_share.caption.setText(_caption("paid_share"))
        # (Said of any share, 100 % included: "The rest come on their own" read oddly where there is no rest.)
        # (The app stores only with an app: the plan's own sentence names them only where it holds one.)
        self.paid_note.setText(self.tr("Users not won through ads come on their own: search, QR codes, word of mouth, "
                                       "existing customers, and the app stores where the plan has an app. Lost users "
                                       "are won again through ads in the same share."))
        self.client_label.setText(self.tr("C&lient:"))
        self.client.setPlaceholderText(self.tr("Client's name, shown in the title bar"))
        self.live_by_check.setText(_caption("live_by"))
        self.live_by_check.setToolTip(self.tr("The date the plan must be live by; kept with the scenario"))
        self.budget.spin.setPrefix("¥ ")
        self.interaction.spin.setSuffix(self.tr(" min"))
        self.pushes.setSuffix(self.tr(" per month"))
        self._fit_units()
        self.fit_spins()
        self.pushes_label.setText(_caption("pushes_per_month"))
        self.horizon_label.setText(self.tr("H&orizon"))
        self.entity_label.setText(_caption("entity"))
        entity_tips = self._entity_tips()
        for i in range(self.entity.count()):
            self.entity.setItemText(i, text.term(self.entity.itemData(i)))
            # The words wrap in a tooltip as rich text (text.plain_tooltip); as plain text Qt draws them on one line,
            # some 1,300 px of a 1366 px screen. A screen reader reads them plain.
            tip = entity_tips[self.entity.itemData(i)]
            self.entity.setItemData(i, text.plain_tooltip(tip), Qt.ItemDataRole.ToolTipRole)
            self.entity.setItemData(i, tip, Qt.ItemDataRole.AccessibleDescriptionRole)
        self._describe_entity()
        pack = self.document.pack
        choice_tips = self._choice_tips()
        for key, box in (*(("goal:" + g, b) for g, b in self.goal_boxes.items()), *self.need_boxes.items()):
            box.setText(text.term(key, pack))
            box.setToolTip(text.plain_tooltip(choice_tips[key]))  # (wrapped, as the registrations' are)
            box.setAccessibleDescription(choice_tips[key])
        accessible = {
            self.budget_slider: self.tr("First-year budget"),
            self.audience_slider: self.tr("Monthly users"),
            self.interaction_slider: self.tr("Session length in minutes, per visit"),
            self.china_share.slider: self.tr("Share of audience on WeChat in mainland China"),
            self.budget.spin: self.tr("First-year budget in yuan"),
            self.audience.spin: self.tr("Monthly users, a number"),
            self.interaction.spin: self.tr("Session length in minutes"),
            self.china_share.spin: self.tr("Share on WeChat in mainland China, percent"),
            self.paid_share.slider: self.tr("Share of users won through ads"),
            self.paid_share.spin: self.tr("Share of users won through ads, percent"),
            self.client: self.tr("Client's name"),
            # (Its caption is the check box before it, which names no box to a screen reader.)
            self.live_by: field_label("live_by"),
        }
        for widget, name in accessible.items():
            widget.setAccessibleName(name)
        self.budget_slider.setToolTip(self.tr("¥10k to ¥100M on a logarithmic scale; type any amount in the box"))
        self.audience_slider.setToolTip(self.tr("100 to 100M users on a logarithmic scale; type any number in the box"))
        self.interaction_slider.setToolTip(self.tr("30 seconds to 2 hours on a logarithmic scale"))
        if self._scenario is not None:
            self.show_scenario(self._scenario, again=True)
        self.retranslated.emit()

    def _describe_entity(self) -> None:
        """The closed "Registered as" box tells what its current choice means, as its list's item does."""
        index, roles = self.entity.currentIndex(), Qt.ItemDataRole
        self.entity.setToolTip(self.entity.itemData(index, roles.ToolTipRole) or "")
        self.entity.setAccessibleDescription(self.entity.itemData(index, roles.AccessibleDescriptionRole) or "")

    # What ticking each goal or special need, and choosing each registration, means to the model, and what it does not
    # mean: the names alone were misread (a bakery read 离线使用, "working offline", as its physical shops, ticked it,
    # and its plan became a Mini Program and an app at 12 times the cost). Each is what the engine does with it: the
    # goals lean the plan by the pack's [affinity] table (fit.presence_score); a special need is a hard one, carried by
    # a member that can meet it (fit.can_meet, plans.hard_needs), the technical ones by a native app alone ([capability]
    # under hard_need_met_from); payments by fit.can_take_payments; the registrations by [eligibility] and [payments].

    def _choice_tips(self) -> dict[str, str]:
        """Each goal's ("goal:<id>") and special need's tooltip, the words its accessible description says too."""
        return {
            # [affinity]: subscription 95; the messages are a dimension of their own (pushes_per_month).
            "goal:news": self.tr("You publish articles or news for followers to read. Leans the plan toward the "
                                 "Official Account, one push a day. Not: order or service notices; how often you "
                                 "message is set in Messages a month."),
            "goal:service": self.tr("Customers book, order, ask or look things up through you. Leans the plan toward "
                                    "a Mini Program or a Service Account. Not: selling (tick Selling), nor your staff "
                                    "chatting with customers (1:1 contact)."),
            # Selling does not make payments a hard need; only the need does (plans.hard_needs).
            "goal:sell": self.tr("Customers buy your goods or services through the plan. Leans it toward a Mini "
                                 "Program, a Service Account or an app. Not: taking the payment online; tick Taking "
                                 "payments for that."),
            # mini_program 95; no rented template carries it (mp_template.TEMPLATE_GOALS): a custom build.
            "goal:experiment": self.tr("You want to try an idea on real customers before investing much. Leans the "
                                       "plan toward a Mini Program, custom built (a rented template tests no new "
                                       "idea), so it may cost more. Not a budget cap."),
            # wecom 95; not customer-facing, and alone it sends the messages to staff (fit.staff_only).
            "goal:employees": self.tr("Your own staff work through it: internal messages, tasks, team groups. Leans "
                                      "the plan toward WeCom; as the only goal, the messages go to staff. Not: staff "
                                      "talking to customers (1:1 contact)."),
            # wecom 95; customer groups are WeCom's alone (reasons.GROUP_HOSTS).
            "goal:relationship": self.tr("Your staff keep in touch with customers one to one and in groups, and the "
                                         "contacts stay with you when staff leave. Leans the plan toward WeCom, the "
                                         "only one with customer groups. Not: managing staff."),
            # channels 95; videos produced are a cost (duties.films_videos), not an individual's.
            "goal:video": self.tr("You publish short videos or live streams, live selling included. Leans the plan "
                                  "toward Channels, and it pays for producing the videos (an individual films her "
                                  "own). Not: photos or text posts."),
            "payments": self.tr("Customers pay online through the plan (WeChat Pay in a Mini Program, a Service "
                                "Account, a WeCom chat or an app); every plan must take them. Not: paying at your "
                                "counter. Needs a registered business."),
            "offline": self.tr("Your customers must use it with no network connection (on a plane, in a basement). "
                               "Only a native app does this; a Mini Program needs the network. Not: your physical "
                               "shops."),
            # What a Mini Program reaches: reasons.NEED_HARDWARE_MP.
            "hardware": self.tr("It must reach hardware a Mini Program cannot: classic Bluetooth or USB devices, "
                                "sensors in the background. Only a native app can. Not: the camera, QR codes, "
                                "location or Bluetooth LE."),
            # reasons.NEED_BACKGROUND_MP: suspended soon after leaving the screen; audio and location keep running.
            "background": self.tr("It must keep working while the phone shows something else (counting steps, "
                                  "syncing a device). Only a native app can: a Mini Program stops soon after, audio "
                                  "and location aside. Not: sending messages."),
            "large_app": self.tr("The app itself must hold more code and assets than a Mini Program may (a game, "
                                 "offline maps). Only a native app can. Not: many products or users; those live on "
                                 "your server."),
        }

    def _entity_tips(self) -> dict[str, str]:
        """Each "Registered as" choice's tooltip and accessible description ([eligibility], [payments],
        fit.can_take_payments, reasons.WARN_INDIVIDUAL_PAYMENTS and WARN_OVERSEAS_APP)."""
        return {
            "company": self.tr("A business with a mainland China licence: a company or an individual business "
                               "(个体工商户). It may register every presence and take WeChat Pay. Not: a company "
                               "registered abroad."),
            "individual": self.tr("You, in your own name, with no business licence. You cannot open a Service "
                                  "Account or WeCom, nor take payments (WeChat Pay, or for goods in an app). Not: an "
                                  "individual business (choose a company)."),
            "overseas_company": self.tr("A company registered outside mainland China. It cannot open an Official "
                                        "Account or sell through Channels, and lists an app in China only through a "
                                        "Chinese entity. Not: your Chinese subsidiary (a company)."),
        }

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# The fields the controls below the sliders show (the client's name, the date to be live by, the messages, the
# horizon, the registration, the goals and needs): a slider move leaves them all as they were.
_CHOICE_FIELDS = ("client", "live_by", "pushes_per_month", "horizon_years", "entity", "goals", "needs")


def _caption(field: str) -> str:
    """A control's caption, where the Compare window and Edit ▸ Undo read its name too (document.control_caption)."""
    caption = control_caption(field)
    assert caption is not None, field
    return caption


def _same_choices(shown: Scenario, scenario: Scenario) -> bool:
    return all(getattr(shown, name) == getattr(scenario, name) for name in _CHOICE_FIELDS)
