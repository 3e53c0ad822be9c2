"""A key given twice in one JSON object is refused in one sentence naming it, wherever a scenario is read as JSON (a
scenario file, by the command line and the window alike; a JSON Lines line; an item of a JSON array; the CSV
`overrides` column). Python keeps the last silently: `"budget_cny": 0, "budget_cny": 900000` read as ¥900,000,
where scenario files are strict and a table's column named twice is refused."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk import errors
from wxdesk.cli import main
from wxdesk.engine import Scenario, ScenarioError, read_scenario_file, scenario_from_json
from wxdesk.engine.files import ScenarioFileError
from wxdesk.engine.scenario import FIELD_NAMES

REMOVE = "a scenario gives each value once, so remove the one not meant."


def _twice(field, first):
    """A complete scenario file's text giving `field` twice, `first` before its own value."""
    text = Scenario().to_json()
    head = f'"{field}": '
    assert text.count(head) == 1
    return text.replace(head, f"{head}{json.dumps(first)}, {head}", 1)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(FIELD_NAMES), st.sampled_from([0, 900000, "x", None, [], {}]))
def test_any_field_given_twice_is_refused_naming_it(field, first):
    with pytest.raises(ScenarioError) as refused:
        scenario_from_json(_twice(field, first))
    assert str(refused.value) == f"The file gives '{field}' twice; {REMOVE}"
    assert refused.value.field == field


def test_a_figure_given_twice_is_named_where_it_stands():
    text = Scenario().to_json().replace('"overrides": {}', '"overrides": {"mp_build_cny": {"low": 1, "low": 2, '
                                        '"likely": 3, "high": 4}}')
    with pytest.raises(ScenarioError) as refused:
        scenario_from_json(text)
    assert str(refused.value) == f"The file gives 'low' twice in 'overrides.mp_build_cny'; {REMOVE}"
    assert refused.value.field == "overrides"


def test_the_command_line_and_the_window_refuse_the_file(tmp_path, capsys):
    path = tmp_path / "dup.json"
    path.write_text(_twice("budget_cny", 0), encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    assert capsys.readouterr().err == f"wxdesk: {path}: The file gives 'budget_cny' twice; {REMOVE}\n"
    with pytest.raises(ScenarioFileError) as refused:
        read_scenario_file(path)
    # The window says the file gives the field twice, in its own words (wxdesk.words.file_problems): "its value for
    # 'Budget' is not one wxdesk can use" had sent the user looking for a wrong number.
    assert (refused.value.problem.kind, refused.value.problem.detail) == (errors.REPEATED_VALUE, "budget_cny")


def test_a_line_an_item_and_an_overrides_cell_giving_a_key_twice_fail_alone(tmp_path, capsys):
    (tmp_path / "d.jsonl").write_text('{"budget_cny": 0, "budget_cny": 900000}\n{"audience": 5}\n', encoding="utf-8")
    (tmp_path / "d.json").write_text('[{"audience": 5}, {"goals": [], "goals": ["sell"]}]', encoding="utf-8")
    (tmp_path / "d.csv").write_text('name,overrides\nA,"{""mp_build_cny"":1,""mp_build_cny"":2}"\nB,\n',
                                    encoding="utf-8")
    assert main(["evaluate", *(str(tmp_path / n) for n in ("d.jsonl", "d.json", "d.csv")), "--format", "jsonl",
                 "-q"]) == 2
    errors_ = [json.loads(line)["error"] for line in capsys.readouterr().out.splitlines()]
    assert errors_ == [f"{tmp_path / 'd.jsonl'} line 1: The line gives 'budget_cny' twice; {REMOVE}", None,
                       None, f"{tmp_path / 'd.json'} item 2: The item gives 'goals' twice; {REMOVE}",
                       f"{tmp_path / 'd.csv'} line 2: Column 'overrides' gives 'mp_build_cny' twice; {REMOVE}", None]



@pytest.mark.parametrize("table", [
    'name,overrides,overrides.app_build_cny\nA,"{""app_build_cny"":90000}",100000\nB,,7\n'
    'C,"{""app_build_cny"":8}",\nD,"{""mp_build_cny"":8}",9\n',
    'overrides.app_build_cny,overrides,name\n5000;6000;7000,"{""app_build_cny"":{""low"":1,""likely"":2,""high"":3}}",'
    'A\n7,,B\n,"{""app_build_cny"":8}",C\n9,"{""mp_build_cny"":8}",D\n',
])
def test_a_figure_in_the_overrides_cell_and_in_its_own_column_fails_naming_both(tmp_path, capsys, table):
    """A figure given in the `overrides` column and in its own overrides.app_build_cny column was read with one of
    the two values dropped, whichever column stood to the left, and exit status 0; the same figure twice inside the
    cell was refused. Each alone, or the cell giving another figure, is read."""
    path = tmp_path / "both.csv"
    path.write_text(table, encoding="utf-8")
    assert main(["evaluate", str(path), "--format", "jsonl", "-q"]) == 2
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["error"] for r in rows] == [
        f"{path} line 2: Column 'overrides' and column 'overrides.app_build_cny' both give 'app_build_cny'; {REMOVE}",
        None, None, None]
    assert [r["inputs"]["overrides"] for r in rows[1:]] == [
        {"app_build_cny": {"low": 7, "likely": 7, "high": 7}}, {"app_build_cny": {"low": 8, "likely": 8, "high": 8}},
        {"app_build_cny": {"low": 9, "likely": 9, "high": 9}, "mp_build_cny": {"low": 8, "likely": 8, "high": 8}}]
