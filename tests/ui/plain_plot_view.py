"""A bare plot in a view of its own, for the chart items' pixel tests (test_chart_items, test_chart_kept_lines)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from wxdesk.ui.plotting import PlainPlot, pg

SIZE = (480, 300)


@contextmanager
def plain_plot(y_top: float = 2e6, size: tuple[int, int] = SIZE) -> Iterator[tuple[pg.GraphicsLayoutWidget, PlainPlot]]:
    """The plot shown, then closed after: hypothesis runs a test many times over one qapp."""
    view = pg.GraphicsLayoutWidget()
    view.setBackground("w")  # as the chart's, from the palette
    view.resize(*size)
    plot = PlainPlot()
    view.addItem(plot)
    plot.setXRange(-0.2, 5.2, padding=0)
    plot.setYRange(0, y_top, padding=0)
    view.show()
    QApplication.processEvents()
    try:
        yield view, plot
    finally:
        view.close()
        view.deleteLater()
