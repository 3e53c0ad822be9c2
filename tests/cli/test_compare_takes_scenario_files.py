"""`compare` given a table: the sentence says that compare takes scenario files, and names the table.

`compare t.json table.csv` said "table.csv: The file is not valid JSON (line 1, column 1: expecting value).", as if
a scenario file were broken."""

from __future__ import annotations

import pytest

from wxdesk.batch.template import csv_template, json_template
from wxdesk.cli import main


@pytest.mark.parametrize("name, table, kind", [
    ("leads.csv", csv_template(), "a CSV table"),
    ("grid.jsonl", '{"name": "a"}\n{"name": "b"}\n', "a JSON Lines table"),
    ("GRID.NDJSON", '{"name": "a"}\n', "a JSON Lines table"),
])
def test_a_table_given_to_compare_is_said_to_be_no_scenario_file(tmp_path, monkeypatch, capsys, name, table, kind):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.json").write_text(json_template(), encoding="utf-8")
    (tmp_path / name).write_text(table, encoding="utf-8")
    assert main(["compare", "t.json", name]) == 2
    err = capsys.readouterr().err
    assert err == (f"wxdesk: compare takes scenario files (.json), and {name} is {kind}; to evaluate its rows, "
                   f"give 'wxdesk evaluate {name}'.\n")


def test_a_broken_scenario_file_given_to_compare_is_still_said_to_be_broken(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.json").write_text(json_template(), encoding="utf-8")
    (tmp_path / "u.json").write_text("{", encoding="utf-8")
    assert main(["compare", "t.json", "u.json"]) == 2
    err = capsys.readouterr().err
    assert "u.json" in err and "not valid JSON" in err and "table" not in err


def test_a_list_of_scenarios_given_to_compare_points_to_evaluate(tmp_path, monkeypatch, capsys):
    """A JSON list of scenarios, which evaluate reads, said only "A scenario must be a JSON object, not a list."."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.json").write_text(json_template(), encoding="utf-8")
    (tmp_path / "both.json").write_text(f"[{json_template()}, {json_template()}]", encoding="utf-8")
    (tmp_path / "cut.json").write_text(f"[{json_template()},", encoding="utf-8")
    assert main(["compare", "t.json", "both.json"]) == 2
    assert capsys.readouterr().err == ("wxdesk: compare takes one scenario a file, and both.json holds a list of them; "
                                       "to evaluate them, give 'wxdesk evaluate both.json'.\n")
    assert main(["compare", "t.json", "cut.json"]) == 2  # broken, not a list: said as any broken file
    err = capsys.readouterr().err
    assert "cut.json" in err and "not valid JSON" in err and "list" not in err
    (tmp_path / "numbers.json").write_text("[1, 2, 3]", encoding="utf-8")  # a list, but of no scenarios
    assert main(["compare", "t.json", "numbers.json"]) == 2
    err = capsys.readouterr().err
    assert "JSON object" in err and "evaluate" not in err
