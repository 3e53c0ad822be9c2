"""File ▸ Compare Scenarios: two to four scenarios side by side, differences marked.

One column per scenario; rows for the inputs, each scenario's plan (its presences, score
and cost), each presence's fit with "in the plan", and the plan's app-or-Mini-Program
choice: the same as `wxdesk compare`. A row whose values differ is
bold and tinted, and "Only differences" hides the others. The numbers come from
wxdesk.engine.compare; this window only lays them out.

Opened from the window, its first column is the window's scenario and follows it as it is edited (a
frozen copy read ¥500k beside a window at ¥3.16M, with nothing to say so): a copy marked with its time
and a Refresh button would leave the reader to notice and press it, for a comparison that costs a few
milliseconds. It follows only while the dialog is shown (a minimised or hidden one catches up when
shown again), once per turn of the event loop however many edits the turn holds, and rewrites only
the cells whose text changed: the other columns' cells, the selection and the scroll stay put. (The
engine's compare() still evaluates every column again, about a millisecond each: it takes scenarios,
not answers.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QFontMetrics, QShowEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMenu, QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from wxdesk import settings
from wxdesk.engine import DataPack, Scenario, ScenarioError, load_preset, read_scenario_file
from wxdesk.engine.compare import MAX_SCENARIOS, MIN_SCENARIOS, Comparison, compare, unique_labels
from wxdesk.ui import i18n, text
from wxdesk.ui.document import field_label
from wxdesk.ui.file_actions import (broken_example_text, can_ask_user, documents_folder, preset_names,
                                    refused_file_text, show_error)
from wxdesk.words.comparison import field_value, fit_cell, plan_rows
from wxdesk.words.inputs_apart import InputsApart
from wxdesk.words.line_breaks import keep_together, shown

if TYPE_CHECKING:
    from wxdesk.ui.document import ScenarioDocument
    from wxdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DIFFERS_TINT = QColor(255, 196, 0, 70)  # amber, light enough for either palette
FRAME_ALLOWANCE = 16  # a window frame's borders, left and right (known only once the dialog is shown)
HEADER_LINES = 3  # a column's heading wraps onto this many lines at most, the last one elided at its end
MIN_COLUMN_CHARACTERS = 18  # the narrowest a column grows, in average characters of the header's font
# In Chinese, in ideographs: a Chinese font's average character is a Latin one's, and 18 of them made 216-px columns
# that pushed a fourth scenario out of a 1000-px dialog; an ideograph says about what two Latin letters do.
MIN_COLUMN_IDEOGRAPHS = 9
WIDE_COLUMN_CHARACTERS = 32  # a column is made no wider than this for what it holds (its texts wrap beyond)


@dataclass
class _Column:
    """One scenario of the table: `preset`, the bundled example it was read from (read again in each language the
    window turns to: its name, client and notes are the example's, not the user's); `live`, the window's own
    scenario, followed as it is edited."""
    label: str
    scenario: Scenario
    preset: str | None = None
    live: bool = False
    file: str | None = None  # the name of the file it was read from ("bank v2.json")


def heading_lines(label: str, font: QFont, width: int, max_lines: int = HEADER_LINES) -> str:
    """`label` wrapped to `width` pixels on at most `max_lines` lines, the last elided at its end ("…").

    A heading wider than its column is drawn centred and clipped at both ends ("ail bank: customer care a"):
    wrapped to the column's own width it reads whole, or, where even three lines are too few, from its start
    (its tooltip holds it whole). Lines end where Qt's line breaker lets them (between words; in Chinese
    between characters, not inside a product's name: keep_together)."""
    joined = keep_together(label)
    layout = QTextLayout(joined, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while len(starts) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        starts.append(line.textStart())
    layout.endLayout()
    if not starts:
        return label
    lines = [shown(joined[start:end]).strip() for start, end in zip(starts, starts[1:])]
    last = shown(joined[starts[-1]:]).strip()
    lines.append(QFontMetrics(font).elidedText(last, Qt.TextElideMode.ElideRight, max(1, width)))
    return "\n".join(lines)


class UnbrokenCells(QStyledItemDelegate):
    """Cells whose lines never end inside a figure and its unit or inside a product's name: each cell's text is
    laid out, measured and drawn with the runs that must stay whole joined (keep_together, the rule of the window's
    labels, the handout and the long image), and read back as written (the item keeps its own text). The Chinese
    table wrapped the budget's sentence as "…预计成本 ¥24.6" / "万。". A run wider than its column still breaks (Qt's
    views wrap at word boundaries or anywhere), where the text could go on no other way."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.text = keep_together(option.text)


def least_column_width(metrics: QFontMetrics) -> int:
    """The narrowest a column grows: some 18 characters of the language the window is in."""
    if i18n.is_chinese():
        return metrics.horizontalAdvance("中") * MIN_COLUMN_IDEOGRAPHS
    return metrics.averageCharWidth() * MIN_COLUMN_CHARACTERS


def ask_compare_paths(parent: QWidget, folder: Path) -> list[str]:
    """Scenario files to add (tests replace this)."""
    if not can_ask_user():
        return []
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("CompareDialog", "Add Scenarios to Compare"), str(folder),
        QCoreApplication.translate("CompareDialog", "wxdesk scenarios (*.json);;All files (*)"))
    return paths


class CompareDialog(QDialog):
    """Attributes: `table`, `comparison` (None with fewer than two scenarios), `entries` (label source, Scenario).

    Given a `document` (the window's), its scenario is the first column and follows it (follow_window)."""

    def __init__(self, pack: DataPack, entries: list[tuple[str, Scenario]] | None = None,
                 parent: QWidget | None = None, document: ScenarioDocument | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.pack = pack
        self._columns = [_Column(label, scenario) for label, scenario in entries or []]
        self.comparison: Comparison | None = None
        self._row_kinds: list[tuple[str, bool]] = []  # (row key, differs)
        self._laid_out_columns = 0  # the columns the rows were laid out for (_fill)
        self._headings: list[str] = []  # each column's heading whole, wrapped to its width by _fit_headings
        self.document = document
        self._behind = False  # the window's scenario changed while this dialog was not shown
        # The edits of one turn of the event loop (a drag's steps, a name and a client) make one refresh.
        self._follow_timer = QTimer(self, singleShot=True, interval=0)
        self._follow_timer.timeout.connect(self._catch_up)
        if document is not None:
            scenario, label = _window_column(document)
            self._columns.insert(0, _Column(label, scenario, live=True))
            # (as settings.follow: never to a dialog Qt has deleted, which the document outlives)
            document.changed.connect(self._window_changed)
            document.title_changed.connect(self._window_changed)

        # objectName as a keyword: PySide6 takes any Qt property so, the stubs list only each class's own
        # (typed where the stub refuses the whole call, which would be Any).
        self.summary: QLabel = QLabel(wordWrap=True, objectName="compareSummary")  # type: ignore[call-overload]
        self.add_file_button: QPushButton = QPushButton(objectName="addFileButton")  # type: ignore[call-overload]
        self.add_file_button.clicked.connect(self.add_files)
        # A push button with a menu, like the buttons beside it: its size counts the menu's arrow, where a tool
        # button's instant popup drew the arrow over the end of its label ("Exampl▾", "示▾").
        self.add_example_button: QPushButton = QPushButton(objectName="addExampleButton")  # type: ignore[call-overload]
        self.examples_menu = QMenu(self)  # filled in the current language (retranslate)
        self.add_example_button.setMenu(self.examples_menu)
        self.remove_button: QPushButton = QPushButton(objectName="removeButton")  # type: ignore[call-overload]
        self.remove_button.clicked.connect(self.remove_selected)
        self.only_differences: QCheckBox = QCheckBox(objectName="onlyDifferences")  # type: ignore[call-overload]
        self.only_differences.toggled.connect(self._apply_filter)
        bar = QHBoxLayout()
        for widget in (self.add_file_button, self.add_example_button, self.remove_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.only_differences)

        self.table: QTableWidget = QTableWidget(objectName="compareTable")  # type: ignore[call-overload]
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectColumns)
        self.table.setWordWrap(True)
        self.cells = UnbrokenCells(self.table)
        self.table.setItemDelegate(self.cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # Never so narrow that a column holds a word or two a line: the table scrolls sideways instead.
        header.setMinimumSectionSize(least_column_width(header.fontMetrics()))
        header.sectionResized.connect(self._section_resized)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        screen = self.screen()
        free = screen.availableGeometry() if screen is not None else None
        self.resize(min(1000, free.width() - FRAME_ALLOWANCE) if free is not None else 1000,
                    min(720, free.height() - 2 * FRAME_ALLOWANCE) if free is not None else 720)
        settings.follow(settings.notifier().display_changed, self, self.refresh)
        self.retranslate()

    # ---------------------------------------------------------------- scenarios

    @property
    def entries(self) -> list[tuple[str, Scenario]]:
        """Each column's (label, scenario), left to right."""
        return [(column.label, column.scenario) for column in self._columns]

    @property
    def live_column(self) -> int | None:
        """The column that is the window's scenario and follows it (None once removed)."""
        return next((i for i, column in enumerate(self._columns) if column.live), None)

    def add_scenario(self, label: str, scenario: Scenario, preset: str | None = None, file: str | None = None) -> bool:
        if len(self._columns) >= MAX_SCENARIOS:
            return False
        self._columns.append(_Column(label, scenario, preset, file=file))
        self.refresh()
        return True

    def add_files(self) -> None:
        folder = settings.last_folder() or documents_folder()
        for path in ask_compare_paths(self, folder):
            if len(self._columns) >= MAX_SCENARIOS:
                show_error(self, self.tr("Compare Scenarios"),
                           self.tr("At most %1 scenarios can be compared at once.").replace("%1", str(MAX_SCENARIOS)))
                break
            try:
                scenario = read_scenario_file(path, self.pack.figures)
            except ScenarioError as exc:
                # In plain words and the window's language, as the window's own Open says it.
                show_error(self, self.tr("Could not add the scenario"), refused_file_text(exc, self.pack))
                continue
            self.add_scenario(Path(path).stem, scenario, file=Path(path).name)

    def add_preset(self, preset_id: str) -> None:
        # In the window's language, as the Example box opens it: a Chinese table of English examples
        # ("Fitness coaching with a heart-rate strap" beside 电动汽车品牌) is no comparison to show a client.
        # The examples menu lists each example by its name alone; an example is read whole, and checked, here.
        try:
            scenario = load_preset(preset_id, i18n.current_language())
        except ScenarioError as exc:
            log.warning("example %s refused: %s", preset_id, exc)
            show_error(self, self.tr("Could not add the scenario"), broken_example_text(preset_id))
            return
        self.add_scenario(preset_id, scenario, preset=preset_id)

    def _source_words(self, column: _Column) -> str:
        """Where a column's scenario comes from, for a client: "This window", "Example", or its file's name."""
        if column.live:
            return self.tr("This window")
        if column.preset is not None:
            return self.tr("Example")
        return column.file or column.label

    def _fill_examples_menu(self) -> None:
        self.examples_menu.clear()
        # Named as the window's Example box names them (read once per language).
        for preset_id, name in preset_names(i18n.current_language()).items():
            action = QAction(name, self)
            action.triggered.connect(lambda _checked=False, p=preset_id: self.add_preset(p))
            self.examples_menu.addAction(action)

    def remove_selected(self) -> None:
        columns = sorted({index.column() for index in self.table.selectedIndexes()}, reverse=True)
        for column in columns or [len(self._columns) - 1]:
            if 0 <= column < len(self._columns):
                del self._columns[column]
        self.refresh()

    def _examples_in_language(self) -> None:
        """Each column read from a bundled example, read again in the window's language (its name, client and
        notes are the example's: a Chinese table kept "Retail bank: customer care and advisers" beside 新场景).
        A scenario from a file is the user's, and reads as the user wrote it; so does the window's, but where it is
        an example opened and left as it came (see _window_column)."""
        live, document = self.live_column, self.document
        if live is not None and document is not None:
            column = self._columns[live]
            column.scenario, column.label = _window_column(document)
        for column in self._columns:
            if column.preset is None:
                continue
            try:
                column.scenario = load_preset(column.preset, i18n.current_language())
            except ScenarioError as exc:  # read once already: only a file changed since could refuse it
                log.warning("example %s refused: %s", column.preset, exc)

    # ---------------------------------------------------------------- the window's scenario

    def _window_changed(self, *_args: object) -> None:
        if not shiboken6.isValid(self) or self.live_column is None:
            return
        if self.isVisible() and not self.isMinimized():
            self._follow_timer.start()
        else:
            self._behind = True  # nothing is drawn for a dialog no one sees: caught up when shown (_catch_up)

    def _catch_up(self) -> None:
        """The live column as the window's scenario is now: the scenario of the answer the window shows (while
        the scenario as edited has no answer, the window shows the last one it had, and so does this column)."""
        self._behind = False
        live, document = self.live_column, self.document
        if live is None or document is None:
            return
        scenario, label = _window_column(document)
        column = self._columns[live]
        if (column.scenario, column.label) == (scenario, label) and self.pack is document.pack:
            return
        column.scenario, column.label = scenario, label
        self.pack = document.pack  # (an imported pack: the window's answer is now found with it)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._behind:
            self._catch_up()

    # ---------------------------------------------------------------- table

    def refresh(self) -> None:
        full = len(self._columns) >= MAX_SCENARIOS
        self.add_file_button.setEnabled(not full)
        self.add_example_button.setEnabled(not full)
        self.remove_button.setEnabled(bool(self._columns))
        scenarios = [column.scenario for column in self._columns]
        words = text.words(self.pack)
        names = [words.scenario_name(s.name) for s in scenarios]  # (a new scenario's, in the window's language)
        # Two columns of one name are told apart in words a client reads: the window's, an example's, a file's name
        # (the headings read "零售银行：客户服务与理财顾问 (1)" beside "… (bank_care)").
        labels = unique_labels(names, [self._source_words(column) for column in self._columns],
                               ("（", "）") if text.is_chinese() else (" (", ")"))
        # A field differs where its values do, as `wxdesk compare` marks it; values that would read alike are written
        # apart (_fill).
        self.comparison = compare(scenarios, self.pack, labels) if len(scenarios) >= MIN_SCENARIOS else None
        self.table.setColumnCount(len(scenarios))
        self._headings = list(labels)
        for c, column in enumerate(self._columns):
            # The heading whole, and where the scenario comes from (never an example's id: "bank_care").
            source = self._source_words(column)
            tip = labels[c] if source in labels[c] else f"{labels[c]}\n{source}"
            if column.live:
                tip += "\n" + self.tr("The scenario in the main window: this column follows its changes.")
            heading = self.table.horizontalHeaderItem(c)
            if heading is None:
                heading = QTableWidgetItem()
                self.table.setHorizontalHeaderItem(c, heading)
            heading.setToolTip(tip)  # the heading whole, wherever its column is too narrow for it
        self._fit_headings()
        if self.comparison is None:
            self.table.clearSpans()
            self._row_kinds = []
            self.table.setRowCount(0)
            self.summary.setText(self.tr("Add one to three more scenarios to compare them with this one.")
                                 if scenarios else self.tr("Add two to four scenarios to compare."))
            return
        self._fill(self.comparison)
        self.summary.setText(self._summary_text(self.comparison))
        self._apply_filter()
        self._widen_for_columns()

    def _widen_for_columns(self) -> None:
        """The dialog as wide as its columns want, each the width of its widest text up to a cap, within the
        screen: where it is narrower, it grows (it never shrinks under the user), and moves back inside the screen
        where it grew past its edge."""
        header = self.table.horizontalHeader()
        cap = header.fontMetrics().averageCharWidth() * WIDE_COLUMN_CHARACTERS
        least = header.minimumSectionSize()
        columns = sum(max(least, min(cap, self.table.sizeHintForColumn(c))) for c in range(self.table.columnCount()))
        frame = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        frame += margins.left() + margins.right() if margins is not None else 0
        wanted = self.table.verticalHeader().sizeHint().width() + columns + frame
        screen = self.screen()
        if screen is not None:
            wanted = min(wanted, screen.availableGeometry().width() - FRAME_ALLOWANCE)
        if wanted > self.width():
            self.resize(wanted, self.height())
            self._keep_on_screen()

    def _keep_on_screen(self) -> None:
        """A shown dialog moved left as far as its frame runs past the screen's free room on the right (never past its
        left edge). Placed centred over the window and grown for Chinese columns at 1366×768, it ran 157 px off the
        right edge: the fourth column, "仅显示差异" and Close out of reach."""
        screen = self.screen()
        if screen is None or not self.isVisible():  # (a dialog shown later is placed on the screen by Qt)
            return
        free, frame = screen.availableGeometry(), self.frameGeometry()
        # (The frame's borders are known once the window manager has drawn them; the geometry's are its least.)
        right = max(frame.right(), self.geometry().right())
        left = min(frame.left(), self.geometry().left())
        shift = max(min(0, free.right() - right), free.left() - left)
        if shift:
            self.move(self.x() + shift, self.y())

    def _fill(self, comparison: Comparison) -> None:
        rows: list[tuple[str, str, list[str], bool]] = []  # key, heading, cells, differs
        words = text.words(self.pack)
        # The inputs as the command line writes them, those that differ and would read alike written apart (budgets
        # of 1,059,600 and 1,059,700 both read ¥1.06M beside two different plans).
        apart = InputsApart.of(comparison, words, self.pack)
        rows.append(("section:inputs", self.tr("Inputs"), [], False))
        for row in comparison.fields:
            if not row.differs and not any(row.values):
                continue  # a field none of them has (no scenario saved with a pack date): nothing to compare
            # Named as the window's controls name them (document.field_label: the row read "Share of users won
            # through ads" beside the slider "Users won through ads"), written as `wxdesk compare` writes them.
            rows.append((f"field:{row.field}", field_label(row.field),
                         [field_value(row.field, v, apart, self.pack) for v in row.values], row.differs))
        evaluations = comparison.evaluations
        rows.append(("section:plan", self.tr("The plan"), [], False))
        # Row by row as `wxdesk compare` writes them (words.comparison.plan_rows): one text for one value.
        rows += [(key, heading, cells, len(set(cells)) > 1) for key, heading, cells in plan_rows(comparison, words)]
        rows.append(("section:fit", self.tr("Each presence alone: fit out of 100"), [], False))
        for stands in comparison.presences:  # (a name of its own: `row` above is an input's)
            # As `wxdesk compare` writes them: where a presence stands, in the words of its panel's status.
            cells = [fit_cell(fit, ok, inside, words, e.scenario) for fit, ok, inside, e
                     in zip(stands.fits, stands.eligible, stands.in_plan, evaluations, strict=True)]
            rows.append((f"presence:{stands.presence}", text.presence_name(stands.presence), cells, stands.differs))

        kinds = [(key, differs) for key, _heading, _cells, differs in rows]
        fresh = (kinds, self.table.columnCount()) != (self._row_kinds, self._laid_out_columns)
        if fresh:
            # Other rows, other marks or another column: laid out afresh (the headings are refresh's).
            self.table.clearSpans()
            self.table.clearContents()
            self.table.setRowCount(len(rows))
            self._row_kinds, self._laid_out_columns = kinds, self.table.columnCount()
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (key, heading, cells, differs) in enumerate(rows):
            head = self.table.verticalHeaderItem(r)
            if fresh or head is None or head.text() != ("≠ " if differs else "") + heading:
                head = QTableWidgetItem(("≠ " if differs else "") + heading)
                if key.startswith("section:"):
                    head.setFont(bold)
                    self.table.setSpan(r, 0, 1, max(1, self.table.columnCount()))
                self.table.setVerticalHeaderItem(r, head)
            for c, cell in enumerate(cells):
                # Only a cell whose text changed is set again (the window's column, as it is edited): the others,
                # the selection and the scroll stay as they were.
                item = self.table.item(r, c)
                if not fresh and item is not None and item.text() == cell:
                    continue
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                if differs:
                    item.setFont(bold)
                    item.setBackground(QBrush(DIFFERS_TINT))
                self.table.setItem(r, c, item)

    def _summary_text(self, comparison: Comparison) -> str:
        words = text.words(self.pack)
        differing = [field_label(f) for f in comparison.differing_fields]
        if not differing:
            inputs = self.tr("The inputs are the same.")
        elif len(differing) <= 3:
            inputs = self.tr("Differing inputs (marked ≠): %1.").replace("%1", words.join(differing))
        else:
            inputs = self.tr("%1 inputs differ (marked ≠).").replace("%1", str(len(differing)))
        plan = (self.tr("The plan is the same for all: %1.").replace("%1", text.plan_name(comparison.plans[0]))
                if len(set(comparison.plans)) == 1 else self.tr("The plans differ."))
        return words.sentences((inputs, plan))  # no space after "。" in Chinese

    def differing_rows(self) -> list[str]:
        """Keys of the rows marked as different (field:budget_cny, presence:service, plan...)."""
        return [key for key, differs in self._row_kinds if differs]

    def _fit_headings(self) -> None:
        """Each column's heading wrapped to the column's width now."""
        for column in range(len(self._headings)):
            self._fit_heading(column, self.table.horizontalHeader().sectionSize(column))

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        # (The width the signal gives: the header reports the sections' old widths until all are resized.)
        self._fit_heading(column, new)

    def _fit_heading(self, column: int, width: int) -> None:
        """A column's heading wrapped to `width` (a column stretches with the dialog)."""
        item = self.table.horizontalHeaderItem(column)
        if item is None or column >= len(self._headings):
            return
        header = self.table.horizontalHeader()
        margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 2
        fitted = heading_lines(self._headings[column], header.font(), width - margin)
        if item.text() != fitted:  # (setting the same text again would lay the header out again)
            item.setText(fitted)

    def _apply_filter(self, *_args: object) -> None:
        only = self.only_differences.isChecked()
        for r, (key, differs) in enumerate(self._row_kinds):
            self.table.setRowHidden(r, only and not differs and not key.startswith("section:"))

    def retranslate(self) -> None:
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(least_column_width(header.fontMetrics()))
        self.setWindowTitle(self.tr("Compare Scenarios"))
        self.add_file_button.setText(self.tr("Add File…"))
        self.add_example_button.setText(self.tr("Add Example"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected column (or the last one)"))
        self.only_differences.setText(self.tr("Only differences"))
        self._fill_examples_menu()
        self._examples_in_language()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange:  # (the window's face follows its language: ui_font)
            self._fit_headings()
        elif event.type() == QEvent.Type.WindowStateChange and not self.isMinimized() and self._behind:
            self._catch_up()
        super().changeEvent(event)


def _document_label(document: ScenarioDocument) -> str:
    return document.path.stem if document.path else document.display_name()


def _window_column(document: ScenarioDocument) -> tuple[Scenario, str]:
    """The window's scenario as its column shows it, and the column's label.

    An example the user opened and left as it came reads in the window's language, as the examples added to the
    table do: its name, client and notes are the example's, not the user's (yoga_teacher opened in Chinese, the
    window then switched to English, headed the table 独立瑜伽老师：课程与练习小贴士 beside "Factory: staff shifts…").
    Edited in any way, or saved to a file, it is the user's and reads as the user wrote it."""
    scenario = document.evaluation.scenario
    example = None if document.path is not None else _untouched_example(scenario)
    if example is not None:
        try:
            in_language = load_preset(example, i18n.current_language())
        except ScenarioError as exc:  # read once already: only a file changed since could refuse it
            log.warning("example %s refused: %s", example, exc)
        else:
            return in_language, in_language.name
    return scenario, _document_label(document)


def _untouched_example(scenario: Scenario) -> str | None:
    """The bundled example `scenario` is, exactly as it comes in one of the languages; None if it is no example or
    differs from it in anything. (Only an example of its name is read: the names are read once per language.)"""
    for language in i18n.LANGUAGES:
        for preset_id, name in preset_names(language).items():
            if name != scenario.name:
                continue
            try:
                if load_preset(preset_id, language) == scenario:
                    return preset_id
            except ScenarioError:
                continue
    return None


def open_compare(window: MainWindow) -> CompareDialog:
    """A non-modal Compare window starting from the scenario in `window`, which its first column follows."""
    document = window.document
    dialog = CompareDialog(document.pack, parent=window, document=document)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
