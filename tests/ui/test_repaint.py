"""Repaint only what changed: a card whose figures stay the same is neither set nor repainted."""

from __future__ import annotations

import pytest
from event_counts import EventCount
from PySide6.QtCore import QEvent, QObject, QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel

from wxdesk.engine import Scenario, evaluate
from wxdesk.ui.account_panel import PresencePanel
from wxdesk.ui.variant_card import VariantCard
from wxdesk.ui.app import get_qapp

pytestmark = pytest.mark.gui


def _settle(qtbot, widget) -> None:
    qtbot.waitExposed(widget)
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("make", [lambda pack: PresencePanel("service", pack),
                                  lambda pack: VariantCard("native_app", pack)], ids=["presence", "variant"])
def test_a_card_with_the_same_figures_is_not_touched(qtbot, pack, make, monkeypatch):
    get_qapp()
    card = make(pack)
    qtbot.addWidget(card)
    card.resize(320, 420)
    card.show()
    card.show_evaluation(evaluate(Scenario(), pack))
    _settle(qtbot, card)
    labels = card.findChildren(QLabel)
    painted = EventCount([card, *labels], QEvent.Type.Paint)
    calls = []
    for label in labels:
        monkeypatch.setattr(label, "setText", lambda value, label=label: (calls.append(label),
                                                                           QLabel.setText(label, value)))

    # Another name: not one of this card's figures.
    card.show_evaluation(evaluate(Scenario(name="Another name"), pack))
    QApplication.processEvents()
    assert calls == [] and painted.count == 0

    # More messages and a larger audience change the figures of either card: it is drawn again.
    card.show_evaluation(evaluate(Scenario(audience=5_000_000, horizon_years=7, pushes_per_month=30), pack))
    QApplication.processEvents()
    assert calls and painted.count > 0


def test_a_slider_move_leaves_unchanged_labels_of_the_window_alone(shown_window, monkeypatch):
    window = shown_window
    calls = []
    summary = window.plan_area.summary
    labels = {"plan": summary.name_label, "roles": summary.roles_label, "cost": summary.cost_label,
              "budget": summary.budget_label, "warnings": summary.warnings_label,
              "choice": window.recommendation_label}
    for name, label in labels.items():
        monkeypatch.setattr(label, "setText", lambda value, n=name, label=label: (calls.append(n),
                                                                                   QLabel.setText(label, value)))
    window.document.update(name="Renamed")  # changes no figure of the answer
    assert calls == []
    window.document.update(audience=5_000_000)
    assert "cost" in calls


@pytest.fixture
def drag_window(monkeypatch, request):
    """The main window, shown, where steps closer than 1.5 s make one drag: a step takes longer than the
    120 ms of a real drag on a loaded test machine, and the window would then take each for a pause."""
    from wxdesk.ui import settle
    monkeypatch.setattr(settle, "SETTLE_MS", 1500)  # before the window (and its followers) is made
    return request.getfixturevalue("shown_window")


def _y_top(chart) -> float:
    return chart.cost_plot.getViewBox().viewRange()[1][1]


def _curves_top(chart) -> float:
    return max(max(band.high) for band in chart.bands.values())


def test_during_a_drag_the_cost_axis_only_grows_and_fits_the_curves_once_it_pauses(drag_window, qtbot):
    """A rescale redraws the axis and all of the plot: a drag rescales every few steps, never cutting
    a curve off; after the drag the axis fits the curves as after a single change."""
    from PySide6.QtWidgets import QSlider
    from wxdesk.ui.chart_axes import nice_ceiling
    window, chart = drag_window, drag_window.chart
    slider = window.findChild(QSlider, "audienceSlider")
    steps = [slider.minimum() + round(i * (slider.maximum() - slider.minimum()) / 40) for i in range(41)]
    tops = []
    for position in steps + steps[-2::-1]:  # up and down again, with no pause between the steps
        slider.setValue(position)
        QApplication.processEvents()
        assert _y_top(chart) >= _curves_top(chart)  # no curve above the plot
        tops.append(_y_top(chart))
    rescales = sum(1 for before, after in zip(tops, tops[1:]) if after != before)
    assert rescales <= len(steps) // 4
    assert tops[-1] == max(tops)  # on the way back down it waited for the pause
    # Once the drag pauses: the curves fill at least half of the height, under a round limit.
    qtbot.waitUntil(lambda: _y_top(chart) < tops[-1], timeout=6000)
    # (With the room a legend across the plot's top takes above the curves.)
    needed = _curves_top(chart) * 1.02 / (1 - chart._legend_headroom)
    assert _y_top(chart) == pytest.approx(nice_ceiling(needed))
    # A single change (a key press after the pause) fits at once.
    from wxdesk.ui import settle
    qtbot.wait(settle.SETTLE_MS + 200)
    slider.setValue(steps[len(steps) // 2])
    QApplication.processEvents()
    assert _y_top(chart) >= _curves_top(chart) * 1.02 >= _y_top(chart) * 0.5


def test_during_a_drag_the_desk_only_grows_and_is_laid_out_as_before_once_it_pauses(drag_window, qtbot):
    """A drag changes the panels' reasons and the plan's name at many steps: the cards keep their
    height (growing where a text needs more) instead of jumping under the pointer, and every text
    keeps the room it needs. Once the drag pauses, the desk is laid out as after a single change."""
    from PySide6.QtWidgets import QSlider
    from wxdesk.ui import settle
    window = drag_window
    for name in ("budgetSlider", "interactionSlider"):  # a scenario whose plan changes often with the audience
        other = window.findChild(QSlider, name)
        other.setValue((other.minimum() + other.maximum()) // 2)
    slider = window.findChild(QSlider, "audienceSlider")
    cards = [window.plan_area, *window.presence_panels.values()]
    start = slider.value()
    # The audience as the slider's position gives it (50,100 for the scenario's 50,000): the drag ends there, and a
    # plan whose rounded cost parts add up at one and not the other is worded a line longer at one.
    slider.setValue(start + 1)
    slider.setValue(start)
    qtbot.wait(settle.SETTLE_MS + 200)  # no drag under way
    QApplication.processEvents()
    before = [card.height() for card in cards]
    minimums = [card.minimumHeight() for card in cards]
    steps = [slider.minimum() + round(i * (slider.maximum() - slider.minimum()) / 40) for i in range(41)]
    plans, heights = set(), []
    for position in [*steps, *steps[::-1], start]:  # a drag up and down and back, with no pause
        slider.setValue(position)
        QApplication.processEvents()
        plans.add(window.plan_area.summary.name_label.text())
        now = [card.height() for card in cards]
        for card in cards:  # each text has the room it needs
            assert card.height() >= card.layout().totalHeightForWidth(card.width())
        if heights:
            assert all(h >= previous for h, previous in zip(now, heights[-1])), "a card got shorter in the drag"
        heights.append(now)
    assert len(plans) > 1  # the drag went through plans that word their reasons differently
    qtbot.waitUntil(lambda: [card.minimumHeight() for card in cards] == minimums, timeout=settle.SETTLE_MS * 4)
    QApplication.processEvents()
    assert [card.height() for card in cards] == before


def test_a_pack_with_other_key_facts_gives_panels_that_the_desk_still_lays_out_and_holds(drag_window, qtbot):
    """A pack with another number of facts replaces a panel: later moves and drags lay out and hold the
    new panel, and never touch the one it replaced."""
    from dataclasses import replace
    from PySide6.QtWidgets import QSlider
    from wxdesk.ui import settle
    window = drag_window
    pack = window.document.pack
    service = pack.accounts["service"]
    fewer = replace(pack, accounts={**pack.accounts, "service": replace(service, facts=service.facts[:-1])})
    old = window.presence_panels["service"]
    window.document.set_pack(fewer)
    QApplication.processEvents()
    new = window.presence_panels["service"]
    assert new is not old and len(new.fact_labels) == len(service.facts) - 1
    qtbot.wait(50)  # the old panel is gone
    slider = window.findChild(QSlider, "audienceSlider")
    for position in range(slider.minimum(), slider.maximum(), max(1, (slider.maximum() - slider.minimum()) // 30)):
        slider.setValue(position)  # a drag
        QApplication.processEvents()
        assert new.height() >= new.layout().totalHeightForWidth(new.width())
    assert new.minimumHeight() > 0  # held with the others
    qtbot.waitUntil(lambda: new.minimumHeight() == 0, timeout=settle.SETTLE_MS * 4)


def test_a_plan_change_names_anew_only_the_legend_entries_whose_names_change(shown_window, monkeypatch):
    """Trying the smaller type where the larger does not fit is measured once per text: the move
    that changes the plan's choice sets each legend entry at most once (the two names that changed,
    or all three where the new names need the other type size, or none where a legend laid out for
    the new names is kept), at whatever width."""
    window = shown_window
    chart = window.chart
    choices = {}
    for audience in (1_000, 20_000, 200_000, 1_000_000, 5_000_000, 20_000_000):
        window.document.update(audience=audience)
        choices.setdefault(chart._chosen, audience)
    assert len(choices) >= 2, "the audiences tried should move the plan's choice"
    first, second = list(choices.values())[:2]
    for width in (900, 1400):  # a legend in small type, and one in its own size
        window.resize(width, 760)
        for audience in (first, second, first):  # once each way: every text measured
            window.document.update(audience=audience)
        calls = []
        for label in chart.legend_entries():
            monkeypatch.setattr(label, "setText", lambda value, *a, label=label, calls=calls, **k: (
                calls.append(value), type(label).setText(label, value, *a, **k)))
        window.document.update(audience=second)
        entries = chart.legend_entries()
        # (None where the chart shows a legend it kept laid out for these names: see chart.py's kept legends.)
        assert len(calls) == len(set(calls)) <= len(entries)
        assert sum("(the plan)" in label.text for label in entries) == 1
        assert {label.opts["size"] for label in entries} == {chart.legend.opts["labelTextSize"]}
        monkeypatch.undo()


@pytest.mark.parametrize("make", [lambda pack: PresencePanel("service", pack),
                                  lambda pack: VariantCard("native_app", pack)], ids=["presence", "variant"])
@pytest.mark.parametrize("size", [(320, 420), (130, 260), (293, 56)])
def test_a_card_joining_the_plan_repaints_its_border_not_its_texts(qtbot, pack, make, size):
    """Only the border differs between a card in the plan and one out of it: none of its labels is
    drawn again, its title included, and what the window shows afterwards is what a card drawn
    whole shows (every pixel that changed lies in the border's strips and corners)."""
    get_qapp()
    card = make(pack)
    qtbot.addWidget(card)
    card.resize(*size)
    card.show_evaluation(evaluate(Scenario(), pack))
    card.show()
    _settle(qtbot, card)
    for on in (not card.highlighted, card.highlighted):
        labels = [label for label in card.findChildren(QLabel) if label.isVisible() and label.text()]
        assert card.title in labels
        assert not any(card.border_region().intersects(QRect(label.mapTo(card, QPoint(0, 0)), label.size()))
                       for label in labels)
        painted = EventCount(labels, QEvent.Type.Paint)
        card.set_highlighted(on)
        QApplication.processEvents()
        assert painted.count == 0
        window = card.window()
        assert window.screen().grabWindow(window.winId()).toImage() == card.grab().toImage()


def test_a_fit_that_moves_alone_sets_the_fit_and_none_of_the_reasons(qtbot, pack, monkeypatch):
    """A session-length move often changes a panel's fit by a point and leaves its reasons and standing
    as they were: the fit is set again, the reasons, the line under the fit and the facts are not."""
    get_qapp()
    before, after = evaluate(Scenario(interaction_minutes=1.0), pack), evaluate(Scenario(interaction_minutes=1.5), pack)
    old, new = before.presence("service"), after.presence("service")
    assert round(old.fit) != round(new.fit)
    assert [(r.template, r.params) for r in old.reasons] == [(r.template, r.params) for r in new.reasons]
    panel = PresencePanel("service", pack)
    qtbot.addWidget(panel)
    panel.show_evaluation(before)
    calls = []
    for label in panel.findChildren(QLabel):
        monkeypatch.setattr(label, "setText", lambda value, label=label: (calls.append(label),
                                                                           QLabel.setText(label, value)))
        monkeypatch.setattr(label, "setVisible", lambda on, label=label: (calls.append(label),
                                                                          QLabel.setVisible(label, on)))
    assert panel.show_evaluation(after)
    assert calls == [panel.meter.number]
    assert panel.meter.number.text() == str(round(new.fit))


class _Watch(QObject):
    """Counts the moves, resizes and paints of the widgets under `root` while `on`."""

    def __init__(self, root):
        super().__init__()
        self.on, self.events, self._root = False, [], root
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (self.on and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Paint)
                and watched.isWidgetType() and self._root.isAncestorOf(watched)):
            self.events.append((event.type().name, watched.objectName()))
        return False


def test_each_step_of_a_drag_lays_out_and_paints_the_variant_cards_in_its_own_turn(drag_window):
    """A step whose variant cards take other lines (a note shown, a cost that wraps) lays the cards
    and their column out, and paints them, in the step's own turn of the event loop: nothing is
    left to move or paint at the next turn, in the next step's time."""
    from PySide6.QtWidgets import QSlider
    window = drag_window
    column = window.variant_column
    watch = _Watch(column)
    from wxdesk.ui import settle
    try:
        # (Two sliders whose drags give the cards other lines from the window's start. The budget's did too while a
        # drag whose texts outgrew the column left the cards squeezed under them until the pause; they now fold at
        # once, and keep their heights: test_variant_cards_held.)
        for name in ("audienceSlider", "chinaShareSlider"):
            for follower in window.findChildren(settle.ChangeFollower):  # each drag after a pause
                follower.flush()
            QApplication.processEvents()
            slider = window.findChild(QSlider, name)
            heights = set()
            for i in [*range(0, 41, 2), *range(40, -1, -2)]:
                slider.setValue(slider.minimum() + round(i * (slider.maximum() - slider.minimum()) / 40))
                QApplication.processEvents()
                if i == 0 and not heights:  # the drag's first step, a change on its own: followed at once
                    for _ in range(5):
                        QApplication.processEvents()
                heights.add(tuple(card.height() for card in column.cards))
                watch.on = True
                QApplication.processEvents()  # the next turn: nothing left of the step
                watch.on = False
                assert watch.events == [], (name, i, watch.events)
            assert len(heights) > 1  # the cards did change their heights in the drag
    finally:
        QApplication.instance().removeEventFilter(watch)


def test_a_drag_sets_what_the_compact_desk_folds_once_it_pauses_or_as_it_unfolds(drag_window, qtbot):
    """Where the compact desk folds the three best plans (and the plan's cost split), a drag's steps leave
    them unset (nothing of them is on screen); they hold the answer of now once the drag pauses, and
    before they unfold."""
    from PySide6.QtWidgets import QSlider
    from wxdesk.ui import settle, text
    from wxdesk.ui.plan_view import cost_range_text
    window = drag_window
    window.force_desk_compact(True)
    area = window.plan_area
    slider = window.findChild(QSlider, "audienceSlider")
    qtbot.wait(settle.SETTLE_MS + 200)  # no drag under way

    def columns_show_now() -> bool:
        """The best plans' costs, and the plan's cost split in the key the compact plan folds, as now."""
        plans = area.plans(window.document.evaluation)
        legend = area.summary.legend
        split = {part: text.money(amount) for part, amount in plans[0].breakdown.items() if amount > 0}
        return [column.cost_label.text() for column in area.columns[:len(plans)]] == [
            cost_range_text(plan) for plan in plans] and all(
            amount in legend.labels[part].text() for part, amount in split.items())

    step = (slider.maximum() - slider.minimum()) // 20
    slider.setValue(slider.value() + step)  # a single change: set at once, folded or not
    QApplication.processEvents()
    assert columns_show_now()
    slider.setValue(slider.value() + step)  # the drag's next step: left for the pause
    QApplication.processEvents()
    assert not area.best_plans.isVisible() and not columns_show_now()
    area.best_plans_toggle.setChecked(True)  # unfolded in the drag: they show the figures of now
    assert columns_show_now()
    QApplication.processEvents()
    assert area.best_plans.isVisible()
    area.best_plans_toggle.setChecked(False)
    slider.setValue(slider.value() + step)
    QApplication.processEvents()
    assert not columns_show_now()
    qtbot.waitUntil(columns_show_now, timeout=settle.SETTLE_MS * 4)  # once the drag pauses
    # The full desk sets them at every step of a drag, as every text on screen.
    window.force_desk_compact(False)
    for _ in range(3):
        slider.setValue(slider.value() - step)
        QApplication.processEvents()
        assert columns_show_now()


def test_fitting_the_variant_cards_leaves_the_plan_badge_beside_its_title(shown_window):
    """The column measures its cards folded and in full, then puts them back: the frame painted next has
    the plan's card as it was (in full, its badge beside the title), not a card laid out halfway back,
    with the badge under the title where the folded card has it."""
    window = shown_window
    window.resize(1600, 1000)  # the cards in full
    column = window.variant_column
    card = window.variant_cards[window.document.evaluation.app_or_mini_program.choice]
    for _ in range(5):
        QApplication.processEvents()
    assert not card.compact and card.badge.isVisible()
    where = (card.badge.geometry(), card.title.geometry(), card.height())
    assert card.badge.x() > card.title.x()
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, column.fit)  # as a drag's pause or a resize has it fit: from the event loop
    QApplication.processEvents()  # that turn, and its paint: the frame the user sees next
    assert (card.badge.geometry(), card.title.geometry(), card.height()) == where
