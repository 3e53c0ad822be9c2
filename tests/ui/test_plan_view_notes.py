"""The window says of the plan's cost what the handout and the long image say, from the same words.

- A kindergarten's budget read "¥9,000 short" in the window and no more, where the handout goes on to say that ¥120k
  of its first year are the articles written for it (words.articles): the window says it as the budget's tooltip.
- A hotpot chain's "Less 3.2 points because the budget covers only 89%" could not be made from the appendix's rule;
  the handout says how its points are counted, from which plan's first year (words.budget_points).
- The cost key's user acquisition, most of many plans' cost, says as the handout does what it is made of: users won
  at the start and each year, at what price (words.acquisition), as its tooltip, written when asked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication

from wxdesk.engine import reasons as R
from wxdesk.engine.fit import staff_only
from wxdesk.engine.scenario import Scenario
from wxdesk.ui import i18n, text
from wxdesk.words.acquisition import acquisition_sentence
from wxdesk.words.articles import articles_note
from wxdesk.words.budget_points import budget_points_note

pytestmark = pytest.mark.gui

KINDERGARTEN = Scenario().with_changes(
    name="Kindergarten enrolment", budget_cny=120_000, interaction_minutes=10, audience=1_500, china_share=1.0,
    pushes_per_month=12, goals=["news", "service", "relationship"], needs=[], horizon_years=5, entity="company",
    paid_share=0.1)
HOTPOT = Scenario().with_changes(
    name="Hotpot chain", budget_cny=800_000, interaction_minutes=3, audience=120_000, china_share=0.98,
    pushes_per_month=4, goals=["sell", "service", "relationship"], needs=["payments"], horizon_years=3,
    entity="company", paid_share=0.3)


def _show(window, qtbot, scenario):
    window.force_desk_compact(False)
    window.document.load(scenario)
    qtbot.wait(40)
    return window.document.evaluation


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_budget_sentence_tells_of_the_articles_written_for_the_client(window, qtbot, language):
    i18n.set_language(language)
    try:
        evaluation = _show(window, qtbot, KINDERGARTEN)
        note = articles_note(evaluation, text.words(window.document.pack))
        assert note  # (the articles are most of its first year)
        label = window.plan_area.summary.budget_label
        assert label.text() == text.render_reason(R.budget_beside_score(evaluation.budget), window.document.pack)
        assert label.toolTip() == note
    finally:
        window.force_desk_compact(None)
        i18n.set_language("en")


def test_the_budget_line_says_how_its_points_are_counted(window, qtbot):
    try:
        evaluation = _show(window, qtbot, HOTPOT)
        pack = window.document.pack
        note = budget_points_note(evaluation, pack.with_overrides(evaluation.scenario.overrides), text.words(pack))
        assert note
        line = next(r for r in evaluation.plan.reasons if r.template in R.PLAN_BUDGET_LINES)
        said = window.plan_area.summary.score_reasons_label.text()
        assert f"{text.render_reason(line, pack)} {note}" in said
        assert said.count(note) == 1
    finally:
        window.force_desk_compact(None)


def test_the_keys_user_acquisition_says_what_it_is_made_of(window, qtbot):
    try:
        evaluation = _show(window, qtbot, HOTPOT)
        label = window.plan_area.summary.legend.labels["acquisition"]
        QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), label.mapToGlobal(QPoint(2, 2))))
        pack = window.document.pack
        expected = acquisition_sentence(evaluation.plan, evaluation.scenario, pack, text.words(pack),
                                        staff_only(evaluation.scenario))
        assert "35,280" in expected  # (120,000 × 98% × 30%: the sum the client multiplies out)
        assert label.toolTip() == expected
    finally:
        window.force_desk_compact(None)


def test_the_keys_fees_say_what_they_leave_out_and_no_point_to_watch_does(window, qtbot):
    """WeChat Pay's fee on each payment, in no plan's cost, stood as a "⚠" beside every plan that takes payments, and
    took a line of a laptop's desk; it is a note on the fees, where the handout says it under its split."""
    try:
        evaluation = _show(window, qtbot, HOTPOT)
        (note,) = [r for r in evaluation.warnings if r.template == R.WARN_PAY_FEE]
        summary = window.plan_area.summary
        said = text.render_reason(note, window.document.pack)
        assert said not in summary.warnings_label.text()
        label = summary.legend.labels["fees"]
        QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), label.mapToGlobal(QPoint(2, 2))))
        assert label.toolTip() == said
    finally:
        window.force_desk_compact(None)
