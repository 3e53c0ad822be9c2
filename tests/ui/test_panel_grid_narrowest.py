"""The panel grid's narrowest panel, read from its layout's items: the panels it holds now, whatever their order,
a panel replaced by the layout's replaceWidget included and the one it replaced left out; and its minimum hint
follows a panel's new least width at once."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from wxdesk.ui.panel_grid import COLUMN_CHOICES, SPACING, PanelGrid
from wxdesk.ui.steady_label import SteadyLabel

pytestmark = pytest.mark.gui

REASONS = ("In the plan for messaging followers.", "A strong fit for selling, with WeChat Pay once verified.",
           "Adding it would lower the plan's score by 5 points.", "You can open it.",
           "Reaches the 90% of your audience on WeChat in mainland China.", "Typical session 1.5 min.")


def _panel(text: str, least: int = 120) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    label = SteadyLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label)
    panel.setMinimumWidth(least)
    return panel


def _narrowest_by_position(grid: PanelGrid) -> int:
    return max(max(panel.minimumWidth(), panel.minimumSizeHint().width()) for panel in grid.panels())


@pytest.fixture
def shown_grid(shown_in_holder):
    grid = PanelGrid([_panel(text) for text in REASONS])
    holder = shown_in_holder(grid)
    yield grid
    if shiboken6.isValid(holder):
        holder.close()


def test_the_narrowest_is_the_panels_held_now_in_any_columns(shown_grid):
    grid = shown_grid
    for columns in (*COLUMN_CHOICES, COLUMN_CHOICES[0]):
        grid._place(columns)
        assert grid._narrowest() == _narrowest_by_position(grid)


def test_a_panel_replaced_counts_and_the_one_it_replaced_does_not(shown_grid):
    grid = shown_grid
    old = grid.panels()[3]
    old.setMinimumWidth(400)  # the widest: then replaced by a narrow one
    assert grid._narrowest() >= 400
    new = _panel("Replaced.", least=90)
    grid.layout().replaceWidget(old, new)
    assert new in grid.panels() and old not in grid.panels()
    assert grid._narrowest() == _narrowest_by_position(grid) < 400
    new.setMinimumWidth(300)
    assert grid._narrowest() == _narrowest_by_position(grid) >= 300
    old.deleteLater()


def test_the_minimum_hint_follows_a_panels_least_width_at_once(shown_grid):
    grid = shown_grid
    fewest = COLUMN_CHOICES[-1]
    for least in (150, 260, 120):
        grid.panels()[1].setMinimumWidth(least)
        narrowest = _narrowest_by_position(grid)
        assert grid.minimumSizeHint().width() <= fewest * narrowest + (fewest - 1) * SPACING
        assert grid.columns_for(1000) == next((c for c in COLUMN_CHOICES if c * narrowest + (c - 1) * SPACING <= 1000),
                                              COLUMN_CHOICES[-1])
