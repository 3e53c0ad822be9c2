"""The window from the keyboard: a combo box whose choice is an action, the focused control kept in sight, and a
visible mark on a focused area that paints no focus of its own.

- ChoiceCombo: the toolbar's Example box loads a business on each choice. Closed, Qt's combo box takes the arrow
  keys (and typed letters) as choices, one each, so a keyboard user on it who pressed Down was asked about unsaved
  changes at every press and loaded another example at each. Here those keys open the list, and a choice is made
  in it (Enter, or a click), as the mouse makes it.
- FocusFollower: a control that takes the keyboard is scrolled into its scroll area's view. QScrollArea does it only
  for Tab pressed inside the area: tabbing from the toolbar to the client's box left the controls' column scrolled
  as it was, the focused box below its end.
- FocusMark: a frame in the palette's highlight around a widget that takes the keyboard and paints no focus of its
  own (the presence cards' scroll area, which scrolls by the arrow keys; the chart, whose description a screen
  reader reads; a key fact, whose source Enter shows), shown only while it has the focus: none of them showed
  anything when focused.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget

# The keys a closed combo box takes as a choice of the next item (Qt's QComboBox.keyPressEvent).
_STEPS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Home, Qt.Key.Key_End}
FOCUS_MARK_WIDTH = 2  # px


class ChoiceCombo(QComboBox):
    """A combo box whose every choice is an action (see the module): closed, the arrow keys and typed letters open
    its list rather than choose; Alt+Down, F4 and Space open it as before; the mouse (a click, the wheel) as before."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        steps = event.key() in _STEPS and not modifiers & ~Qt.KeyboardModifier.ShiftModifier
        typed = bool(event.text().strip()) and not modifiers & ~Qt.KeyboardModifier.ShiftModifier
        if (steps or typed) and not self.isEditable():
            self.showPopup()
            event.accept()
            return
        super().keyPressEvent(event)


def _scroll_areas_holding(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas whose content `widget` is inside, innermost first."""
    found: list[QScrollArea] = []
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and child is parent.viewport():
            content = parent.widget()
            if content is not None and (content is widget or content.isAncestorOf(widget)):
                found.append(parent)
        child, parent = parent, parent.parentWidget()
    return found


class FocusFollower(QObject):
    """Scrolls the control that takes the keyboard into view in every scroll area of `window` it is inside (see the
    module). A click's focus is left where it is: the control is under the pointer already, and the area jumping
    under a click that lands on the part of a control just in view would move what the user is pressing."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton or new.window() is not self.window:
            return
        for area in _scroll_areas_holding(new):
            area.ensureWidgetVisible(new, 10, 10)


class FocusMark(QWidget):
    """A frame in the highlight colour around whichever of its watched widgets has the keyboard focus (see the
    module); hidden, and painting nothing, while none has. Over the widget's own edge (`outside` 0: an area whose
    edge is its content's), or `outside` pixels around it (a label whose words start at its edge). It passes the
    mouse through. One mark serves any number of widgets: it moves to the one that takes the focus."""

    def __init__(self, parent: QWidget, outside: int = 0) -> None:
        super().__init__(parent)
        self.setObjectName("focusMark")
        self.outside = outside
        self.target: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setVisible(False)

    def watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            self.target = watched
            parent = watched if self.outside == 0 else watched.parentWidget()
            if parent is not None and self.parentWidget() is not parent:
                self.setParent(parent)
            self._place()
            self.show()
            self.raise_()
        elif watched is self.target and kind == QEvent.Type.FocusOut:
            self.hide()
        elif watched is self.target and kind in (QEvent.Type.Resize, QEvent.Type.Move) and self.isVisible():
            self._place()
        return False

    def _place(self) -> None:
        target = self.target
        if target is None:
            return
        if self.outside == 0:
            self.setGeometry(target.rect())
        else:
            room = self.outside
            self.setGeometry(target.geometry().adjusted(-room, -room, room, room))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), FOCUS_MARK_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = FOCUS_MARK_WIDTH / 2
        painter.drawRect(self.rect().toRectF().adjusted(half, half, -half, -half))
