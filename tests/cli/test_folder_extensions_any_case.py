"""A folder's scenario files are found whatever the case of their extension, as a file named on its own is read:
a folder of X.JSON files (as Windows and macOS tools export them) was "a folder with no scenario files", and in a
folder with a.json and b.JSON the batch had no row for b.JSON and said nothing of it."""

import json

from wxdesk.batch.sources import folder_entries
from wxdesk.cli import main
from wxdesk.engine import Scenario


def _scenario(path, name):
    path.write_text(Scenario(name=name).to_json(), encoding="utf-8")


def test_upper_case_extensions_are_scenario_files(tmp_path):
    _scenario(tmp_path / "a.json", "a")
    _scenario(tmp_path / "B.JSON", "b")
    _scenario(tmp_path / "c.Json", "c")
    (tmp_path / "notes.JSONL").write_text("", encoding="utf-8")
    (tmp_path / "README.txt").write_text("", encoding="utf-8")
    assert [path.name for path, _ in folder_entries(tmp_path)] == ["B.JSON", "a.json", "c.Json"]


def test_a_folder_of_upper_case_files_is_evaluated(tmp_path, capsys):
    folder = tmp_path / "d"
    folder.mkdir()
    _scenario(folder / "X.JSON", "x")
    _scenario(folder / "a.json", "a")
    assert main(["evaluate", str(folder), "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["inputs"]["name"] for row in rows] == ["x", "a"]
