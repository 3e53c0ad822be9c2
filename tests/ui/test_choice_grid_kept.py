"""The goals' and needs' grid (controls.ChoiceGrid) keeps its boxes' hints and arrangements until Qt invalidates it:
what it answers is what working them out again at each question answers, for every width, after a box's text
changes, a box is hidden or shown again, or the font changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QCheckBox, QGroupBox

from wxdesk.ui.controls import ChoiceGrid, _hint

pytestmark = pytest.mark.gui

TEXTS = ("Sell", "Take payments", "Bookings", "Customer service and after-sales", "Membership", "Loyalty points",
         "Location", "A very long goal that takes a line of its own in most columns", "Push", "收款")
WIDTHS = (-20, 0, 1, 40, 90, 120, 150, 199, 200, 201, 250, 300, 333, 420, 600, 1200)


def _fresh(grid: ChoiceGrid, width: int) -> tuple[list, list[int]]:
    """What the grid answered before it kept anything: the boxes asked and arranged again for `width`."""
    shown = [(index, _hint(item).width()) for index, item in enumerate(grid._items) if not item.isEmpty()]
    best = None
    limits = sorted({wide for _index, wide in shown}, reverse=True)
    for columns in range(1, grid.COLUMNS + 1):
        for limit in limits if columns > 1 else limits[:1]:
            lines, widths = grid._arrange(shown, columns, limit)
            if not widths or (len(widths) > 1 and sum(widths) + grid.COLUMN_SPACING * (len(widths) - 1) > width):
                continue
            alone = sum(1 for line in lines if line[0][0] < 0)
            key = (len(lines), len(widths), alone)
            if best is None or key < best[0]:
                best = (key, lines, widths)
    placed = []
    if best is not None:
        _key, lines, widths = best
        xs, spans = grid._columns(widths, width)
        for number, line in enumerate(lines):
            for column, index in line:
                x, span = (0, width) if column < 0 or len(widths) == 1 else (xs[column], spans[column])
                placed.append((number, x, span, index))
    heights: list[int] = []
    for line, _x, _width, index in placed:
        if line == len(heights):
            heights.append(0)
        heights[line] = max(heights[line], _hint(grid._items[index]).height())
    return placed, [h + (grid.LINE_SPACING if line < len(heights) - 1 else 0) for line, h in enumerate(heights)]


def _answers_as_fresh(grid: ChoiceGrid) -> None:
    margins = grid.contentsMargins()
    for width in WIDTHS:
        placed, heights = _fresh(grid, width - margins.left() - margins.right())
        assert grid.heightForWidth(width) == sum(heights) + margins.top() + margins.bottom(), width
        assert grid._place(width - margins.left() - margins.right()) == (placed, heights), width
    shown = [item for item in grid._items if not item.isEmpty()]
    widest = max((_hint(item).width() for item in shown), default=0) + margins.left() + margins.right()
    assert grid.sizeHint().width() == widest
    tallest = max((_hint(item).height() for item in shown), default=0) + margins.top() + margins.bottom()
    assert grid.minimumSize().height() == tallest


def test_the_grid_answers_as_when_it_asked_its_boxes_again(qapp):
    group = QGroupBox()
    grid = ChoiceGrid(group)
    boxes = [QCheckBox(text) for text in TEXTS]
    for box in boxes:
        grid.addWidget(box)
    group.show()
    QApplication.processEvents()
    _answers_as_fresh(grid)

    boxes[1].setText("Take payments from customers abroad")  # a text grows
    _answers_as_fresh(grid)
    boxes[7].setText("Short")  # the long one shares a line now
    _answers_as_fresh(grid)
    boxes[3].hide()
    boxes[0].hide()
    _answers_as_fresh(grid)
    boxes[3].show()
    _answers_as_fresh(grid)
    font = QFont(group.font())
    font.setPointSize(font.pointSize() + 5)
    group.setFont(font)  # the boxes inherit it
    QApplication.processEvents()
    _answers_as_fresh(grid)
    group.setGeometry(QRect(0, 0, 260, grid.heightForWidth(260)))
    QApplication.processEvents()
    _answers_as_fresh(grid)
    group.close()
