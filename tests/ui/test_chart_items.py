"""The chart's light items draw what the pyqtgraph items they stand in for drew: the cost lines as
PlotCurveItem, the fit bars as BarGraphItem, pixel for pixel; the break-even marker as a diamond of
its size in pixels at its point, whatever the plot's scale, where the lines cross."""

from __future__ import annotations


import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF, Qt
from PySide6.QtWidgets import QApplication

from wxdesk.ui.chart import UNSHOWN, ComparisonChart
from wxdesk.ui.chart_items import FitBars, LineItem, MarkerItem, polyline
from tests.ui.plain_plot_view import plain_plot
from wxdesk.ui.plotting import pg

pytestmark = pytest.mark.gui



def _image(view) -> QImage:
    QApplication.processEvents()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.render(painter)
    painter.end()
    return image


def _drawn(add) -> QImage:
    with plain_plot() as (view, plot):
        add(plot)
        return _image(view)


years = st.integers(min_value=1, max_value=5)
costs = st.lists(st.floats(min_value=0, max_value=1.9e6, allow_nan=False), min_size=5, max_size=5)


@settings(max_examples=15, deadline=None)
@given(years=years, costs=costs, width=st.sampled_from([1.8, 3.5]),
       style=st.sampled_from([Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine]))
def test_a_cost_line_draws_what_a_plot_curve_drew(qapp, years, costs, width, style):
    x = np.arange(0, years + 1, dtype=float)
    y = np.array([0.0, *costs[:years]])
    pen = pg.mkPen("#3D7EDB", width=width, style=style)

    def curve(plot):
        item = pg.PlotCurveItem(pen=pen)
        plot.addItem(item)
        item.setData(x, y)

    def line(plot):
        item = LineItem(pen)
        plot.addItem(item)
        item.setData(x, y)
        assert [list(v) for v in item.getData()] == [list(x), list(y)]

    assert _drawn(line) == _drawn(curve)


def test_the_legend_draws_a_lines_sample_with_its_pen(qapp):
    """pyqtgraph's legend reads a line's pen from its `opts`, as it reads a curve's."""
    with plain_plot() as (view, plot):
        _legend_sample(view, plot)


def _legend_sample(view, plot) -> None:
    pen = pg.mkPen("#12A05C", width=3.5)
    line = LineItem(pen)
    plot.addItem(line)
    legend = plot.addLegend()
    legend.addItem(line, "With a Mini Program")
    assert line.opts["pen"] == pen
    image = _image(view)
    sample, _label = legend.items[0]
    middle = view.mapFromScene(sample.mapToScene(QPointF(10, 11)))
    assert QColor(image.pixel(middle)) == QColor("#12A05C")


@settings(max_examples=15, deadline=None)
@given(fits=st.lists(st.integers(min_value=0, max_value=100), min_size=2, max_size=2))
def test_the_fit_bars_draw_what_a_bar_graph_drew(qapp, fits):
    colours = [QColor("#3D7EDB"), QColor("#12A05C")]

    def bar_graph(plot):
        plot.setXRange(0, 108, padding=0)
        plot.setYRange(-0.55, 1.55, padding=0)
        item = pg.BarGraphItem(x0=0, y=[1, 0], height=0.62, width=[0, 0], brushes=colours, pens=[None, None])
        plot.addItem(item)
        item.setOpts(width=fits)

    def fit_bars(plot):
        plot.setXRange(0, 108, padding=0)
        plot.setYRange(-0.55, 1.55, padding=0)
        bars = FitBars(plot, 0.62, colours)
        bars.setOpts(width=fits)
        assert bars.opts["width"] == fits

    assert _drawn(fit_bars) == _drawn(bar_graph)


@pytest.mark.parametrize("y_top", [2e3, 2e6, 4e9])
def test_the_marker_is_a_diamond_of_its_size_at_its_point_at_any_scale(qapp, y_top):
    with plain_plot(y_top) as (view, plot):
        _marker_at_scale(view, plot, y_top)


def _marker_at_scale(view, plot, y_top: float) -> None:
    marker = MarkerItem(13, pg.mkPen("k", width=1.5))
    plot.addItem(marker)
    assert not marker.isVisible() and [list(v) for v in marker.getData()] == [[], []]
    point = (2.4, 0.4 * y_top)
    marker.setData([point[0]], [point[1]])
    assert marker.isVisible() and [list(v) for v in marker.getData()] == [[point[0]], [point[1]]]
    # Drawn centred on the point, 13 pixels tall and 0.8 of that wide (ScatterPlotItem's "d" symbol), its
    # outline's width around it.
    image = _image(view)
    centre = view.mapFromScene(plot.getViewBox().mapViewToScene(QPointF(*point)))
    inked = [(x, y) for y in range(centre.y() - 15, centre.y() + 16) for x in range(centre.x() - 15, centre.x() + 16)
             if QColor(image.pixel(x, y)).lightness() < 160]
    xs, ys = [x for x, _ in inked], [y for _, y in inked]
    assert abs((min(xs) + max(xs)) / 2 - centre.x()) <= 1 and abs((min(ys) + max(ys)) / 2 - centre.y()) <= 1
    assert 13 <= max(ys) - min(ys) + 1 <= 13 + 3 and 10 <= max(xs) - min(xs) + 1 <= 10.4 + 3
    marker.setData([], [])
    assert not marker.isVisible() and [list(v) for v in marker.getData()] == [[], []]


coordinates = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@settings(max_examples=60, deadline=None)
@given(points=st.lists(st.tuples(coordinates, coordinates), max_size=12))
def test_a_polyline_is_the_path_a_polygon_of_its_points_makes(qapp, points):
    """Made from the floats, element for element the path QPainterPath.addPolygon makes of QPointFs (so
    the lines and bands draw as they did)."""
    polygon = QPainterPath()
    polygon.addPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
    made = polyline([x for x, _ in points], [y for _, y in points])
    assert [(made.elementAt(i).x, made.elementAt(i).y, made.elementAt(i).type) for i in range(made.elementCount())] \
        == [(polygon.elementAt(i).x, polygon.elementAt(i).y, polygon.elementAt(i).type)
            for i in range(polygon.elementCount())]


costs_a_year = st.floats(min_value=0, max_value=5e6, allow_nan=False)


@pytest.fixture(scope="module")
def chart(qapp):
    from wxdesk.engine import load_datapack
    chart = ComparisonChart(load_datapack())
    yield chart
    chart.deleteLater()


@settings(max_examples=80, deadline=None)
@given(app=st.lists(costs_a_year, min_size=1, max_size=10), mp=st.lists(costs_a_year, min_size=10, max_size=10),
       equal=st.sets(st.integers(min_value=0, max_value=9)))
def test_the_break_even_marker_stands_where_the_drawn_lines_first_cross(chart, app, mp, equal):
    """Where the app's and the Mini Program's lines, drawn straight between years, first change order
    (the same numbers as worked out on arrays before), years of equal cost included."""
    years = len(app)
    mp = [a if i in equal and i < years else m for i, (a, m) in enumerate(zip(app + mp, mp))]
    x = [float(v) for v in range(years + 1)]
    app_y, mp_y = np.cumsum([0.0, *app]), np.cumsum([0.0, *mp[:years]])
    chart._crossing = UNSHOWN
    chart.app_curve.setData(x, app_y)
    chart.mp_curve.setData(x, mp_y)
    chart._show_crossing(x, list(app_y), list(mp_y))
    gap, xs, ys = (app_y - mp_y)[1:], np.array(x)[1:], app_y[1:]
    flips = np.flatnonzero(np.sign(gap[1:]) * np.sign(gap[:-1]) < 0)
    if not flips.size:
        assert chart.break_even_marker.getData()[0].size == 0 and not chart.break_even_text.isVisible()
        return
    i = int(flips[0])
    t = gap[i] / (gap[i] - gap[i + 1])
    expected = (float(xs[i] + t), float(ys[i] + t * (ys[i + 1] - ys[i])))
    assert [float(v[0]) for v in chart.break_even_marker.getData()] == list(expected)
