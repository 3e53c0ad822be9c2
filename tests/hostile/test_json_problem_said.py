"""A broken JSON file or line is told where and what, in words that end: "(line 1, column 149: unterminated string
starting here)", where Python's own message ends "starting at" and the place it names is the line and column said
before it (engine.reading.json_problem)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from wxdesk.engine.reading import json_problem


@pytest.mark.parametrize(("text", "said"), [('{"name": "a', "unterminated string starting here"),
                                            ('{"name": "a\n"}', "invalid control character here"),
                                            ('{"name": }', "expecting value")])
def test_pythons_json_messages_are_said_to_their_end(text, said):
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    assert json_problem(caught.value) == said


def test_a_cut_off_scenario_file_and_a_broken_table_line_say_where_and_what(tmp_path):
    cut = tmp_path / "cut.json"
    cut.write_text('{"name": "a', encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"name": "a", "audience": "x\n', encoding="utf-8")
    for path, said in ((cut, "(line 1, column 10: a text in double quotes starts here and its closing quote is "
                              "missing)."),
                       # (The line cut off inside a string: told as the file is, at the string's start. Parsed with
                       # its line break, the break itself was "column 29: invalid control character".)
                       (rows, "(column 27: a text in double quotes starts here and its closing quote is missing).")):
        done = subprocess.run([sys.executable, "-m", "wxdesk", "evaluate", str(path), "-q"], capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 2 and said in done.stderr and "Traceback" not in done.stderr, done.stderr
