"""The document keeps the answers to the scenarios it showed last: a revisited scenario (a drag back
over values it passed, an undo, a redo) is answered without asking the engine again, with exactly the
answer the engine gives."""

import datetime as dt
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wxdesk.engine import Scenario, evaluate
from wxdesk.ui import document as document_module
from wxdesk.ui.document import RECENT_ANSWERS, ScenarioDocument

pytestmark = pytest.mark.gui


@pytest.fixture
def asked(monkeypatch):
    """The scenarios the engine was asked about, in order."""
    questions: list[Scenario] = []

    def counting(scenario, pack, today=None):
        questions.append(scenario)
        return evaluate(scenario, pack, today)

    monkeypatch.setattr(document_module, "_evaluator", lambda: counting)
    return questions


def test_a_drag_back_over_values_it_passed_asks_the_engine_once_per_value(qapp, pack, asked):
    document = ScenarioDocument(pack=pack)
    values = [20_500 + 5_000 * step for step in range(10)]
    document.begin_drag("audience")
    for audience in values + values[::-1] + values:
        document.update(audience=audience)
    document.end_drag()
    assert [s.audience for s in asked] == [Scenario().audience, *values]
    assert document.evaluation == evaluate(document.scenario, pack)


def test_undo_and_redo_show_the_answers_found_before(qapp, pack, asked):
    document = ScenarioDocument(pack=pack)
    document.update(budget_cny=700_000)
    shown = document.evaluation
    document.undo_stack.undo()
    document.undo_stack.redo()
    assert document.evaluation is shown
    assert len(asked) == 2


def test_the_oldest_answer_goes_beyond_the_limit(qapp, pack, asked):
    document = ScenarioDocument(pack=pack)
    for step in range(RECENT_ANSWERS + 1):
        document.update(audience=1_000 + step)
    asked.clear()
    document.update(audience=1_000 + RECENT_ANSWERS)  # the newest: kept
    document.update(audience=Scenario().audience)  # the oldest, pushed out
    assert [s.audience for s in asked] == [Scenario().audience]


def test_another_pack_asks_again(qapp, pack, asked):
    document = ScenarioDocument(pack=pack)
    document.update(budget_cny=700_000)
    other = pack.with_overrides({"usd_cny": {"low": 6, "likely": 6, "high": 6}})
    document.set_pack(other)
    asked.clear()
    document.undo_stack.undo()
    assert asked == [Scenario()]
    assert document.evaluation == evaluate(Scenario(), other)


def test_a_date_to_be_live_by_is_answered_again_on_another_day(qapp, pack, asked, monkeypatch):
    document = ScenarioDocument(pack=pack)
    document.update(live_by="2027-03-01")
    document.update(audience=30_000)
    asked.clear()

    class Tomorrow(dt.date):
        @classmethod
        def today(cls):
            return dt.date.today() + dt.timedelta(days=1)

    # The document's own name for the datetime module, not the module itself (shared by everything).
    monkeypatch.setattr(document_module, "dt", SimpleNamespace(date=Tomorrow))
    document.undo_stack.undo()
    assert [s.audience for s in asked] == [Scenario().audience], "the day is part of the question"
    asked.clear()
    document.undo_stack.undo()  # back to no date: the day does not enter the question
    assert asked == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["audience", "budget_cny", "interaction_minutes"]),
                          st.integers(min_value=0, max_value=6)), min_size=1, max_size=30))
def test_every_answer_shown_is_the_engines_for_the_scenario_shown(qapp, pack, moves):
    """Whatever the order of moves and revisits, the answer on screen is a fresh evaluation's."""
    values = {"audience": [500 + 40_000 * i for i in range(7)],
              "budget_cny": [100_000 + 300_000 * i for i in range(7)],
              "interaction_minutes": [1.0 + 5 * i for i in range(7)]}
    document = ScenarioDocument(pack=pack)
    for field, index in moves:
        document.update(**{field: values[field][index]})
        assert document.evaluation.scenario == document.scenario
    assert document.evaluation == evaluate(document.scenario, pack)
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        assert document.evaluation == evaluate(document.scenario, pack)
