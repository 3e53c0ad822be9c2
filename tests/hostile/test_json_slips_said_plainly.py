"""A JSON slip is said in plain words at its place, not in Python's parser's: jq's output of two scenarios read
"extra data", two exports joined with `cat` "unexpected utf-8 bom (decode using utf-8-sig)", and a comma before } or
in 1,000 "expecting property name enclosed in double quotes", which blames a name that is not the problem."""

import json

import pytest

from wxdesk.batch.sources import json_document_rows, jsonl_rows
from wxdesk.cli import main
from wxdesk.engine.reading import json_said


@pytest.mark.parametrize("text, said", [
    ('{\n  "name": "a"\n}\n{\n  "name": "b"\n}\n', "a second JSON value starts here; give one scenario on each line "
     "(JSON Lines, as `jq -c` writes them) or all of them inside [ ], separated by commas"),
    ('\ufeff{"name": "b"}', "an invisible byte-order mark, which some programs put at the start of a file; save it "
     "without one, or delete the character"),
    ('{"name": "a"}\n\ufeff{"name": "b"}', "an invisible byte-order mark, which some programs put at the start of a "
     "file; save it without one, or delete the character"),
    ('{"name": "b",}', "a comma after the last entry, which JSON does not allow; delete it"),
    ('{"goals": ["sell",]}', "a comma after the last entry, which JSON does not allow; delete it"),
    ('{"name": "d", "budget_cny": 1,000}', "a number written with a comma; write 1000, not 1,000"),
    ('{"name": "c"} // note', "a comment, which JSON does not allow; delete it"),
    ('{"name": "c"}\nWeChat plan for c', "text after the end of the JSON value; delete it"),
    ("{'name': 'a'}", "text in single quotes; JSON writes names and texts in double quotes"),
    ('{name: "a"}', "a name without double quotes; JSON writes every name in double quotes"),
    ('{"name": "a" "audience": 5}', "a comma missing between two entries"),
    ('{"name": "a', "a text in double quotes starts here and its closing quote is missing"),
    ('{"name": ', "the JSON ends too soon, as if cut short"),
])
def test_each_slip_is_said_in_plain_words(text, said):
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    told = json_said(caught.value)
    assert told == said
    assert "utf-8-sig" not in told and "property name" not in told and told != "extra data"


def test_jqs_pretty_output_on_standard_input_is_told_how_to_give_it():
    (row,) = json_document_rows('{\n  "name": "a",\n  "audience": 5\n}\n{\n  "name": "b"\n}\n', "stdin")
    assert row.error == ("stdin is not valid JSON (line 5, column 1: a second JSON value starts here; give one "
                         "scenario on each line (JSON Lines, as `jq -c` writes them) or all of them inside [ ], "
                         "separated by commas).")


def test_a_byte_order_mark_at_the_start_of_a_later_line_is_skipped():
    """Two exports joined with `cat`: the second one's mark is at the start of its first line."""
    rows = list(jsonl_rows(['{"name": "a"}\n', '\ufeff{"name": "b"}\n'], "stdin"))
    assert [row.error for row in rows] == [None, None]
    assert [row.data["name"] for row in rows] == ["a", "b"]


def test_a_scenario_file_with_text_after_it_says_so(tmp_path, capsys):
    path = tmp_path / "shop.json"
    path.write_text('{"format": "wxdesk-scenario", "version": 2, "name": "a"}\nWeChat plan for a\n', encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    assert capsys.readouterr().err == (f"wxdesk: {path}: The file is not valid JSON (line 2, column 1: text after "
                                       "the end of the JSON value; delete it).\n")
