"""pyqtgraph, configured once, for the charts that load it (after the window's first paint), and the plain
plot the comparison chart is made of (PlainPlot: a PlotItem's layout without its menu and tools).

Imported after PySide6, so that pyqtgraph binds to PySide6 and never to another Qt
binding that happens to be installed. Nothing on the first frame imports this module.
"""

from __future__ import annotations

from typing import Any

import PySide6.QtCore  # noqa: F401 - before pyqtgraph on purpose (see module docstring)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsItem, QSizePolicy

# pyqtgraph ships neither types nor stubs: its names are Any here, and to every module that takes `pg` from here.
import pyqtgraph as pg  # type: ignore[import-untyped]

# Antialiased curves cost little at these few points and read far better.
pg.setConfigOptions(antialias=True)

# Where PlotItem puts its parts in its grid (row, column); its top and right axes, always hidden here, are left out.
TITLE_CELL, VIEW_CELL, AXIS_CELLS = (0, 1), (2, 1), {"left": (2, 0), "bottom": (3, 1)}
TITLE_HEIGHT = 30  # PlotItem's row for a one-line title
NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def paints_nothing(*items: QGraphicsItem) -> None:
    """Tell the view that `items` draw nothing of their own (their children draw): it then neither asks
    for their bounds (in Python, for pyqtgraph's items) nor sets up their painting wherever a repaint
    meets them. For a layout, a plot or a legend with no frame, and a label, whose text item paints:
    some ten of them met every slider move's repaint of the curves, and drew nothing."""
    for item in items:
        item.setFlag(NO_CONTENTS)


class PlainAxis(pg.AxisItem):  # type: ignore[misc]  # (an untyped base: pyqtgraph's)
    """pyqtgraph's AxisItem, which lays its title out again only when the title's text or style changed.

    AxisItem sets its title's HTML anew, a rich-text layout, on every range change (to show a unit's SI
    prefix, for axes with units, which the charts' axes have not), on every pen change and seven times while
    it is built: some 60 layouts of the same few titles on the way to the chart drawn.
    """

    _label_html: str | None = None  # what the title was last set to (AxisItem's __init__ sets it first)

    def _updateLabel(self) -> None:  # noqa: N802 - AxisItem's own, with the title set only when it changed
        html = self.labelString()
        if html != self._label_html:
            self._label_html = html
            self.label.setHtml(html)
        self._adjustSize()
        self.picture = None
        self.update()


class PlainLabel(pg.LabelItem):  # type: ignore[misc]  # (an untyped base: pyqtgraph's)
    """pyqtgraph's LabelItem, which lays its text out again only when the text or its style changed (a title
    set again at the size it has, as a resize does, is then only placed again)."""

    _shown: tuple[str, dict[str, object]] | None = None  # the text and the opts it was last laid out with

    def setText(self, text: str, **style: object) -> None:  # noqa: N802 - LabelItem's name
        shown = (text, {**self.opts, **style})
        if shown == self._shown:
            self.text = text
            self.updateMin()
            self.resizeEvent(None)
            self.updateGeometry()
            return
        super().setText(text, **style)
        self._shown = (text, dict(self.opts))


def label_html(text: str, options: dict[str, Any]) -> str:
    """The rich text pyqtgraph's LabelItem.setText puts in its text item for `text` with `options` (the
    label's opts: color, family, size, bold, italic), composed as it composes it: what a label would show,
    for measuring without setting a label (tests/ui/test_chart_plots.py holds the two to the same sizes)."""
    color = options["color"] if options.get("color") is not None else pg.getConfigOption("foreground")
    style = ["color: " + pg.mkColor(color).name(QColor.NameFormat.HexArgb)]
    if "family" in options:
        style.append("font-family: " + options["family"])
    if "size" in options:
        style.append("font-size: " + options["size"])
    if options.get("bold") in (True, False):
        style.append("font-weight: " + ("bold" if options["bold"] else "normal"))
    if options.get("italic") in (True, False):
        style.append("font-style: " + ("italic" if options["italic"] else "normal"))
    joined = "; ".join(style)
    return f"<span style='{joined}'>{text}</span>"


class PlainPlot(pg.GraphicsWidget):  # type: ignore[misc]  # (an untyped base: pyqtgraph's)
    """A plot laid out as pyqtgraph's PlotItem lays one out (the title over the view box, an axis on its
    left and one below, in the same grid with the same margins, spacing and stretch), with nothing to
    explore it by.

    PlotItem builds, for every plot, its context menu's form (some 40 widgets built in Python, with their
    signals), an auto-range button and a top and a right axis that stay hidden, whether or not its menu
    is enabled: about a fifth of the comparison chart's build, on the way from the first paint to the
    chart drawn. These plots have no menu, no button, no mouse interaction and no log, FFT or averaging
    modes, so they keep only what they show. The names are PlotItem's (getViewBox, getAxis, addItem,
    setTitle, setLabel, addLegend, titleLabel, layout), so code written for a PlotItem reads the same.
    """

    def __init__(self, axisItems: dict[str, pg.AxisItem] | None = None) -> None:  # noqa: N803 - PlotItem's name
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.layout = QGraphicsGridLayout()
        self.layout.setContentsMargins(1, 1, 1, 1)
        self.setLayout(self.layout)
        self.layout.setHorizontalSpacing(0)
        self.layout.setVerticalSpacing(0)
        self.vb = pg.ViewBox(parent=self, enableMenu=False)
        self.vb.setMouseEnabled(x=False, y=False)
        # No border and no background (these plots set neither): ViewBox.paint strokes its outline with no
        # pen, and its border rectangle has none either.
        self.vb.borderRect.setVisible(False)
        self.layout.addItem(self.vb, *VIEW_CELL)
        self.legend: pg.LegendItem | None = None
        self.axes: dict[str, pg.AxisItem] = {}
        for side in ("bottom", "left"):  # PlotItem's order, which is also the order they stack in
            axis = (axisItems or {}).get(side) or PlainAxis(orientation=side, parent=self)
            axis.linkToView(self.vb)
            self.axes[side] = axis
            self.layout.addItem(axis, *AXIS_CELLS[side])
            axis.setZValue(0.5)  # above the plotted items, as in PlotItem
            axis.setFlag(QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
        self.titleLabel = PlainLabel("", size="11pt", parent=self)
        paints_nothing(self, self.vb, self.titleLabel)
        self.layout.addItem(self.titleLabel, *TITLE_CELL)
        self.setTitle(None)
        # PlotItem's rows and columns as it sets them up, but for the row and column of the axes left out:
        # an empty row given a stretch factor takes its share of the height (one with a hidden axis does not).
        for row in (0, 2, 3):
            self.layout.setRowPreferredHeight(row, 0)
            self.layout.setRowMinimumHeight(row, 0)
            self.layout.setRowSpacing(row, 0)
            self.layout.setRowStretchFactor(row, 1)
        for column in (0, 1):
            self.layout.setColumnPreferredWidth(column, 0)
            self.layout.setColumnMinimumWidth(column, 0)
            self.layout.setColumnSpacing(column, 0)
            self.layout.setColumnStretchFactor(column, 1)
        self.layout.setRowStretchFactor(VIEW_CELL[0], 100)
        self.layout.setColumnStretchFactor(VIEW_CELL[1], 100)

    def getViewBox(self) -> pg.ViewBox:  # noqa: N802 - PlotItem's name
        return self.vb

    def getAxis(self, side: str) -> pg.AxisItem:  # noqa: N802 - PlotItem's name
        return self.axes[side]

    def addItem(self, item: QGraphicsItem) -> None:  # noqa: N802 - PlotItem's name
        self.vb.addItem(item)

    def setXRange(self, low: float, high: float, padding: float | None = None) -> None:  # noqa: N802
        self.vb.setXRange(low, high, padding=padding)

    def setYRange(self, low: float, high: float, padding: float | None = None) -> None:  # noqa: N802
        self.vb.setYRange(low, high, padding=padding)

    def setTitle(self, title: str | None = None, **style: object) -> None:  # noqa: N802 - PlotItem's name
        """As PlotItem: a title (LabelItem.setText's style) in a row of its own, or none and no row."""
        if title is None:
            self.titleLabel.setVisible(False)
            self.layout.setRowFixedHeight(TITLE_CELL[0], 0)
            self.titleLabel.setMaximumHeight(0)
        else:
            self.titleLabel.setMaximumHeight(TITLE_HEIGHT)
            self.layout.setRowFixedHeight(TITLE_CELL[0], TITLE_HEIGHT)
            self.titleLabel.setVisible(True)
            self.titleLabel.setText(title, **style)

    def setLabel(self, side: str, text: str, **style: object) -> None:  # noqa: N802 - PlotItem's name
        self.axes[side].setLabel(text, **style)

    def addLegend(self, offset: tuple[float, float] = (30, 30), **options: object) -> pg.LegendItem:  # noqa: N802
        """As PlotItem: one legend, anchored in the view box (`options` as LegendItem's)."""
        if self.legend is None:
            self.legend = self.another_legend(offset, **options)
        return self.legend

    def another_legend(self, offset: tuple[float, float] = (30, 30), **options: object) -> pg.LegendItem:
        """A legend made and anchored as addLegend's, besides it (`legend` stays the first): one laid out
        for other texts, shown in its place (see ComparisonChart's legends, one per plan choice)."""
        legend = pg.LegendItem(offset=offset, **options)
        if legend.opts["pen"].style() == Qt.PenStyle.NoPen and legend.opts["brush"].style() == Qt.BrushStyle.NoBrush:
            paints_nothing(legend)  # a frame with neither pen nor brush; its entries paint
        legend.setParentItem(self.vb)
        return legend


__all__ = ["PlainAxis", "PlainLabel", "PlainPlot", "label_html", "paints_nothing", "pg"]
