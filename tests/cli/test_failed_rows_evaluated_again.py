"""A results file evaluated again (docs/command-line.md: "last quarter's results.csv can be evaluated again as it
is") fails each row that failed the first time, for the reason it failed then.

Why: a row that failed for its cell count or for a byte that is not UTF-8 is written with every input cell empty,
and read again as a row of defaults it "succeeded" (plan subscription, 57.5, exit 0), an answer nobody asked for;
a failed row's cells echoed as text in JSON Lines were read again as JSON ("Field 'budget_cny' must be a number,
not the text "60000"", of a row that failed on its interaction_minutes "inf"), and a short row's list of cells as
"Field 'row' is not part of a wxdesk scenario."
"""

import json
import re

import pytest

from wxdesk.batch.sources import csv_rows
from wxdesk.cli import main

HEADER = b"name,budget_cny,interaction_minutes,audience,china_share\n"
ROWS = [
    b"Good,60000,3,50000,0.9\n",
    b"Short,60000\n",  # too few cells
    b"Long,60000,3,50000,0.9,7\n",  # too many
    b"Caf\xe9,60000,3,50000,0.9\n",  # Latin-1, not UTF-8
    b"Lots,lots,3,50000,0.9\n",
    b"Endless,60000,inf,50000,0.9\n",
    b"Huge,60000,3,1e400,0.9\n",
    b"Below,60000,3,50000,-inf\n",
    b"Whole,60000,3,50000,0.9\n",
]


def _errors(path):
    """The error of every row of a results file (None where it succeeded), in row order."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".csv":
        import csv
        return [row["error"] or None for row in csv.DictReader(text.splitlines())]
    if path.suffix == ".json":
        return [row["error"] for row in json.loads(text)]
    return [json.loads(line)["error"] for line in text.splitlines()]


def _said(error, source):
    """An error without its location (the file and line it names)."""
    found = re.match(rf"{re.escape(source)}( line \d+|\[\d+\]|:\d+)?: ", error)
    assert found, (error, source)
    return error[found.end():]


@pytest.mark.parametrize("first", ["csv", "jsonl", "json"])
@pytest.mark.parametrize("again", ["csv", "jsonl"])
def test_a_failed_row_fails_again_for_its_own_reason(tmp_path, first, again):
    table = tmp_path / "in.csv"
    table.write_bytes(HEADER + b"".join(ROWS))
    results, results2 = tmp_path / f"res.{first}", tmp_path / f"again.{again}"
    assert main(["evaluate", str(table), "-o", str(results), "-q"]) == 2
    before = _errors(results)
    assert [e is None for e in before] == [True] + [False] * 7 + [True]

    assert main(["evaluate", str(results), "-o", str(results2), "-q"]) == 2
    after = _errors(results2)
    assert [e is None for e in after] == [e is None for e in before]
    for row, (earlier, later) in enumerate(zip(before, after, strict=True), start=2):
        if earlier is None:
            continue
        reason, reread = _said(earlier, str(table)), _said(later, str(results))
        if reason.startswith(("the row has", "the line is not UTF-8")):
            # No cells to read again: the row says so, with the reason it failed for before.
            said = f"the row gives no scenario, as it failed when it was evaluated before ({earlier[:-1]})."
            assert reread == said, (row, later)
        else:
            assert reread == reason, (row, later)


def test_a_row_of_empty_scenario_cells_is_no_scenario(tmp_path):
    """In a fresh table too: a row whose scenario cells are all empty (its format column alone filled) is not the
    template's scenario; a blank line (every cell empty) is still skipped."""
    rows = list(csv_rows(["format,name,budget_cny\n", "wxdesk-scenario,,\n", ",,\n", "wxdesk-scenario,A,1\n"],
                         "t.csv"))
    assert [r.error for r in rows] == [
        "t.csv line 2: the row gives no scenario: every one of its scenario cells is empty.", None]
    assert rows[1].data["name"] == "A"


def test_a_failed_json_row_whose_inputs_are_no_object_fails_as_before(tmp_path, capsys):
    row = {"row": 4, "source": "x.jsonl:4", "error": "x.jsonl line 4: The line is not valid JSON (column 2: "
           "expecting value).", "inputs": "{oops"}
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert main(["evaluate", str(path), "--format", "jsonl", "-q"]) == 2
    errors = [json.loads(line)["error"] for line in capsys.readouterr().out.splitlines()]
    assert errors == [f"{path} line 1: the row gives no scenario, as it failed when it was evaluated before "
                              "(x.jsonl line 4: The line is not valid JSON (column 2: expecting value))."]
