"""A failed row echoes what its input said as far as it could be read (docs/command-line.md, "Output rows"), and a
limit in a message reads as people write it: "at most 2e+09, not 3e+09" told an analyst nothing at a glance."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.cli import main
from wxdesk.engine import Scenario, ScenarioError


def _rows(capsys, *words):
    main(["evaluate", *words, "--format", "jsonl", "-q"])
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_a_scenario_file_that_fails_echoes_the_json_it_holds(tmp_path, capsys):
    said = {"format": "wxdesk-scenario", "version": 2, "name": "Bad", "budget_cny": -1}
    (tmp_path / "bad.json").write_text(json.dumps(said), encoding="utf-8")
    (tmp_path / "broken.json").write_text("not json", encoding="utf-8")
    bad, broken, preset = _rows(capsys, str(tmp_path / "bad.json"), str(tmp_path / "broken.json"),
                                "--preset", "nosuch")
    assert bad["error"] and bad["inputs"] == said
    assert broken["error"] and broken["inputs"] is None  # nothing to read as JSON
    assert preset["error"] and preset["inputs"] == "nosuch"


@pytest.mark.parametrize("field, value, sentence", [
    ("audience", 3e9, "Field 'audience' must be at least 0 and at most 2,000,000,000, not 3,000,000,000."),
    ("budget_cny", 2e12, "Field 'budget_cny' must be at least 0 and at most 1,000,000,000,000, "
                         "not 2,000,000,000,000."),
    ("interaction_minutes", 2000, "Field 'interaction_minutes' must be more than 0 and at most 1,440, not 2,000."),
    ("china_share", 1.5, "Field 'china_share' must be at least 0 and at most 1, not 1.5."),
])
def test_limits_read_as_people_write_them(field, value, sentence):
    with pytest.raises(ScenarioError) as refused:
        Scenario().with_changes(**{field: value})
    assert str(refused.value) == sentence


@settings(max_examples=60, deadline=None)
@given(st.floats(min_value=2e9, max_value=1e17, exclude_min=True, allow_nan=False))
def test_no_limit_or_value_is_written_in_exponent_form(audience):
    with pytest.raises(ScenarioError) as refused:
        Scenario().with_changes(audience=audience)
    assert "e+" not in str(refused.value)
