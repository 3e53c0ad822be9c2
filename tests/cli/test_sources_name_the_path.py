"""A row's source and its error name the file by its path as the command line gave it: `evaluate q1 q2` gave
`g.json[1]` for rows of both q1/g.json and q2/g.json, `evaluate r1/leads.csv r2/leads.csv` gave `leads.csv:2`
twice, and a broken q1/b.json was told as "b.json: The file contains NaN…", which of the two unsaid."""

import csv
import io
import json
from cli_in_process import run_here

from wxdesk.engine import Scenario


def _run(cwd, *args):
    return run_here(*args, cwd=cwd)  # (in the test's process, its standard input empty: tests/cli_in_process.py)


def _two_folders(root):
    for folder, bad in (("q1", '"budget_cny": NaN'), ("q2", '"audience": -5')):
        (root / folder).mkdir()
        good = Scenario(name=f"from {folder}").to_dict()
        (root / folder / "g.json").write_text(json.dumps([good, good]), encoding="utf-8")
        text = json.dumps(Scenario().to_dict())
        key = bad.split(":")[0]
        start = text.index(key)
        end = text.index(",", start)
        (root / folder / "b.json").write_text(text[:start] + bad + text[end:], encoding="utf-8")
    for folder in ("r1", "r2"):
        (root / folder).mkdir(exist_ok=True)
        (root / folder / "leads.csv").write_text("name,audience\nA,100\nB,lots\n", encoding="utf-8")


def test_same_named_files_of_two_folders_are_told_apart(tmp_path):
    _two_folders(tmp_path)
    result = _run(tmp_path, "evaluate", "q1", "q2", "r1/leads.csv", "r2/leads.csv", "--format", "csv")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["source"] for r in rows] == [
        "q1/b.json", "q1/g.json[1]", "q1/g.json[2]", "q2/b.json", "q2/g.json[1]", "q2/g.json[2]",
        "r1/leads.csv:2", "r1/leads.csv:3", "r2/leads.csv:2", "r2/leads.csv:3"]
    errors = {r["source"]: r["error"] for r in rows if r["error"]}
    assert errors["q1/b.json"].startswith("q1/b.json: The file contains NaN")
    assert errors["q2/b.json"].startswith("q2/b.json: Field 'audience' must be")
    assert errors["r1/leads.csv:3"].startswith("r1/leads.csv line 3: Column 'audience' must be a number")
    assert errors["r2/leads.csv:3"].startswith("r2/leads.csv line 3: Column 'audience' must be a number")
    assert "the first: q1/b.json: The file contains NaN" in result.stderr


def test_a_scenario_file_alone_and_diff_pack_name_it_by_its_path(tmp_path):
    _two_folders(tmp_path)
    alone = _run(tmp_path, "evaluate", "q2/b.json")
    assert (alone.returncode, alone.stdout) == (2, "")
    assert alone.stderr.startswith("wxdesk: q2/b.json: Field 'audience' must be"), alone.stderr
    flips = _run(tmp_path, "flips", "q1/b.json")
    assert flips.stderr.startswith("wxdesk: q1/b.json: The file contains NaN"), flips.stderr
    from wxdesk.paths import resource_path
    pack = str(resource_path("datapack.toml"))
    diff = _run(tmp_path, "diff-pack", pack, pack, "q1", "r2/leads.csv", "--json", "-q")
    assert diff.returncode == 2, diff.stderr
    failed = {entry["source"]: entry["error"] for entry in json.loads(diff.stdout)["failed"]}
    assert failed == {"q1/b.json": "q1/b.json: The file contains NaN, which is not a number a scenario can use.",
                      "r2/leads.csv:3": "r2/leads.csv line 3: Column 'audience' must be a number, not \"lots\"."}
