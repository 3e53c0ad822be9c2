"""The comparison chart's plots: laid out exactly as pyqtgraph's PlotItems, built without their menus."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QAbstractButton, QAbstractSlider, QAbstractSpinBox, QApplication, QGroupBox, QLineEdit,
                               QListWidget, QMenu, QScrollBar)

from wxdesk.engine import Scenario, evaluate, load_preset
from wxdesk.ui.variant_card import VARIANTS
from wxdesk.ui.chart import ComparisonChart
from wxdesk.ui.chart_axes import MoneyAxis
from wxdesk.ui.plotting import PlainPlot, label_html, pg

pytestmark = pytest.mark.gui


def _rect(item) -> tuple[float, ...]:
    rect: QRectF = item.sceneBoundingRect()
    return tuple(round(v, 3) for v in (rect.x(), rect.y(), rect.width(), rect.height()))


def test_building_the_chart_makes_no_menu_and_no_form(qtbot, pack):
    """PlotItem makes, for each plot and even with its menu off, a menu and a form of some 40 widgets
    built in Python (check boxes, spin boxes, sliders, lists): the chart's plots make none of them, only
    the widgets of the chart itself (its view and scroll bars, the note under it), a dozen where
    PlotItems made a hundred."""
    before = set(QApplication.allWidgets())
    chart = ComparisonChart(pack)
    qtbot.addWidget(chart)
    chart.show_evaluation(evaluate(load_preset("car_brand"), pack))
    made = set(QApplication.allWidgets()) - before
    assert chart in made
    controls = (QMenu, QAbstractButton, QAbstractSpinBox, QAbstractSlider, QGroupBox, QListWidget, QLineEdit)
    assert [type(widget).__name__ for widget in made
            if isinstance(widget, controls) and not isinstance(widget, QScrollBar)] == []
    assert len(made) < 20
    for plot in (chart.cost_plot, chart.fit_plot):
        assert plot.getViewBox().menu is None
        assert plot.getViewBox().state["mouseEnabled"] == [False, False]


def _dressed(plot, title: str | None, left: str) -> None:
    if title is not None:
        plot.setTitle(title, size="10pt")
    plot.setLabel("left", left)
    plot.setLabel("bottom", "Years from launch")
    plot.getAxis("left").setWidth(104)
    plot.setXRange(-0.2, 5.2, padding=0)
    plot.setYRange(0, 2e6, padding=0)


@pytest.mark.parametrize("size", [(640, 300), (900, 420), (1400, 700)])
@pytest.mark.parametrize("title", ["Cumulative cost: likely, and the 10th–90th percentile range", None])
def test_a_plain_plot_lays_out_as_a_plot_item(qtbot, size, title):
    """Side by side in one view, a PlainPlot and a PlotItem given the same axes, title and labels put the
    view box, the axes and the title in the same places: the chart looks as it did with PlotItems."""
    view = pg.GraphicsLayoutWidget()
    qtbot.addWidget(view)
    view.resize(*size)
    plain = PlainPlot(axisItems={"left": MoneyAxis("left")})
    reference = pg.PlotItem(axisItems={"left": MoneyAxis("left")}, enableMenu=False)
    view.addItem(plain, row=0, col=0)
    view.addItem(reference, row=1, col=0)  # same width; the rows share the height equally
    for plot in (plain, reference):
        _dressed(plot, title, "Cost (¥)")
    view.show()
    qtbot.waitExposed(view)
    view.ci.layout.activate()
    for plot in (plain, reference):
        plot.layout.activate()
    shift = reference.pos() - plain.pos()
    assert _rect(plain)[2:] == _rect(reference)[2:]

    def placed(plot) -> list[tuple[float, ...]]:
        """Its parts' places, the plain plot's moved onto the reference's."""
        offset = shift if plot is plain else shift * 0
        return [tuple(round(v, 3) for v in (rect.x() + offset.x(), rect.y() + offset.y(), rect.width(), rect.height()))
                for rect in (item.sceneBoundingRect() for item in (plot.getViewBox(), plot.getAxis("left"),
                                                                    plot.getAxis("bottom"), plot.titleLabel)
                             if item.isVisible())]

    assert placed(plain) == placed(reference)
    assert plain.titleLabel.isVisible() == reference.titleLabel.isVisible() == (title is not None)
    assert plain.getViewBox().viewRange() == reference.getViewBox().viewRange()


def _entry_colour(label) -> QColor:
    cursor = QTextCursor(label.item.document())
    cursor.movePosition(QTextCursor.MoveOperation.Right)  # the format of the first character
    return cursor.charFormat().foreground().color()


def test_the_legend_names_every_line_in_the_charts_text_colour_through_plan_changes(qtbot, pack):
    """Each legend entry reads the variant's name, the plan's own marked, all in the palette's text
    colour (entries named before the palette was applied used to keep pyqtgraph's grey), also after
    the plan's choice moves and after the palette changes."""
    chart = ComparisonChart(pack)
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.show()
    qtbot.waitExposed(chart)
    base = Scenario()
    choices = []
    for audience in (1_000, 50_000, 20_000_000, 5_000_000, 50_000):
        chart.show_evaluation(evaluate(base.with_changes(audience=audience), pack))
        choices.append(chart._chosen)
        texts = [chart.entry_text(label) for label in chart.legend_entries()]
        assert texts == [chart.variant_name(variant) for variant in VARIANTS]
        assert [variant for variant, name in zip(VARIANTS, texts) if "(the plan)" in name] == (
            [chart._chosen] if chart._chosen in VARIANTS else [])
        text_colour = chart.palette().color(QPalette.ColorRole.Text)
        assert {_entry_colour(label).name() for label in chart.legend_entries()} == {text_colour.name()}
    assert len(set(choices)) >= 2, "the audiences tried should move the plan's choice"
    dark = QPalette(chart.palette())
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    chart.setPalette(dark)
    assert {_entry_colour(label).name() for label in chart.legend_entries()} == {"#e8eaed"}


@pytest.mark.parametrize("text", ["With a Mini Program (the plan)", "With both", "With a Mini Program<br>(the plan)",
                                  "配小程序（推荐方案）", "两者都做<br>（推荐方案）"])
@pytest.mark.parametrize("options", [{"size": "9pt"}, {"size": "7.5pt", "color": "#202124"},
                                     {"size": "12pt", "bold": True, "justify": "left"}])
def test_a_label_text_measured_in_a_document_is_as_large_as_the_label_showing_it(qtbot, text, options):
    """The chart measures legend entries in a text document (label_html) before it sets any label: the
    document is exactly as large as a pyqtgraph label showing that text with those options."""
    label = pg.LabelItem(text, **options)
    document = QTextDocument()
    document.setDefaultFont(label.item.font())
    document.setHtml(label_html(text, label.opts))
    assert QRectF(QPointF(0, 0), document.size()) == label.item.boundingRect()


@pytest.mark.parametrize("size", [(900, 420), (560, 300)])
def test_a_plan_change_undone_lays_the_legend_out_as_before_without_choosing_again(qtbot, pack, size, monkeypatch):
    """The legend's layout (type size, columns, entries and extent) for names in a room is chosen once: a plan
    changing back and forth measures no layout again, and the legend stands as it stood at each choice."""
    chart = ComparisonChart(pack)
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    car_brand = load_preset("car_brand")
    evaluations = [evaluate(car_brand.with_changes(audience=audience, interaction_minutes=minutes), pack)
                   for audience, minutes in ((20_000, 1), (400_000, 8))]

    def legend() -> tuple:
        QApplication.processEvents()
        return (chart.legend.isVisible(), _rect(chart.legend), [label.text for label in chart.legend_entries()],
                [(_rect(sample), _rect(label)) for sample, label in chart.legend.items],
                {label.opts["size"] for label in chart.legend_entries()})

    for evaluation in evaluations:  # the note under the chart settles its height (and the plot's) meanwhile
        chart.show_evaluation(evaluation)
        QApplication.processEvents()
    first = []
    for evaluation in evaluations:
        chart.show_evaluation(evaluation)
        first.append(legend())
    assert first[0][2] != first[1][2], "the two evaluations should name another plan's choice"
    measured = []
    extent = ComparisonChart._legend_extent
    monkeypatch.setattr(ComparisonChart, "_legend_extent", lambda self, *args: measured.append(args) or extent(
        self, *args))
    for evaluation, before in zip(evaluations * 2, first * 2):
        chart.show_evaluation(evaluation)
        assert legend() == before
    assert measured == []


@pytest.mark.parametrize("preset", ["fitness_coaching", "car_brand", "food_ordering", "bank_care"])
@pytest.mark.parametrize("size", [(900, 420), (680, 330), (1400, 700), (700, 250)])
@pytest.mark.parametrize("points", [None, 14])  # (the window's own type, and presentation mode's larger key)
def test_a_legend_across_the_plot_covers_no_band(qtbot, pack, preset, size, points):
    """Three entries side by side run across the plot's top to its right, where the cumulative curves end highest:
    presenting at 1366×768, fitness_coaching's "With both" sat on the Mini Program's band. The cost axis leaves the
    legend's height free above every band where the legend runs."""
    chart = ComparisonChart(pack)
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    if points is not None:
        chart.set_legend_points(points)
    chart.show_evaluation(evaluate(load_preset(preset), pack))
    for _ in range(3):
        QApplication.processEvents()
    # The legend never takes more than its share of the plot's height off the curves: in a plot too short for that,
    # it steps aside (the cards beside the chart name the lines).
    from wxdesk.ui.chart import LEGEND_ACROSS_SHARE
    assert chart._legend_headroom <= LEGEND_ACROSS_SHARE
    if not chart.legend.isVisible() or chart._legend_shown[1] == 1:
        return  # no legend, or one under another at the left, where the curves start at zero
    view = chart.cost_plot.getViewBox()
    box = view.mapSceneToView(chart.legend.mapRectToScene(chart.legend.boundingRect())).boundingRect()
    bottom, left, right = min(box.top(), box.bottom()), box.left(), box.right()
    for band in chart.bands.values():
        # The band's edge is straight between years: its highest under the legend is at a year or at an end.
        xs = [x for x in band.years if left <= x <= right] + [max(left, band.years[0]), min(right, band.years[-1])]
        highest = max(float(np.interp(x, band.years, band.high)) for x in xs)
        assert highest < bottom, (preset, size, highest, bottom)
