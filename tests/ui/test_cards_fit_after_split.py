"""The variant cards beside the chart fit once before the first paint, at the height the desk's first split
gives their column: as the window shows, the column measures only the folded cards' height, which the split reads."""

from __future__ import annotations

import pytest
from new_users_desk import new_users_window
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from wxdesk.ui import MainWindow
from wxdesk.ui.variant_column import SPACING, VariantColumn

pytestmark = pytest.mark.gui


def _count_full_fits(monkeypatch) -> list[tuple[int, int]]:
    """The column's size at each full fit (each measures the cards in full first: height_needed)."""
    fits: list[tuple[int, int]] = []
    measure = VariantColumn.height_needed

    def counted(column: VariantColumn, width: int, compact: bool, notes: bool = True) -> int:
        fits.append((column.width(), column.height()))
        return measure(column, width, compact, notes)

    monkeypatch.setattr(VariantColumn, "height_needed", counted)
    return fits


def _as_a_fit_now_leaves_them(column: VariantColumn) -> None:
    states = [(card.compact, card.notes_shown) for card in column.cards]
    column._fitted = ()  # fitted again from nothing, at the same size
    column.fit()
    assert [(card.compact, card.notes_shown) for card in column.cards] == states


def test_a_new_users_cards_fit_once_at_the_split_height(qtbot, monkeypatch):
    fits = _count_full_fits(monkeypatch)
    painted: list[list[tuple[int, int]]] = []

    def before_show(window: MainWindow) -> None:
        window.first_painted.connect(lambda: painted.append(list(fits)))

    window = new_users_window(qtbot, before_show)
    column = window.variant_column
    assert not column.split_due
    assert painted and len(painted[0]) == 1, painted
    assert painted[0][0][1] == column.height()  # at the height the split gave the column
    folded = sum(column._card_heights(column.width(), True, False)) + SPACING * (len(column.cards) - 1)
    assert column.minimumSizeHint().height() == folded
    _as_a_fit_now_leaves_them(column)


def test_a_desk_split_as_the_user_left_it_fits_its_cards_as_it_shows(qtbot, monkeypatch):
    QSettings().remove("mainWindow")
    first = MainWindow()
    qtbot.addWidget(first)
    first._auto_split = False  # the divide as the user left it: no split at show
    first.save_geometry()
    fits = _count_full_fits(monkeypatch)
    window = MainWindow()
    qtbot.addWidget(window)
    painted: list[int] = []
    window.first_painted.connect(lambda: painted.append(len(fits)))
    window.show()
    qtbot.waitUntil(lambda: bool(painted))
    assert painted[0] >= 1 and not window.variant_column.split_due
    QApplication.processEvents()
    _as_a_fit_now_leaves_them(window.variant_column)
