"""A slider move that changes a panel's reasons and not its whole-number fit or its standing (most audience
moves) sets the reasons alone: the meter is not asked its text, value and colour again, and the fit bar's
description is not written again to the same words. Where the fit or the standing changes, both follow."""

from __future__ import annotations

import pytest

from wxdesk.engine import Scenario, evaluate
from wxdesk.engine.standing import standing
from wxdesk.ui.account_panel import PresencePanel, _mark
from wxdesk.ui.app import get_qapp

pytestmark = pytest.mark.gui


def _shown(evaluation, presence):
    result = evaluation.presence(presence)
    return (round(result.fit), standing(result.eligible, result.in_plan, evaluation.scenario),
            tuple((r.template, r.params, _mark(r, result.in_plan)) for r in result.reasons))


def _two_moves(pack, presence):
    """Three evaluations along an audience drag: the second with other reasons and the same fit and standing as the
    first, the third with another fit."""
    evaluations = [evaluate(Scenario(budget_cny=10_000, audience=audience), pack)
                   for audience in range(20_000, 2_000_000, 20_000)]
    for before, after in zip(evaluations, evaluations[1:]):
        (fit, where, reasons) = _shown(before, presence)
        (fit_after, where_after, reasons_after) = _shown(after, presence)
        if (fit, where) == (fit_after, where_after) and reasons != reasons_after:
            other = next(e for e in evaluations if _shown(e, presence)[0] != fit)
            return before, after, other
    pytest.skip(f"no audience move changes {presence}'s reasons alone")


@pytest.mark.parametrize("presence", ["service", "mini_program"])
def test_a_move_that_changes_the_reasons_alone_leaves_the_meter_and_its_description(qtbot, pack, presence):
    get_qapp()
    panel = PresencePanel(presence, pack)
    qtbot.addWidget(panel)
    first, second, third = _two_moves(pack, presence)
    panel.show_evaluation(first)
    bar = panel.meter.bar
    fits, descriptions = [], []
    show_fit, describe = panel.meter.show_fit, bar.setAccessibleDescription
    panel.meter.show_fit = lambda *args, **kwargs: (fits.append(args), show_fit(*args, **kwargs))[1]
    bar.setAccessibleDescription = lambda words: (descriptions.append(words), describe(words))[1]

    assert panel.show_evaluation(second)  # (its reasons changed)
    assert fits == [] and descriptions == []
    result = second.presence(presence)
    assert panel.meter.number.text() == str(round(result.fit))
    assert bar.accessibleDescription() == panel._state_words(result)
    assert panel.reason_labels[0].text().startswith(_mark(result.reasons[0], result.in_plan))

    assert panel.show_evaluation(third)  # another fit: the meter and the description follow
    result = third.presence(presence)
    assert len(fits) == 1 and descriptions == [panel._state_words(result)]
    assert panel.meter.number.text() == str(round(result.fit)) and bar.value() == round(result.fit)
    assert bar.accessibleDescription() == panel._state_words(result)

    panel.retranslate()  # (the language's words: written again)
    assert descriptions[-1] == panel._state_words(result) and len(descriptions) == 2
