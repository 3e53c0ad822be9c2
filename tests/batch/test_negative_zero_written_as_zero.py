"""-0.0 read from a JSON input is written 0.0 in every JSON output, as the CSV and the text write 0: a scenario with
"budget_cny": -0.0 was echoed "budget_cny": -0.0 (and a reason's "share": -0.0) beside "¥0" in the others."""

import json

from wxdesk.batch.jsontext import json_text
from wxdesk.cli import main
from wxdesk.engine import Scenario


def test_json_text_writes_negative_zero_as_zero_and_keeps_the_rest():
    data = {"a": -0.0, "b": [-0.0, -0.01, 0.0, -5], "c": {"d": -0.0}, "name": "-0.0 stays in a text"}
    for indent in (None, 2):
        text = json_text(data, indent)
        assert json.loads(text) == data
        assert "-0.0," not in text and "-0.0]" not in text and "-0.0}" not in text and "-0.0\n" not in text
        assert "-0.01" in text and '"-0.0 stays in a text"' in text


def test_evaluate_json_echoes_a_negative_zero_budget_as_zero(tmp_path, capsys):
    data = json.loads(Scenario(name="nz").to_json())
    data["budget_cny"] = -0.0
    path = tmp_path / "nz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["evaluate", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"budget_cny": 0.0' in out and '-0.0,' not in out and '-0.0\n' not in out
    assert main(["evaluate", str(path), "-q", "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert '"budget_cny":0.0' in out and "-0.0," not in out and "-0.0}" not in out
