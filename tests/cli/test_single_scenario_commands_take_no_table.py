"""Every command that takes one scenario file says, of a table or a list of scenarios, what compare says of one:
`flips all.jsonl` and `report all.jsonl -o x.pdf` said "all.jsonl: The file is not valid JSON (line 2, column 1:
extra data).", `sensitivity leads.csv` "(line 1, column 1: expecting value)", as if a scenario file were broken."""

from __future__ import annotations

import pytest

from wxdesk.batch.template import csv_template, json_template
from wxdesk.cli import main

TABLES = [("leads.csv", csv_template(), "a CSV table"), ("all.jsonl", '{"name": "a"}\n{"name": "b"}\n',
                                                          "a JSON Lines table")]
COMMANDS = [["sensitivity"], ["flips"], ["report", "-o", "x.pdf", "--lang", "en"], ["share", "-o", "x.png"],
            ["changes"], ["sensitivity", "--json"]]


@pytest.mark.parametrize("name, table, kind", TABLES)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda words: " ".join(words))
def test_a_table_given_for_one_scenario_is_said_to_be_a_table(tmp_path, monkeypatch, capsys, name, table, kind,
                                                              command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(table, encoding="utf-8")
    assert main([command[0], name, *command[1:]]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (f"wxdesk: {command[0]} takes a scenario file (.json), and {name} is {kind}; to evaluate "
                            f"its rows, give 'wxdesk evaluate {name}'.\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no handout, no image


@pytest.mark.parametrize("command", COMMANDS, ids=lambda words: " ".join(words))
def test_a_list_of_scenarios_given_for_one_points_to_evaluate(tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "both.json").write_text(f"[{json_template()}, {json_template()}]", encoding="utf-8")
    assert main([command[0], "both.json", *command[1:]]) == 2
    assert capsys.readouterr().err == (f"wxdesk: {command[0]} takes one scenario, and both.json holds a list of them; "
                                       "to evaluate them, give 'wxdesk evaluate both.json'.\n")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda words: " ".join(words))
def test_a_broken_scenario_file_is_still_said_to_be_broken(tmp_path, monkeypatch, capsys, command):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "u.json").write_text("{", encoding="utf-8")
    (tmp_path / "rows.csv").mkdir()  # a folder named as a table: no table, said as the reader says it
    assert main([command[0], "u.json", *command[1:]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("wxdesk: u.json: The file is not valid JSON") and "table" not in err
    assert main([command[0], "rows.csv", *command[1:]]) == 2
    err = capsys.readouterr().err
    assert "rows.csv is a folder" in err and "table" not in err
