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


def _count_full_fits(monkeypatch, measures: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The column's size at each full fit (each measures the folds it chooses between: the cards folded, without
    their notes, first of all); in `measures`, the column's size at each measure of the cards in full (height_needed),
    in a fit or for the window's split (VariantColumn.noted_height), which a fit then reads rather than measuring."""
    fits: list[tuple[int, int]] = []
    fit = VariantColumn.fit
    measure = VariantColumn.height_needed

    def counted_fit(column: VariantColumn) -> None:
        before = column._fitted_room
        fit(column)
        if column._fitted_room is not before:  # (it measured: a fit that found nothing new keeps the same room)
            fits.append((column.width(), column.height()))

    def counted_measure(column: VariantColumn, width: int, compact: bool, notes: bool = True) -> int:
        if measures is not None and not compact:
            measures.append((column.width(), column.height()))
        return measure(column, width, compact, notes)

    monkeypatch.setattr(VariantColumn, "fit", counted_fit)
    monkeypatch.setattr(VariantColumn, "height_needed", counted_measure)
    return fits


def _as_a_fit_now_leaves_them(column: VariantColumn) -> None:
    states = [(card.compact, card.notes_shown) for card in column.cards]
    column._fitted = ()  # fitted again from nothing, at the same size
    column.fit()
    assert [(card.compact, card.notes_shown) for card in column.cards] == states


def test_a_new_users_cards_fit_once_at_the_split_height(qtbot, monkeypatch):
    measures: list[tuple[int, int]] = []
    fits = _count_full_fits(monkeypatch, measures)
    painted: list[tuple[list[tuple[int, int]], int]] = []

    def before_show(window: MainWindow) -> None:
        window.first_painted.connect(lambda: painted.append((list(fits), len(measures))))

    window = new_users_window(qtbot, before_show)
    column = window.variant_column
    assert not column.split_due
    assert painted and len(painted[0][0]) == 1, painted
    assert painted[0][0][0][1] == column.height()  # at the height the split gave the column
    # The cards in full measured once: by the split (the comparison's room for every note), read by the fit.
    assert painted[0][1] == 1, measures
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
