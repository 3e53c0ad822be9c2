"""The desk: scenario controls on the left; account panels, the answer and the chart on the right.

The window composes views and wires them to one ScenarioDocument. Every view redraws
from `document.changed(evaluation)` and holds no business rules of its own. Features
(files, undo, export...) attach themselves at the end through `install_features`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout, QLabel, QMainWindow, QMessageBox,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from wxdesk import __version__
from wxdesk.engine import Evaluation, load_preset, preset_ids
from wxdesk.engine.datapack import ACCOUNT_IDS, OPTION_IDS
from wxdesk.ui import text
from wxdesk.ui.account_panel import AccountPanel, OptionPanel, scaled_font
from wxdesk.ui.chart import ComparisonChart
from wxdesk.ui.controls import ScenarioControls
from wxdesk.ui.document import ScenarioDocument

log = logging.getLogger(__name__)

MINIMUM_SIZE = (1000, 620)
PREFERRED_SIZE = (1440, 900)
COMPARISON_MIN_HEIGHT = 350


def _heading(widget: QWidget, factor: float = 1.1) -> QLabel:
    label = QLabel(widget)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


class MainWindow(QMainWindow):
    """The main window. Constructible with no arguments: it then shows the default scenario.

    Attributes features rely on: `document`, `controls`, `account_panels` (id → panel),
    `option_panels`, `chart`, `recommendation_label`, `file_menu`, `edit_menu`,
    `view_menu`, `help_menu`, `toolbar`, `quit_action`.
    """

    def __init__(self, document: ScenarioDocument | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.document = document if document is not None else ScenarioDocument(parent=self)
        pack = self.document.pack
        self._evaluation: Evaluation | None = None

        self.controls = ScenarioControls(self.document)
        self.account_panels = {account: AccountPanel(account, pack) for account in ACCOUNT_IDS}
        self.option_panels = {option: OptionPanel(option, pack) for option in OPTION_IDS}
        self.chart = ComparisonChart(pack)
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.setMinimumSize(*MINIMUM_SIZE)
        self._restore_geometry()

        self.document.changed.connect(self.show_evaluation)
        self._watch_display_settings()
        self.retranslate()
        self.show_evaluation(self.document.evaluation)

        from wxdesk.ui.features import install_features
        install_features(self)

    # ------------------------------------------------------------------ build

    def _build_central(self) -> None:
        controls_scroll = QScrollArea()
        controls_scroll.setObjectName("controlsScroll")
        controls_scroll.setWidget(self.controls)
        controls_scroll.setWidgetResizable(True)
        controls_scroll.setFrameShape(QFrame.Shape.NoFrame)
        controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        controls_scroll.setMinimumWidth(self.controls.sizeHint().width() + 24)
        self.controls.setContentsMargins(10, 8, 10, 8)

        self.best_setup_title = _heading(self, 0.95)
        self.best_setup_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.best_setup_label = _heading(self, 1.5)
        self.best_setup_label.setObjectName("bestSetupLabel")
        self.best_setup_label.setWordWrap(True)
        self.roles_label = QLabel(wordWrap=True, objectName="rolesLabel")
        self.warnings_label = QLabel(wordWrap=True, objectName="warningsLabel")
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)

        panels_row = QHBoxLayout()
        panels_row.setSpacing(10)
        for panel in self.account_panels.values():
            panels_row.addWidget(panel, 1)

        self.comparison_title = _heading(self, 0.95)
        self.comparison_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.recommendation_label = _heading(self, 1.25)
        self.recommendation_label.setObjectName("recommendationLabel")
        self.recommendation_label.setWordWrap(True)
        self.recommendation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        options_column = QVBoxLayout()
        options_column.setSpacing(8)
        for panel in self.option_panels.values():
            options_column.addWidget(panel)
        options_column.addStretch(1)
        comparison_row = QHBoxLayout()
        comparison_row.setSpacing(10)
        comparison_row.addWidget(self.chart, 2)
        comparison_row.addLayout(options_column, 1)

        top = QWidget()
        top.setObjectName("accountsArea")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 8, 12, 6)
        top_layout.setSpacing(4)
        # The answer on the left, what to watch out for beside it: warnings cost no extra height.
        answer = QVBoxLayout()
        answer.setSpacing(2)
        answer.addWidget(self.best_setup_title)
        answer.addWidget(self.best_setup_label)
        answer.addWidget(self.roles_label)
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addLayout(answer, 1)
        header.addWidget(self.warnings_label, 1, Qt.AlignmentFlag.AlignTop)
        top_layout.addLayout(header)
        top_layout.addSpacing(4)
        top_layout.addLayout(panels_row, 1)
        top_scroll = QScrollArea()
        top_scroll.setObjectName("accountsScroll")
        top_scroll.setWidget(top)
        top_scroll.setWidgetResizable(True)
        top_scroll.setFrameShape(QFrame.Shape.NoFrame)

        bottom = QWidget()
        bottom.setObjectName("comparisonArea")
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(12, 6, 12, 8)
        bottom_layout.setSpacing(4)
        bottom_layout.addWidget(self.comparison_title)
        bottom_layout.addWidget(self.recommendation_label)
        bottom_layout.addLayout(comparison_row, 1)

        # Accounts above, the app-or-Mini-Program answer below; the user can move the divide.
        self.desk_splitter = QSplitter(Qt.Orientation.Vertical)
        self.desk_splitter.setObjectName("deskSplitter")
        self.desk_splitter.addWidget(top_scroll)
        self.desk_splitter.addWidget(bottom)
        self.desk_splitter.setStretchFactor(0, 3)
        self.desk_splitter.setStretchFactor(1, 2)
        self.desk_splitter.setCollapsible(0, False)
        self.desk_splitter.setCollapsible(1, False)
        right_scroll = self.desk_splitter

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(controls_scroll)
        self.splitter.addWidget(right_scroll)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

    def _build_actions(self) -> None:
        self.quit_action = QAction(self, objectName="quitAction")
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        self.quit_action.setShortcuts(quit_keys)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.copy_summary_action = QAction(self, objectName="copySummaryAction")
        self.copy_summary_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_summary_action.triggered.connect(self.copy_summary)

        self.full_screen_action = QAction(self, objectName="fullScreenAction", checkable=True)
        self.full_screen_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)
                                             or [QKeySequence("F11")])
        self.full_screen_action.toggled.connect(self._set_full_screen)

        self.focus_actions = []
        for key, slider in (("Ctrl+1", self.controls.budget_slider), ("Ctrl+2", self.controls.audience_slider),
                            ("Ctrl+3", self.controls.interaction_slider)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=slider: s.setFocus(Qt.FocusReason.ShortcutFocusReason))
            self.focus_actions.append(action)

        self.about_action = QAction(self, objectName="aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self, objectName="aboutQtAction")
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.edit_menu.addAction(self.copy_summary_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.view_menu.addAction(self.full_screen_action)
        self.view_menu.addSeparator()
        for action in self.focus_actions:
            self.view_menu.addAction(action)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.about_action)
        self.help_menu.addAction(self.about_qt_action)

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.examples_label = QLabel()
        self.examples_label.setContentsMargins(6, 0, 6, 0)
        self.examples_combo = QComboBox(objectName="examplesCombo")
        self.examples_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.examples_combo.addItem("", None)
        for preset_id in preset_ids():
            self.examples_combo.addItem(load_preset(preset_id).name, preset_id)
        self.examples_combo.activated.connect(self._on_example_chosen)
        self.examples_label.setBuddy(self.examples_combo)
        self.toolbar.addWidget(self.examples_label)
        self.toolbar.addWidget(self.examples_combo)
        self.toolbar.addSeparator()
        self.view_menu.insertAction(self.full_screen_action, self.toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.pack_label = QLabel()
        self.pack_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addPermanentWidget(self.pack_label)

    # ---------------------------------------------------------------- showing

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Redraw every view from one evaluation (called on each document change)."""
        self._evaluation = evaluation
        pack = self.document.pack
        names = [text.account_name(pack, a) for a in evaluation.best_setup]
        self.best_setup_label.setText(" + ".join(names))
        self.roles_label.setText("   ".join(text.render_reason(r, pack) for r in evaluation.setup_roles))
        warnings = [text.render_reason(w, pack) for w in evaluation.warnings]
        self.warnings_label.setText("\n".join("⚠ " + w for w in warnings))
        self.warnings_label.setVisible(bool(warnings))
        for panel in self.account_panels.values():
            panel.show_evaluation(evaluation)
        for panel in self.option_panels.values():
            panel.show_evaluation(evaluation)
        self.recommendation_label.setText(text.render_reason(evaluation.app_vs_mini_program.recommendation, pack))
        self.chart.show_evaluation(evaluation)
        document_title = getattr(self.document, "title", None)
        self.setWindowTitle(document_title() if callable(document_title)
                            else self.tr("%1 — wxdesk").replace("%1", evaluation.scenario.name))

    def summary_text(self) -> str:
        """The answer in a few lines of the current language (Edit ▸ Copy summary)."""
        evaluation = self._evaluation or self.document.evaluation
        lines = [evaluation.scenario.name,
                 self.tr("Best setup: %1").replace("%1", self.best_setup_label.text()),
                 self.roles_label.text(),
                 self.recommendation_label.text(),
                 self.chart.break_even_label.text()]
        if self.warnings_label.text():
            lines.append(self.warnings_label.text())
        return "\n".join(line for line in lines if line)

    def copy_summary(self) -> None:
        QGuiApplication.clipboard().setText(self.summary_text())
        self.statusBar().showMessage(self.tr("Summary copied to the clipboard."), 4000)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.copy_summary_action.setText(self.tr("&Copy Summary"))
        self.full_screen_action.setText(self.tr("&Full Screen"))
        for action, name in zip(self.focus_actions, (self.tr("Go to &Budget"), self.tr("Go to &Audience"),
                                                     self.tr("Go to &Session Length"))):
            action.setText(name)
        self.about_action.setText(self.tr("&About wxdesk"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toolbar.toggleViewAction().setText(self.tr("Show &Toolbar"))
        self.examples_label.setText(self.tr("E&xample:"))
        self.examples_combo.setItemText(0, self.tr("Choose an example business…"))
        self.examples_combo.setToolTip(self.tr("Replace the scenario with one of the bundled example businesses"))
        self.best_setup_title.setText(self.tr("BEST SETUP"))
        self.comparison_title.setText(self.tr("NATIVE APP OR MINI PROGRAM?"))
        self.pack_label.setText(self.tr("Data pack of %1").replace("%1", self.document.pack.released))
        if self._evaluation is not None:
            self.show_evaluation(self._evaluation)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _watch_display_settings(self) -> None:
        """Redraw every amount when Preferences change the display currency or a rate."""
        try:
            from wxdesk.settings import notifier
        except ImportError:
            return
        notifier().display_changed.connect(self._on_display_settings_changed)

    def _on_display_settings_changed(self) -> None:
        text.refresh_display_settings()
        self.controls.retranslate()
        self.chart.retranslate()
        self.retranslate()

    # ---------------------------------------------------------------- actions

    def _on_example_chosen(self, index: int) -> None:
        preset_id = self.examples_combo.itemData(index)
        if preset_id is None:
            return
        self.examples_combo.setCurrentIndex(0)
        # File actions (when installed) open an example as a new, unsaved scenario, asking first
        # about unsaved changes, so that Save never overwrites the previous file with the example.
        file_actions = getattr(self, "file_actions", None)
        if file_actions is not None and hasattr(file_actions, "open_preset"):
            file_actions.open_preset(preset_id)
            return
        self.document.set_scenario(load_preset(preset_id))
        self.statusBar().showMessage(self.tr("Showing the example “%1”.").replace(
            "%1", self.examples_combo.itemText(index)), 4000)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About wxdesk"))
        if not self.windowIcon().isNull():
            box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.setText(self.tr("<b>wxdesk %1</b>").replace("%1", __version__))
        from wxdesk.ui.pack_import import pack_description
        box.setInformativeText(self.tr(
            "How a business should reach Chinese customers on WeChat: which account types to open, "
            "and whether to build a Mini Program or a native app.\n\n"
            "%1\nEvery number shows its source.").replace("%1", pack_description(self.document.pack)))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()

    # --------------------------------------------------------------- geometry

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("mainWindow/geometry")
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        if not restored:
            screen = QGuiApplication.primaryScreen()
            width, height = PREFERRED_SIZE
            if screen is not None:
                available = screen.availableGeometry()
                width = min(width, int(available.width() * 0.92))
                height = min(height, int(available.height() * 0.92))
            self.resize(max(width, MINIMUM_SIZE[0]), max(height, MINIMUM_SIZE[1]))
        splitter_state = settings.value("mainWindow/splitter")
        if isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
            self.splitter.restoreState(splitter_state)
        desk_state = settings.value("mainWindow/deskSplitter")
        self._desk_split_pending = not (isinstance(desk_state, QByteArray) and not desk_state.isEmpty()
                                        and self.desk_splitter.restoreState(desk_state))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._desk_split_pending:
            self._desk_split_pending = False
            # After the first layout pass, when the splitter knows its real height.
            QTimer.singleShot(0, self, self._split_desk)

    def _split_desk(self) -> None:
        """First run: the accounts get the room they need, the comparison keeps enough to read its chart."""
        total = self.desk_splitter.height()
        accounts = self.desk_splitter.widget(0).widget()
        # Wrapped labels: the height they need depends on the width they get.
        wanted = accounts.heightForWidth(accounts.width())
        if wanted < 0:
            wanted = accounts.sizeHint().height()
        top = max(min(wanted, total - COMPARISON_MIN_HEIGHT), total // 3)
        self.desk_splitter.setSizes([top, total - top])

    def save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        settings.setValue("mainWindow/deskSplitter", self.desk_splitter.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        super().closeEvent(event)
