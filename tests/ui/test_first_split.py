"""The desk's first split is right the first time.

The split gives the comparison below the accounts at least what the variant cards beside the chart need,
folded. It read that height from the cards as measured before they were shown (a line short: a hidden card's
texts answer other heights) and from the comparison's layout as it kept it before the cards folded, so the
first split gave the comparison too little, and the window split again twice before its first paint.
"""

from __future__ import annotations

import pytest
from new_users_desk import new_users_window
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter, QWidget
from settled import settled

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.ui import desk_split
from wxdesk.ui.variant_card import VARIANTS, VariantCard
from wxdesk.ui.variant_column import SPACING, VariantColumn

pytestmark = pytest.mark.gui

PACK = load_datapack()


def test_the_first_split_sets_the_desks_sizes_once_and_they_stand(qtbot, monkeypatch):
    set_sizes: list[list[int]] = []
    painted: list[list[int]] = []
    set_splitter_sizes = QSplitter.setSizes

    def counted(splitter: QSplitter, sizes: list[int]) -> None:
        if splitter.objectName() == "deskSplitter" and not painted:
            set_sizes.append(list(sizes))
        set_splitter_sizes(splitter, sizes)

    monkeypatch.setattr(QSplitter, "setSizes", counted)

    def before_show(window) -> None:
        window.first_painted.connect(lambda: painted.append(window.desk_splitter.sizes()))

    window = new_users_window(qtbot, before_show)
    qtbot.waitUntil(lambda: bool(painted))
    # They stand: the desk once the follow-ups of the first texts, the chart's building and the engine's answer
    # have come and gone (at rest, not 300 ms after the first paint: on a loaded machine they can come later).
    standing = settled(lambda: (window.desk_splitter.sizes(), window.variant_column.compact,
                                window.variant_column.height()), qtbot)[0]
    assert len(set_sizes) == 1, set_sizes
    assert painted[0] == set_sizes[0] == standing
    # The comparison got the folded cards' height, as the cards measure it now.
    column = window.variant_column
    assert column.compact
    folded = sum(column._card_heights(column.width(), True, False)) + SPACING * (len(column.cards) - 1)
    assert column.minimumSizeHint().height() == folded
    assert column.height() >= folded


def test_the_cards_beside_the_chart_are_measured_as_shown(qapp, qtbot):
    """As the window's first show gives them: a column 131 px wide, where a card's title wraps once shown."""
    evaluation = evaluate(load_preset("food_ordering"), PACK)
    holder = QWidget()
    qtbot.addWidget(holder)
    cards = [VariantCard(variant, PACK) for variant in VARIANTS]
    for card in cards:
        card.show_evaluation(evaluation)
    column = VariantColumn(cards, holder)
    column.setGeometry(0, 0, 131, 225)
    column.fit()  # hidden: nothing is measured, nothing folds
    assert not column.compact and column.minimumSizeHint().height() != 0
    hidden_hint = column.minimumSizeHint().height()
    holder.show()  # the column fits as it is shown, its cards shown
    folded = sum(column._card_heights(131, True, False)) + SPACING * (len(cards) - 1)
    assert column.compact
    assert column.minimumSizeHint().height() == folded != hidden_hint


def test_a_window_at_rest_lays_nothing_out(qtbot):
    """Reading the comparison's least height tells no layout anything (a layout told of a change asks to be
    laid out again, and the split that follows reads the height again: round and round)."""
    window = new_users_window(qtbot)
    qtbot.wait(400)
    requests = []

    class Requests(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(watched.objectName())
            return False

    counter = Requests()
    for widget in (window.desk_splitter.widget(1), window.variant_column, window.desk_splitter):
        widget.installEventFilter(counter)
    window._keep_comparison_whole()  # as a layout request of the comparison calls it
    qtbot.wait(300)
    assert requests == []


class _Shows(QObject):
    """Counts the Show events a widget gets."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def test_a_short_desk_goes_compact_without_showing_the_best_plans_first(qtbot):
    """Where the desk as the first show lays it out (the best plans held) already leaves the chart too little, the
    full look, which only adds to it, does not fit either: the first split folds the desk without showing the
    three best plans to measure them. The choice is the one measuring the full look makes."""
    shown_before_paint: list[int] = []

    def before_show(window) -> None:
        shows = _Shows(window.plan_area.best_plans)
        window.first_painted.connect(lambda: shown_before_paint.append(shows.count))

    window = new_users_window(qtbot, before_show)
    qtbot.waitUntil(lambda: bool(shown_before_paint))
    assert window.desk_compact
    assert shown_before_paint == [0]
    # The full look, measured as a first split measured it before, does not fit the room.
    total = window.desk_splitter.height()
    window.set_desk_compact(False)
    full_needs = window._essential_height()
    assert full_needs + desk_split.CHART_FLOOR + desk_split.FIT_MARGIN > total
