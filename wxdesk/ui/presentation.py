"""Presentation mode: full screen, larger type, only the sliders, the panels and the chart.

For a salesperson showing wxdesk to a client on a projector. F11 or the toolbar
button enters it; Esc (or F11 again) leaves it and puts back exactly what was
there: window state, every hidden bar and widget, and every font.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

FONT_SCALE = 1.35
ENTER_KEY = QKeySequence(Qt.Key.Key_F11)
LEAVE_KEY = QKeySequence(Qt.Key.Key_Escape)


@dataclass
class _Saved:
    window_state: Qt.WindowState
    visible: dict[QWidget, bool] = field(default_factory=dict)
    fonts: dict[QWidget, QFont | None] = field(default_factory=dict)  # None: the widget inherited its font
    tick_fonts: dict[object, QFont | None] = field(default_factory=dict)
    chart_text_sizes: dict[str, str] = field(default_factory=dict)  # pyqtgraph sizes such as "10pt"
    axis_widths: dict[object, float | None] = field(default_factory=dict)


class PresentationMode(QObject):
    """Owns the presentation action and the state to restore when leaving."""

    toggled = Signal(bool)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._saved: _Saved | None = None
        self.action = QAction(window, objectName="presentationAction", checkable=True)
        self.action.setShortcut(ENTER_KEY)
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.toggled.connect(self._set_active)
        # The window itself carries both actions, so their keys work while every bar is hidden.
        window.addAction(self.action)
        self.leave_action = QAction(window, objectName="leavePresentationAction")
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
        found += w.findChildren(QDockWidget)
        controls = w.controls
        found += [controls.plan_group, controls.goals_group, controls.needs_group]
        # The exact-entry boxes; the sliders stay.
        found += [control.spin for control in (controls.budget, controls.audience, controls.interaction,
                                                controls.china_share)]
        return found

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
        saved = _Saved(window_state=w.windowState())
        for widget in self.chrome():
            saved.visible[widget] = widget.isVisibleTo(w) if widget is not w else True
            widget.hide()
        self._enlarge_fonts(saved)
        self._saved = saved
        w.showFullScreen()

    def _leave(self) -> None:
        saved, self._saved = self._saved, None
        w = self.window
        self._restore_fonts(saved)
        for widget, visible in saved.visible.items():
            widget.setVisible(visible)
        if saved.window_state & Qt.WindowState.WindowFullScreen:
            w.showFullScreen()
        elif saved.window_state & Qt.WindowState.WindowMaximized:
            w.showMaximized()
        else:
            w.showNormal()
        w.setWindowState(saved.window_state)

    # ------------------------------------------------------------------ fonts

    def _enlarge_fonts(self, saved: _Saved) -> None:
        w = self.window
        widgets = [w, *w.findChildren(QWidget)]
        for widget in widgets:
            explicit = widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)
            saved.fonts[widget] = QFont(widget.font()) if explicit else None
        for widget in widgets:
            if widget is w or saved.fonts[widget] is not None:
                widget.setFont(_scaled(saved.fonts[widget] or widget.font()))
        for axis in self._axes():
            style_font = axis.style.get("tickFont")
            saved.tick_fonts[axis] = QFont(style_font) if style_font is not None else None
            axis.setStyle(tickFont=_scaled(style_font or w.font()))
            saved.axis_widths[axis] = axis.fixedWidth
            if axis.fixedWidth:  # a fixed width would cut the larger tick labels
                axis.setWidth(round(axis.fixedWidth * FONT_SCALE))
        title, legend = self._chart_title(), w.chart.legend
        if title.opts.get("size"):
            saved.chart_text_sizes["title"] = title.opts["size"]
            title.setText(title.text, size=_scaled_points(title.opts["size"]))
        if legend.opts.get("labelTextSize"):
            saved.chart_text_sizes["legend"] = legend.opts["labelTextSize"]
            _set_legend_size(legend, _scaled_points(legend.opts["labelTextSize"]))

    def _restore_fonts(self, saved: _Saved) -> None:
        for widget, font in saved.fonts.items():
            if font is not None:
                widget.setFont(font)
        for widget, font in saved.fonts.items():
            if font is None:
                # QFont() resets the widget to inheriting its parent's font, as before.
                widget.setFont(QFont())
                widget.setAttribute(Qt.WidgetAttribute.WA_SetFont, False)
        for axis, font in saved.tick_fonts.items():
            axis.setStyle(tickFont=font)
            axis.setWidth(saved.axis_widths.get(axis))
        title, legend = self._chart_title(), self.window.chart.legend
        if "title" in saved.chart_text_sizes:
            title.setText(title.text, size=saved.chart_text_sizes["title"])
        if "legend" in saved.chart_text_sizes:
            _set_legend_size(legend, saved.chart_text_sizes["legend"])

    def _chart_title(self):
        return self.window.chart.cost_plot.titleLabel

    def _axes(self) -> list:
        chart = self.window.chart
        return [plot.getAxis(side) for plot in (chart.cost_plot, chart.fit_plot) for side in ("left", "bottom")]


def _set_legend_size(legend, size: str) -> None:
    legend.setLabelTextSize(size)
    for _sample, label in legend.items:
        label.setText(label.text)  # setLabelTextSize keeps the old rendering until the text is set again
    legend.updateSize()


def _scaled_points(size: str) -> str:
    """A pyqtgraph text size ("10pt") made larger for presenting."""
    number = float(size.removesuffix("pt"))
    return f"{number * FONT_SCALE:.0f}pt"


def _scaled(font: QFont) -> QFont:
    bigger = QFont(font)
    if font.pointSizeF() > 0:
        bigger.setPointSizeF(font.pointSizeF() * FONT_SCALE)
    else:
        bigger.setPixelSize(round(font.pixelSize() * FONT_SCALE))
    return bigger
