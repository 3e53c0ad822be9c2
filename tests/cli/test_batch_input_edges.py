"""Inputs that once aborted a whole batch or were evaluated silently as something else: each now fails its own row
with one sentence, and the batch goes on."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.cli import main
from wxdesk.engine import Scenario


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "wxdesk", *args], capture_output=True, text=True, timeout=300,
                          input=stdin)


def test_a_lone_surrogate_in_a_name_is_kept_by_json_and_fails_its_csv_row_and_the_batch_goes_on(tmp_path, capsys):
    """JSON writes it as its escape, which reads back as it was; a CSV cannot hold it (written as the letters
    \\ud800, it read back as another name), so there its row fails (tests/cli/test_lone_surrogate_refused.py)."""
    table = tmp_path / "sur.jsonl"
    table.write_text('{"name": "ok"}\n{"name": "\\ud800"}\n', encoding="utf-8")
    for fmt in ("jsonl", "json"):
        out = tmp_path / f"res.{fmt}"
        assert main(["evaluate", str(table), "-o", str(out)]) == 0, capsys.readouterr().err
        text = out.read_text(encoding="utf-8")
        assert "\\ud800" in text and "ok" in text
    out = tmp_path / "res.csv"
    assert main(["evaluate", str(table), "-o", str(out)]) == 2
    assert "1 of 2 rows failed" in capsys.readouterr().err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["name"] for row in rows] == ["ok", ""] and "lone surrogate" in rows[1]["error"]


def test_an_overrides_cell_nested_thousands_deep_fails_its_row_alone(tmp_path, capsys):
    deep = '{"a":' * 3000 + "1" + "}" * 3000
    table = tmp_path / "ov.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["name", "overrides"], ["A", ""], ["D", deep], ["E", ""]])
    out = tmp_path / "res.csv"
    assert main(["evaluate", str(table), "-o", str(out)]) == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [row["error"] for row in rows] == ["", f"{table} line 3: Column 'overrides' nests too deeply to be a set "
                                              "of figures.", ""]
    assert "1 of 3 rows failed" in capsys.readouterr().err
    from wxdesk.paths import resource_path
    pack = str(resource_path("datapack.toml"))
    assert main(["diff-pack", pack, pack, str(table), "-q"]) == 2
    captured = capsys.readouterr()
    assert "0 of 2 scenarios change their answer" in captured.out and "1 of 3 scenarios could not" in captured.err


def test_a_document_on_stdin_nested_too_deeply_is_one_failed_row():
    result = run("evaluate", "-", stdin="[" * 5000 + "]" * 5000)
    assert result.returncode == 2 and "internal error" not in result.stderr
    assert json.loads(result.stdout)["error"] == "stdin nests too deeply to be a wxdesk scenario."


@pytest.mark.parametrize("row, cells", [("A,1000,50", 3), ("A,1000,50,sell", 4), ("A", 1)])
def test_a_short_csv_row_fails_as_a_long_one_does(tmp_path, capsys, row, cells):
    table = tmp_path / "ragged.csv"
    table.write_text(f"name,budget_cny,audience,goals,needs\n{row}\nC,1000,50,sell,\n", encoding="utf-8")
    out = tmp_path / "res.csv"
    assert main(["evaluate", str(table), "-o", str(out)]) == 2
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    noun = "cell" if cells == 1 else "cells"
    assert rows[0]["error"] == f"{table} line 2: the row has {cells} {noun} but the header names 5 columns."
    assert rows[1]["error"] == ""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and symbolic links")
def test_every_json_entry_of_a_folder_that_is_not_a_file_is_a_failed_row(tmp_path, capsys):
    folder = tmp_path / "weird"
    folder.mkdir()
    (folder / "ok.json").write_text(Scenario(name="ok").to_json(), encoding="utf-8")
    (folder / "broken.json").symlink_to("nowhere.json")
    (folder / "dir.json").mkdir()
    os.mkfifo(folder / "fifo.json")
    (folder / "loopy.json").symlink_to("loopy.json")
    (folder / "notes.txt").write_text("not a scenario", encoding="utf-8")
    out = tmp_path / "res.csv"
    assert main(["evaluate", str(folder), "-o", str(out)]) == 2
    errors = {row["source"]: row["error"] for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}
    assert errors == {
        f"{folder}/broken.json": f"{folder}/broken.json is a link to nowhere.json, which does not exist.",
        f"{folder}/dir.json": f"{folder}/dir.json is a folder, not a scenario file; wxdesk reads only the files of "
                              "a folder, not its folders.",
        f"{folder}/fifo.json": f"{folder}/fifo.json is not a regular file (it is a device, a pipe or a socket), so "
                               "wxdesk does not read it.",
        f"{folder}/loopy.json": f"{folder}/loopy.json is a symbolic link that leads round in a loop, so it is not "
                                "read.",
        f"{folder}/ok.json": ""}
    assert "4 of 5 rows failed" in capsys.readouterr().err


@settings(max_examples=40, deadline=None)
@given(st.floats(min_value=0, max_value=2, allow_nan=False).filter(lambda v: v > 1))
def test_a_value_just_out_of_range_is_shown_apart_from_its_limit(value):
    from wxdesk.engine import ScenarioError, scenario_from_dict
    data = {**Scenario().to_dict(), "china_share": value}
    with pytest.raises(ScenarioError) as caught:
        scenario_from_dict(data)
    shown = str(caught.value).rsplit("not ", 1)[1].rstrip(".")
    assert shown != "1" and float(shown) > 1


@pytest.mark.parametrize("word, said", [
    ("frobnicate", "unknown command 'frobnicate'; the commands are evaluate, presets, report, share, compare, "
                   "changes, template, schema, sensitivity, flips, diff-pack (see 'wxdesk --help')"),
    ("evalute", "unknown command 'evalute'; did you mean 'evaluate'? (see 'wxdesk --help')"),
])
def test_an_unknown_command_is_named_as_one(tmp_path, word, said):
    """In a process of its own, with no display: `wxdesk frobnicate` was taken for a file to open in the window."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    for args in ([word], [word, "t.json"]):
        result = subprocess.run([sys.executable, "-m", "wxdesk", *args], capture_output=True, text=True, timeout=120,
                                cwd=tmp_path, env=env)
        assert (result.returncode, result.stderr) == (2, f"wxdesk: {said}.\n")


@pytest.mark.parametrize("command", [["report", "-", "-o", "x.pdf"], ["share", "-", "-o", "x.png"],
                                     ["compare", "-", "t.json"], ["sensitivity", "-"], ["flips", "-"],
                                     ["changes", "-"]])
def test_a_command_that_does_not_read_stdin_says_so(capsys, command):
    assert main(command) == 2
    err = capsys.readouterr().err
    assert f"'{command[0]}' does not read standard input (-); give a scenario file" in err
    assert "does not exist" not in err


NUMBER_COLUMNS = ("budget_cny", "audience", "interaction_minutes", "china_share", "pushes_per_month", "paid_share",
                  "overrides.app_build_cny")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(NUMBER_COLUMNS), st.sampled_from(["", "-", "+"]), st.integers(1, 9),
       st.integers(309, 100_000))
def test_a_cell_too_large_to_be_a_number_is_quoted_as_written(column, sign, digit, exponent):
    """A cell 1e400 was told "must be a finite number, not inf": a value the user never wrote."""
    from wxdesk.batch.sources import csv_rows
    cell = f"{sign}{digit}e{exponent}"
    [row] = list(csv_rows([f"name,{column}\n", f"A,{cell}\n"], "t.csv"))
    assert row.error == f"t.csv line 2: Column '{column}' holds {cell}, which is too large to be a number."


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["budget_cny", "audience", "overrides"]), st.integers(1, 9), st.integers(309, 100_000),
       st.sampled_from(["jsonl", "json", "array"]))
def test_a_json_number_too_large_to_be_one_is_quoted_as_written(field, digit, exponent, shape):
    """JSON 1e999 read as infinity, and the row said "must be a finite number, not inf"."""
    from wxdesk.batch.sources import stdin_rows
    written = f"{digit}.5e{exponent}"
    value = f'{{"app_build_cny": {written}}}' if field == "overrides" else written
    line = f'{{"name": "A", "{field}": {value}}}'
    text = {"jsonl": line + "\n", "json": line.replace(", ", ",\n"), "array": f"[{line}]"}[shape]
    [row] = list(stdin_rows(None, io.StringIO(text)))
    named = "overrides.app_build_cny" if field == "overrides" else field
    assert row.error.endswith(f"Field '{named}' holds {written}, which is too large to be a number.")
    assert "inf" not in json.dumps(row.given).lower()  # its echo as written, not "Infinity"


@pytest.mark.parametrize("cell", ["inf", "-Infinity", "nan"])
def test_a_cell_that_names_no_finite_number_is_quoted(cell):
    from wxdesk.batch.sources import csv_rows
    [row] = list(csv_rows(["name,budget_cny\n", f"A,{cell}\n"], "t.csv"))
    assert row.error == f't.csv line 2: Column \'budget_cny\' must be a finite number, not "{cell}".'


def test_an_overrides_cell_too_large_is_named_in_its_column():
    from wxdesk.batch.sources import csv_rows
    table = ["name,overrides\n", 'A,"{""app_build_cny"": {""low"": 1, ""likely"": 1e999, ""high"": 2}}"\n']
    [row] = list(csv_rows(table, "t.csv"))
    assert row.error == ("t.csv line 2: In column 'overrides', 'app_build_cny.likely' holds 1e999, which is too "
                         "large to be a number.")
