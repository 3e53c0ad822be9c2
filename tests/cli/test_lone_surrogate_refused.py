"""A text field holding a lone surrogate (half of a character, which a JSON escape can write as "lo\\ud800ne") is
refused in a sentence naming the field: accepted, the name went to the CSV as the six letters \\ud800, and read back
from it as another name. No UTF-8 file can hold the character itself, so refusing is the one way to write nothing
that does not read back as it was."""

from __future__ import annotations

import csv
import io
import json

from wxdesk.batch.template import json_template
from wxdesk.cli import main

SAID = ("Field 'name' holds \\ud800, half of a character (a lone surrogate), which no text file can hold; remove it, "
        "or write the whole character.")


def test_a_batch_row_with_a_lone_surrogate_fails_and_the_others_are_written(tmp_path, capsys):
    table = tmp_path / "in.jsonl"
    table.write_text('{"name": "plain"}\n{"name": "lo\\ud800ne"}\n{"client": "\\udc80"}\n', encoding="utf-8")
    out = tmp_path / "out.csv"
    assert main(["evaluate", str(table), "-q", "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"wxdesk: 2 of 3 rows failed; the first: {table} line 2: {SAID}\n"
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(row["name"], row["error"]) for row in rows[:2]] == [("plain", ""),
                                                                 ("lo\\ud800ne", f"{table} line 2: {SAID}")]
    assert rows[2]["error"].endswith("Field 'client' holds \\udc80, half of a character (a lone surrogate), which no "
                                     "text file can hold; remove it, or write the whole character.")


def test_a_scenario_file_with_one_is_refused_by_every_command(tmp_path, capsys):
    data = json.loads(json_template())
    data["name"] = "lo\ud800ne"
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")  # (ASCII: the surrogate as its JSON escape)
    for words in (["evaluate", str(path)], ["flips", str(path)], ["compare", str(path), str(path)],
                  ["report", str(path), "-o", str(tmp_path / "s.pdf")]):
        assert main(words) == 2, words
        captured = capsys.readouterr()
        assert (captured.out, captured.err) == ("", f"wxdesk: {path}: {SAID}\n"), words
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]
