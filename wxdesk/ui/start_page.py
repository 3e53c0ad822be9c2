"""The start page: examples and recent files at a glance, and what happens when wxdesk starts.

At start, unsaved work from a session that ended is offered first (recovery); when
there is none, and no file was opened from the desktop, the start page appears. It
never blocks (`open()`, not `exec()`), and "Show at start" turns it off.

A single click on an example or a recent file opens it (Enter and the Open button too):
people expect a start page's entries to act like links. Examples read in the window's
language, wherever the window lists them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from wxdesk import settings
from wxdesk.engine import ScenarioError, load_preset, preset_ids
from wxdesk.ui import i18n, recovery
from wxdesk.ui.file_actions import can_ask_user

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QEvent

    from wxdesk.engine import Scenario
    from wxdesk.ui.main_window import MainWindow

PRESET_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class StartPage(QDialog):
    """Attributes: `examples`, `recent` (lists), `show_at_start` (check box)."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setObjectName("startPage")
        self.window_ = window
        # objectName (and enabled) as keywords: PySide6 takes any Qt property so, the stubs list only each
        # class's own (typed where the stub refuses the whole call, which would be Any).
        self.heading: QLabel = QLabel(objectName="startHeading")  # type: ignore[call-overload]
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(wordWrap=True)
        self.new_button: QPushButton = QPushButton(objectName="startNewButton")  # type: ignore[call-overload]
        self.new_button.clicked.connect(lambda: self._run(window.features.file_actions.new_scenario))
        self.open_button: QPushButton = QPushButton(objectName="startOpenButton")  # type: ignore[call-overload]
        self.open_button.clicked.connect(lambda: self._run(window.features.file_actions.open_file))
        self.examples_label = QLabel()
        self.examples = QListWidget(objectName="startExamples")  # type: ignore[call-arg]
        for preset_id in preset_ids():
            if _example(preset_id, "en") is not None:
                QListWidgetItem(self.examples).setData(PRESET_ROLE, preset_id)
        self.examples.setSpacing(2)
        self.examples_label.setBuddy(self.examples)
        self.examples.itemClicked.connect(self._open_example)
        self.examples.itemActivated.connect(self._open_example)
        self.examples.currentItemChanged.connect(self._describe_example)
        self.example_description: QLabel = QLabel(wordWrap=True,  # type: ignore[call-overload]
                                                  objectName="startExampleDescription")
        self.example_description.setMinimumHeight(self.example_description.fontMetrics().lineSpacing() * 2)
        self.example_description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_example_button: QPushButton = QPushButton(  # type: ignore[call-overload]
            objectName="startOpenExampleButton", enabled=False)
        self.open_example_button.clicked.connect(lambda: self._open_example(self.examples.currentItem()))
        self.recent_label = QLabel()
        self.recent = QListWidget(objectName="startRecent")  # type: ignore[call-arg]
        for path in settings.recent_files():
            item = QListWidgetItem(path.name, self.recent)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
        self.recent_label.setBuddy(self.recent)
        self.recent.itemClicked.connect(self._open_recent)
        self.recent.itemActivated.connect(self._open_recent)
        self.show_at_start: QCheckBox = QCheckBox(objectName="startShowAtStart")  # type: ignore[call-overload]
        self.show_at_start.setChecked(settings.show_start_page())
        self.show_at_start.toggled.connect(settings.set_show_start_page)
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        grid = QGridLayout()
        grid.addWidget(self.examples_label, 0, 0)
        grid.addWidget(self.recent_label, 0, 1)
        grid.addWidget(self.examples, 1, 0)
        grid.addWidget(self.recent, 1, 1, 3, 1)
        grid.addWidget(self.example_description, 2, 0)
        grid.addWidget(self.open_example_button, 3, 0, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        actions = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        actions.addWidget(self.new_button)
        actions.addWidget(self.open_button)
        layout.addLayout(actions)
        layout.addLayout(grid, 1)
        layout.addWidget(self.show_at_start)
        layout.addWidget(self.buttons)
        # Tab reads the examples' column down to its button before the recent files (the grid's order went from the
        # examples to the recent files, empty as they often are, and only then to Open Example). Set once the page
        # holds them all: a chain set before is undone as they join it.
        QWidget.setTabOrder(self.examples, self.open_example_button)
        QWidget.setTabOrder(self.open_example_button, self.recent)
        self.resize(820, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to wxdesk"))
        self.heading.setText(self.tr("What would you like to work on?"))
        self.intro.setText(self.tr("Start from one of the example businesses, a file you worked on, or a new "
                                   "scenario. Examples open as copies: saving never changes them."))
        self.new_button.setText(self.tr("New Scenario"))
        self.open_button.setText(self.tr("Open a File…"))
        self.examples_label.setText(self.tr("&Examples (click one to open it)"))
        self.open_example_button.setText(self.tr("Open E&xample"))
        self.recent_label.setText(self.tr("&Recent files") if self.recent.count() else self.tr("No recent files yet"))
        language = i18n.current_language()
        for row in range(self.examples.count()):
            item = self.examples.item(row)
            scenario = _example(item.data(PRESET_ROLE), language)
            item.setText(scenario.name if scenario else item.data(PRESET_ROLE))
            item.setToolTip((scenario.notes or scenario.client) if scenario else "")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())
        self._describe_example(self.examples.currentItem())
        self.show_at_start.setText(self.tr("Show this page when wxdesk starts"))
        self.continue_button.setText(self.tr("Continue with the current scenario"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _run(self, command: Callable[[], bool]) -> None:
        # Close first, so that a Save / Discard question is not hidden behind the page.
        self.hide()
        if command():
            self.accept()
        else:
            self.show()

    def _describe_example(self, item: QListWidgetItem | None) -> None:
        self.open_example_button.setEnabled(item is not None)
        self.example_description.setText(item.toolTip() if item is not None else "")

    def _open_example(self, item: QListWidgetItem | None) -> None:
        # A double click also sends "clicked" first: the page is gone by the second signal.
        if item is None or not self.isVisible():
            return
        preset_id = item.data(PRESET_ROLE)
        self._run(lambda: self.window_.features.file_actions.open_preset(preset_id))

    def _open_recent(self, item: QListWidgetItem | None) -> None:
        if item is None or not self.isVisible():
            return
        path = item.data(PATH_ROLE)
        self._run(lambda: self.window_.features.file_actions.open_path(path))


def _example(preset_id: str, language: str) -> Scenario | None:
    try:
        return load_preset(preset_id, language)
    except ScenarioError:
        return None


def show_start_page(window: MainWindow) -> StartPage:
    page = StartPage(window)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.open()
    return page


def startup(window: MainWindow) -> None:
    """What wxdesk does once its window is up: offer recovery, else the start page."""
    if not can_ask_user():
        return  # the self-test, or no display: recovery waits for a start with someone to ask
    if recovery.offer_recovery(window):
        return
    document = window.document
    if document.path is not None or document.is_modified:
        return  # a file was opened from the desktop, or work is under way
    if settings.show_start_page():
        show_start_page(window)
