"""File ▸ Compare Scenarios: two to four scenarios side by side, differences marked.

One column per scenario; rows for the inputs, each scenario's plan (its presences, score
and cost), each presence's fit with "in the plan", and the plan's app-or-Mini-Program
choice: the same as `wxdesk compare`. A row whose values differ is
bold and tinted, and "Only differences" hides the others. The numbers come from
wxdesk.engine.compare; this window only lays them out.
"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QMenu, QPushButton, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget)

from wxdesk import settings
from wxdesk.engine import DataPack, Scenario, ScenarioError, load_preset, read_scenario_file
from wxdesk.engine.compare import MAX_SCENARIOS, MIN_SCENARIOS, Comparison, compare, unique_labels
from wxdesk.ui import i18n, text
from wxdesk.ui.file_actions import (broken_example_text, can_ask_user, documents_folder, preset_names,
                                    refused_file_text, show_error)
from wxdesk.words.comparison import field_name, field_value, fit_cell, plan_rows

if TYPE_CHECKING:
    from wxdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DIFFERS_TINT = QColor(255, 196, 0, 70)  # amber, light enough for either palette


def ask_compare_paths(parent: QWidget, folder: Path) -> list[str]:
    """Scenario files to add (tests replace this)."""
    if not can_ask_user():
        return []
    paths, _filter = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("CompareDialog", "Add Scenarios to Compare"), str(folder),
        QCoreApplication.translate("CompareDialog", "wxdesk scenarios (*.json);;All files (*)"))
    return paths


class CompareDialog(QDialog):
    """Attributes: `table`, `comparison` (None with fewer than two scenarios), `entries` (label source, Scenario)."""

    def __init__(self, pack: DataPack, entries: list[tuple[str, Scenario]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.pack = pack
        self.entries: list[tuple[str, Scenario]] = list(entries or [])
        self.comparison: Comparison | None = None
        self._row_kinds: list[tuple[str, bool]] = []  # (row key, differs)

        # objectName as a keyword: PySide6 takes any Qt property so, the stubs list only each class's own
        # (typed where the stub refuses the whole call, which would be Any).
        self.summary: QLabel = QLabel(wordWrap=True, objectName="compareSummary")  # type: ignore[call-overload]
        self.add_file_button: QPushButton = QPushButton(objectName="addFileButton")  # type: ignore[call-overload]
        self.add_file_button.clicked.connect(self.add_files)
        self.add_example_button = QToolButton(objectName="addExampleButton")  # type: ignore[call-arg]
        self.add_example_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1000, 720)
        settings.follow(settings.notifier().display_changed, self, self.refresh)
        self.retranslate()

    # ---------------------------------------------------------------- scenarios

    def add_scenario(self, label: str, scenario: Scenario) -> bool:
        if len(self.entries) >= MAX_SCENARIOS:
            return False
        self.entries.append((label, scenario))
        self.refresh()
        return True

    def add_files(self) -> None:
        folder = settings.last_folder() or documents_folder()
        for path in ask_compare_paths(self, folder):
            if len(self.entries) >= MAX_SCENARIOS:
                show_error(self, self.tr("Compare Scenarios"),
                           self.tr("At most %1 scenarios can be compared at once.").replace("%1", str(MAX_SCENARIOS)))
                break
            try:
                scenario = read_scenario_file(path, self.pack.figures)
            except ScenarioError as exc:
                # In plain words and the window's language, as the window's own Open says it.
                show_error(self, self.tr("Could not add the scenario"), refused_file_text(exc, self.pack))
                continue
            self.add_scenario(Path(path).stem, scenario)

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
        self.add_scenario(preset_id, scenario)

    def _fill_examples_menu(self) -> None:
        self.examples_menu.clear()
        # Named as the window's Example box names them (read once per language).
        for preset_id, name in preset_names(i18n.current_language()).items():
            action = QAction(name, self)
            action.triggered.connect(lambda _checked=False, p=preset_id: self.add_preset(p))
            self.examples_menu.addAction(action)

    def remove_selected(self) -> None:
        columns = sorted({index.column() for index in self.table.selectedIndexes()}, reverse=True)
        for column in columns or [len(self.entries) - 1]:
            if 0 <= column < len(self.entries):
                del self.entries[column]
        self.refresh()

    # ---------------------------------------------------------------- table

    def refresh(self) -> None:
        full = len(self.entries) >= MAX_SCENARIOS
        self.add_file_button.setEnabled(not full)
        self.add_example_button.setEnabled(not full)
        self.remove_button.setEnabled(bool(self.entries))
        scenarios = [s for _label, s in self.entries]
        words = text.words(self.pack)
        names = [words.scenario_name(s.name) for s in scenarios]  # (a new scenario's, in the window's language)
        labels = unique_labels(names, [label for label, _s in self.entries])
        # A field differs where its values read differently, as `wxdesk compare` marks it (¥500k and ¥500k: same).
        self.comparison = (compare(scenarios, self.pack, labels,
                                   lambda field, value: field_value(field, value, words, self.pack))
                           if len(scenarios) >= MIN_SCENARIOS else None)
        self.table.clear()
        self._row_kinds = []
        self.table.setColumnCount(len(scenarios))
        # Long scenario names wrap onto a second line rather than being cut off.
        self.table.setHorizontalHeaderLabels([textwrap.fill(label, 34, max_lines=3, placeholder="…")
                                              for label in labels])
        for column, (label, _scenario) in enumerate(self.entries):
            # (cast: the labels just set made an item for each column.)
            cast(QTableWidgetItem, self.table.horizontalHeaderItem(column)).setToolTip(f"{names[column]}\n{label}")
        if self.comparison is None:
            self.table.setRowCount(0)
            self.summary.setText(self.tr("Add one to three more scenarios to compare them with this one.")
                                 if scenarios else self.tr("Add two to four scenarios to compare."))
            return
        self._fill(self.comparison)
        self.summary.setText(self._summary_text(self.comparison))
        self._apply_filter()

    def _fill(self, comparison: Comparison) -> None:
        rows: list[tuple[str, str, list[str], bool]] = []  # key, heading, cells, differs
        words = text.words(self.pack)
        rows.append(("section:inputs", self.tr("Inputs"), [], False))
        for row in comparison.fields:
            if not row.differs and not any(row.values):
                continue  # a field none of them has (no scenario saved with a pack date): nothing to compare
            # Named and written as `wxdesk compare` does (words.comparison): one text for one value.
            rows.append((f"field:{row.field}", field_name(row.field, words),
                         [field_value(row.field, v, words, self.pack) for v in row.values], row.differs))
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

        self.table.setRowCount(len(rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (key, heading, cells, differs) in enumerate(rows):
            self._row_kinds.append((key, differs))
            head = QTableWidgetItem(("≠ " if differs else "") + heading)
            if key.startswith("section:"):
                head.setFont(bold)
                self.table.setSpan(r, 0, 1, max(1, self.table.columnCount()))
            self.table.setVerticalHeaderItem(r, head)
            for c, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                if differs:
                    item.setFont(bold)
                    item.setBackground(QBrush(DIFFERS_TINT))
                self.table.setItem(r, c, item)

    def _summary_text(self, comparison: Comparison) -> str:
        words = text.words(self.pack)
        differing = [field_name(f, words) for f in comparison.differing_fields]
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

    def _apply_filter(self, *_args: object) -> None:
        only = self.only_differences.isChecked()
        for r, (key, differs) in enumerate(self._row_kinds):
            self.table.setRowHidden(r, only and not differs and not key.startswith("section:"))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare Scenarios"))
        self.add_file_button.setText(self.tr("Add File…"))
        self.add_example_button.setText(self.tr("Add Example"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected column (or the last one)"))
        self.only_differences.setText(self.tr("Only differences"))
        self._fill_examples_menu()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_compare(window: MainWindow) -> CompareDialog:
    """A non-modal Compare window starting from the scenario in `window`."""
    document = window.document
    label = document.path.stem if document.path else document.display_name()
    dialog = CompareDialog(document.pack, [(label, document.scenario)], window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
