"""A panel's folded reasons take their texts when they unfold: whatever answers and folds came before,
the panel then reads exactly as one that showed the last answer unfolded."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wxdesk.engine import Scenario, load_datapack
from wxdesk.engine.evaluator import evaluate
from wxdesk.ui.account_panel import PresencePanel

pytestmark = pytest.mark.gui

PACK = load_datapack()
# Answers whose reasons differ in their figures and in their number (the plan changes along the audience).
ANSWERS = [evaluate(Scenario().with_changes(audience=audience, budget_cny=budget), PACK)
           for audience in (300, 20_000, 900_000, 30_000_000) for budget in (20_000, 3_000_000)]
PRESENCES = ("service", "subscription", "mini_program", "wecom", "channels", "native_app")

steps = st.lists(st.one_of(st.tuples(st.just("answer"), st.integers(0, len(ANSWERS) - 1)),
                           st.tuples(st.just("fold"), st.booleans())), min_size=1, max_size=8)


def _reads(panel: PresencePanel) -> tuple:
    return ([(label.text(), label.isVisibleTo(panel)) for label in panel.reason_labels if label.isVisibleTo(panel)],
            panel.toolTip(), panel.meter.number.text())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(presence=st.sampled_from(PRESENCES), moves=steps)
def test_unfolded_reasons_read_as_the_last_answer(qtbot, presence, moves):
    panel = PresencePanel(presence, PACK)
    qtbot.addWidget(panel)
    panel.show()
    last = ANSWERS[0]
    panel.show_evaluation(last)
    for kind, value in moves:
        if kind == "answer":
            last = ANSWERS[value]
            panel.show_evaluation(last)
        else:
            panel.set_compact(value)
    fresh = PresencePanel(presence, PACK)
    qtbot.addWidget(fresh)
    fresh.show()
    fresh.set_compact(panel.compact)
    fresh.show_evaluation(last)
    assert _reads(panel) == _reads(fresh)  # in the look it has now
    panel.set_compact(False)
    fresh.set_compact(False)
    assert _reads(panel) == _reads(fresh)
    texts = [label.text() for label in panel.reason_labels if label.isVisibleTo(panel)]
    assert texts and all(texts)  # every reason shown has its words
