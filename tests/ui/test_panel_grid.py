"""The panel grid's columns follow the width its layout lays it out at, and answers heights for it.

Six panels in a row, or three, or two, by the width: the panels are laid out only in the columns of
the width they are shown at (never first in the columns of the width before, every text measured at
a width it never shows), and the height the grid needs for a width is the one it takes, laid out at
that width, whatever its columns were when it was asked.
"""

from __future__ import annotations

import pytest
import shiboken6
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from wxdesk.ui.panel_grid import COLUMN_CHOICES, SPACING, PanelGrid
from wxdesk.ui.steady_label import SteadyLabel

pytestmark = pytest.mark.gui

REASONS = ("In the plan for messaging followers.", "A strong fit for selling, with WeChat Pay once verified.",
           "Adding it would lower the plan's score by 5 points.", "You can open it.",
           "Reaches the 90% of your audience on WeChat in mainland China.", "Typical session 1.5 min.")


def _panel(text: str) -> QWidget:
    """A panel as the desk's are made: wrapping labels in a column, a least width."""
    panel = QWidget()
    layout = QVBoxLayout(panel)
    for line in (text, text[::-1]):
        label = SteadyLabel(line)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(label)
    layout.addStretch(1)
    panel.setMinimumWidth(120)
    return panel


class _Widths(QObject):
    """The widths each watched panel was resized to, in order."""

    def __init__(self, panels):
        super().__init__()
        self.seen: list[int] = []
        for panel in panels:
            panel.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.seen.append(event.size().width())
        return False


def _columns_of(panel_width: int, grid_width: int) -> int:
    """How many panels of `panel_width` share a row of `grid_width` (the spacing between them)."""
    return round((grid_width + SPACING) / (panel_width + SPACING))


@pytest.fixture
def grid(qapp):
    grid = PanelGrid([_panel(text) for text in REASONS])
    yield grid
    if shiboken6.isValid(grid):  # (not taken, and deleted, by a window of the test)
        grid.deleteLater()


@pytest.mark.parametrize("width", [1400, 900, 500])
def test_the_panels_are_laid_out_only_in_the_columns_of_the_width_shown(qtbot, grid, width):
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder).addWidget(grid)
    holder.layout().setContentsMargins(0, 0, 0, 0)
    widths = _Widths(grid.panels())
    holder.resize(width, 800)
    holder.show()
    qtbot.waitExposed(holder)
    QApplication.processEvents()
    assert grid.columns == grid.columns_for(width)
    assert widths.seen and {_columns_of(seen, width) for seen in widths.seen} == {grid.columns}


@settings(max_examples=25, deadline=None)
@given(asked=st.integers(260, 1600), before=st.integers(260, 1600))
def test_the_height_for_a_width_is_the_height_laid_out_at_that_width(qapp, asked, before):
    grid = PanelGrid([_panel(text) for text in REASONS])
    try:
        layout = grid.layout()
        grid.resize(before, 10)
        layout.setGeometry(grid.rect())  # placed in the columns of `before`
        answer = layout.heightForWidth(asked)
        least = layout.minimumHeightForWidth(asked)
        grid.resize(asked, 10)
        layout.setGeometry(grid.rect())  # placed, and laid out, in the columns of `asked`
        assert grid.columns == grid.columns_for(asked) in COLUMN_CHOICES
        assert layout.heightForWidth(asked) == answer
        assert layout.minimumHeightForWidth(asked) == least
    finally:
        grid.deleteLater()


def test_the_panels_read_in_order_in_any_columns(grid):
    panels = grid.panels()
    for width in (1600, 700, 300, 1600):
        grid.place_for(width)
        assert grid.panels() == panels
        assert [grid.layout().getItemPosition(grid.layout().indexOf(panel))[:2] for panel in panels] == [
            (i // grid.columns, i % grid.columns) for i in range(len(panels))]


def test_the_columns_follow_a_panel_that_needs_more_room(shown_in_holder, grid):
    """The columns follow the panels' least widths as they change, at once: a wider least width, or a word
    that no longer breaks, takes a row of six to fewer (a cache of the narrowest width kept until the grid's
    layout was invalidated missed the second: a label's new text reaches the grid's layout only a turn of
    the event loop later)."""
    _holder = shown_in_holder(grid)  # (held here: the grid lives in it)
    assert grid.columns_for(1000) == 6
    panels = grid.panels()
    panels[2].setMinimumWidth(200)  # 6 × 200 + 5 spacings no longer fit in 1000
    assert grid.columns_for(1000) == 3
    panels[2].setMinimumWidth(120)
    assert grid.columns_for(1000) == 6
    # A text whose least width grows (an unbreakable run): the panel's size hint, not its set minimum.
    label = panels[4].findChild(SteadyLabel)
    label.setText("W" * 60)
    assert grid.columns_for(1000) in (3, 2)
    label.setText("Short.")
    assert grid.columns_for(1000) == 6

