"""The document's undo history, drag merging, clean state, path and title."""

import pytest

from wxdesk.engine import Scenario, ScenarioError
from wxdesk.ui.document import ScenarioDocument

pytestmark = pytest.mark.gui


@pytest.fixture
def document(qapp, pack):
    return ScenarioDocument(pack=pack)


def test_each_edit_is_one_undo_step(document):
    document.update(budget_cny=800_000)
    document.update(audience=10_000)
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.scenario.audience == Scenario().audience
    assert document.scenario.budget_cny == 800_000
    document.undo_stack.undo()
    assert document.scenario == Scenario()
    document.undo_stack.redo()
    assert document.scenario.budget_cny == 800_000


def test_undo_of_a_slider_drag_restores_the_previous_value_in_one_step(document, qtbot):
    before = document.scenario.budget_cny
    document.begin_drag("budget_cny")
    for step in range(1, 101):
        document.update(budget_cny=before + step * 5_000)
    document.end_drag()
    assert document.scenario.budget_cny == before + 500_000
    assert document.undo_stack.count() == 1
    with qtbot.waitSignal(document.changed) as blocker:
        document.undo_stack.undo()
    assert document.scenario.budget_cny == before
    assert blocker.args[0].scenario.budget_cny == before
    assert not document.is_modified


def test_two_drags_of_the_same_slider_are_two_steps(document):
    for target in (600_000, 700_000):
        document.begin_drag("budget_cny")
        document.update(budget_cny=target - 50_000)
        document.update(budget_cny=target)
        document.end_drag()
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    assert document.scenario.budget_cny == 600_000


def test_other_fields_during_a_drag_are_their_own_steps(document):
    document.begin_drag("budget_cny")
    document.update(budget_cny=900_000)
    document.update(audience=1_000)
    document.update(budget_cny=950_000)
    document.end_drag()
    assert document.undo_stack.count() == 3


def test_dragging_back_to_the_start_leaves_nothing_to_undo(document):
    document.begin_drag("audience")
    document.update(audience=70_000)
    document.update(audience=Scenario().audience)
    document.end_drag()
    assert document.undo_stack.count() == 0
    assert not document.is_modified


def test_invalid_update_raises_and_changes_nothing(document):
    with pytest.raises(ScenarioError):
        document.update(china_share=2)
    assert document.undo_stack.count() == 0
    assert document.scenario == Scenario()


def test_modified_and_title_follow_edits_saves_and_undo(document, qtbot, tmp_path):
    assert not document.is_modified
    assert document.title() == "New scenario[*] — wxdesk"
    with qtbot.waitSignal(document.modified_changed) as blocker:
        document.update(name="Tea shop")
    assert blocker.args == [True]
    assert document.title() == "Tea shop[*] — wxdesk"
    with qtbot.waitSignal(document.path_changed):
        document.mark_saved(tmp_path / "tea.json")
    assert not document.is_modified
    assert document.path == tmp_path / "tea.json"
    # Saved to a file: the file's name first (it named only the scenario), and a question names the file.
    assert document.title() == "tea.json[*] — Tea shop — wxdesk"
    assert document.file_or_display_name() == "tea.json"
    document.update(budget_cny=1)
    assert document.is_modified
    document.undo_stack.undo()
    assert not document.is_modified, "undoing back to the saved state is clean again"
    document.undo_stack.undo()
    assert document.is_modified, "undoing past the save is a change"


def test_load_clears_history_and_sets_path(document, tmp_path):
    document.update(budget_cny=1)
    other = Scenario(name="Other", audience=123)
    document.load(other, tmp_path / "o.json")
    assert document.scenario == other
    assert document.undo_stack.count() == 0
    assert not document.is_modified
    assert document.path == tmp_path / "o.json"
    assert document.evaluation.scenario == other


def test_load_as_modified_stays_modified_until_saved(document, tmp_path):
    document.load(Scenario(name="Recovered"), None, modified=True)
    assert document.is_modified
    document.mark_saved(tmp_path / "r.json")
    assert not document.is_modified


def test_set_scenario_is_undoable(document):
    document.set_scenario(Scenario(name="Replaced", horizon_years=7))
    assert document.scenario.horizon_years == 7
    document.undo_stack.undo()
    assert document.scenario == Scenario()


def test_set_pack_re_evaluates_without_an_undo_step(document, qtbot, pack):
    from wxdesk.engine import evaluate
    document.update(budget_cny=700_000)
    other = pack.with_overrides({"usd_cny": {"low": 6, "likely": 6, "high": 6}})
    with qtbot.waitSignals([document.pack_changed, document.changed]):
        document.set_pack(other)
    assert document.pack is other
    assert document.evaluation == evaluate(document.scenario, other)
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert document.evaluation == evaluate(Scenario(), other), "undo evaluates with the pack in use"
