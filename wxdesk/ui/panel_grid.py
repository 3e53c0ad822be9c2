"""The presences' panels side by side, in as many rows as the width needs.

Six panels in one row where they fit; on a narrow window (a laptop at 200 % scaling, a
dock beside the desk) three in a row, then two, rather than a row that scrolls sideways
and hides the last presences' reasons.

The columns follow the width the layout is given, as the layout lays the panels out (and
as it answers the height it needs for a width): chosen after the grid was laid out (at its
resize event), the panels were first laid out and measured in the columns of the width
before, a row of six 60-pixel panels on a narrow window's first layout, every text measured
at a width it is never shown at.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget, QWidgetItem

from wxdesk.ui.shown_size import SpanningWhereShown

SPACING = 8
COLUMN_CHOICES = (6, 3, 2)  # whole rows: 6 = 3 × 2 = 2 × 3, no row with a lone panel


class _ColumnsLayout(QGridLayout):
    """The grid's layout: placed in the columns its width takes before it lays the panels out, and
    answering a height for a width as the panels would be placed at that width."""

    def __init__(self, grid: PanelGrid):
        super().__init__(grid)
        self._grid = grid
        # For heights asked at a width of other columns than the panels are placed in now: the same grid
        # of the same panels, not laid out (parentless, it only measures), one per number of columns.
        self._measuring: dict[int, tuple[list[QWidget], QGridLayout]] = {}

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        self._grid.place_for(rect.width())
        self._grid.align_titles(rect.width())
        super().setGeometry(rect)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        other = self._other_columns(width)
        if other is not None:
            return other.heightForWidth(width)
        if width == self._grid.width():
            # The titles' room at this width, before the rows are measured (new titles since it was laid out).
            self._grid.align_titles(width)
            return super().heightForWidth(width)
        # A width the grid is not laid out at (its parent's new width, asked before it lays the grid out there, or
        # only a question: a scroll area asks at its width less a scroll bar's whether one would be needed): the
        # height with the titles aligned for that width, the titles left as the width they are shown at has them.
        # Why: aligned here, at the news_publisher desk's 852 px of a 866 px grid (the Sensitivity dock open at
        # 1920×1080) "Service Account" took two lines, at 866 one: each layout of the grid gave its titles one line's
        # room, each of the scroll area's questions two, and the next layout again one, for ever, every panel's
        # title changing size at each turn of the event loop; wherever it stopped the panels had been placed for
        # the titles' other room, and the Native app card's last reason lost 16 px to its border.
        return super().heightForWidth(width) + self._grid.title_room_change(width)

    def minimumHeightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        other = self._other_columns(width)
        return super().minimumHeightForWidth(width) if other is None else other.minimumHeightForWidth(width)

    def _other_columns(self, width: int) -> QGridLayout | None:
        """A grid measuring as this one would with the columns `width` takes (None: the columns it has)."""
        columns = self._grid.columns_for(width)  # (the width with the layout's margins, as setGeometry's)
        if columns == self._grid.columns:
            return None
        panels = self._grid.panels()
        measuring = self._measuring.get(columns)
        if measuring is None or measuring[0] != panels:
            grid = QGridLayout()
            grid.setContentsMargins(self.contentsMargins())
            grid.setSpacing(SPACING)
            for column in range(columns):
                grid.setColumnStretch(column, 1)
            for i, panel in enumerate(panels):
                grid.addItem(QWidgetItem(panel), i // columns, i % columns)
            measuring = self._measuring[columns] = (panels, grid)
        grid = measuring[1]
        grid.invalidate()  # the panels' sizes as they are now (their texts change)
        return grid


class PanelGrid(SpanningWhereShown, QWidget):  # (its texts measured where shown: see shown_size)
    """Holds the panels; `columns` is how many sit in one row at the present width."""

    def __init__(self, panels: Iterable[QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("panelGrid")
        self._grid = _ColumnsLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        self._panels = list(panels)
        self.columns = 0
        self._title_measure: QLabel | None = None  # (made when the titles are first aligned: align_titles)
        self._place(COLUMN_CHOICES[0])

    def panels(self) -> list[QWidget]:
        """The panels in reading order (a panel replaced by the layout's replaceWidget included)."""
        found = [self._grid.itemAtPosition(row, column) for row in range(self._grid.rowCount())
                 for column in range(self._grid.columnCount())]
        return [widget for widget in (item.widget() for item in found if item is not None) if widget is not None]

    def _narrowest(self) -> int:
        # The panels the grid holds now: a panel replaced (another pack's facts) is gone from it. Asked afresh each
        # time (a panel's new text reaches the grid's layout only a turn of the event loop later, so an answer kept
        # until then would be late), some twenty times a plan-changing move (each height for a width, placing and
        # minimum hint): read from the layout's items in the order it keeps them (their order does not change a
        # maximum), not by position as panels() reads them, a third fewer calls into Qt (some 0.5 M instructions
        # a move).
        grid = self._grid
        items = (grid.itemAt(i) for i in range(grid.count()))
        placed = [panel for panel in (item.widget() for item in items if item is not None) if panel is not None]
        # (None placed: between taking them out and placing them again.)
        return max((max(panel.minimumWidth(), panel.minimumSizeHint().width()) for panel in placed or self._panels),
                   default=0)

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

    def place_for(self, width: int) -> None:
        """The panels in the columns `width` (the grid's, with its margins) takes."""
        self._place(self.columns_for(width))

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

    def _titles_at(self, width: int) -> list[tuple[list[tuple[QWidget, QLabel | None, int, int]], int]]:
        """The rows at `width` (the grid's): each panel with its title, its title's height without its parenthesis
        and with it, and the row's tallest title without its parenthesis. Only measured: nothing changes."""
        columns = self.columns or COLUMN_CHOICES[0]
        panels = self.panels() or self._panels
        titles = [_title_of(panel) for panel in panels]
        if not any(title is not None for title in titles):
            return []
        cell = self._cell(width)
        heights: list[tuple[int, int]] = []  # each title's without its parenthesis and with it
        for panel, title in zip(panels, titles):
            if title is None or title.isHidden():
                heights.append((0, 0))
                continue
            inner = max(1, cell - _side_margins(panel))
            measured = getattr(panel, "title_heights", None)
            if callable(measured):
                if self._title_measure is None:
                    self._title_measure = _title_measure()
                heights.append(measured(inner, self._title_measure))
            else:
                height = title.heightForWidth(inner) if title.wordWrap() else title.sizeHint().height()
                heights.append((height, height))
        rows = []
        for start in range(0, len(panels), columns):
            row = range(start, min(start + columns, len(panels)))
            tallest = max((heights[i][0] for i in row), default=0)
            rows.append(([(panels[i], titles[i], *heights[i]) for i in row], tallest))
        return rows

    def _cell(self, width: int) -> int:
        """A panel's width in a grid `width` wide."""
        columns = self.columns or COLUMN_CHOICES[0]
        return (width - (columns - 1) * SPACING) // columns

    def title_room_change(self, width: int) -> int:
        """How much taller the grid is at `width` with its titles aligned for that width (align_titles) than with
        the room they have now (aligned for the width it is laid out at), found without changing them.

        A title takes its row's tallest title's room at `width` once aligned (its parenthesis shown only where
        that room holds it); now it takes the larger of its room and its own height there. Each panel's height
        changes by the difference, and each row's by that of its tallest panel."""
        cell = self._cell(width)
        change = 0
        for row, tallest in self._titles_at(width):
            now = [0 if title is None or title.isHidden() else
                   max(title.minimumHeight(), title.heightForWidth(max(1, cell - _side_margins(panel)))
                       if title.wordWrap() else title.sizeHint().height())
                   for panel, title, _alone, _whole in row]
            if all(title is None or title.isHidden() or height == tallest
                   for (_panel, title, _alone, _whole), height in zip(row, now)):
                continue
            panels = [panel.heightForWidth(cell) for panel, _title, _alone, _whole in row]
            aligned = [height + (0 if title is None or title.isHidden() else tallest - was)
                       for height, was, (_panel, title, _alone, _whole) in zip(panels, now, row)]
            change += max(aligned) - max(panels)
        return change

    def align_titles(self, width: int) -> None:
        """Each panel's title as tall as the tallest title in its row at `width` (the grid's), its words at the top;
        a title's parenthesis shown where it takes no more lines than that (PresencePanel.fit_title).

        Why: at 1366×768 "Official Account (formerly Subscription Account)" took three lines of a card 150 px
        wide where the other titles took one, and its score, bar and reasons stood two lines below the other
        cards' in the row: a client read the row as out of line, the card as folded. Where the names alone wrap
        unevenly (a narrow window), the shorter ones keep the room under their words, so that every score in a
        row stands on one line."""
        for row, tallest in self._titles_at(width):
            for panel, title, _alone, whole in row:
                fit = getattr(panel, "fit_title", None)
                if callable(fit):
                    fit(whole <= tallest)
                if title is not None and title.minimumHeight() != tallest:
                    title.setMinimumHeight(tallest)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # (The layout placed them as it laid them out at this width; a grid without its layout enabled
        # places them here.)
        self._place(self.columns_for(event.size().width()))


def _side_margins(panel: QWidget) -> int:
    """The room a panel's layout leaves at its sides."""
    layout = panel.layout()
    margins = layout.contentsMargins() if layout is not None else None
    return margins.left() + margins.right() if margins is not None else 0


def _title_measure() -> QLabel:
    """A label, never shown, that measures the panels' titles as their labels lay them out (rich text, words wrapped):
    one for the grid's six panels (made for each, they added six labels to the first paint), parentless, so that it is
    none of the labels the window reads for its texts. A plain QLabel: a SteadyLabel never shown answered one line for
    "Service Account" at 112 px, which takes two (118 px), and the row at a 406 px grid came out of line."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def _title_of(panel: QWidget) -> QLabel | None:
    """A panel's title label (a presence panel's `title`), if it has one."""
    title = getattr(panel, "title", None)
    return title if isinstance(title, QLabel) else None
