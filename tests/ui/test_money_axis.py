"""The cost axis's labelled ticks keep apart on a short plot, and are pyqtgraph's own where there is room."""

import pytest
from PySide6.QtGui import QFontMetricsF

from wxdesk.ui.chart_axes import TICK_LABEL_LINES, MoneyAxis
from wxdesk.words.axis_ticks import next_round_step
from wxdesk.ui.plotting import pg


@pytest.fixture
def axis(qapp):
    return MoneyAxis("left")


def _line(axis):
    return QFontMetricsF(axis.style.get("tickFont") or axis.font()).height() * TICK_LABEL_LINES


@pytest.mark.parametrize("size", [70, 110, 160])
@pytest.mark.parametrize("top", [1e7, 8e6, 2.5e6, 1.5e5, 4e4, 3e3])  # as the chart rounds its top (nice_ceiling)
def test_labelled_ticks_of_a_short_axis_are_a_line_and_more_apart(axis, size, top):
    """From some 70 pixels up (a short plot at 1366×768 with the Sensitivity dock beside the desk)."""
    major, _offset = axis.tickSpacing(0, top, size)[0]
    labels = top // major + 1
    assert labels >= 2  # the axis still reads from ¥0 to a figure
    assert labels * _line(axis) <= size or labels == 2


@pytest.mark.parametrize("top", [1e7, 3.2e5])
def test_a_tall_axis_keeps_pyqtgraphs_ticks(axis, top):
    assert axis.tickSpacing(0, top, 600) == pg.AxisItem.tickSpacing(axis, 0, top, 600)


def test_a_horizontal_money_axis_is_left_as_pyqtgraph_spaces_it(qapp):
    bottom = MoneyAxis("bottom")
    assert bottom.tickSpacing(0, 1e7, 40) == pg.AxisItem.tickSpacing(bottom, 0, 1e7, 40)


@pytest.mark.parametrize(("step", "after"), [(1.0, 2.0), (2.0, 5.0), (5.0, 10.0), (2e6, 5e6), (5e5, 1e6), (0.2, 0.5)])
def test_steps_go_one_two_five(step, after):
    assert next_round_step(step) == pytest.approx(after)
