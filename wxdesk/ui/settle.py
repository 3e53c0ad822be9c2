"""What follows the answer at once after a single change, but not at every step of a drag.

The desk's split between panels and chart, and the folding of the cards beside the chart,
follow the texts they hold. A single change (a file opened, an example chosen, one key
press) lays them out again at once. During a slider drag the texts change at every step;
laying the desk out each time would move the split and resize the chart with every step,
and cost more than the rest of the repaint. So a change that comes within SETTLE_MS of the
one before waits until the changes pause: longer than the steps of a drag, short enough to
feel immediate after it. Resizing the window still lays out at once (its owners' own timers).
The accessible description of the chart follows the answer the same way, and the chart's
cost axis fits its curves closely once a drag pauses (during the drag it only grows, in
larger steps: see ComparisonChart._fit_y_range).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLayout, QWidget

SETTLE_MS = 120


def set_shown(widget: QWidget, shown: bool) -> None:
    """widget.setVisible(shown), without laying out the window around it there and then.

    Qt lays out every layout above a widget it shows, at once, up to the window (hiding only
    marks them out of date). A view that shows a label in the middle of a move (a variant's
    note, a plan's warnings, a panel's second reason) then has the window laid out around
    texts that are half old: the cards beside the chart moved and resized at each such label,
    and again once the move's other texts were set. Here the layouts above are switched off
    while the widget is shown, and laid out together, innermost first, as the first thing the
    event loop does next (before it lays out or paints anything else): once, with all the
    move's texts. Where the widget's parent is not on screen (a window not yet shown), nothing
    is laid out until it is (see _show_off_screen).
    """
    parent = widget.parentWidget()
    if shown and parent is not None and not parent.isVisible():
        _show_off_screen(widget)
        return
    if not shown or not widget.isHidden():
        widget.setVisible(shown)  # hiding (or showing what shows) lays nothing out at once
        return
    held: list[QWidget] = []
    disabled: list[QLayout] = []  # (their layouts)
    while parent is not None and parent.isVisible():
        layout = parent.layout()
        if layout is None:  # Qt stops here too
            break
        if layout.isEnabled():
            layout.setEnabled(False)
            held.append(parent)
            disabled.append(layout)
        if parent.isWindow():
            break
        parent = parent.parentWidget()
    try:
        widget.setVisible(True)
    finally:
        for layout in disabled:
            layout.setEnabled(True)
    if held:
        _pending_layouts().add(held)


def _show_off_screen(widget: QWidget) -> None:
    """Show `widget` where its parent is not on screen (a window not yet shown, a folded part).

    Qt lays out the layout of a widget it shows there and then, at whatever size the widget has (one the
    layouts above never gave it, before the window's first show): every text in it measured at a width it
    is never shown at. Shown with its layout switched off, it is laid out as its parent shows it (Qt
    lays out each widget it shows then, at the size its parent's layout gives it).
    """
    layout = widget.layout()
    if layout is None or not layout.isEnabled():
        widget.setVisible(True)
        return
    layout.setEnabled(False)
    try:
        widget.setVisible(True)
    finally:
        layout.setEnabled(True)


def lay_out_soon(widget: QWidget) -> None:
    """Lay `widget` and the layouts above it out as the first thing the event loop does next,
    innermost first (see set_shown), rather than a layer per turn of the event loop.

    Left to Qt, a card whose new texts take another number of lines is laid out at the next turn,
    which changes its minimum size; its column hears of that only at the turn after, and the cards
    are moved and painted again then: a frame later, in the next move's time.
    """
    holders: list[QWidget] = []
    holder: QWidget | None = widget
    while holder is not None and holder.isVisible() and holder.layout() is not None:
        holders.append(holder)
        if holder.isWindow():
            break
        holder = holder.parentWidget()
    if holders:
        _pending_layouts().add(holders)


class _PendingLayouts(QObject):
    """The layouts set_shown held (and lay_out_soon named), laid out together as soon as the event loop
    runs again."""

    def __init__(self) -> None:
        super().__init__()
        self._holders: list[QWidget] = []

    def add(self, holders: Iterable[QWidget]) -> None:
        if not self._holders:  # the first of this move: one event lays them all out
            QCoreApplication.postEvent(self, QEvent(_LAY_OUT_HELD), Qt.EventPriority.HighEventPriority.value)
        self._holders.extend(holder for holder in holders if all(holder is not h for h in self._holders))

    def event(self, event: QEvent) -> bool:
        if event.type() != _LAY_OUT_HELD:
            return super().event(event)
        holders, self._holders = self._holders, []
        shown = [(holder, holder.layout()) for holder in holders if shiboken6.isValid(holder) and holder.isVisible()]
        inner_first = sorted(((holder, layout) for holder, layout in shown if layout is not None),
                             key=lambda held: _depth(held[0]), reverse=True)
        # Each card's layout reads its texts' new sizes; a card's column reads the card's. Each told from the
        # innermost out, before any is laid out: a card laid out first (as it was) was laid out at its old size,
        # its labels squeezed or stretched, then at the size its column gave it (two layouts of each label of a
        # card that grew, each with its repaint: a plan-changing move's badge was resized twice, its title four
        # times).
        for holder, layout in inner_first:
            if layout.geometry().isNull():  # (laid out since it was told: nothing new to pass on)
                holder.updateGeometry()
        # Then from the outermost in: a card whose size changes is laid out as its column resizes it, at its
        # final size; one whose size stands, as its own layout is activated here.
        for _holder, layout in reversed(inner_first):
            layout.activate()
        return True


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


_LAY_OUT_HELD = QEvent.Type(QEvent.registerEventType())
_pending: list[_PendingLayouts] = []


def _pending_layouts() -> _PendingLayouts:
    if not _pending:
        _pending.append(_PendingLayouts())
    return _pending[0]


def announce_new_sizes(containers: Iterable[QWidget], top: QWidget) -> bool:
    """Tell the layouts above each container whose contents changed that its size is out of date.

    A label given a new text invalidates its own card's layout at once, but the card's parents
    hear of it only once the card is laid out again, a turn of the event loop later. To lay the
    whole out from the top at once, each card that holds a changed text, and each widget between
    it and `top`, is told now (QWidget.updateGeometry). The others keep what their layouts
    measured: asking every card again (a slider move changes one card, or only the plan's cost)
    cost the layouts some two hundred of the labels' height-for-width answers at each move.
    A layout invalidated since it was last laid out has no geometry: that is how a changed card
    is known, whatever changed in it (a text, a label shown or hidden, a minimum height).
    A hidden container is passed over: it takes no room, and its layout, never laid out while it is
    hidden, has no geometry at any move (the best plans, folded away on the compact desk, had the whole
    desk measured and laid out again at nearly every slider move). Shown, it is laid out as Qt shows it.
    Returns whether any container changed.
    """
    told: set[int] = set()
    for container in containers:
        layout = container.layout()
        if layout is None or not layout.geometry().isNull() or not container.isVisibleTo(top):
            continue
        widget: QWidget | None = container
        while widget is not None and widget is not top and id(widget) not in told:
            told.add(id(widget))
            widget.updateGeometry()
            widget = widget.parentWidget()
    return bool(told)


class ChangeFollower(QObject):
    """Calls `follow` after a change: at once after a pause, else once the changes pause."""

    def __init__(self, parent: QObject, follow: Callable[[], None]):
        super().__init__(parent)
        self._at_once = QTimer(self, singleShot=True, interval=0)
        self._when_settled = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._follow = follow
        for timer in (self._at_once, self._when_settled):
            timer.timeout.connect(follow)
        self._last_change = -float("inf")

    def flush(self) -> None:
        """Follow now what waits for the pause (before the result is read: an export, say)."""
        if self._at_once.isActive() or self._when_settled.isActive():
            self._at_once.stop()
            self._when_settled.stop()
            self._follow()

    def changed(self) -> bool:
        """Note a change; True when it came in a run (a drag), so that the call waits for the pause."""
        now = time.monotonic()
        in_run = now - self._last_change < SETTLE_MS / 1000 or self._when_settled.isActive()
        if in_run:
            self._at_once.stop()
            self._when_settled.start()  # (again): once this run of changes pauses
        else:
            self._at_once.start()
        self._last_change = now
        return in_run


class HeldHeights:
    """During a drag, the desk's cards keep at least the height they had; they fit once it pauses.

    A slider drag changes the panels' reasons and the plan's name at many steps, and they wrap to
    another number of lines: laid out as they come, the panels would jump up and down under the
    pointer, and every jump moves (and repaints) all that lies below them. Held, a card only grows
    during the drag (its content takes the room it needs, the rest is blank below it); the layout
    fits the texts closely again once the changes pause, as after any single change.
    """

    def __init__(self, widgets: Iterable[QWidget] = ()):
        self._widgets = list(widgets)
        self._released: list[int] | None = None  # each widget's own minimum height while held

    def track(self, widgets: Iterable[QWidget]) -> None:
        """Hold these from now on (another card replaced one); what was held is released first."""
        self.release()
        self._widgets = list(widgets)

    @property
    def held(self) -> bool:
        return self._released is not None

    def hold(self) -> None:
        """From now until release(), no widget gets shorter than it is now (called at each step: the
        height a widget grew to at the last step is kept too)."""
        if self._released is None:
            self._released = [widget.minimumHeight() for widget in self._widgets]
        for widget in self._widgets:
            if widget.isVisible():
                widget.setMinimumHeight(max(widget.minimumHeight(), widget.height()))

    def release(self) -> None:
        """Each widget's own minimum again: the layout fits the texts it has now."""
        if self._released is None:
            return
        for widget, minimum in zip(self._widgets, self._released):
            widget.setMinimumHeight(minimum)
        self._released = None
