"""What a slider move makes the comparison chart's view repaint: only items that draw something, the
same pixels as when every item is painted."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsItem

from wxdesk.engine import Scenario, evaluate, load_preset
from wxdesk.ui.chart import ComparisonChart
from wxdesk.ui.plotting import pg

pytestmark = pytest.mark.gui

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
# A car brand whose app costs more at first and its Mini Program later: the cost lines cross.
# A car brand selling to 300k users, 30 % of them bought and 70 % on WeChat: the app costs more in its first years,
# the Mini Program from the third (with likely costs at the figures' averages; at their medians, 1M users at 60 %
# bought and 90 % on WeChat crossed, and no longer do).
CROSSING = {"goals": ["sell"], "audience": 300_000, "paid_share": 0.3, "china_share": 0.7, "horizon_years": 5,
            "interaction_minutes": 8, "pushes_per_month": 8}


def _shown_chart(qtbot, pack) -> ComparisonChart:
    chart = ComparisonChart(pack)
    qtbot.addWidget(chart)
    chart.resize(900, 420)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


@pytest.fixture
def chart(qtbot, pack):
    return _shown_chart(qtbot, pack)


def _moves(pack) -> list:
    base = Scenario()
    return [evaluate(base.with_changes(audience=audience), pack) for audience in (1_000, 30_000, 900_000, 40_000)]


def test_a_move_repaints_none_of_the_items_that_draw_nothing(qtbot, pack, monkeypatch):
    """The view boxes and the legend frame draw nothing (no border, no frame): a move's repaint of the
    curves does not call their paint() (in Python, with its wrappers, for each item the repaint met)."""
    painted = []
    for cls in (pg.ViewBox, pg.LegendItem):  # before the chart is made: PySide keeps the paint() it first finds
        monkeypatch.setattr(cls, "paint", lambda self, *args, _name=cls.__name__: painted.append(_name))
    chart = _shown_chart(qtbot, pack)
    for evaluation in _moves(pack):
        chart.show_evaluation(evaluation)
        QApplication.processEvents()
        chart.plot_widget.viewport().repaint()
    assert painted == []


def test_the_items_left_unpainted_change_no_pixel(chart, pack):
    """The chart drawn as the view draws it equals the chart drawn with every item it skips painted too."""
    for evaluation in _moves(pack):
        chart.show_evaluation(evaluation)
        QApplication.processEvents()
        skipped = [item for item in chart.plot_widget.scene().items() if item.flags() & NO_CONTENTS]
        # The borders with no pen, hidden: the view boxes' and the grid's around each plot.
        hidden = [plot.getViewBox().borderRect for plot in (chart.cost_plot, chart.fit_plot)]
        hidden += list(chart.plot_widget.ci.itemBorders.values())
        assert {type(item).__name__ for item in skipped} >= {"ViewBox", "PlainPlot", "LegendItem", "LabelItem"}
        assert not any(item.isVisible() for item in hidden)
        drawn = chart.plot_widget.grab().toImage()
        try:
            for item in skipped:
                item.setFlag(NO_CONTENTS, False)
            for item in hidden:
                item.setVisible(True)
            assert chart.plot_widget.grab().toImage() == drawn
        finally:
            for item in skipped:
                item.setFlag(NO_CONTENTS, True)
            for item in hidden:
                item.setVisible(False)


def test_the_break_even_word_shows_only_where_the_lines_cross(chart, pack):
    """Where the lines do not cross, the word is empty and hidden (it stood at the curves' common start,
    where every repaint of the curves met it)."""
    crossing = evaluate(load_preset("car_brand").with_changes(**CROSSING), pack)
    none = evaluate(load_preset("car_brand"), pack)
    for evaluation, shown in ((none, False), (crossing, True), (none, False), (crossing, True)):
        chart.show_evaluation(evaluation)
        assert chart.break_even_text.isVisible() is shown
        assert chart.break_even_text.toPlainText() == ("break-even" if shown else "")
        assert len(chart.break_even_marker.getData()[0]) == int(shown)


def test_a_fit_numbers_move_runs_no_python_and_lands_beside_its_bar(qtbot, pack, monkeypatch):
    """The fit plot's range is fixed, so no auto range needs to hear that a number moved: its moves do not
    pass through pyqtgraph's Python itemChange (twice a move), and each number stands right of its bar."""
    moved = []
    original = pg.GraphicsObject.itemChange

    def item_change(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            moved.append(self)
        return original(self, change, value)

    monkeypatch.setattr(pg.GraphicsObject, "itemChange", item_change)  # before the chart: PySide keeps what it finds
    chart = _shown_chart(qtbot, pack)
    assert chart.fit_plot.getViewBox().state["autoRange"] == [False, False]
    fits_seen = set()
    for evaluation in _moves(pack):
        chart.show_evaluation(evaluation)
        QApplication.processEvents()
        fits = [round(evaluation.presence(p).fit) for p in ("native_app", "mini_program")]
        fits_seen.add(tuple(fits))
        for item, y, fit in zip(chart.fit_texts, (1, 0), fits):
            assert (item.pos().x(), item.pos().y()) == (fit + 1, y) and item.toPlainText() == str(fit)
    assert len(fits_seen) > 1, "the moves tried should move the fit numbers"
    assert not any(item in moved for item in chart.fit_texts)
