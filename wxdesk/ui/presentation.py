"""Presentation mode: full screen, larger type, only the sliders, the panels and the chart.

For a salesperson showing wxdesk to a client on a projector. F11 or the toolbar
button enters it; Esc (or F11 again) leaves it and puts back exactly what was
there: window state, every hidden bar and widget, and every font.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:  # (loads when a presentation starts: see wxdesk.ui.presentation_state)
    from wxdesk.ui.controls import ValueControl
    from wxdesk.ui.main_window import MainWindow
    from wxdesk.ui.plotting import pg
    from wxdesk.ui.presentation_state import Saved

FONT_SCALE = 1.35  # on a screen 1080 pixels high or more
SMALLEST_FONT_SCALE = 1.1  # a 720-pixel projector: larger type, but the chart and the panels must still fit
FULL_SCALE_HEIGHT = 1080
# From a laptop's 768 lines the plan's header takes its extra lines (PlanArea.set_presenting); on a 720
# projector they would push the panels' ends under a scroll bar and squeeze the chart.
ROOMY_HEIGHT = 768
ENTER_KEY = QKeySequence(Qt.Key.Key_F11)
LEAVE_KEY = QKeySequence(Qt.Key.Key_Escape)


class PresentationMode(QObject):
    """Owns the presentation action and the state to restore when leaving."""

    toggled = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._saved: Saved | None = None
        self.action = QAction(window)
        self.action.setObjectName("presentationAction")
        self.action.setCheckable(True)
        self.action.setShortcut(ENTER_KEY)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.toggled.connect(self._set_active)
        # The window itself carries both actions, so their keys work while every bar is hidden.
        window.addAction(self.action)
        self.leave_action = QAction(window)
        self.leave_action.setObjectName("leavePresentationAction")
        self.leave_action.setShortcut(LEAVE_KEY)
        self.leave_action.setEnabled(False)  # Esc keeps its usual meaning outside presentations
        self.leave_action.triggered.connect(lambda: self.action.setChecked(False))
        window.addAction(self.leave_action)
        self.retranslate()

    @property
    def active(self) -> bool:
        return self._saved is not None

    def retranslate(self) -> None:
        self.action.setText(self.tr("&Presentation Mode"))
        self.action.setIconText(self.tr("Present"))
        self.action.setToolTip(self.tr("Full screen with larger type and only the sliders, panels and chart "
                                       "(F11; Esc leaves)"))
        self.leave_action.setText(self.tr("Leave Presentation Mode"))

    # ------------------------------------------------------------------ state

    def chrome(self) -> list[QWidget]:
        """The editing chrome hidden while presenting."""
        w = self.window
        found: list[QWidget] = [w.menuBar(), w.statusBar()]
        found += w.findChildren(QToolBar)
        from PySide6.QtWidgets import QDockWidget  # (made when a dock is: wxdesk.ui.docks)
        found += w.findChildren(QDockWidget)
        controls = w.controls
        found += [controls.plan_group, controls.goals_group, controls.needs_group]
        # The client's name is for the title and the handout; an empty box is no thing to show a client.
        found += [controls.client_label, controls.client]
        return found

    def keys_kept(self, chrome: list[QWidget]) -> list[QAction]:
        """The actions with keys on the bars a presentation hides (the menus' too), but those the window carries."""
        own = set(self.window.actions())
        found: list[QAction] = []
        widgets = list(chrome)
        while widgets:
            widget = widgets.pop()
            for action in widget.actions():
                menu = action.menu()
                if isinstance(menu, QWidget):  # (a menu's own actions, its submenus' too)
                    widgets.append(menu)
                if not action.shortcut().isEmpty() and action not in own and action not in found:
                    found.append(action)
        return found

    def _value_controls(self) -> list[ValueControl]:
        """The sliders' controls: while presenting, without their exact-entry boxes (see set_entry_visible)."""
        controls = self.window.controls
        return [controls.budget, controls.audience, controls.interaction, controls.china_share, controls.paid_share]

    def _set_active(self, on: bool) -> None:
        if on == self.active:
            return
        if on:
            self._enter()
        else:
            self._leave()
        self.leave_action.setEnabled(on)
        self.toggled.emit(on)

    def _enter(self) -> None:
        w = self.window
        height = w.screen().availableGeometry().height() if w.screen() else FULL_SCALE_HEIGHT
        from wxdesk.ui.presentation_state import Saved  # (see that module)
        saved = Saved(window_state=w.windowState(), compact=w.desk_compact, desk_sizes=w.desk_splitter.sizes(),
                       pane_sizes=w.splitter.sizes(), scale=font_scale(height))
        chrome = self.chrome()
        saved.focus = w.focusWidget()  # (before the client's box, where the keyboard usually is, hides)
        for widget in chrome:
            saved.visible[widget] = widget.isVisibleTo(w) if widget is not w else True
            widget.hide()
        # The keyboard on the window itself, where no key changes a value: Qt passed it from the hidden client's box
        # to the budget slider, and a presenter's clicker (PageDown, the arrows) cut the client's budget from ¥3M to
        # ¥1.19M in front of the client. A slider clicked takes the keyboard as ever.
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        for control in self._value_controls():
            saved.entries[control] = control.spin.isVisibleTo(w)
            control.set_entry_visible(False)
        # An action's key works only while a widget that carries it shows: with the menus and the toolbar hidden, Ctrl+Z
        # did nothing in front of a client. The window carries their actions while it presents.
        saved.keys = self.keys_kept(chrome)
        w.addActions(saved.keys)
        # The plan, each presence's place in it and the whole chart: the rest is one click or hover away.
        w.plan_area.set_presenting(True, roomy=height >= ROOMY_HEIGHT)
        w.force_desk_compact(True)
        self._enlarge_fonts(saved)
        self._make_legible(saved, short=height < FULL_SCALE_HEIGHT)
        self._saved = saved
        w.showFullScreen()
        w.fit_desk()

    def _leave(self) -> None:
        # (cast: _set_active leaves only while active, that is with something saved.)
        saved, self._saved = cast("Saved", self._saved), None
        w = self.window
        for action in saved.keys:
            w.removeAction(action)
        self._restore_fonts(saved)
        w.chart.set_presenting(False)
        for widget, role in saved.roles.items():
            widget.setForegroundRole(role)
        for widget, visible in saved.visible.items():
            widget.setVisible(visible)
        for control, visible in saved.entries.items():
            # (cast: the sliders' controls _enter put in, which Saved, loading no controls module, keeps as widgets.)
            cast("ValueControl", control).set_entry_visible(visible)
        w.plan_area.set_presenting(False)
        w.force_desk_compact(None)
        w.set_desk_compact(saved.compact)
        w.desk_splitter.setSizes(saved.desk_sizes)
        # The controls' pane as it was, then as wide as the controls now need with their entry boxes back: the
        # language may have changed while presenting (fitted to the controls without their boxes, the pane had
        # cut every box and figure), and the boxes were fitted in the larger type. Again once the controls' layouts
        # have settled in the type they have back: the switched language's group boxes give up a few pixels then.
        w.splitter.setSizes(saved.pane_sizes)
        w.controls.fit_spins()
        w.fit_controls_pane()
        QTimer.singleShot(0, w, w.fit_controls_pane)
        w.show_in_state(saved.window_state)
        # The keyboard back where it was, unless the presenter put it somewhere since (a slider clicked).
        if w.focusWidget() in (w, None) and saved.focus is not None and shiboken6.isValid(saved.focus) \
                and saved.focus.isVisible():
            saved.focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ fonts

    def _enlarge_fonts(self, saved: Saved) -> None:
        from wxdesk.ui.presentation_state import AxisSize
        w = self.window
        widgets = [w, *w.findChildren(QWidget)]
        for widget in widgets:
            explicit = widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            saved.fonts[widget] = QFont(widget.font()) if explicit else None
        for widget in widgets:
            if widget is w or saved.fonts[widget] is not None:
                widget.setFont(_scaled(saved.fonts[widget] or widget.font(), saved.scale))
        for axis in self._axes():
            style_font = axis.style.get("tickFont")
            saved.tick_fonts[axis] = QFont(style_font) if style_font is not None else None
            saved.axis_sizes[axis] = AxisSize(_fixed_size(axis), axis.textWidth, axis.textHeight)
            axis.setStyle(tickFont=_scaled(style_font or w.font(), saved.scale))
            fixed = _fixed_size(axis)
            if fixed:  # a fixed size would cut the larger tick labels
                _set_fixed_size(axis, round(fixed * saved.scale))
        saved.title_points = w.chart.title_points
        w.chart.set_title_points(w.chart.title_points * saved.scale)
        saved.legend_points = w.chart.legend_points
        # Whole points, as pyqtgraph's "10pt" sizes were before.
        w.chart.set_legend_points(round(w.chart.legend_points * saved.scale))

    def _make_legible(self, saved: Saved, short: bool) -> None:
        """What the window writes smaller and in grey, read across a room: how the plan's coverage becomes its
        score (at 1366×768 a line of 13 px in grey), the figures the scenario sets for itself (which move the
        plan, as the handout says in its own type) and the note under the chart, in the type and colour of the
        lines around them. On a `short` screen, the chart's fit bars without their scale, for the cost plot."""
        w = self.window
        summary = w.plan_area.summary
        for label in (summary.score_reasons_label, summary.own_figures_label):
            saved.roles[label] = label.foregroundRole()
            label.setForegroundRole(QPalette.ColorRole.WindowText)
            label.setFont(QFont(w.font()))  # (put back with the other fonts: it has a type of its own)
        w.chart.set_presenting(True, short=short)

    def _restore_fonts(self, saved: Saved) -> None:
        for widget, font in saved.fonts.items():
            if font is not None:
                widget.setFont(font)
        for widget, font in saved.fonts.items():
            if font is None:
                # QFont() resets the widget to inheriting its parent's font, as before.
                widget.setFont(QFont())
                widget.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
        # (cast: the axes _enlarge_fonts put in, which Saved, loading no pyqtgraph, keeps as objects.)
        for axis, font in cast("dict[pg.AxisItem, QFont | None]", saved.tick_fonts).items():
            axis.setStyle(tickFont=font)
            size = saved.axis_sizes[axis]
            axis.textWidth, axis.textHeight = size.text_width, size.text_height
            _set_fixed_size(axis, size.fixed)
        if saved.title_points is not None:
            self.window.chart.set_title_points(saved.title_points)
        if saved.legend_points is not None:
            self.window.chart.set_legend_points(saved.legend_points)

    def _axes(self) -> list[pg.AxisItem]:
        chart = self.window.chart
        return [plot.getAxis(side) for plot in (chart.cost_plot, chart.fit_plot) for side in ("left", "bottom")]


def _is_vertical(axis: pg.AxisItem) -> bool:
    return axis.orientation in ("left", "right")


def _fixed_size(axis: pg.AxisItem) -> float | None:
    """The size across the plot a program fixed for `axis`: a width for a vertical axis, a height otherwise."""
    fixed: float | None = axis.fixedWidth if _is_vertical(axis) else axis.fixedHeight
    return fixed


def _set_fixed_size(axis: pg.AxisItem, size: float | None) -> None:
    # Never setWidth on a horizontal axis: pyqtgraph would pin the whole axis to that width
    # (None gives the width of its labels alone), bunching the years at the left of the plot.
    if _is_vertical(axis):
        axis.setWidth(size)
    else:
        axis.setHeight(size)


def font_scale(screen_height: int) -> float:
    """How much larger the type is while presenting: the most where the screen is 1080 pixels high
    or more, less on a 720 or 768 projector, where larger type would push the chart off the screen."""
    if screen_height >= FULL_SCALE_HEIGHT:
        return FONT_SCALE
    share = max(0.0, (screen_height - 720) / (FULL_SCALE_HEIGHT - 720))
    return SMALLEST_FONT_SCALE + share * (FONT_SCALE - SMALLEST_FONT_SCALE)


def _scaled(font: QFont, scale: float) -> QFont:
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * scale)
    else:
        bigger.setPixelSize(round(font.pixelSize() * scale))
    return bigger
