"""The views set only what changed, and what they show is still the answer.

Every view keeps what it shows and skips a move that changes nothing it shows (a slider
drag would otherwise set every text of the window on every step). These tests state the
promise that makes that safe: after any scenario, then any other, every text, tooltip and
chart line is what a view drawing the second scenario from nothing would show.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel

from tests.engine.scenario_strategies import scenarios
from wxdesk.engine import Scenario, evaluate


def _texts(window) -> list[tuple[str, str, str, bool]]:
    """Every label's text, tooltip and visibility on the desk, with the panels' and cards' tooltips.

    Read as they are once a drag pauses: two quick steps of one value are a drag, whose steps leave what
    the compact desk folds (off screen) to the pause (PlanArea.show_folded; see test_repaint)."""
    window.plan_area.show_folded()
    desk = window.desk_splitter
    shown = [(label.objectName(), label.text(), label.toolTip(), label.isVisibleTo(desk))
             for label in desk.findChildren(QLabel)]
    shown += [(name, "", widget.toolTip(), widget.isVisibleTo(desk))
              for name, widget in [*window.presence_panels.items(), *window.variant_cards.items()]]
    return shown


def _redrawn_from_nothing(window, evaluation) -> None:
    """Forget what every view shows, and draw `evaluation` again."""
    for view in [*window.presence_panels.values(), *window.variant_cards.values(), window.plan_area]:
        view._shown = None
    window._shown.clear()
    window.chart._curves_shown = window.chart._fits_shown = None
    window.show_evaluation(evaluation)


@pytest.fixture(scope="module")
def pack():
    from wxdesk.engine import load_datapack
    return load_datapack()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=scenarios, second=scenarios)
def test_after_any_scenario_the_views_show_what_a_fresh_draw_shows(shown_window, pack, first, second):
    window = shown_window
    window.show_evaluation(evaluate(first, pack))
    after = evaluate(second, pack)
    window.show_evaluation(after)
    moved, chart_moved = _texts(window), window.chart.snapshot()
    _redrawn_from_nothing(window, after)
    assert _texts(window) == moved
    assert window.chart.snapshot() == chart_moved


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(audience=st.floats(100, 5e7), step=st.floats(1.0001, 1.05))
# Channels' panel kept "lower the plan's score by 7.30 points" where the new answer writes "7.3": the
# points' decimals follow the scores beside them, and the panel compared the numbers alone.
@example(audience=560060.9725812168, step=1.0078125)
def test_an_audience_step_shows_the_new_answer(shown_window, pack, audience, step):
    """The slider's small steps: fits move by a fraction of a point, which the panels may skip,
    but never a number or a reason they show."""
    window = shown_window
    base = Scenario().with_changes(audience=audience)
    window.show_evaluation(evaluate(base, pack))
    after = evaluate(base.with_changes(audience=audience * step), pack)
    window.show_evaluation(after)
    moved = _texts(window)
    _redrawn_from_nothing(window, after)
    assert _texts(window) == moved
    for presence, panel in window.presence_panels.items():
        assert panel.meter.number.text() == str(round(after.presence(presence).fit))


def test_the_desk_texts_are_read_from_the_window(shown_window):
    """The comparison above would pass on an empty desk: it must hold the panels' numbers."""
    names = {name for name, *_ in _texts(shown_window)}
    assert "fitNumber" in names and "planCost" in names
