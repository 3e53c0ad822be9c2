"""A text field holding a lone surrogate (half of a character, which a JSON escape can write as "lo\\ud800ne") fails
its row of a CSV output, in a sentence naming the field: accepted, the name went to the CSV as the six letters
\\ud800, and read back from it as another name. JSON gives it back exactly (the same escape), so JSON outputs keep it,
as `evaluate FILE --json` always has (tests/hostile/test_hostile_scenarios.py)."""

from __future__ import annotations

import csv
import io
import json

from wxdesk.cli import main

SAID = ("Field 'name' holds \\ud800, half of a character (a lone surrogate), which a CSV file cannot hold; remove it "
        "or write the whole character, or give --format jsonl, which keeps it.")
LINES = '{"name": "plain"}\n{"name": "lo\\ud800ne"}\n{"client": "\\udc80"}\n'


def test_a_csv_row_with_a_lone_surrogate_fails_and_the_others_are_written(tmp_path, capsys):
    table = tmp_path / "in.jsonl"
    table.write_text(LINES, encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["evaluate", str(table), "-q", "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"wxdesk: 2 of 3 rows failed; the first: {table} line 2: {SAID}\n"
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(row["name"], row["error"]) for row in rows[:2]] == [("plain", ""), ("", f"{table} line 2: {SAID}")]
    assert "Field 'client' holds \\udc80" in rows[2]["error"] and "\\udc80" not in rows[2]["client"]
    # Read again, the failed rows fail again for their reason; none becomes a scenario named "lo\ud800ne".
    assert main(["evaluate", str(out), "-q", "--format", "jsonl"]) == 2
    again = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["error"] is None for row in again] == [True, False, False]
    assert "lone surrogate" in again[1]["error"]


def test_json_lines_give_it_back_exactly(tmp_path, capsys):
    table = tmp_path / "in.jsonl"
    table.write_text(LINES, encoding="utf-8")
    assert main(["evaluate", str(table), "-q", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["inputs"]["name"] for row in rows[:2]] == ["plain", "lo\ud800ne"]
    assert rows[2]["inputs"]["client"] == "\udc80"
