"""Every feature of the desk, plugged into the main window in one place: `wire()`.

The main window builds its core views (scenario controls, account panels, the answer,
the chart's place) and empty menus. `wire()` then connects the views to the document,
builds each feature, fills the menus and the toolbar in the order the user reads them,
and connects what talks to what, top to bottom (in the spirit of qutebrowser's
MainWindow._connect_signals). No feature sets attributes on the window: the window
keeps them all in one typed record, `window.features`.

Whatever is not on screen at start loads when first used, or right after the first
paint: the Assumptions and Sensitivity docks with their models, the compare and export
dialogs, the PDF code, and pyqtgraph with the chart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QComboBox, QGridLayout, QLabel,
                               QLineEdit, QWidget)

# Light modules only: every action and menu entry exists from the start; the heavy part
# behind each (dialogs, docks, the PDF code) loads on first use, from the functions at the end.
from wxdesk import settings
from wxdesk.ui.accessibility import FactSources
from wxdesk.ui.docks import LazyDock
from wxdesk.ui.autosave import Autosaver
from wxdesk.ui.file_actions import FileActions, ProblemNotice
from wxdesk.ui.flip_labels import FlipPointLabels
from wxdesk.ui.help import HelpGuide
from wxdesk.ui.pack_import import PackImportActions, announce_pack_fallback
from wxdesk.ui.presentation import ENTER_KEY, PresentationMode
from wxdesk.ui.presenting import ChartExportActions, ReportExport
from wxdesk.ui.share_dialog import ShareActions

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtWidgets import QDockWidget, QLayout  # (QDockWidget made when a dock is: wxdesk.ui.docks)

    from wxdesk.ui.main_window import MainWindow


class Feature(Protocol):
    """What the window asks of every feature: set your texts again (the language changed)."""

    def retranslate(self) -> None: ...


class Command(QObject):
    """A menu action whose work, and the module doing it, loads when it is first triggered."""

    def __init__(self, window: MainWindow, name: str, text: Callable[[], str], run: Callable[[], object],
                 keys: list[QKeySequence] | None = None, role: QAction.MenuRole | None = None):
        super().__init__(window)
        self._text = text
        self.action = QAction(window)
        self.action.setObjectName(name)
        if keys:
            self.action.setShortcuts(keys)
        if role is not None:
            self.action.setMenuRole(role)
        self.action.triggered.connect(lambda _checked=False: run())
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(self._text())


@dataclass(frozen=True)
class Features:
    """The features of one main window, each reachable by name and type."""

    file_actions: FileActions
    autosaver: Autosaver
    problem_notice: ProblemNotice
    start_page: Command
    compare: Command
    preferences: Command
    pack_import: PackImportActions
    flip_labels: FlipPointLabels
    assumptions: LazyDock
    sensitivity: LazyDock
    report_export: ReportExport
    chart_export: ChartExportActions
    presentation: PresentationMode
    share: ShareActions
    help_guide: HelpGuide
    fact_sources: FactSources

    def translated(self) -> tuple[Feature, ...]:
        """The features with texts of their own, in the order they set them."""
        return (self.file_actions, self.start_page, self.compare, self.preferences, self.pack_import,
                self.assumptions, self.sensitivity, self.report_export, self.chart_export, self.presentation,
                self.share, self.help_guide)

    def docks(self) -> tuple[LazyDock, ...]:
        return (self.assumptions, self.sensitivity)


def wire(window: MainWindow) -> Features:
    """Build the features of `window` and connect everything; called once, at the end of its __init__."""
    document = window.document

    # The desk's own views follow the document: every change, a new data pack, the display currency.
    document.changed.connect(window.show_evaluation)
    document.pack_changed.connect(window.show_pack)
    settings.follow(settings.notifier().display_changed, window, window.refresh_display, while_shown=True)

    # Files, undo and the close guard; autosave keeps what is not saved yet for the next start.
    autosaver = Autosaver(document, parent=window)
    file_actions = FileActions(window, autosaver)
    window.examples_chosen.connect(file_actions.open_preset)
    # A scenario the engine cannot evaluate as edited says why, in the status bar.
    problem_notice = ProblemNotice(window)

    # Commands whose module loads when first used.
    start = Command(window, "startPageAction", lambda: QCoreApplication.translate("StartPage", "Start &Page…"),
                    lambda: _start_page().show_start_page(window))
    compare = Command(window, "compareAction",
                      lambda: QCoreApplication.translate("CompareDialog", "&Compare Scenarios…"),
                      lambda: _compare_dialog().open_compare(window), [QKeySequence("Ctrl+Shift+M")])
    preferences = Command(window, "preferencesAction",
                          lambda: QCoreApplication.translate("PreferencesDialog", "&Preferences…"),
                          lambda: _preferences().open_preferences(window),
                          QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")],
                          QAction.MenuRole.PreferencesRole)

    # The data behind the answer: data packs, flip points under the sliders, the docks.
    pack_import = PackImportActions(window)
    announce_pack_fallback(window, window.pack_notice)
    flip_labels = FlipPointLabels(document, window)
    _place_under_sliders(window, flip_labels.labels)
    # Its first search settles from the chart's building, not from the window's making: else its slices
    # (some 12 ms each) fall while the chart is built and drawn, and into a first slider move.
    flip_labels.first_search_after(window.chart_built)
    assumptions = LazyDock(window, "assumptionsDock", Qt.DockWidgetArea.BottomDockWidgetArea, "Ctrl+Shift+A",
                           lambda: _assumptions_dock(window),
                           # (The menu's entry, with its access letter; the dock's own title has none.)
                           lambda: QCoreApplication.translate("AssumptionsDock", "Assu&mptions"),
                           lambda: QCoreApplication.translate(
                               "_AssumptionsFeature",
                               "Every figure with its source and date; change it for this scenario"))
    # The plan's line naming the figures the scenario sets: a click shows them in the Assumptions dock.
    window.plan_area.summary.own_figures_asked.connect(lambda: show_changed_figures(assumptions))
    sensitivity = LazyDock(window, "sensitivityDock", Qt.DockWidgetArea.RightDockWidgetArea, "Ctrl+Shift+T",
                           lambda: _sensitivity_dock(window),
                           lambda: QCoreApplication.translate("SensitivityDock", "Se&nsitivity"),
                           lambda: QCoreApplication.translate("_AssumptionsFeature",
                                                              "Which figures move the answer most"))

    # Presenting: the PDF handout, the long image for WeChat, the chart as a picture, presentation mode.
    report_export = ReportExport(window)
    share = ShareActions(window)
    chart_export = ChartExportActions(window)
    presentation = PresentationMode(window)
    # What a client or a new user needs next to presenting: the guide (F1), and keyboard and
    # screen-reader access to the chart and the facts' sources (after the views: it reads them).
    help_guide = HelpGuide(window)
    fact_sources = FactSources(window)
    document.pack_changed.connect(fact_sources.find_facts)
    window.chart_built.connect(fact_sources.refresh)
    # F11 belongs to presentation mode; plain full screen keeps its other keys.
    full_screen = window.full_screen_action
    full_screen.setShortcuts([k for k in full_screen.shortcuts() if k != ENTER_KEY])

    # The menus and the toolbar, in the order the user reads them.
    file_menu = window.file_menu
    file_menu.addAction(start.action)
    file_menu.addActions([file_actions.new_action, file_actions.open_action])
    file_menu.addMenu(file_actions.recent_menu)
    file_menu.addMenu(file_actions.presets_menu)
    file_menu.addSeparator()
    file_menu.addActions([file_actions.save_action, file_actions.save_as_action, compare.action])
    file_menu.addSeparator()
    file_menu.addActions([pack_import.import_action, pack_import.bundled_action, report_export.action,
                          share.share_action, chart_export.export_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    file_menu.aboutToShow.connect(pack_import.update_enabled)

    edit_menu = window.edit_menu
    edit_menu.addActions([file_actions.undo_action, file_actions.redo_action])
    edit_menu.addSeparator()
    edit_menu.addActions([window.copy_summary_action, share.copy_action, chart_export.copy_action])
    edit_menu.addSeparator()
    edit_menu.addAction(preferences.action)

    view_menu = window.view_menu
    view_menu.addActions([window.toolbar.toggleViewAction(), full_screen])
    view_menu.addSeparator()
    view_menu.addActions(window.focus_actions)
    view_menu.addSeparator()
    view_menu.addActions([assumptions.action, sensitivity.action, presentation.action])

    help_menu = window.help_menu
    help_menu.addAction(help_guide.action)
    help_menu.addSeparator()
    help_menu.addActions([window.about_action, window.about_qt_action])

    toolbar = window.toolbar
    toolbar.addActions([file_actions.open_action, file_actions.save_action, file_actions.undo_tool_action,
                        file_actions.redo_tool_action])
    toolbar.addSeparator()
    toolbar.addWidget(window.examples_label)
    toolbar.addWidget(window.examples_combo)
    toolbar.addSeparator()
    toolbar.addActions([share.share_action, chart_export.export_action, presentation.action])

    features = Features(file_actions=file_actions, autosaver=autosaver, problem_notice=problem_notice,
                        start_page=start, compare=compare, preferences=preferences, pack_import=pack_import,
                        flip_labels=flip_labels, assumptions=assumptions, sensitivity=sensitivity,
                        report_export=report_export, chart_export=chart_export, presentation=presentation,
                        share=share, help_guide=help_guide, fact_sources=fact_sources)

    # After the first paint: the chart, then the docks the last session left open.
    window.first_painted.connect(window.build_chart, Qt.ConnectionType.QueuedConnection)
    window.chart_built.connect(lambda: show_labels_as_plain_text(window.chart))
    for dock in features.docks():
        window.first_painted.connect(dock.restore, Qt.ConnectionType.QueuedConnection)
        window.closed.connect(dock.remember)
    # Once the window has painted: offer to recover unsaved work, else the start page. (After the
    # paint, not at the event loop's first turn, which on a desktop comes before the window's first
    # expose: reading the autosaves and building a dialog would hold back the first frame.)
    if _someone_can_answer():  # else (tests, the self-test) nothing would be asked: startup() says so too
        window.first_painted.connect(lambda: _start_page().startup(window), Qt.ConnectionType.QueuedConnection)
    return features


def show_changed_figures(assumptions: LazyDock) -> None:
    """The Assumptions dock, shown (built if it was not yet) and raised, listing only the figures changed for this
    scenario."""
    if not assumptions.action.isChecked():
        assumptions.action.trigger()  # (as its menu entry opens it: the keyboard goes into it)
    from wxdesk.ui.assumptions import AssumptionsPanel  # (loaded with the dock)
    dock = assumptions.dock
    dock.raise_()
    cast(AssumptionsPanel, dock.widget()).show_changed()


def show_labels_as_plain_text(widget: QWidget) -> None:
    """Labels that guess their format (Qt's default) show text as it is, never as HTML: for the chart,
    whose labels pyqtgraph makes (the window's own are made plain, wxdesk.ui.plain_label).

    Account names, roles and reasons come from the data pack or the scenario file; a label
    that means to show HTML says so explicitly (Qt.RichText) and is left alone.
    """
    for label in labels_in(widget):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


# Widgets with no label inside, only Qt's own parts: not looked into.
_HOLDING_NO_LABEL = (QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractButton, QLineEdit)


def labels_in(widget: QWidget) -> list[QLabel]:
    """Every label inside `widget`, as findChildren(QLabel) finds them, without looking inside labels,
    buttons, sliders, fields, combo and spin boxes, which hold Qt's own parts and no label.
    findChildren hands PySide6 every object of the window to type, Qt's inner parts too (a combo
    box's list view and model, a spin box's validator, a selectable label's text document), and
    PySide6 makes a Python class for each kind it meets: some 6 ms, for classes nothing else uses."""
    labels: list[QLabel] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if isinstance(child, QLabel):
            labels.append(child)  # (no label of the window holds widgets: not looked into)
        elif not isinstance(child, _HOLDING_NO_LABEL):
            labels.extend(labels_in(child))
    return labels


def _place_under_sliders(window: MainWindow, labels: dict[str, QLabel]) -> None:
    """Each flip-point sentence under its slider, in the slider's own grid."""
    controls = window.controls
    owners = {"budget_cny": controls.budget, "interaction_minutes": controls.interaction,
              "audience": controls.audience}
    for field, label in labels.items():
        grid = owners[field].layout()
        if isinstance(grid, QGridLayout):
            grid.addWidget(label, grid.rowCount(), 0, 1, grid.columnCount())
        else:  # (each slider's control is laid out: wxdesk.ui.controls.ValueControl)
            cast("QLayout", grid).addWidget(label)


# The modules below load on first use: each is only needed once its window or dock opens.

def _someone_can_answer() -> bool:
    from wxdesk.ui import file_actions  # looked up when called, so that tests can stand in for it
    return file_actions.can_ask_user()


def _start_page() -> ModuleType:
    from wxdesk.ui import start_page  # with recovery: its lists and dialogs
    return start_page


def _compare_dialog() -> ModuleType:
    from wxdesk.ui import compare_dialog
    return compare_dialog


def _preferences() -> ModuleType:
    from wxdesk.ui import preferences
    return preferences


def _assumptions_dock(window: MainWindow) -> QDockWidget:
    from wxdesk.ui.assumptions import AssumptionsDock
    return AssumptionsDock(window.document, window)


def _sensitivity_dock(window: MainWindow) -> QDockWidget:
    from wxdesk.ui.tornado import SensitivityDock
    return SensitivityDock(window.document, window)
