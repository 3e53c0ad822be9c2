"""The assumptions view: every data-pack figure with its range, source and age, editable per scenario.

Edits never touch the data pack: they become the scenario's overrides (saved in the
scenario file) through `document.set_scenario`, so they can be undone like any other
edit. A figure whose source is older than the pack's staleness threshold is flagged.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, cast

import numpy as np
from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QObject,
                            QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDockWidget, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QStyle, QStyledItemDelegate, QTableView,
                               QVBoxLayout, QWidget)

from wxdesk.engine.costs import COST_FIGURES
from wxdesk.engine.datapack import PRESENCES, DataPack, Figure
from wxdesk.engine.evaluator import evaluate
from wxdesk.engine.scenario import Scenario, with_override, without_override
from wxdesk.engine.timeline import TIMELINE_FIGURES
from wxdesk.engine.sampling import hold_figure
from wxdesk.engine.sensitivity import outcome
from wxdesk import settings
from wxdesk.ui import text
from wxdesk.words import RATE_FIGURES
from wxdesk.words.figure_text import average_text, is_money
from wxdesk.words.swings import value_text
from wxdesk.words.sources import source_text
from wxdesk.words.units import PERCENT_UNITS

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QStyleOptionViewItem

    from wxdesk.ui.document import ScenarioDocument

# AVERAGE: the mean of the range, the value a plan's likely cost takes the figure at (engine/draws.py), read only.
FIGURE, LIKELY, LOW, HIGH, AVERAGE, UNIT, GROUP, SOURCE, SOURCE_DATE, CHECKED = range(10)
COLUMN_COUNT = CHECKED + 1
VALUE_COLUMNS = {LOW: "low", LIKELY: "likely", HIGH: "high"}
# The exchange rates: one number, one meaning. A rate the engine prices nothing with (CNY per EUR) only converts the
# amounts shown, which Edit ▸ Preferences sets: edited here it was marked changed and changed nothing. It is shown,
# not edited. A rate the costs read (CNY per USD prices the fees charged in dollars) stays a scenario figure, and
# says which of its two uses it has here.
DISPLAY_RATES = frozenset(RATE_FIGURES.values()) - COST_FIGURES
PRICING_RATES = frozenset(RATE_FIGURES.values()) & COST_FIGURES

# The least figure other than 0 a cell takes: the figures are written to four significant digits in plain
# decimals (words.numbers.figure), and one of a millionth is still read at a glance ("0.000001").
SMALLEST_FIGURE = 1e-6
FIGURE_MOST_CHARACTERS = 64  # the figures' names are cut beyond this many average characters (tooltip: whole)
FIGURE_MOST_IDEOGRAPHS = 32  # in Chinese (a Chinese font's average character is a Latin one's)
# Where the table is narrow, in average characters (in Chinese half as many ideographs): the least Source keeps, and
# the least the groups give way to.
SOURCE_LEAST_CHARACTERS = 12
GROUP_LEAST_CHARACTERS = 12

FIGURE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
EDITED_ROLE = Qt.ItemDataRole.UserRole + 3
STALE_ROLE = Qt.ItemDataRole.UserRole + 4
SORT_ROLE = Qt.ItemDataRole.UserRole + 5
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 6

# Filter choices besides the pack's own groups.
SHOW_EDITED = "@edited"
SHOW_STALE = "@stale"

_GROUP_NAMES = {  # groups that are not account ids
    "model": "Model assumptions",
    "fees": "Fees",
    "fx": "Exchange rates",
    "acquisition": "Winning users",
    "scale": "Audience size",
    "timeline": "Launch timeline",
    "content": "Content",
}


# The words of the pack's units, each translated on its own: "CNY/contact/year" reads
# "元/联系人/年" in Chinese. English shows the pack's own unit.
_UNIT_WORDS = {
    "CNY": "CNY", "USD": "USD", "EUR": "EUR", "year": "year", "month": "month", "user": "user",
    "users": "users", "install": "install", "contact": "contact", "contacts": "contacts", "members": "members",
    "messages": "messages", "articles": "articles", "weight": "weight", "share": "share",
    "share of build": "share of build", "points": "points", "min": "min", "ln(min)": "ln(min)",
    "s": "s", "1000": "1000", "×": "×",
    "message": "message", "review": "review", "day": "day", "days": "days", "weeks": "weeks", "h": "h", "hour": "hour",
    "opens": "opens", "million users": "million users", "thousand messages": "thousand messages",
    "ln(users)": "ln(users)", "share of sales": "share of sales", "iPhone model": "iPhone model",
}


def _tr(text_: str) -> str:
    return QCoreApplication.translate("Assumptions", text_)


def unit_text(unit: str) -> str:
    """A figure's unit in the window's language (words wxdesk does not know stay as written)."""
    if not text.is_chinese():
        return unit
    return "/".join(_tr(_UNIT_WORDS[word]) if word in _UNIT_WORDS else word for word in unit.split("/"))


def is_share(figure: Figure) -> bool:
    """Whether the figure is a share, held as a fraction (0.65) and shown as a percentage (65%)."""
    return figure.unit in PERCENT_UNITS


def figure_value_text(figure: Figure, value: float, pack: DataPack | None = None) -> str:
    """One value of the figure as the table writes it: a share as the handout's appendix and the Sensitivity bars
    write it ("65%", "16.33%": words.figure_text, without the unit the Unit column gives), where the table wrote
    the fraction (0.65) beside their "50% – 65% – 80%"; any other figure as a plain number (450,000)."""
    if is_share(figure):
        return average_text(figure.with_values(value, value, value), text.words(pack))
    return text.figure_number(value)


def figure_unit_text(figure: Figure, pack: DataPack | None = None) -> str:
    """The figure's unit as the Unit column gives it: a share's what it is a share of, as the appendix says it
    after its percentages ("of the build cost a year", "占开发费用/年"), or "%" for a share of nothing more."""
    if not is_share(figure):
        return unit_text(figure.unit)
    return text.words(pack).unit(figure.unit).strip().strip("（）") or "%"


# A share typed as the table shows it, "65%" (or "65 %", "65％"), or without its sign ("65"): 65 % either way.
_PERCENT_SIGN = re.compile(r"\s*(.*?)\s*[%％]\s*")


def parse_share(raw: object) -> float | None:
    """A share typed by the user as a percentage ("65%", "65", "12.5 %"), as the fraction the pack holds (0.65),
    or None if it is not a number ("1,5" is none). Read as written, in decimals: "12.35%" is the fraction 0.1235
    itself, not 12.35 / 100, a hair off it, so that a value typed as the table shows it is the value it shows."""
    if isinstance(raw, str):
        sign = _PERCENT_SIGN.fullmatch(raw)
        raw = sign.group(1) if sign else raw
    percent = parse_value(raw)
    return None if percent is None else float(Decimal(repr(percent)) / 100)


def confidence_text(confidence: str) -> str:
    """"high", or a span such as "medium–high", each word in the window's language (as a key fact's tooltip)."""
    return text.words().confidence_words(confidence)


def date_text(date: str) -> str:
    return text.words().date_words(date)


def group_name(group: str, pack: DataPack) -> str:
    if group in _GROUP_NAMES:
        return _tr(_GROUP_NAMES[group])
    if group == "app":
        return text.presence_name("native_app")
    if group in PRESENCES:
        return text.presence_name(group)
    return group


# A comma groups thousands ("450,000", or the full-width "450，000"); "1,5" is not read as 15 (nor as 1.5, which a
# reader of a decimal comma meant: the cell says to write decimals with a point instead).
_GROUPED = re.compile(r"[-+]?\d{1,3}(?:[,，]\d{3})+(?:\.\d*)?")


def has_decimal_comma(raw: object) -> bool:
    """Whether a typed number holds a comma that does not group thousands ("1,5", "0,25")."""
    return isinstance(raw, str) and any(c in raw for c in ",，") and not _GROUPED.fullmatch(raw.strip())


def parse_value(raw: object) -> float | None:
    """A number typed by the user ("450,000", "0.2", " 7 "), or None if it is not one ("1,5" is none)."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        value = float(raw)
    elif isinstance(raw, str):
        if has_decimal_comma(raw):
            return None
        try:
            value = float(raw.strip().replace(",", "").replace("，", ""))
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None


def edited_range(current: Mapping[str, float], column: str, value: float) -> dict[str, float]:
    """The low/likely/high after setting one of them, keeping low ≤ likely ≤ high.

    A fixed figure (one value) stays fixed when its value is edited; otherwise the
    neighbours move just enough to keep the order, so no edit is refused for order.
    """
    low, likely, high = current["low"], current["likely"], current["high"]
    if column == "likely" and low == likely == high:
        return {"low": value, "likely": value, "high": value}
    if column == "low":
        low = value
        likely = max(likely, low)
        high = max(high, likely)
    elif column == "likely":
        likely = value
        low = min(low, likely)
        high = max(high, likely)
    else:
        high = value
        likely = min(likely, high)
        low = min(low, likely)
    return {"low": low, "likely": likely, "high": high}


def model_holds(scenario: Scenario, pack: DataPack, figure_id: str) -> bool:
    """Whether the engine gives finite answers for `scenario`, with the edited figure `figure_id` held
    at each end of its range as the sensitivity sweep holds it.

    Some figures cannot be zero (a conversion rate the model divides by, a session length
    it takes the logarithm of); an edit that breaks the model is refused, not applied. Only the
    edited figure's ends are tried: every other figure keeps the range it had (its ends were
    tried when it was set), and the whole sweep took over a second on every edit.
    """
    try:
        with np.errstate(divide="raise", invalid="raise", over="raise"):
            evaluation = evaluate(scenario, pack)
            overridden = pack.with_overrides(scenario.overrides)
            fig = overridden.figures[figure_id]
            ends = [outcome(scenario, hold_figure(overridden, figure_id, value), evaluation.plan.presences)
                    for value in ((fig.low, fig.high) if fig.is_range else ())]
    except (ArithmeticError, ValueError):
        return False
    plans = (evaluation.plan, *evaluation.alternatives, *evaluation.app_or_mini_program.variants.values())
    numbers = [p.total.high for p in plans] + [p.score for p in plans] + [p.fit for p in evaluation.presences]
    for end in ends:
        # A lead of minus infinity is a real answer: at that end the plan cannot carry a hard need.
        if end.lead != -math.inf:
            numbers += [end.cost, end.lead]
    return all(math.isfinite(n) for n in numbers)


def _out_of_range(fig: Figure, scenario: Scenario, pack: DataPack) -> str | None:
    """Why the scenario's figures leave the range the model computes with (the rule the pack loader
    and scenario files follow, wxdesk.engine.figure_limits), in the window's language; else None."""
    from wxdesk.engine.figure_limits import WEIGHTS_ALL_ZERO, broken_rule, limit_for, overrides_problem
    problem = overrides_problem(pack.figures, scenario.overrides)
    if problem is None:
        return None
    culprit = pack.figures.get(problem[0], fig)
    label = culprit.label_zh if text.is_chinese() else culprit.label
    limit = limit_for(culprit.id, culprit.unit, culprit.group)
    values = scenario.overrides.get(culprit.id, {})
    merged = pack.with_overrides(scenario.overrides).figures
    rule = broken_rule(merged)
    if rule is not None and all(limit.allows(values.get(k, culprit.likely)) for k in ("low", "likely", "high")):
        # A rule across figures, said in the window's language with the figures' own labels (the engine's clause, in
        # English, stood inside the Chinese sentence).
        _fid, kind, others = rule
        if kind == WEIGHTS_ALL_ZERO:
            return _tr("“%1” cannot be 0 while the other weights are 0 too: the fit is their weighted mean. The figure "
                       "keeps its value.").replace("%1", label)
        other = merged[others[0]]  # (at the scenario's value, which the table shows)
        return _tr("“%1” cannot be above “%2” (%3); the figure keeps its value.").replace("%1", label) \
            .replace("%2", other.label_zh if text.is_chinese() else other.label) \
            .replace("%3", figure_value_text(other, other.likely, pack))
    # The ends as the table writes the figure's values ("0% to 100%" for a share, whose cells read 65%), and the unit
    # in the window's language as its Unit column gives it: the Chinese sentence ended "（CNY/user）", "（share）".
    allowed = (_tr("more than %1 and at most %2") if limit.low_open else _tr("from %1 to %2")) \
        .replace("%1", figure_value_text(culprit, limit.low, pack)) \
        .replace("%2", figure_value_text(culprit, limit.high, pack))
    if is_share(culprit):  # (the percentages say what they are)
        return _tr("“%1” must be %2; the figure keeps its value.").replace("%1", label).replace("%2", allowed)
    return _tr("“%1” must be %2 (%3); the figure keeps its value.") \
        .replace("%1", label).replace("%2", allowed).replace("%3", figure_unit_text(culprit, pack))


class AssumptionsModel(QAbstractTableModel):
    """One row per data-pack figure, showing this scenario's values (its overrides applied)."""

    refused = Signal(str)  # an edit that could not be used, in plain words

    def __init__(self, document: ScenarioDocument, today: dt.date | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._today = today
        self._pack: DataPack = document.pack
        self._ids: list[str] = list(self._pack.figures)
        self._stale: set[str] = set()
        self._overrides: Mapping[str, Mapping[str, float]] = dict(document.scenario.overrides)
        self._refresh_stale()
        document.changed.connect(self._on_changed)

    # ----------------------------------------------------------------- state

    def _refresh_stale(self) -> None:
        today = self._today or dt.date.today()
        self._stale = {fig.id for fig in self._pack.stale_figures(today)}

    def _on_changed(self, _evaluation: object = None) -> None:
        pack, overrides = self.document.pack, self.document.scenario.overrides
        if pack is not self._pack:
            self.beginResetModel()
            self._pack = pack
            self._ids = list(pack.figures)
            self._overrides = dict(overrides)
            self._refresh_stale()
            self.endResetModel()
            return
        if overrides == self._overrides:
            return  # a slider moved: nothing this table shows has changed
        changed = (set(overrides) ^ set(self._overrides)) | {
            fid for fid in overrides if overrides[fid] != self._overrides.get(fid)}
        self._overrides = dict(overrides)
        for fid in changed:
            if fid in self._pack.figures:
                row = self._ids.index(fid)
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def figure_id(self, row: int) -> str:
        return self._ids[row]

    def figure(self, row: int) -> Figure:
        return self._pack.figures[self._ids[row]]

    def values(self, row: int) -> dict[str, float]:
        """This scenario's low/likely/high of the figure (its override, else the pack's)."""
        fid = self._ids[row]
        if fid in self._overrides:
            return dict(self._overrides[fid])
        fig = self._pack.figures[fid]
        return {"low": fig.low, "likely": fig.likely, "high": fig.high}

    def average(self, row: int) -> float:
        """This scenario's average of the figure (Figure.average of its values here)."""
        values = self.values(row)
        return self._pack.figures[self._ids[row]].with_values(values["low"], values["likely"], values["high"]).average

    def is_edited(self, row: int) -> bool:
        return self._ids[row] in self._overrides

    def is_stale(self, row: int) -> bool:
        return self._ids[row] in self._stale

    @property
    def stale_count(self) -> int:
        return len(self._stale)

    @property
    def edited_count(self) -> int:
        return sum(1 for fid in self._overrides if fid in self._pack.figures)

    # ------------------------------------------------------------- Qt model

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # The middle value is the most common one, not "likely": every likely cost takes the average (a client
            # who multiplied 72 articles by the "likely" ¥500 found ¥36k where the plan showed ¥60k).
            return (_tr("Figure"), _tr("Most common"), _tr("Low"), _tr("High"), _tr("Average"), _tr("Unit"),
                    _tr("Group"),
                    _tr("Source"), _tr("Source date"), _tr("Checked"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == LIKELY:
                return _tr("The most common value; the likely costs and weeks take each figure at its average, not at "
                           "this. "
                           "Double-click to change it for this scenario; the data pack stays as it is")
            if section in VALUE_COLUMNS:
                return _tr("Double-click to change it for this scenario; the data pack stays as it is")
            if section == AVERAGE:
                return _tr("The mean of low, most common and high: the value the likely costs and weeks take")
            if section == SOURCE_DATE:
                return _tr("The date the source itself carries")
            if section == CHECKED:
                return _tr("When wxdesk last checked the source")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in VALUE_COLUMNS and self._ids[index.row()] not in DISPLAY_RATES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row, column = index.row(), index.column()
        fig = self.figure(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, fig)
        if role == Qt.ItemDataRole.EditRole:
            if column in VALUE_COLUMNS:  # (as the cell shows it, a share with its "%", without thousands' commas)
                return self._value_text(fig, self.values(row)[VALUE_COLUMNS[column]]).replace(",", "")
            return self._display(row, column, fig)
        if role == SORT_ROLE:
            if column in VALUE_COLUMNS:
                return self.values(row)[VALUE_COLUMNS[column]]
            if column == AVERAGE:  # (blank, for a figure no cost takes, before every average)
                return self.average(row) if fig.id in COST_FIGURES else float("-inf")
            return self._display(row, column, fig)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.plain_tooltip(self._tooltip(row, column, fig))  # sources and notes come from a file
        if role == Qt.ItemDataRole.FontRole and self.is_edited(row) and column in (FIGURE, *VALUE_COLUMNS):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == FIGURE and self.is_stale(row):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.TextAlignmentRole and (column in VALUE_COLUMNS or column == AVERAGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == FIGURE_ID_ROLE:
            return fig.id
        if role == GROUP_ROLE:
            return fig.group
        if role == EDITED_ROLE:
            return self.is_edited(row)
        if role == STALE_ROLE:
            return self.is_stale(row)
        if role == SEARCH_ROLE:
            return " ".join((fig.id, fig.label, fig.label_zh, fig.source, source_text(fig, text.words(self._pack)),
                             fig.note, fig.unit, figure_unit_text(fig, self._pack),
                             group_name(fig.group, self._pack))).casefold()
        return None

    def _display(self, row: int, column: int, fig: Figure) -> str:
        if column == FIGURE:
            label = fig.label_zh if text.is_chinese() else fig.label
            return ("✎ " + label) if self.is_edited(row) else label
        if column in VALUE_COLUMNS:
            return self._value_text(fig, self.values(row)[VALUE_COLUMNS[column]])
        if column == AVERAGE:
            # Only for a figure a cost is made of: the fit and the timeline take their figures' likely values.
            return self._value_text(fig, self.average(row)) if fig.id in COST_FIGURES else ""
        if column == SOURCE:
            # Named as the handout's appendix names it, in the window's language: the pack's own text (working
            # notes, reprints and all, in English) is the cell's tooltip.
            return source_text(fig, text.words(self._pack))
        return {UNIT: figure_unit_text(fig, self._pack), GROUP: group_name(fig.group, self._pack),
                SOURCE_DATE: date_text(fig.source_date), CHECKED: date_text(fig.checked)}[column]

    def _value_text(self, fig: Figure, value: float) -> str:
        return figure_value_text(fig, value, self._pack)

    def _tooltip(self, row: int, column: int, fig: Figure) -> str:
        lines = []
        if column in (FIGURE, SOURCE, SOURCE_DATE):
            lines.append(_tr("Source: %1").replace("%1", fig.source))
            if fig.url:
                lines.append(fig.url)
            lines.append(_tr("Dated %1, checked %2, confidence %3").replace("%1", date_text(fig.source_date))
                         .replace("%2", date_text(fig.checked)).replace("%3", confidence_text(fig.confidence)))
            if fig.note:
                lines.append(fig.note)
        if column == GROUP:  # (elided where the table is narrow)
            lines.append(group_name(fig.group, self._pack))
        if self.is_stale(row) and column in (FIGURE, SOURCE_DATE):
            lines.append(_tr("⚠ The source is more than %1 years old: this figure may be out of date.")
                         .replace("%1", f"{self._pack.stale_after_years:g}"))
        if self.is_edited(row) and column in (FIGURE, *VALUE_COLUMNS):
            lines.append(_tr("Changed for this scenario. Data pack: %1 (low %2, high %3).")
                         .replace("%1", self._value_text(fig, fig.likely))
                         .replace("%2", self._value_text(fig, fig.low)).replace("%3", self._value_text(fig, fig.high)))
        elif column in VALUE_COLUMNS and fig.id in DISPLAY_RATES:
            lines.append(_tr("Only converts the amounts shown in %1: set it in Edit ▸ Preferences.")
                         .replace("%1", _rate_currency(fig.id)))
        elif column in VALUE_COLUMNS:
            lines.append(_tr("Double-click to change it for this scenario; the data pack stays as it is"))
        if fig.id in PRICING_RATES and column in (FIGURE, *VALUE_COLUMNS):
            lines.append(_tr("Prices this scenario's fees charged in %1; amounts shown in %1 use the rate set in "
                             "Edit ▸ Preferences.").replace("%1", _rate_currency(fig.id)))
        converted = self._converted(row, column, fig)
        if converted:
            lines.append(converted)
        if column == AVERAGE and fig.id in COST_FIGURES and fig.id in TIMELINE_FIGURES:  # a build's extra scope
            lines.append(_tr("The mean of low, most common and high: the value the likely costs and weeks take"))
        elif column == AVERAGE and fig.id in COST_FIGURES:
            lines.append(_tr("The mean of low, most common and high: the value the likely costs take"))
        elif column == AVERAGE and fig.id in TIMELINE_FIGURES:  # a launch step's likely weeks (engine/timeline.py)
            lines.append(_tr("The mean of low, most common and high: the value the likely weeks take"))
        return "\n".join(lines)

    def _converted(self, row: int, column: int, fig: Figure) -> str:
        """An amount's value as the rest of the window writes it, where that is in another currency (Preferences'
        display currency): the cells keep the pack's yuan, which the plan and the Sensitivity dock beside them write
        in dollars ("30,000" here, "$4,290" there), one figure read two ways with nothing to join them."""
        words = text.words(self._pack)
        if words.currency == "CNY" or not is_money(fig) or fig.unit.split("/")[0] == words.currency:
            return ""
        if column in VALUE_COLUMNS:
            value = self.values(row)[VALUE_COLUMNS[column]]
        elif column == AVERAGE and fig.id in COST_FIGURES:
            value = self.average(row)
        else:
            return ""
        return _tr("Elsewhere in the window: %1 (%2)").replace("%1", value_text(fig, value, words)) \
            .replace("%2", words.rate_note())

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object,  # noqa: N802 - Qt override
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in VALUE_COLUMNS:
            return False
        fig = self.figure(index.row())
        # A share is typed as its cell shows it, a percentage: "65%" or "65" is 65 % (held as 0.65). "65%" was refused
        # as no number, and 1.5 as outside 0 to 1, beside cells and a chart that write shares as percentages.
        number = parse_share(value) if is_share(fig) else parse_value(value)
        if self._ids[index.row()] in DISPLAY_RATES:
            return False  # (not editable: see flags)
        if has_decimal_comma(value):
            self.refused.emit(_tr("“%1”: write decimals with a point (1.5); a comma only groups thousands "
                                  "(450,000).").replace("%1", str(value)))
            return False
        if number is None or number < 0:
            self.refused.emit(_tr("“%1” is not a number wxdesk can use here: type a number of 0 or more.")
                              .replace("%1", str(value)))
            return False
        if 0 < number < SMALLEST_FIGURE:
            # (1e-320 was taken, and shown as "0.000…0001", 320 digits wide)
            self.refused.emit(_tr("“%1” is too small for wxdesk to show: type 0, or a number of at least %2.")
                              .replace("%1", str(value)).replace("%2", self._value_text(fig, SMALLEST_FIGURE)))
            return False
        row = index.row()
        current = self.values(row)
        if current[VALUE_COLUMNS[index.column()]] == number:
            return True
        return self.set_values(row, edited_range(current, VALUE_COLUMNS[index.column()], number))

    # --------------------------------------------------------------- editing

    def set_values(self, row: int, values: Mapping[str, float]) -> bool:
        """Use these low/likely/high for the figure in this scenario (dropping the override if they match the pack)."""
        fig, fid = self.figure(row), self._ids[row]
        scenario = self.document.scenario
        if (values["low"], values["likely"], values["high"]) == (fig.low, fig.likely, fig.high):
            scenario = without_override(scenario, fid)
        else:
            scenario = with_override(scenario, fid, values["low"], values["likely"], values["high"])
            refusal = _out_of_range(fig, scenario, self.document.pack)
            if refusal:
                self.refused.emit(refusal)
                return False
            if not model_holds(scenario, self.document.pack, fid):
                shown = self._value_text(fig, values["likely"]) if values["low"] == values["high"] else \
                    f"{self._value_text(fig, values['low'])}–{self._value_text(fig, values['high'])}"
                label = fig.label_zh if text.is_chinese() else fig.label
                self.refused.emit(_tr("wxdesk cannot compute with %1 for “%2” (the model divides by it or "
                                      "takes its logarithm); the figure keeps its value.")
                                  .replace("%1", shown).replace("%2", label))
                return False
        self.document.set_scenario(scenario, lambda: _tr("Change “%1”").replace("%1", _label(fig)))
        return True

    def reset(self, rows: list[int] | None = None) -> None:
        """Back to the data pack's values: the given rows, or every figure (one undo step)."""
        scenario = self.document.scenario
        if rows is None:
            scenario = without_override(scenario)
        else:
            for row in rows:
                scenario = without_override(scenario, self._ids[row])
        figures = [self.document.pack.figures[self._ids[row]] for row in rows or ()]
        self.document.set_scenario(scenario, (lambda: _tr("Reset “%1”").replace("%1", _label(figures[0])))
                                   if len(figures) == 1 else lambda: _tr("Reset figures"))


def _rate_currency(figure_id: str) -> str:
    return next(code for code, rate in RATE_FIGURES.items() if rate == figure_id)


def _label(figure: Figure) -> str:
    """A figure's name in the window's language, as the table's first column gives it."""
    return figure.label_zh if text.is_chinese() else figure.label


class AssumptionsFilter(QSortFilterProxyModel):
    """Search words and a group (or "edited" / "possibly out of date") filter."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._group = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, search: str) -> None:
        self.beginFilterChange()
        self._words = search.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_group(self, group: str) -> None:
        self.beginFilterChange()
        self._group = group or ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if self._group == SHOW_EDITED and not model.data(index, EDITED_ROLE):
            return False
        if self._group == SHOW_STALE and not model.data(index, STALE_ROLE):
            return False
        if self._group and not self._group.startswith("@") and model.data(index, GROUP_ROLE) != self._group:
            return False
        haystack = model.data(index, SEARCH_ROLE) or ""
        return all(word in haystack for word in self._words)


class _ValueDelegate(QStyledItemDelegate):
    """Edits numbers in a plain line (450000, 0.175): no spin box that rounds or caps them."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                     index: QModelIndex | QPersistentModelIndex) -> QLineEdit:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor


class AssumptionsPanel(QWidget):
    """Search, group filter, the figures table and the reset buttons."""

    def __init__(self, document: ScenarioDocument, today: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assumptionsPanel")
        self.document = document
        self.model = AssumptionsModel(document, today, self)
        self.proxy = AssumptionsFilter(self)
        self.proxy.setSourceModel(self.model)

        # objectName as a keyword: PySide6 takes any Qt property so, the stubs list only each class's own (typed: a
        # call the stub refuses would be Any).
        self.search: QLineEdit = QLineEdit(objectName="assumptionSearch")  # type: ignore[call-overload]
        self.search.setClearButtonEnabled(True)
        self.group = QComboBox(objectName="assumptionGroup")  # type: ignore[call-arg]
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table = QTableView(objectName="assumptionTable")  # type: ignore[call-arg]
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the pack's own order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        # Tab leaves the table for the buttons below it (the arrow keys move between cells): with Qt's default, Tab
        # went from cell to cell and never out, and Reset Selected and Reset All could not be reached by keyboard.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.delegate = _ValueDelegate(self.table)
        for column in VALUE_COLUMNS:
            self.table.setItemDelegateForColumn(column, self.delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Source takes what the others leave, elided (its tooltip holds it whole); they take their content's width
        # (_fit_columns).
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)

        # Right-click ▸ Reset, or Delete / Backspace on the table (see eventFilter).
        self.reset_action: QAction = QAction(self.table, objectName="resetFigureAction")  # type: ignore[call-overload]
        self.reset_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.reset_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reset_action.triggered.connect(self.reset_selected)
        self.table.installEventFilter(self)
        self.table.addAction(self.reset_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.reset_button: QPushButton = QPushButton(objectName="resetFigureButton")  # type: ignore[call-overload]
        self.reset_all_button: QPushButton = QPushButton(  # type: ignore[call-overload]
            objectName="resetAllFiguresButton")
        self.status: QLabel = QLabel(objectName="assumptionStatus")  # type: ignore[call-overload]
        self.status.setWordWrap(True)
        # Shown while Preferences' display currency is not the yuan (see _show_currency_note).
        self.currency_note: QLabel = QLabel(objectName="assumptionCurrencyNote")  # type: ignore[call-overload]
        self.currency_note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.group)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.reset_button)
        bottom.addWidget(self.reset_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.currency_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.search.textChanged.connect(self.proxy.set_search)
        self.group.currentIndexChanged.connect(lambda _i: self.proxy.set_group(self.group.currentData()))
        self.reset_button.clicked.connect(self.reset_selected)
        self.reset_all_button.clicked.connect(self.reset_all)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.refused.connect(self._show_refusal)
        self.model.modelReset.connect(self._fill_groups)
        self.model.modelReset.connect(self._fit_columns)
        self._fitting = False
        self._columns_dragged = False
        header.sectionResized.connect(self._note_dragged)
        self.table.viewport().installEventFilter(self)
        self.model.modelReset.connect(self._update_status)
        self.model.dataChanged.connect(lambda *_: self._update_status())
        self._refusal = ""
        self.model.modelReset.connect(self._show_currency_note)  # (another pack: its rates)
        self.retranslate()
        # (After the note first asked for the window's words: their cache, which forgets the old rate on the same
        # signal, is told first.)
        settings.follow(settings.notifier().display_changed, self, self._show_currency_note)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()  # (the viewport's: the table's own comes before the viewport has its new width)
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and cast("QKeyEvent", event).key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and self.table.state() != QAbstractItemView.State.EditingState):
            self.reset_selected()
            return True
        return super().eventFilter(watched, event)

    def selected_rows(self) -> list[int]:
        rows = {self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()}
        return sorted(rows)

    def show_changed(self) -> None:
        """Only the figures changed for this scenario (the plan's line naming them was clicked), the search cleared."""
        self.search.clear()
        self.group.setCurrentIndex(max(self.group.findData(SHOW_EDITED), 0))

    def reset_selected(self) -> None:
        rows = [row for row in self.selected_rows() if self.model.is_edited(row)]
        if rows:
            self.model.reset(rows)

    def reset_all(self) -> None:
        self.model.reset()

    def _show_refusal(self, message: str) -> None:
        self._refusal = message
        self._update_status()

    def _update_buttons(self) -> None:
        any_edited = any(self.model.is_edited(row) for row in self.selected_rows())
        self.reset_button.setEnabled(any_edited)
        self.reset_action.setEnabled(any_edited)
        self.reset_all_button.setEnabled(self.model.edited_count > 0)

    def _update_status(self) -> None:
        parts = []
        if self._refusal:
            parts.append(self._refusal)
            self._refusal = ""
        edited, stale = self.model.edited_count, self.model.stale_count
        if edited == 0:
            parts.append(self.tr("All figures as in the data pack."))
        elif edited == 1:
            parts.append(self.tr("1 figure changed for this scenario."))
        else:
            parts.append(self.tr("%1 figures changed for this scenario.").replace("%1", str(edited)))
        if stale:
            parts.append(self.tr("⚠ %1 may be out of date (source older than %2 years).")
                         .replace("%1", str(stale)).replace("%2", f"{self.document.pack.stale_after_years:g}"))
        self.status.setText("  ".join(parts))
        self._update_buttons()

    def _show_currency_note(self) -> None:
        """While amounts are shown in dollars or euros, a line over the table saying that its amounts stay in the
        pack's yuan, and in which currency and at what rate the rest of the window writes them: the table read
        "30,000 | 200,000 | CNY" beside the Sensitivity dock's "$4,290 … $28,600" for the same build, the plan's
        "Build $17.2k" above, and nothing said they were one figure. The cells are edited in the pack's units,
        as it holds them; each amount's tooltip gives it as the rest of the window does."""
        words = text.words(self.document.pack)
        shown = words.currency != "CNY"
        if shown:
            self.currency_note.setText(
                self.tr("Amounts here are as the data pack holds them, in yuan (a few fees in US dollars, as their "
                        "unit says); the rest of the window shows them in %1 at %2. Point at an amount to see it so.")
                .replace("%1", words.currency_name()).replace("%2", words.rate_note()))
        self.currency_note.setVisible(shown)

    def _fill_groups(self) -> None:
        chosen = self.group.currentData()
        pack = self.document.pack
        groups = list(dict.fromkeys(fig.group for fig in pack.figures.values()))
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All figures"), "")
        self.group.addItem(self.tr("Changed for this scenario"), SHOW_EDITED)
        self.group.addItem(self.tr("Possibly out of date"), SHOW_STALE)
        for group in groups:
            self.group.addItem(group_name(group, pack), group)
        index = self.group.findData(chosen)
        self.group.setCurrentIndex(max(index, 0))
        self.group.blockSignals(False)
        self.proxy.set_group(self.group.currentData())

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search figures, sources and notes…"))
        self.search.setAccessibleName(self.tr("Search figures"))
        self.group.setAccessibleName(self.tr("Show figures of"))
        self.reset_action.setText(self.tr("Reset to the Data Pack's Values"))
        self.reset_button.setText(self.tr("Rese&t Selected"))
        self.reset_button.setToolTip(self.tr("Use the data pack's values again for the selected figures"))
        self.reset_all_button.setText(self.tr("Reset &All"))
        self.reset_all_button.setToolTip(self.tr("Use the data pack's values again for every figure"))
        self.table.setAccessibleName(self.tr("Data pack figures"))
        self._fill_groups()
        self._update_status()
        self._show_currency_note()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0),
                                        self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1))
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Every column but Source as wide as what it holds, Source the rest, elided (its tooltip holds it whole).

        At fixed widths the figures' names and their units were cut ("messages/m…") beside a Source column of
        empty pixels. Where the table is too narrow for all that and Source's least, the groups give way, down to
        their least (the filter above names them whole, and so does their tooltip); beyond that the table scrolls
        sideways: the figures' names (up to their cap), the units and the values are never cut. Fitted when the figures,
        the language or the table's width change, not as values are edited, and no longer once the user dragged
        a column to a width of their own."""
        if self._columns_dragged:
            return
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        chinese = text.is_chinese()
        ideograph, average = metrics.horizontalAdvance("中"), metrics.averageCharWidth()
        widths = {column: max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
                  for column in range(COLUMN_COUNT) if column != SOURCE}
        most = ideograph * FIGURE_MOST_IDEOGRAPHS if chinese else average * FIGURE_MOST_CHARACTERS
        widths[FIGURE] = min(widths[FIGURE], most)
        source_least = ideograph * SOURCE_LEAST_CHARACTERS // 2 if chinese else average * SOURCE_LEAST_CHARACTERS
        excess = sum(widths.values()) + source_least - self.table.viewport().width()
        least = ideograph * GROUP_LEAST_CHARACTERS // 2 if chinese else average * GROUP_LEAST_CHARACTERS
        give = max(0, min(excess, widths[GROUP] - max(least, header.sectionSizeHint(GROUP))))
        widths[GROUP] -= give
        excess -= give
        if excess > 0:  # Source at its least, the table scrolling sideways (stretched, it would get what is left)
            widths[SOURCE] = source_least
        self._fitting = True
        try:
            header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive if excess > 0
                                        else QHeaderView.ResizeMode.Stretch)
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _note_dragged(self, column: int, _old: int, _new: int) -> None:
        # (Source follows the others: its own resizes are the layout's.)
        if not self._fitting and column != SOURCE and self.table.isVisible():
            self._columns_dragged = True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AssumptionsDock(QDockWidget):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assumptionsDock")
        self.panel = AssumptionsPanel(document, parent=self)
        self.setWidget(self.panel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assumptions"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
