"""A JSON Lines line's error is told at its column on that line: `{"name":"D"` (cut off at its end) was told at
"column 1", the place Python's parser gave for the start of the next line, since the line was parsed with its line
break."""

import pytest

from wxdesk.batch.sources import jsonl_rows


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r", ""])
@pytest.mark.parametrize("line, said", [
    ('{"name":"D"', "column 12: the JSON ends too soon, as if cut short"),
    ('{"name": "D", "audience": }', "column 27: expecting a value here"),
    ('{"name": "D"} x', "column 15: text after the end of the JSON value; delete it"),
    ('{"name":"D",', "column 13: the JSON ends too soon, as if cut short"),
])
def test_a_lines_error_is_told_at_its_own_column(line, said, ending):
    rows = list(jsonl_rows([line + ending, '{"name": "E"}\n'], "t.jsonl"))
    assert rows[0].error == f"t.jsonl line 1: The line is not valid JSON ({said})."
    assert rows[1].error is None and rows[1].data["name"] == "E"
