"""The desk: scenario controls on the left; the plan, the presence panels and the chart on the right.

The window composes views around one ScenarioDocument; every view redraws from the
document's signals and holds no business rules of its own. `wxdesk.ui.features.wire`
connects them and plugs in the features (files, undo, docks, export...) in one place.

The first frame is the answer: the controls, the answer and the panels with their
numbers. The chart (and pyqtgraph with it) is built right after that first paint, or
earlier if something asks for `chart`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (QByteArray, QCoreApplication, QEvent, QObject, QRect, QSettings, QSize, Qt, QTimer,
                            Signal)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QHBoxLayout, QLabel, QLayoutItem, QMainWindow,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

# Only what the first frame needs loads with this module: the engine's plain parts (the evaluator,
# with NumPy, loads where an answer kept from an earlier start cannot be used: ScenarioDocument), the
# controls, the panels, and the light modules that build the menus' actions.
# The chart (pyqtgraph), the docks, the dialogs and the PDF code load after the first paint or
# when first used (build_chart below, wxdesk.ui.features).
from wxdesk import __version__
from wxdesk.engine import DataPack, Evaluation
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.packs import resolve_active_pack
from wxdesk.engine.scenario import FIELD_NAMES
from wxdesk.ui import i18n, text
from wxdesk.ui.account_panel import PresencePanel, scaled_font
from wxdesk.ui.variant_card import VARIANTS, VariantCard
from wxdesk.ui.desk_split import PLAN_MIN_HEIGHT, DeskSplit, LayoutWatch, RequestWatch
from wxdesk.ui.scroll_fade import ScrollFade
from wxdesk.ui.settle import announce_new_sizes
from wxdesk.ui.panel_grid import PanelGrid
from wxdesk.ui.plain_label import PlainLabel
from wxdesk.ui.plan_view import PlanArea
from wxdesk.ui.variant_column import VariantColumn
from wxdesk.ui.controls import ScenarioControls
from wxdesk.ui.document import ScenarioDocument
from wxdesk.ui.features import Features, labels_in, wire
from wxdesk.ui.file_actions import preset_names
from wxdesk.ui.keyboard import ChoiceCombo
from wxdesk.ui.steady_label import SteadyLabel
from wxdesk.ui.status_line import StatusLine

if TYPE_CHECKING:  # the chart module imports pyqtgraph: it loads after the first paint
    from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
    from PySide6.QtWidgets import QLayout

    from wxdesk.ui.chart import ComparisonChart

log = logging.getLogger(__name__)

MINIMUM_SIZE = (1000, 620)
PREFERRED_SIZE = (1440, 900)
FRAME_ALLOWANCE = (16, 40)  # a title bar and borders
CHART_MIN_HEIGHT = 225  # the chart's plots and its note: its place keeps this room before it is built
STATUS_NOTE_MS = 10000  # how long the status bar tells what a number box did with a number it could not take


# The states in which the platform, not the window, chooses its size.
_SIZED_BY_PLATFORM = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen


class _FirstPaintWatcher(QObject):
    """Calls `then` as `widget` first paints (before its painting: what `then` posts runs after it), then leaves.

    A filter rather than an event() override: after the first paint no event of the widget
    goes through Python for it.
    """

    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget, self._then = widget, then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            self._then()
            self.deleteLater()
        return False


def _heading(widget: QWidget, factor: float = 1.1) -> QLabel:
    label = SteadyLabel(widget)
    label.setFont(scaled_font(label, factor, bold=True))
    return label


class _ChartSlot(QWidget):
    """The chart's place: its room before the chart is built, then what the chart needs (more on a
    short desk, where its note wraps onto more lines), so that the desk's split leaves it whole."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        hint.setHeight(max(hint.height(), CHART_MIN_HEIGHT))
        return hint


def _scroll_area(name: str) -> QScrollArea:
    """A QScrollArea with a viewport made here, the same as the one Qt would make.

    Why: the first time Python is handed a widget that C++ made (Qt's own viewport, say), PySide6
    looks for its most derived Python class among every subclass of QWidget, and creates all of
    them with their enums (QWizard, QMdiArea, QGraphicsView, QCalendarWidget...): some 14 ms before
    the first paint, for classes the window never uses. A viewport made in Python is known at once.
    It must be set before the area's widget, which goes into the viewport (replacing a viewport
    deletes the old one with what it holds).
    """
    area = QScrollArea()
    area.setObjectName(name)
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    # As QAbstractScrollArea and then QScrollArea set up the viewport they make.
    viewport.setBackgroundRole(QPalette.ColorRole.NoRole)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
    return area


def _widgets_under(widget: QWidget) -> list[QWidget]:
    """Every widget inside `widget`, in findChildren(QWidget)'s order, found a level at a time.

    Why not findChildren(QWidget): it hands PySide6 every object inside to type, Qt's own inner
    parts too (a label's text control, a layout), and the first unknown one makes PySide6 create
    every subclass of QObject it has (QWizard, QMdiArea...): some 14 ms before the first paint.
    Asked a level at a time for widgets only, Qt filters them itself.
    """
    found: list[QWidget] = []
    for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        found.append(child)
        found.extend(_widgets_under(child))
    return found


class MainWindow(DeskSplit, QMainWindow):
    """The main window. Constructible with no arguments: it then shows the default scenario
    with the data pack in use (an imported one if the user imported it).

    Signals: `first_painted` once the window has painted for the first time; `chart_built`
    once the chart is in place; `closed` when it closes; `examples_chosen(preset_id)` when
    the user picks an example in the toolbar.
    Views: `document`, `controls`, `plan_area`, `presence_panels` (id → panel), `variant_cards`
    (variant → card beside the chart), `recommendation_label` (the plan's app-or-Mini-Program choice),
    `chart` (built on first use; `built_chart` is None until then); menus and bars for the features;
    `features`, what `wire` plugged in; `pack_notice`, why an imported pack was set aside at start.
    """

    first_painted = Signal()
    chart_built = Signal()
    closed = Signal()
    examples_chosen = Signal(str)

    def __init__(self, document: ScenarioDocument | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.pack_notice: str | None = None
        if document is None:
            pack, self.pack_notice = resolve_active_pack()
            document = ScenarioDocument(pack=pack, parent=self, kept_answer=True)
        self.document = document
        pack = self.document.pack
        self._evaluation: Evaluation | None = None
        self._shown: dict[str, object] = {}  # what the answer's labels show now, to set only what changed
        # The whole window paints in one pass: the answer is on screen as it paints.
        _FirstPaintWatcher(self, self.first_painted.emit)
        self._chart: ComparisonChart | None = None
        self._features: Features | None = None
        self._size_known_at_show = False  # maximized, at the size the platform told before showing (open_on_screen)

        self.controls = ScenarioControls(self.document)
        self.plan_area = PlanArea(pack)
        self.presence_panels = {presence: PresencePanel(presence, pack) for presence in PRESENCES}
        for panel in self.presence_panels.values():
            # Until the first split chooses the full or the compact desk, the panels leave out what
            # compact folds (their later reasons and key facts): the window's first layout (and the
            # size hints asked as it is put together) would measure all of that, and a short window
            # goes compact right after, before the first paint. The choice reads the panels only down
            # to their first reasons, laid out the same either way (see PresencePanel.hold_extras).
            # Released by _split_desk, or below where the desk keeps the split the user left.
            panel.hold_extras()
        # The plan's best plans too, but they lie beside the plan, not below what the choice reads: the choice
        # shows them first (see PlanArea.hold_best_plans and DeskSplit._choose_compact).
        self.plan_area.hold_best_plans()
        # (Made when they first show: their layouts are then found with the other cards'.)
        self.plan_area.columns_built.connect(self._find_account_containers)
        self.variant_cards = {variant: VariantCard(variant, pack) for variant in VARIANTS}
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.setMinimumSize(*MINIMUM_SIZE)
        self._restore_geometry()
        if not self._desk_split_pending:  # the desk's split as the user left it: the full desk, as ever
            for panel in self.presence_panels.values():
                panel.set_compact(False)
            self.plan_area.set_compact(False)

        self.retranslate()
        self._features = wire(self)
        self.show_evaluation(self.document.evaluation)
        self.document.problem_changed.connect(self.show_problem)
        self.show_problem(self.document.problem)
        # The keyboard starts on the first control, the client's name, where Tab's reading order starts.
        self.controls.client.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def features(self) -> Features:
        assert self._features is not None, "wire() runs at the end of __init__"
        return self._features

    @property
    def chart(self) -> ComparisonChart:
        """The comparison chart, built now if the first paint has not built it yet."""
        if self._chart is None:
            self.build_chart()
        assert self._chart is not None
        return self._chart

    @property
    def built_chart(self) -> ComparisonChart | None:
        """The chart if it is built, without building it."""
        return self._chart

    def build_chart(self) -> None:
        """Build the chart in its place (once): pyqtgraph loads here, after the answer is on screen.

        It draws the answer the window shows. Where the first frame showed one kept from an earlier start,
        the engine is asked for it once the chart has painted (ScenarioDocument.confirm_kept_answer), as
        it was asked after the first frame: the chart does not wait for the engine either. Where the two
        answers differ, which they never should, every view and the chart show the engine's.
        """
        if self._chart is not None:
            return
        from wxdesk.ui.chart import ComparisonChart
        chart = ComparisonChart(self.document.pack, self.chart_slot)
        confirm = partial(QTimer.singleShot, 0, self, self._after_chart_painted)
        if self.isVisible():  # posted as its plots paint, the engine's turn comes once they have painted
            _FirstPaintWatcher(chart.plot_widget.viewport(), confirm)
        else:  # (a window not shown: nothing will paint)
            confirm()
        chart.show_evaluation(self._evaluation or self.document.evaluation)
        cast(QVBoxLayout, self.chart_slot.layout()).addWidget(chart)  # (cast: the slot's own, made with it)
        chart.show()  # now, not at the layout's next turn: what follows may look at it
        self._chart_in_reading_order(chart.plot_widget)
        self._chart = chart
        self.chart_built.emit()

    def _chart_in_reading_order(self, plots: QWidget) -> None:
        """Tab reaches the chart with the answer, before the toolbar's Example box (its only stop): made after the
        first paint, the chart came last, after the toolbar. (Moving the box after the chart, rather than the chart
        before it, asks Qt for no widget of the focus chain: each one handed to Python, a scroll area's own viewport
        among them, had PySide make a class for every kind of QWidget to find its type.)"""
        QWidget.setTabOrder(plots, self.examples_combo)

    def _after_chart_painted(self) -> None:
        """The window has settled: the engine confirms a kept answer, and the labels forget the widths the
        start's layouts left behind, so that the first slider move measures its texts only where later
        moves do (SteadyLabel.forget_widths_left_behind)."""
        self.document.confirm_kept_answer()
        for label in self.findChildren(SteadyLabel):
            label.forget_widths_left_behind()

    # ------------------------------------------------------------------ build

    def _build_central(self) -> None:
        controls_scroll = _scroll_area("controlsScroll")
        controls_scroll.setWidget(self.controls)
        controls_scroll.setWidgetResizable(True)
        controls_scroll.setFrameShape(QFrame.Shape.NoFrame)
        controls_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Not a stop of its own: the window started with the keyboard on the pane rather than on a control, and Tab
        # came back to it before the client's box. (The pane scrolls to the control that takes the keyboard.)
        controls_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ScrollFade(controls_scroll)  # a control cut by the edge fades out: there is more below
        self.controls.setContentsMargins(10, 8, 10, 8)
        self._controls_scroll = controls_scroll
        self.fit_controls_pane()
        # Their texts in another language, currency or pack need another width (a Chinese window switched to English
        # kept the Chinese width, its boxes and figures cut 41 px short, with no scroll bar to reach them).
        self.controls.retranslated.connect(self.fit_controls_pane)

        # Six in a row where they fit, else three or two: never a row that scrolls sideways.
        self.panel_grid = PanelGrid(self.presence_panels.values())

        self.comparison_title = _heading(self, 0.95)
        self.comparison_title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.recommendation_label = _heading(self, 1.15)
        self.recommendation_label.setObjectName("recommendationLabel")
        self.recommendation_label.setWordWrap(True)
        self.recommendation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The cards fold (without their presences) where the comparison is short.
        self.variant_column = VariantColumn(self.variant_cards.values())
        comparison_row = QHBoxLayout()
        comparison_row.setSpacing(10)
        # The chart's place: the chart moves in right after the first paint (see build_chart).
        self.chart_slot = _ChartSlot()
        self.chart_slot.setObjectName("chartSlot")
        chart_layout = QVBoxLayout(self.chart_slot)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        comparison_row.addWidget(self.chart_slot, 2)
        comparison_row.addWidget(self.variant_column, 1)

        top = QWidget()
        top.setObjectName("accountsArea")
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(12, 6, 12, 4)
        top_layout.setSpacing(4)
        top_scroll = _scroll_area("accountsScroll")
        # Given its content while that is still empty: QScrollArea.setWidget sizes its content to the content's
        # size hint and lays it out there, and setWidgetResizable measures it again, every text of the plan and
        # the panels measured at widths the window never shows them at (the first show lays them out at their
        # own). Filled before the splitter takes it in, whose first split follows the area's size hint.
        top_scroll.setWidget(top)
        # (Kept, typed: what the splitter's first part scrolls, read as the window lays the accounts out.)
        self._accounts_area = top
        top_scroll.setWidgetResizable(True)
        top_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Where the plan would be, while the scenario has no answer: why, and what to do (see show_problem).
        self.no_answer_notice = QLabel(top)
        self.no_answer_notice.setObjectName("noAnswerNotice")
        self.no_answer_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.no_answer_notice.setWordWrap(True)
        self.no_answer_notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.no_answer_notice.setFont(scaled_font(self.no_answer_notice, 1.15, bold=True))
        self.no_answer_notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_answer_notice.hide()
        top_layout.addWidget(self.no_answer_notice)
        # The plan first, the presences it is made of (and those it leaves out) under it.
        top_layout.addWidget(self.plan_area)
        top_layout.addSpacing(4)
        top_layout.addWidget(self.panel_grid, 1)
        # A dock below never takes the plan's name and score out of view.
        top_scroll.setMinimumHeight(PLAN_MIN_HEIGHT)
        # The panels' later reasons fade out at the edge rather than being sliced; their first reasons
        # (each presence's place in the plan) are never faded.
        self._accounts_scroll = top_scroll
        self._accounts_fade = ScrollFade(top_scroll)
        self._fade_clear_to: int | None = None  # what the fade keeps clear, as last set
        self._reasons_watch = LayoutWatch(self, self._fade_below_first_reasons)

        bottom = QWidget()
        bottom.setObjectName("comparisonArea")
        RequestWatch(self, self._keep_comparison_whole).watch(bottom)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(12, 6, 12, 8)
        bottom_layout.setSpacing(4)
        # The question and the plan's answer to it on one line, so the chart keeps the height.
        question = QHBoxLayout()
        question.setSpacing(12)
        question.addWidget(self.comparison_title, 0, Qt.AlignmentFlag.AlignBaseline)
        question.addWidget(self.recommendation_label, 1, Qt.AlignmentFlag.AlignBaseline)

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

        # The comparison is filled once it sits in its splitter: QSplitter.addWidget lays a part out at the size it
        # has then, the question and the cards measured at a width the window never shows them at.
        bottom_layout.addLayout(question)
        bottom_layout.addLayout(comparison_row, 1)

    def fit_controls_pane(self) -> None:
        """The controls' pane exactly as wide as its controls need, with room for its scroll bar.

        What they need is their minimum width, which the pane gives them however narrow it is: a pane narrower
        than that cuts them on the right (it never scrolls sideways). The scroll bar stands in their right margin,
        as it always has: the desk's layouts at 1366×768 and in presentations are made for the room that leaves.
        Where the pane stood at the width they needed before, it takes the new one either way: the desk beside it
        gets back what narrower texts leave; a pane the user widened keeps its width unless the controls now need more.

        Not while presenting: the controls then show without their entry boxes, and the pane fitted to that width
        stayed at it once the presentation ended (the language switched while presenting: every box cut, the
        figures gone). The presentation fits the pane again as it ends (PresentationMode._leave).
        """
        if self._features is not None and self._features.presentation.active:
            return
        pane, controls = self._controls_scroll, self.controls
        before = pane.minimumWidth()
        needed = (controls.minimumSizeHint().width() - controls.contentsMargins().right()
                  + pane.verticalScrollBar().sizeHint().width())
        if needed == before:
            return
        pane.setMinimumWidth(needed)  # (a pane narrower than that is widened at once; the splitter follows)
        if needed < before and pane.width() <= before:  # (never as the window is built: no width before)
            sizes = self.splitter.sizes()
            self.splitter.setSizes([needed, sizes[1] + sizes[0] - needed])

    def _build_actions(self) -> None:
        self.quit_action = QAction(self)
        self.quit_action.setObjectName("quitAction")
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        self.quit_action.setShortcuts(quit_keys)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.copy_summary_action = QAction(self)
        self.copy_summary_action.setObjectName("copySummaryAction")
        self.copy_summary_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_summary_action.triggered.connect(self.copy_summary)

        self.full_screen_action = QAction(self)
        self.full_screen_action.setObjectName("fullScreenAction")
        self.full_screen_action.setCheckable(True)
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

        self.about_action = QAction(self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setObjectName("aboutQtAction")
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)

    def _build_menus(self) -> None:
        """The menus, empty: `wire` fills them in reading order, the window's own actions included."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("fileMenu")
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("editMenu")
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("viewMenu")
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("helpMenu")

    def _build_toolbar(self) -> None:
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.examples_label = PlainLabel()
        self.examples_label.setContentsMargins(6, 0, 6, 0)
        self.examples_combo = ChoiceCombo()  # (arrow keys open its list: each choice loads a business)
        self.examples_combo.setObjectName("examplesCombo")
        self.examples_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.examples_combo.addItem("", None)
        for preset_id in preset_names("en"):
            self.examples_combo.addItem("", preset_id)  # named in the window's language by retranslate
        self.examples_combo.activated.connect(self._on_example_chosen)
        self.examples_label.setBuddy(self.examples_combo)

    def _build_status_bar(self) -> None:
        self.pack_label = PlainLabel()
        self.pack_label.setContentsMargins(6, 0, 6, 0)
        self.statusBar().addPermanentWidget(self.pack_label)
        # Its messages, written again in another language after a switch (see retranslate).
        self.status_line = StatusLine(self.statusBar())
        # What a number box did with a number it could not take as typed ("-12" in the budget's box: ¥0).
        self.controls.said.connect(lambda write: self.status_line.say(write, STATUS_NOTE_MS))

    # ---------------------------------------------------------------- showing

    def show_evaluation(self, evaluation: Evaluation) -> None:
        """Redraw every view from one evaluation (called on each document change).

        Each view sets only what changed: a slider move that leaves a presence's fit
        and reasons as they were repaints nothing in its panel.
        """
        pack = self.document.pack
        in_drag = self._desk_follows_texts.changed()
        if in_drag:
            self._desk_heights.hold()  # a drag: the cards only grow until it pauses
        # What the compact desk folds waits for the pause only in a drag of one value (a slider's): a file
        # or an example opened, or an undo, sets everything at once, however soon after the last change.
        one_value = in_drag and _one_value_changed(self._evaluation, evaluation)
        # The variant cards are held as the desk's cards are, but only in a drag of one value: what sets everything at
        # once (an example, an undo) lays them out for their texts at once. (Let go of at the pause with the desk's.)
        if one_value:
            self.variant_column.hold_heights()
        else:
            self.variant_column.release_heights()
        self._evaluation = evaluation
        # Each view sets only what changed; where the plan or a panel changed, the accounts are laid out again.
        accounts_changed = self.plan_area.show_evaluation(evaluation, in_drag=one_value)
        for panel in self.presence_panels.values():
            accounts_changed |= panel.show_evaluation(evaluation)
        for card in self.variant_cards.values():
            card.show_evaluation(evaluation)
        self.variant_column.follow_texts()
        choice = evaluation.app_or_mini_program.reason
        if self._shown.get("choice") != choice:
            self._shown["choice"] = choice
            self.recommendation_label.setText(text.render_reason(choice, pack))
        # The chart draws the plan's variants and the fits of the app and the Mini Program.
        chart_input = (evaluation.app_or_mini_program, evaluation.scenario.horizon_years,
                       evaluation.scenario.audience, evaluation.presence("native_app").fit,
                       evaluation.presence("mini_program").fit)
        if self._chart is not None and self._shown.get("chart") != chart_input:
            self._shown["chart"] = chart_input
            self._chart.show_evaluation(evaluation)
        if accounts_changed and self.isVisible():  # (before the first show, showing lays it all out once)
            self._lay_out_accounts()

    def _answer_views(self) -> tuple[QWidget, ...]:
        """Every view that shows numbers of the answer: the plan, the panels, the question and its answer, the
        chart, the variant cards and the flip points under the sliders (found for the last answer's figures)."""
        return (self.plan_area, self.panel_grid, self.comparison_title, self.recommendation_label, self.chart_slot,
                self.variant_column, *self.features.flip_labels.labels.values())

    def _export_actions(self) -> tuple[QAction, ...]:
        """The commands that write or copy the answer: there is none to write while the scenario has no answer."""
        features = self.features
        return (self.copy_summary_action, features.report_export.action, features.chart_export.export_action,
                features.chart_export.copy_action, features.share.share_action, features.share.copy_action)

    def show_problem(self, problem: str | None) -> None:
        """No answer on screen while the scenario cannot be computed, rather than the last one found (an answer of
        other figures, which a recovered autosave showed beside its own figures): the notice says why and what to
        do, and the exports wait. Everything is back with the next answer (show_evaluation follows)."""
        self.no_answer_notice.setText(problem or "")
        if self.no_answer_notice.isHidden() == (not problem):
            return  # (shown or hidden as it should be: a view shown again before the first show is laid out then)
        self.no_answer_notice.setVisible(bool(problem))
        for view in self._answer_views():
            view.setVisible(not problem)
        for action in self._export_actions():
            action.setEnabled(not problem)

    def refuses_without_answer(self) -> bool:
        """Whether an export or a copy of the answer is refused now (no_answer_message), said in the status bar: the
        last answer found was of other figures, and nothing of it is written."""
        refusal = self.no_answer_message()
        if refusal is not None:
            self.status_line.say(self._no_answer_text, 8000)
        return refusal is not None

    def no_answer_message(self) -> str | None:
        """Why an export or a copy of the answer is refused now, in plain words; None while there is an answer."""
        if self.document.answer is not None:
            return None
        return self._no_answer_text()

    def _no_answer_text(self) -> str:
        return self.tr("There is no answer to export or copy: wxdesk cannot compute one with these figures. "
                       "Correct them, or undo the last change, first.")

    def _track_account_cards(self) -> None:
        """The cards a drag holds, and the cards and groups (each with a layout) whose sizes follow their
        texts (see _lay_out_accounts): again whenever a panel is replaced."""
        self._desk_heights.track([self.plan_area, self.plan_area.summary, *self.presence_panels.values()])
        # The fade keeps below the panels' first reasons wherever they are laid out: a text that wraps
        # anew moves them after the desk was split (the fade then covered part of a first reason's room).
        self._reasons_watch.watch(panel.reason_labels[0] for panel in self.presence_panels.values())
        self._find_account_containers()

    def _find_account_containers(self) -> None:
        """The cards and groups above the chart whose layouts follow their texts (see _lay_out_accounts)."""
        accounts = self._accounts_area  # (the desk splitter's first part's content)
        self._account_containers = [widget for widget in _widgets_under(accounts) if widget.layout() is not None]

    def _lay_out_accounts(self) -> None:
        """The plan and the panels laid out for their new texts now, once, from the top down.

        Left to the layout requests that new texts post, Qt lays each card out at its old size
        first, then the grid of panels, then the scroll area gives the whole its new height and
        all of it is laid out again; the last correction often waits for the next turn of the
        event loop, so that a frame shows a panel too short for its text. Told at once that the
        cards' sizes are out of date, the scroll area sizes the whole from the new texts and each
        card is laid out at its final size. Only the cards whose contents changed are told (see
        announce_new_sizes): the others' sizes stand.
        """
        # None changed where every new text took the room of the old one (see steady_layout): the desk
        # stands as it is.
        # (The desk splitter's first part's content, and that part, the accounts' scroll area.)
        if announce_new_sizes(self._account_containers, self._accounts_area):
            QCoreApplication.sendEvent(self._accounts_scroll, QEvent(QEvent.Type.LayoutRequest))

    def _desk_texts(self) -> tuple[tuple[str, bool], ...]:
        """Every text above the chart, with whether it shows: what the desk's split depends on."""
        accounts = self._accounts_scroll  # (the desk splitter's first part)
        # Not findChildren(QLabel), which hands PySide6 every object inside to type, the selectable labels'
        # text controls and documents too, whose classes PySide6 then looks for by name in every Qt module
        # (some 3 M instructions at the first split).
        return tuple((label.text(), label.isVisibleTo(accounts)) for label in labels_in(self._accounts_area))

    def show_pack(self, pack: DataPack) -> None:
        """Another data pack is in use: names, facts and the pack's date come from it from now on."""
        replaced = False
        for presence, panel in list(self.presence_panels.items()):
            info = pack.accounts.get(presence)
            if len(panel.fact_labels) == (len(info.facts) if info is not None else 0):
                panel.pack = pack
            else:  # another number of key facts: a panel built for them
                replacement = PresencePanel(presence, pack)
                replacement.set_compact(panel.compact)
                # (cast: a panel lies in the grid of panels, in its layout.)
                cast("QLayout", cast(QWidget, panel.parentWidget()).layout()).replaceWidget(panel, replacement)
                replacement.show()  # with the window (at once if it is on screen)
                panel.setParent(None)  # out of the desk now, not only once it is deleted
                panel.deleteLater()
                self.presence_panels[presence] = replacement
                replaced = True
        if replaced:
            self._track_account_cards()
        for card in self.variant_cards.values():
            card.pack = pack
        self.plan_area.set_pack(pack)
        if self._chart is not None:
            self._chart.pack = pack
        self._redraw_all()

    def refresh_display(self) -> None:
        """The display currency or a rate changed in Preferences: every amount again."""
        text.refresh_display_settings()
        self._redraw_all()

    def _redraw_all(self) -> None:
        """Every view's texts again, although the language did not change (pack or currency did)."""
        self.controls.retranslate()
        self.plan_area.retranslate()
        # (Typed: their common base, Card, has no retranslate.)
        views: tuple[PresencePanel | VariantCard, ...] = (*self.presence_panels.values(), *self.variant_cards.values())
        for panel in views:
            panel.retranslate()
        if self._chart is not None:
            self._chart.retranslate()
        self._retranslate_window()

    def summary_text(self) -> str:
        """The answer in a few lines of the current language (Edit ▸ Copy summary): what the window shows, with
        what a reader of the pasted lines needs besides (who it is for, when it can be live, the two alternatives,
        and the figures set for this scenario: a plan that moved with an edited figure read with no hint why)."""
        from wxdesk.words.summary import cost_sentence
        from wxdesk.words.timeline import live_text
        evaluation = self._evaluation or self.document.evaluation
        pack, scenario = self.document.pack, evaluation.scenario
        words = text.words(pack)
        summary = self.plan_area.summary
        lines = [scenario.client.strip(), self.document.display_name(),
                 summary.name_label.text(),
                 summary.score_label.text(), summary.roles_text, summary.cost_line, summary.made_of,
                 # With the points it takes off the score, whose lines the summary leaves out (the window says them
                 # beside the score, and its budget line without them).
                 text.render_reason(evaluation.budget, pack),
                 live_text(evaluation.plan.timeline.weeks, words),
                 self.recommendation_label.text(), self.chart.break_even_label.text()]
        ranks = (words.translate("Report", "First alternative"), words.translate("Report", "Second alternative"))
        for rank, alt in zip(ranks, evaluation.alternatives, strict=False):
            lines.append(words.sentences([
                self.tr("%1: %2, plan score %3 out of 100.").replace("%1", rank).replace(
                    "%2", words.plan(alt.presences)).replace("%3", words.score_of(evaluation, alt)),
                cost_sentence(alt, scenario.horizon_years, words)]))
        # The figures the scenario sets for itself, in the sentence the handout and the long image say them in.
        from wxdesk.words.own_figures import own_figures_sentence  # (not needed before a summary is copied)
        lines.append(own_figures_sentence(pack.with_overrides(scenario.overrides), words))
        if evaluation.warnings:
            lines.append(summary.warnings_label.text())
        return "\n".join(line for line in lines if line)

    def copy_summary(self) -> None:
        if self.refuses_without_answer():  # (the clipboard keeps what it had)
            return
        QGuiApplication.clipboard().setText(self.summary_text())
        self.status_line.say(lambda: self.tr("Summary copied to the clipboard."), 4000)

    def retranslate(self) -> None:
        """Every text of the window and of every feature in the current language.

        The views inside the window (controls, panels, chart) follow the language change themselves.
        """
        self._retranslate_window()
        if self._features is not None:  # None while __init__ runs
            for feature in self._features.translated():
                feature.retranslate()
        self.status_line.retranslate()  # (its message as it was: not on a change of currency or pack)

    def _retranslate_window(self) -> None:
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
        names = preset_names(i18n.current_language())
        for row in range(1, self.examples_combo.count()):
            preset_id = self.examples_combo.itemData(row)
            self.examples_combo.setItemText(row, names.get(preset_id, preset_id))
        self.examples_combo.setToolTip(self.tr("Replace the scenario with one of the bundled example businesses"))
        self.comparison_title.setText(self.tr("NATIVE APP OR MINI PROGRAM?"))
        pack = self.document.pack  # its date as every other page writes one ("30 November 2026", "2026年11月30日")
        self.pack_label.setText(self.tr("Data pack of %1").replace("%1", text.words(pack).pack_date(pack.released)))
        if self._evaluation is not None:
            self._shown.clear()  # the answer's texts again, in the new language, currency or pack
            self.show_evaluation(self._evaluation)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- actions

    def _on_example_chosen(self, index: int) -> None:
        preset_id = self.examples_combo.itemData(index)
        if preset_id is None:
            return
        self.examples_combo.setCurrentIndex(0)
        # File actions open it as a new, unsaved scenario, asking first about unsaved changes.
        self.examples_chosen.emit(preset_id)

    def _set_full_screen(self, on: bool) -> None:
        if on:
            if not self.isFullScreen():
                self._state_before_full_screen = self.windowState()
            self.showFullScreen()
        else:  # back as the user had it (maximized, as it starts on a small screen, or not)
            self.show_in_state(self._state_before_full_screen & ~Qt.WindowState.WindowFullScreen)

    def open_on_screen(self) -> None:
        """Show the window as it starts: maximized where it chose to be (see starts_maximized) or the user
        left it so, else at its size.

        Where the platform tells a maximized (or full-screen) window's size before the window is shown (the
        offscreen platform does), the window takes that size first, so that showing lays it out once, at the
        size it opens at. Left to the platform, the window is laid out at its normal size, split there, and
        laid out again when the maximized size arrives, before the first paint; and the split the first frame
        shows is the one made for the normal size, corrected only after it.
        """
        state = self.windowState() | (Qt.WindowState.WindowMaximized if self.starts_maximized
                                      else Qt.WindowState.WindowNoState)
        if state & _SIZED_BY_PLATFORM:
            self.setWindowState(state)  # makes the native window, and tells the platform
            handle = self.windowHandle()
            opens_at = handle.geometry() if handle is not None else self.geometry()
            if opens_at.isValid() and opens_at != self.geometry():
                # (A hidden window's new geometry goes no further than the widget; Qt takes the maximized
                # state away from the widget on a resize, and it is set again below, the platform's unchanged.)
                self.setGeometry(opens_at)
                self.setWindowState(state)
                self._size_known_at_show = True
        if not self._desk_split_pending:
            self._measure_accounts_afresh()
        self.show()

    def _measure_accounts_afresh(self) -> None:
        """Forget the sizes the accounts' layouts keep from before their texts were set (see open_on_screen).

        A text set while the window is hidden tells its own card's layout, but the layouts above keep the
        minimum they measured before (a layout within a layout, the plan's column of best plans, hears of
        nothing until it is laid out). The desk the user split is shown whole, and at the first show the
        accounts' scroll area gave its content the plan's old minimum width (some 350 px where its texts
        need 603, on an 800 px screen): the plan and every panel were laid out at that width, and all again
        at the right one once the plan itself was laid out. Told now, the first layout has the desk's true minimum.
        (A desk split at show is laid out for the split chosen then, see _first_split.)
        """
        accounts = self._accounts_area  # (the desk splitter's first part's content)

        def forget(item: QLayoutItem) -> None:
            item.invalidate()
            layout = item.layout()
            if layout is not None:
                for index in range(layout.count()):
                    forget(cast(QLayoutItem, layout.itemAt(index)))  # (cast: an index below count())

        for widget in (accounts, *_widgets_under(accounts)):  # (not findChildren: see _widgets_under)
            layout = widget.layout()
            if layout is not None:
                forget(layout)
            widget.updateGeometry()  # (the size its parent's layout keeps of it)

    def show_in_state(self, state: Qt.WindowState) -> None:
        """Show the window full screen, maximized or normal, as `state` (a windowState()) says."""
        if state & Qt.WindowState.WindowFullScreen:
            self.showFullScreen()
        elif state & Qt.WindowState.WindowMaximized:
            self.showMaximized()
        else:
            self.showNormal()
        self.setWindowState(state)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # made when first asked for: not at every start
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
        screen = QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        if available is not None:
            # A small or scaled screen (1920×1080 at 200 % is 960×540): the window never starts larger.
            # (less a window frame's usual size: the frame is known only once the window is shown)
            self.setMinimumSize(min(MINIMUM_SIZE[0], available.width() - FRAME_ALLOWANCE[0]),
                                min(MINIMUM_SIZE[1], available.height() - FRAME_ALLOWANCE[1]))
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        # Whether the app shows the window maximized (see run_gui): asked of the app, not set here, so that a
        # window made at a chosen size (a screenshot, a test) keeps it.
        self.starts_maximized = False
        self._state_before_full_screen = Qt.WindowState.WindowNoState
        if not restored:
            width, height = PREFERRED_SIZE
            if available is not None and (available.width() < width + FRAME_ALLOWANCE[0]
                                          or available.height() < height + FRAME_ALLOWANCE[1]):
                # A screen smaller than the window wants (a 1366×768 laptop): all of it, as a user would
                # make it. A window a little smaller than the screen cut the panels' first reasons and
                # squeezed the chart, for a margin of desktop no one uses.
                width = available.width() - FRAME_ALLOWANCE[0]
                height = available.height() - FRAME_ALLOWANCE[1]
                self.starts_maximized = True
            self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))
        if available is not None:
            fit_on_screen(self, available)
        splitter_state = settings.value("mainWindow/splitter")
        if isinstance(splitter_state, QByteArray) and not splitter_state.isEmpty():
            self.splitter.restoreState(splitter_state)
        self._start_desk_split(settings.value("mainWindow/deskSplitter"))

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        # Showing lays the window out, the variant cards' column fitting its cards at the height it gets then; where
        # the desk's first split comes as the window shows (showEvent), the column waits for the height the split
        # gives it (see VariantColumn.wait_for_split).
        if visible and not self.isVisible() and self._desk_split_pending and (
                self._size_known_at_show or not self.windowState() & _SIZED_BY_PLATFORM):
            self.variant_column.wait_for_split(True)
        super().setVisible(visible)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.screen() is not None and not self.isFullScreen():
            fit_on_screen(self, self.screen().availableGeometry())  # now with its frame's real size
        if self._desk_split_pending:
            self._desk_split_pending = False
            if self._size_known_at_show or not self.windowState() & _SIZED_BY_PLATFORM:
                # Now, before the first paint's turn of the event loop: showing has laid the window out at the
                # size it opens at, and the splitter knows its real height. Left to that turn, the layouts' own
                # requests go first and lay the full desk out whole (on a short window, wider than the room,
                # with scroll bars), all of it to be laid out again for the compact desk the split then chooses.
                self._first_split()
            else:
                # Maximized where the platform gives the size only once the window is shown (most do): split
                # after that turn, at that size, rather than now at the normal size and again after.
                QTimer.singleShot(0, self, self._first_split)
        if self.variant_column.split_due:  # (the split has come: the cards fit the height it gave them)
            self.variant_column.wait_for_split(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._auto_split and self._painted_split:
            self._resplit.start()


    def save_geometry(self) -> None:
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("mainWindow/splitter", self.splitter.saveState())
        # The desk's divide only where the user set it: a divide the window chose for the texts of this
        # session, kept, would hold the next session's desk there, whatever its texts need.
        presenting = self._compact_forced is not None
        if not (self._auto_split_before if presenting else self._auto_split):
            settings.setValue("mainWindow/deskSplitter", self.desk_splitter.saveState())
        else:
            settings.remove("mainWindow/deskSplitter")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_geometry()
        self.closed.emit()
        super().closeEvent(event)


def _one_value_changed(before: Evaluation | None, after: Evaluation) -> bool:
    """Whether `after`'s scenario differs from `before`'s in one field alone (a slider's step)."""
    if before is None:
        return False
    old, new = before.scenario, after.scenario
    changed: int = sum(getattr(old, name) != getattr(new, name) for name in FIELD_NAMES)  # (typed: getattr's is Any)
    return changed == 1


def fit_on_screen(window: QWidget, available: QRect) -> None:
    """Keep the window within the screen's available area: no larger, and not off its edges."""
    if window.windowState() & Qt.WindowState.WindowMaximized:
        return  # the screen's own size (a resize here would take the maximized state away)
    frame = window.frameGeometry()
    margins = (frame.width() - window.width(), frame.height() - window.height())
    width = min(window.width(), available.width() - margins[0])
    height = min(window.height(), available.height() - margins[1])
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), available.left()), available.right() + 1 - frame.width())
    y = min(max(frame.y(), available.top()), available.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, available.left()), max(y, available.top()))
