"""Docks that are built the first time they are shown: Assumptions and Sensitivity.

Their View-menu actions exist from the start. The dock itself (its table model, the
sensitivity sweep, pyqtgraph) is built when the action is first checked, or right after
the window's first paint when the last session left it open.

Each time a dock is shown it takes the room the desk can spare (share_width, share_height),
unless the user dragged it to a size of their own: that size comes back when the dock is shown
again, in this session and the next, as far as the window has room for it beside the desk.

A dock never squeezes the desk below its least size, nor shows narrower than its own least (make_room): where
the window is too small for both, it grows as far as the screen lets it, as the user would widen it to see what
they asked for, and keeps that least size while the dock is docked; where the screen has no room either, the dock
opens floating (docked below a 620-px-high window, or tabbed, it would crush the desk or hide it).

Nor does a dock taking its share take the plan and the panels' first reasons out of view (each presence's name, fit,
badge and place in the plan): where the window, laid out with the dock, would show them no longer (a 1366×768
laptop: below, the panels were squeezed to a strip a few pixels high; beside, their second row stood under the
chart), the dock opens floating instead, before anything is painted (LazyDock._float_if_desk_hidden). Floating, it
lies over the comparison (the chart and the variant cards, the part of the desk that can wait), as large as that
room (both docks share it, the table on the left, each half of it and no less than its least width, inside the
screen: share_room; and it stops above a dock docked below the desk: keep_above_docked), where the user may move it;
docked again by the user, it stays docked; shown again where wxdesk left it, it docks if the window has the room by
then. A size the user dragged the dock to is theirs: it comes back docked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QRect, QSettings, QSignalBlocker, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    # Made by PySide6 when first named: QStyle with some 600 enum members, before the first paint for a
    # dock that is not shown then (see share_width, where it is first needed).
    from PySide6.QtWidgets import QDockWidget, QLayout

    from wxdesk.ui.main_window import MainWindow


class LazyDock(QObject):
    """A checkable View-menu action for a dock that does not exist until it is first shown.

    `action` shows and hides the dock; `dock` builds it on first use; `restore()` and
    `remember()` carry its visibility, and a size the user dragged it to, from one session to the next.
    """

    def __init__(self, window: MainWindow, name: str, area: Qt.DockWidgetArea, keys: str,
                 build: Callable[[], QDockWidget], title: Callable[[], str], tip: Callable[[], str]):
        super().__init__(window)
        self._window = window
        self._name = name  # the dock's object name, also its settings key
        self._area = area
        self._build = build
        self._title = title
        self._tip = tip
        self._dock: QDockWidget | None = None
        # Its width (beside the desk) or height (above or below it) as wxdesk gave it when it was last shown, read
        # once the layout took it; and the one the user dragged it to, if any (else None: the share each time).
        self._given: int | None = None
        self._chosen: int | None = None
        # The window's least size along the dock's axis before the dock asked for room (restored when it goes).
        self._window_least: int | None = None
        # Where wxdesk floated it for want of room (None: docked, or floated or moved by the user since).
        self._placed: QRect | None = None
        self.action = QAction(window)
        self.action.setObjectName(_action_name(name))
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(keys))
        self.action.toggled.connect(self._set_shown)
        # Opened by the user (its menu entry or its keys, not a session restored), the keyboard goes into it: after
        # Ctrl+Shift+A the focus had stayed where it was, and the dock's table was a mouse's reach away.
        self.action.triggered.connect(self._focus_if_shown)
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
            # Docked again by the user (its title double-clicked, or dragged to the window): room for it again.
            dock.topLevelChanged.connect(self._follow_floating)
            self._dock = dock
        return self._dock

    @property
    def _orientation(self) -> Qt.Orientation:
        beside = self._area in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)
        return Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical

    def _extent(self) -> int:
        dock = self.dock
        return dock.width() if self._orientation == Qt.Orientation.Horizontal else dock.height()

    def _set_shown(self, on: bool) -> None:
        # (Before the dock takes any room: a window too short to show them without it has none to keep.)
        reasons_shown = on and self._window.isVisible() and self._window.first_reasons_in_view()
        if not on:
            self._note_chosen_extent()
            self._give_room_back()
        else:
            if self.dock.isFloating() and self._placed is not None and self._placed == self.dock.geometry():
                # Floated by wxdesk and left where it was put: docked again if the window has room for it now.
                self.dock.setFloating(False)
            self._placed = None
            if not self.dock.isFloating():
                make_room(self._window, self.dock, self._orientation, self._keep_window_least)
                if self.dock.isFloating():  # no room for the desk's least size either
                    self._note_placed()
        if on or self._dock is not None:
            self.dock.setVisible(on)
        if not on or self.dock.isFloating():  # (a floating dock keeps the size it has on its own)
            return
        if self._chosen is not None:
            keep_extent(self._window, self.dock, self._chosen, self._orientation)
        else:
            look = self._window.desk_look()  # (as the desk is without the dock: see _float_if_desk_hidden)
            if self._orientation == Qt.Orientation.Vertical:
                share_height(self._window, self.dock)
                rows = DOCK_FIRST_ROWS
                # Where its first rows take the panels' first reasons out of view, a row fewer each time, down to its
                # least height (at 1600×900, 8 rows did; its least, 3 rows, had left them whole).
                while (reasons_shown and _height_for_rows(self.dock, rows) > DOCK_MIN_HEIGHT
                       and not self._window.first_reasons_in_view_now()):
                    rows -= 1
                    share_height(self._window, self.dock, rows, spare=False)
            else:
                share_width(self._window, self.dock)
            if reasons_shown and self._float_if_desk_hidden(look):
                self._note_placed()
                return
        self._given = None
        # Read once the window laid the dock out at it (resizeDocks takes effect with the next layout).
        QTimer.singleShot(0, self, self._note_given_extent)

    def _float_if_desk_hidden(self, look: tuple[bool, int]) -> bool:
        """The dock floating over the comparison where, docked, it takes the panels' first reasons out of view (see
        the module's docstring); whether it does. (Called with the dock shown docked, before the window's layout
        gave it its room; `look`: the desk's as it was before, see MainWindow.desk_look.)"""
        window, dock = self._window, self.dock
        if window.first_reasons_in_view_now():
            return False
        dock.setFloating(True)  # (its room given back as it leaves the window: _follow_floating)
        window.first_reasons_in_view_now(look)  # the desk as it was without the dock, where it floats over
        _float_over_comparison(window, dock)
        return True

    def _note_placed(self) -> None:
        self._placed = self.dock.geometry()
        # (Its frame, which the platform adds once it shows, is known at the next turn of the event loop.)
        QTimer.singleShot(0, self, self._keep_frame_in_place)

    def placed_over_comparison(self) -> bool:
        """Whether the dock floats, shown, where wxdesk put it for want of room (not moved by the user since)."""
        dock = self._dock
        return dock is not None and dock.isVisible() and dock.isFloating() and self._placed == dock.geometry()

    def note_placed_again(self) -> None:
        """The dock wxdesk floated, moved by wxdesk (its room shared with the other dock)."""
        self._placed = self.dock.geometry()

    def _keep_frame_in_place(self) -> None:
        """Floated by wxdesk over the comparison, with its frame: the frame kept off the desk's first reasons, and
        the room shared with the other dock where that floats there too."""
        if not self.placed_over_comparison():
            return
        dock = self.dock
        keep_frame_below(dock)
        keep_above_docked(self._window, dock, free_area(self._window))
        other = next((lazy for lazy in self._window.features.docks()
                      if lazy is not self and lazy.placed_over_comparison()), None)
        if other is not None:  # each takes half the room (or its least), the one that stands beside the desk the right
            beside = self._orientation == Qt.Orientation.Horizontal
            lefts, rights = (other.dock, dock) if beside else (dock, other.dock)
            share_room(lefts, rights, free_area(self._window))
            other.note_placed_again()
        self._placed = dock.geometry()

    def _note_given_extent(self) -> None:
        if self._dock is not None and self._dock.isVisible() and not self._dock.isFloating():
            self._given = self._extent()

    def _note_chosen_extent(self) -> None:
        """On hiding: a size other than the one wxdesk gave is the user's, dragged by the dock's edge."""
        if self._dock is None or not self._dock.isVisible() or self._dock.isFloating() or self._given is None:
            return
        extent = self._extent()
        if abs(extent - self._given) > DRAGGED_PX:
            self._chosen = extent

    def _keep_window_least(self, least: int) -> None:
        """The window no smaller than `least` along the dock's axis while the dock is docked in it."""
        if self._window_least is None:
            self._window_least = _along(self._window.minimumSize(), self._orientation)
        _set_least(self._window, self._orientation, max(least, self._window_least))

    def _give_room_back(self) -> None:
        if self._window_least is not None:
            _set_least(self._window, self._orientation, self._window_least)
            self._window_least = None

    def _follow_floating(self, floating: bool) -> None:
        self._placed = None  # (set again where wxdesk floats it, once it has)
        if floating:
            self._give_room_back()
        elif self._dock is not None and self._dock.isVisible():
            # The user docked it: docked it stays, with what room the window can make for it.
            make_room(self._window, self._dock, self._orientation, self._keep_window_least, may_float=False)

    def _focus_if_shown(self, on: bool) -> None:
        from PySide6.QtWidgets import QWidget  # (loaded long before: named here, as QDockWidget is, for typing)
        if on and self._dock is not None:
            first = next((w for w in self._dock.widget().findChildren(QWidget)
                          if w.isVisibleTo(self._dock) and w.isEnabled()
                          and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _follow_dock(self, on: bool) -> None:
        if not on:  # closed by its own button: already hidden, its last size still stands
            self._note_chosen_extent()
            self._give_room_back()
        with QSignalBlocker(self.action):
            self.action.setChecked(on)

    def retranslate(self) -> None:
        self.action.setText(self._title())
        self.action.setStatusTip(self._tip())

    def restore(self) -> None:
        """Show the dock again if it was open when wxdesk last closed, at the size the user chose if they did."""
        settings = QSettings()
        chosen = settings.value(f"docks/{self._name}/chosenExtent", 0, type=int)
        self._chosen = chosen if isinstance(chosen, int) and chosen > 0 else None
        if settings.value(f"docks/{self._name}/visible", False, type=bool):
            self.action.setChecked(True)

    def remember(self) -> None:
        visible = self._dock is not None and self._dock.isVisibleTo(self._window)
        if visible:
            self._note_chosen_extent()
        settings = QSettings()
        settings.setValue(f"docks/{self._name}/visible", visible)
        settings.setValue(f"docks/{self._name}/chosenExtent", self._chosen or 0)


def _action_name(dock_name: str) -> str:
    # "assumptionsDock" → "showAssumptionsAction"
    stem = dock_name.removesuffix("Dock")
    return f"show{stem[:1].upper()}{stem[1:]}Action"


DOCK_MIN_HEIGHT = 200  # a docked table's search, header and a few rows
DOCK_FIRST_ROWS = 8  # the rows a docked table shows when it first opens, where the window has the room
# A dock more than this far from the size wxdesk gave it was dragged there (Qt may round a size it is given by a
# pixel or two as the layout distributes the window's room).
DRAGGED_PX = 4


def _along(size: QSize, orientation: Qt.Orientation) -> int:
    return size.width() if orientation == Qt.Orientation.Horizontal else size.height()


def _set_least(window: MainWindow, orientation: Qt.Orientation, least: int) -> None:
    """The window's least width (or height) along the dock's axis."""
    if orientation == Qt.Orientation.Horizontal:
        window.setMinimumWidth(least)
    else:
        window.setMinimumHeight(least)


def make_room(window: MainWindow, dock: QDockWidget, orientation: Qt.Orientation,
              keep_least: Callable[[int], None], may_float: bool = True) -> None:
    """Before a dock is shown docked: room for both it and the desk at their least sizes, or the dock floating.

    Called while the dock is hidden, so the desk holds all the room along the dock's axis. The window grows by what
    is missing as far as its screen's free area allows (moved back onto the screen if it would pass its edge), and
    `keep_least` is told the window's least size that keeps that room; else (where `may_float`: not a dock the user
    docked) the dock opens floating over the comparison (see _float_over_comparison).
    """
    desk = window.centralWidget()
    if desk is None:
        return
    if orientation == Qt.Orientation.Horizontal:
        desk_least = desk_readable_width(window)
        dock_least = dock.minimumSizeHint().width()
    else:  # a table's search, header and a few rows, as share_height gives it
        desk_least = desk.minimumSizeHint().height()
        dock_least = max(dock.minimumSizeHint().height(), DOCK_MIN_HEIGHT)
    needs = desk_least + _separator(window) + dock_least
    # (The other dock, on the other axis, takes none of this room: a bottom dock spans the desk's width, and
    # a right-hand dock its height.)
    missing = needs - _along(desk.size(), orientation)
    window_least = _along(window.size(), orientation) + max(0, missing)
    if missing <= 0:
        keep_least(window_least)
        return
    free = free_area(window)
    frame = window.frameGeometry()
    grown = QSize(window.width() + (missing if orientation == Qt.Orientation.Horizontal else 0),
                  window.height() + (missing if orientation == Qt.Orientation.Vertical else 0))
    frame_extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    can_grow = (free is not None and not window.windowState() & _PLATFORM_SIZED
                and _along(grown + frame_extra, orientation) <= _along(free.size(), orientation))
    if can_grow and free is not None:
        keep_least(window_least)
        window.resize(grown)
        # Kept on the screen: a window at its right (or lower) edge moves back by what it grew past it.
        x = min(frame.x(), free.right() + 1 - (grown.width() + frame_extra.width()))
        y = min(frame.y(), free.bottom() + 1 - (grown.height() + frame_extra.height()))
        if (x, y) != (frame.x(), frame.y()):
            window.move(max(free.x(), x), max(free.y(), y))
        return
    if may_float:
        _float_over_comparison(window, dock)


def free_area(window: MainWindow) -> QRect | None:
    """The part of the window's screen that windows may take (without the desktop's panels)."""
    screen = window.screen()
    return screen.availableGeometry() if screen is not None else None


def _float_over_comparison(window: MainWindow, dock: QDockWidget) -> None:
    """The dock floating over the comparison (the chart and the variant cards, below the plan and the panels' first
    reasons), from the desk's left edge to the window's right one and down to the window's lower edge: as large as
    that room, and no smaller than its least (taller than the room, it reaches up over the panels' later lines),
    inside the window's screen. The window below keeps its desk as it was, whole."""
    from PySide6.QtCore import QPoint  # (only here: a dock floats on a small screen alone)
    dock.setFloating(True)
    comparison = window.desk_splitter.widget(1)
    top_left = (comparison or window.desk_splitter).mapToGlobal(QPoint(0, 0))
    frame = window.frameGeometry()
    x, y = window.desk_splitter.mapToGlobal(QPoint(0, 0)).x(), top_left.y()
    least = dock.minimumSizeHint().expandedTo(QSize(0, DOCK_MIN_HEIGHT))
    size = QSize(max(frame.right() + 1 - x, least.width()), max(frame.bottom() + 1 - y, least.height()))
    free = free_area(window)
    if free is not None:
        size = size.boundedTo(free.size())
        x = max(free.x(), min(x, free.right() + 1 - size.width()))
        y = max(free.y(), min(y, free.bottom() + 1 - size.height()))
    dock.setGeometry(x, y, size.width(), size.height())
    dock.setProperty("floatTop", y)  # where its frame's top is to stand (keep_frame_below)


# The states in which the platform, not the window, chooses its size.
_PLATFORM_SIZED = Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen


def _frame_extra(dock: QDockWidget) -> QSize:
    """What a floating dock's frame adds to its size."""
    return dock.frameGeometry().size() - dock.geometry().size()


def _set_frame(dock: QDockWidget, frame: QRect) -> None:
    """A floating dock's frame at `frame`."""
    outer, inner = dock.frameGeometry(), dock.geometry()
    dock.setGeometry(frame.adjusted(inner.left() - outer.left(), inner.top() - outer.top(),
                                    inner.right() - outer.right(), inner.bottom() - outer.bottom()))


def share_room(lefts: QDockWidget, rights: QDockWidget, free: QRect | None) -> None:
    """Two docks floated over the comparison side by side in the room the two of them take: each half of it, and no
    less than its own least width; where their least widths pass the room, it reaches left (over the desk's panels)
    as far as the screen's free area allows, and it never passes that area's edges.

    The room is both frames together, the same again however often they share it: measured as the frame of the dock
    shown last alone, it was halved again, and at 1366×768 Sensitivity stood 163 px past the screen's right edge while
    Assumptions was squeezed to 222 px ("所有数/据均与/数据包/一致。", its buttons cut).
    """
    area = lefts.frameGeometry().united(rights.frameGeometry())
    left_least = _frame_extra(lefts).width() + lefts.minimumSizeHint().width()
    right_least = _frame_extra(rights).width() + rights.minimumSizeHint().width()
    if free is not None:
        area.setRight(min(area.right(), free.right()))
        least_height = max(_frame_extra(dock).height() + dock.minimumSizeHint().height() for dock in (lefts, rights))
        area.setBottom(min(area.bottom(), max(free.bottom(), area.top() + least_height - 1)))
        if area.width() < left_least + right_least:
            area.setLeft(max(free.left(), area.right() + 1 - left_least - right_least))
    width = min(max(area.width() // 2, left_least), max(area.width() - right_least, left_least))
    _set_frame(lefts, QRect(area.x(), area.y(), width, area.height()))
    start = lefts.frameGeometry().right() + 1  # (as the left one took it: no smaller than its least size)
    _set_frame(rights, QRect(start, area.y(), area.right() + 1 - start, area.height()))


def keep_above_docked(window: MainWindow, dock: QDockWidget, free: QRect | None) -> None:
    """A dock floated over the comparison that reaches down over a dock docked below the desk: its lower edge moved up
    to that dock's top, and where that leaves it less than its least height, its top with it (over the panels' later
    lines). In Chinese at 1920×1080, Sensitivity floated over the comparison down to the window's lower edge, over the
    whole of Assumptions docked below it, but a strip of its table."""
    from PySide6.QtCore import QPoint  # (only here, as in _float_over_comparison)
    from PySide6.QtWidgets import QDockWidget as Dock  # (a dock is made by now: see the imports above)
    below = [other.mapToGlobal(QPoint(0, 0)).y() for other in window.findChildren(Dock)
             if other is not dock and other.isVisible() and not other.isFloating()
             and window.dockWidgetArea(other) == Qt.DockWidgetArea.BottomDockWidgetArea]
    frame = dock.frameGeometry()
    if not below or frame.bottom() < min(below):
        return
    bottom = min(below) - 1
    least = _frame_extra(dock).height() + dock.minimumSizeHint().height()
    top = min(frame.top(), bottom + 1 - least)
    if free is not None:
        top = max(free.top(), top)
    _set_frame(dock, QRect(frame.x(), top, frame.width(), bottom + 1 - top))


def keep_frame_below(dock: QDockWidget) -> None:
    """A floating dock whose frame, added by the platform once it shows (a title bar), reaches above the top it was
    given: moved down, and shortened, by as much, so that it stays off what it was placed below."""
    top = dock.property("floatTop")
    if not isinstance(top, int):
        return
    rise = top - dock.frameGeometry().y()
    if rise > 0 and dock.height() - rise >= dock.minimumSizeHint().height():
        dock.setGeometry(dock.x(), dock.y() + rise, dock.width(), dock.height() - rise)


def keep_extent(window: MainWindow, dock: QDockWidget, extent: int, orientation: Qt.Orientation) -> None:
    """The dock at the size the user dragged it to, as far as the window has room for it beside the desk."""
    desk = window.centralWidget()
    central = desk.minimumSizeHint() if desk is not None else QSize()
    if orientation == Qt.Orientation.Horizontal:
        room, least = window.width() - central.width(), dock.minimumSizeHint().width()
    else:
        room, least = window.height() - central.height(), dock.minimumSizeHint().height()
    window.resizeDocks([dock], [max(least, min(extent, room))], orientation)


def share_height(window: MainWindow, dock: QDockWidget, rows: int = DOCK_FIRST_ROWS, spare: bool = True) -> None:
    """A dock above or below the desk takes the height the desk can spare (where `spare`), and at least enough for
    `rows` of its table.

    The desk keeps the plan, the panels' first reasons and the chart where the window is tall
    enough; where it is not, the window folds the desk to its compact form for the dock's first rows (the plan's
    alternatives under a line that opens them) and the panels scroll above the chart; where that takes
    the panels' first reasons out of view, the dock takes fewer rows (LazyDock._set_shown), and where its least
    height does, it floats instead (LazyDock._float_if_desk_hidden). At 1920×1080 the dock showed 3 of its 100
    rows, and the user dragged its edge before the table could be read. (The spare room was measured with the
    dock shown already, the desk's room less the dock's: it was always less than the least height.)
    """
    room = window.desk_splitter.height()
    if dock.isVisible() and not dock.isFloating():  # laid out already: what it took was the desk's
        room += dock.height() + _separator(window)
    spared = room - window.desk_needs() if spare else 0
    window.resizeDocks([dock], [max(DOCK_MIN_HEIGHT, spared, _height_for_rows(dock, rows))], Qt.Orientation.Vertical)


def _height_for_rows(dock: QDockWidget, rows: int) -> int:
    """The dock's height that shows `rows` whole rows of its table as it is laid out now (0 for a dock without
    one)."""
    from PySide6.QtWidgets import QTableView  # (not with the module: see its imports)
    table = dock.findChild(QTableView)
    if table is None or rows <= 0:
        return 0
    cast("QLayout", dock.widget().layout()).activate()  # (cast: the panel's own layout)
    return dock.height() - table.viewport().height() + rows * table.verticalHeader().defaultSectionSize()


# The width, in lines of the window's text, at which the desk's chart reads at a glance beside variant cards whose
# titles take two lines at most (some 320 and 200 px at the usual font).
COMPARISON_COMFORT_LINES = 32


def desk_readable_width(window: MainWindow) -> int:
    """The desk's least width at which its chart and variant cards read at a glance (its own least width squeezes
    them: at 540 px in Chinese the cards showed a character a line)."""
    desk = window.centralWidget()
    comfort = COMPARISON_COMFORT_LINES * window.fontMetrics().height()
    return ((desk.minimumSizeHint().width() if desk is not None else 0)
            + max(0, comfort - window.desk_splitter.minimumSizeHint().width()))


def _separator(window: MainWindow) -> int:
    from PySide6.QtWidgets import QStyle  # (not with the module: see its imports)
    return window.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, window)


def share_width(window: MainWindow, dock: QDockWidget) -> None:
    """A dock beside the desk takes only the width the desk can spare, and at most the width it asks for.

    Left to Qt, the Sensitivity dock took the width its chart asks for (some 650 px), and on a 1366 px laptop
    the desk kept only its least width: a chart 200 px wide and variant cards 100 px wide, whose titles
    were cut ("With a Mini Progra"). The desk keeps its chart and cards at a readable width where the window
    has the room; on a narrower one the dock still gets its least width, and the user may drag it wider.
    """
    spare = window.width() - desk_readable_width(window) - _separator(window)
    width = max(dock.minimumSizeHint().width(), min(dock.sizeHint().width(), spare))
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
