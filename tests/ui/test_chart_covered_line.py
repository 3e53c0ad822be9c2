"""A line the legend names is seen: one that lies under another is not hidden by it.

yoga_teacher's plan with a native app (¥672k over 2 years) and with both (¥671k) lie on one line, and the plum line
of "With both", drawn last, hid the blue one the legend named "With a native app". The line on top is drawn in
stretches, the blue showing between them; the legend keeps each line's own pen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from wxdesk.ui.chart import APP_COLOR, BOTH_COLOR, ComparisonChart

pytestmark = pytest.mark.gui


def _near(colour: QColor, other: QColor) -> bool:
    return sum(abs(a - b) for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3])) < 60


def _colours_along(chart: ComparisonChart, x: float, y: float) -> list[QColor]:
    """The colours of the pixels along the cost plot's likely line around (x, y), a few pixels up and down."""
    image = chart.plot_widget.grab().toImage()
    scene = chart.cost_plot.getViewBox().mapViewToScene(QPointF(x, y))
    centre = chart.plot_widget.mapFromScene(scene)
    return [QColor(image.pixel(QPoint(centre.x() + dx, centre.y() + dy)))
            for dx in range(-40, 41) for dy in range(-3, 4)]


def test_a_line_under_another_shows_between_its_stretches(shown_chart, qtbot, pack):
    chart = shown_chart(pack, "yoga_teacher")
    assert chart.covering() == {"both": "native_app"}
    both, app = chart.curves["both"], chart.curves["native_app"]
    assert both.pen().style() == Qt.PenStyle.CustomDashLine and app.pen().style() == Qt.PenStyle.SolidLine
    # The legend's key is the line's own, solid: dashed would say the plan with both cannot carry a need.
    assert both.opts["pen"].style() == Qt.PenStyle.SolidLine
    xs, ys = app.points
    colours = _colours_along(chart, (xs[1] + xs[2]) / 2, (ys[1] + ys[2]) / 2)
    assert any(_near(c, APP_COLOR) for c in colours) and any(_near(c, BOTH_COLOR) for c in colours)


def test_lines_apart_are_drawn_whole(shown_chart, qtbot, pack):
    chart = shown_chart(pack, "car_brand")
    assert chart.covering() == {}
    for curve in chart.curves.values():
        assert curve.pen().style() in (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine)
        assert curve.pen().style() == curve.opts["pen"].style()


def test_a_line_hides_another_over_a_stretch_not_only_over_the_whole_chart():
    """food_ordering: with both lay on with an app from launch to year 1 and apart by year 3 (¥1.39M and ¥1.44M), the
    blue line hidden over its first half; a single point in common (every line starts at ¥0) hides nothing."""
    from wxdesk.ui.chart import _covers
    assert _covers([0.0, 860e3, 1.13e6, 1.39e6], [0.0, 865e3, 1.17e6, 1.44e6], 30e3)
    assert not _covers([0.0, 700e3, 1.1e6, 1.39e6], [0.0, 865e3, 1.17e6, 1.44e6], 30e3)
    assert not _covers([0.0], [0.0], 30e3)


def test_after_moves_across_plans_each_line_has_the_pens_a_fresh_chart_gives_it(shown_chart, qtbot, pack):
    """The pens are made once per plan choice and kept (ComparisonChart._pens): a chart shown one answer after
    another (the plan's choice, a variant ruled out, the lines' overlaps: each changes between them) draws each line
    with the pens a chart shown only the last answer draws it with."""
    from wxdesk.engine import evaluate, load_preset
    from wxdesk.ui.chart_items import pen_key
    chart = shown_chart(pack, "car_brand")
    presets = ("fitness_coaching", "yoga_teacher", "bank_care", "factory_staff", "fitness_coaching", "yoga_teacher")
    for preset in presets:
        chart.show_evaluation(evaluate(load_preset(preset), pack))
        chart._y_follows_drag.flush()  # as after a pause (in a drag the cost axis only grows: lines lie closer)
        fresh = shown_chart(pack, preset)
        assert [(pen_key(curve.pen()), pen_key(curve.opts["pen"])) for curve in chart.curves.values()] == \
            [(pen_key(curve.pen()), pen_key(curve.opts["pen"])) for curve in fresh.curves.values()], preset
        assert chart.covering() == fresh.covering()
