"""The presences' panels side by side, in as many rows as the width needs.

Six panels in one row where they fit; on a narrow window (a laptop at 200 % scaling, a
dock beside the desk) three in a row, then two, rather than a row that scrolls sideways
and hides the last presences' reasons.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QGridLayout, QWidget

SPACING = 8
COLUMN_CHOICES = (6, 3, 2)  # whole rows: 6 = 3 × 2 = 2 × 3, no row with a lone panel


class PanelGrid(QWidget):
    """Holds the panels; `columns` is how many sit in one row at the present width."""

    def __init__(self, panels: Iterable[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panelGrid")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self._panels = list(panels)
        self.columns = 0
        self._place(COLUMN_CHOICES[0])

    def panels(self) -> list[QWidget]:
        """The panels in reading order (a panel replaced by the layout's replaceWidget included)."""
        found = [self._grid.itemAtPosition(row, column) for row in range(self._grid.rowCount())
                 for column in range(self._grid.columnCount())]
        return [item.widget() for item in found if item is not None and item.widget() is not None]

    def _narrowest(self) -> int:
        # The panels the grid holds now: a panel replaced (another pack's facts) is gone from it.
        panels = self.panels() or self._panels
        return max((max(panel.minimumWidth(), panel.minimumSizeHint().width()) for panel in panels), default=0)

    def columns_for(self, width: int) -> int:
        """The most panels per row whose minimum widths fit in `width`."""
        narrowest = self._narrowest()
        for columns in COLUMN_CHOICES:
            if columns * narrowest + (columns - 1) * SPACING <= width:
                return columns
        return COLUMN_CHOICES[-1]

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # As narrow as the fewest columns allow: the grid folds into more rows rather than
        # making the scroll area around it scroll sideways.
        hint = super().minimumSizeHint()
        fewest = COLUMN_CHOICES[-1]
        hint.setWidth(min(hint.width(), fewest * self._narrowest() + (fewest - 1) * SPACING))
        return hint

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self._panels = self.panels() or self._panels
        for panel in self._panels:
            self._grid.removeWidget(panel)
        for column in range(max(self.columns, columns)):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)
        for i, panel in enumerate(self._panels):
            self._grid.addWidget(panel, i // columns, i % columns)
        self.columns = columns

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))
