"""Docks that are built the first time they are shown: Assumptions and Sensitivity.

Their View-menu actions exist from the start. The dock itself (its table model, the
sensitivity sweep, pyqtgraph) is built when the action is first checked, or right after
the window's first paint when the last session left it open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStyle


class LazyDock(QObject):
    """A checkable View-menu action for a dock that does not exist until it is first shown.

    `action` shows and hides the dock; `dock` builds it on first use; `restore()` and
    `remember()` carry its visibility from one session to the next.
    """

    def __init__(self, window: QMainWindow, name: str, area: Qt.DockWidgetArea, keys: str,
                 build: Callable[[], QDockWidget], title: Callable[[], str], tip: Callable[[], str]):
        super().__init__(window)
        self._window = window
        self._name = name  # the dock's object name, also its settings key
        self._area = area
        self._build = build
        self._title = title
        self._tip = tip
        self._dock: QDockWidget | None = None
        self.action = QAction(window, objectName=_action_name(name), checkable=True)
        self.action.setShortcut(QKeySequence(keys))
        self.action.toggled.connect(self._set_shown)
        self.retranslate()

    @property
    def built(self) -> bool:
        return self._dock is not None

    @property
    def dock(self) -> QDockWidget:
        """The dock, built (hidden) if this is its first use."""
        if self._dock is None:
            dock = self._build()
            dock.setObjectName(self._name)
            self._window.addDockWidget(self._area, dock)
            dock.hide()
            # Closing the dock by its own button unchecks the menu entry.
            dock.toggleViewAction().toggled.connect(self._follow_dock)
            self._dock = dock
        return self._dock

    def _set_shown(self, on: bool) -> None:
        if on or self._dock is not None:
            self.dock.setVisible(on)
        if on and self._area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea):
            share_height(self._window, self.dock)
        elif on:
            share_width(self._window, self.dock)

    def _follow_dock(self, on: bool) -> None:
        with QSignalBlocker(self.action):
            self.action.setChecked(on)

    def retranslate(self) -> None:
        self.action.setText(self._title())
        self.action.setStatusTip(self._tip())

    def restore(self) -> None:
        """Show the dock again if it was open when wxdesk last closed."""
        if QSettings().value(f"docks/{self._name}/visible", False, type=bool):
            self.action.setChecked(True)

    def remember(self) -> None:
        visible = self._dock is not None and self._dock.isVisibleTo(self._window)
        QSettings().setValue(f"docks/{self._name}/visible", visible)


def _action_name(dock_name: str) -> str:
    # "assumptionsDock" → "showAssumptionsAction"
    stem = dock_name.removesuffix("Dock")
    return f"show{stem[:1].upper()}{stem[1:]}Action"


DOCK_MIN_HEIGHT = 200  # a docked table's search, header and a few rows


def share_height(window, dock: QDockWidget) -> None:
    """A dock above or below the desk takes only the height the desk can spare.

    The desk keeps the plan, the panels' first reasons and the chart where the window is tall
    enough; on a laptop the dock still gets enough for its first rows, and the panels
    scroll above the chart (the window folds the desk to its compact form).
    """
    spare = window.desk_splitter.height() - window.desk_needs()
    if dock.isFloating():
        return
    window.resizeDocks([dock], [max(DOCK_MIN_HEIGHT, spare)], Qt.Orientation.Vertical)


# The width, in lines of the window's text, at which the desk's chart reads at a glance beside variant cards whose
# titles take two lines at most (some 320 and 200 px at the usual font).
COMPARISON_COMFORT_LINES = 32


def share_width(window, dock: QDockWidget) -> None:
    """A dock beside the desk takes only the width the desk can spare, and at most the width it asks for.

    Left to Qt, the Sensitivity dock took the width its chart asks for (some 650 px), and on a 1366 px laptop
    the desk kept only its least width: a chart 200 px wide and variant cards 100 px wide, whose titles
    were cut ("With a Mini Progra"). The desk keeps its chart and cards at a readable width where the window
    has the room; on a narrower one the dock still gets its least width, and the user may drag it wider.
    """
    if dock.isFloating():
        return
    comparison = window.desk_splitter
    comfort = COMPARISON_COMFORT_LINES * window.fontMetrics().height()
    desk_wants = (window.centralWidget().minimumSizeHint().width()
                  + max(0, comfort - comparison.minimumSizeHint().width()))
    separator = window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, window)
    spare = window.width() - desk_wants - separator
    width = max(dock.minimumSizeHint().width(), min(dock.sizeHint().width(), spare))
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
