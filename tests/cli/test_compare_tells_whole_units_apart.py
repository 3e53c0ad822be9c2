"""`compare` tells apart inputs that differ by a whole unit, however large: its tolerance grew with the value (one part
in a billion), so budgets of ¥1,000,000,000,000 and ¥999,999,999,001 and audiences of 2,000,000,000 and 1,999,999,998
were "The inputs are the same." A script's float noise (0.1 × 3 × 1e6 beside 300000) is still one input."""

import json

import pytest

from wxdesk.cli import main
from wxdesk.engine import Scenario


def _compare(tmp_path, capsys, field, first, second, *extra):
    paths = []
    for name, value in (("one", first), ("two", second)):
        path = tmp_path / f"{name}.json"
        data = json.loads(Scenario(name="same").to_json())
        data[field] = value
        path.write_text(json.dumps(data), encoding="utf-8")
        paths.append(str(path))
    assert main(["compare", *paths, *extra]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("field, first, second", [
    ("budget_cny", 1e12, 1e12 - 999),
    ("budget_cny", 1e12, 1e12 - 1),
    ("audience", 2e9, 2e9 - 2),
    ("audience", 2e-9, 1e-9),
])
def test_a_whole_unit_apart_is_a_difference(tmp_path, capsys, field, first, second):
    said = json.loads(_compare(tmp_path, capsys, field, first, second, "--json"))
    assert said["differing_fields"] == [{"field": field, "values": [first, second]}]
    text = _compare(tmp_path, capsys, field, first, second)
    assert "The inputs are the same." not in text and "Inputs that differ (*):" in text


@pytest.mark.parametrize("field, first, second", [
    ("budget_cny", 0.1 * 3 * 1e6, 300000),
    ("budget_cny", (0.1 + 0.2) * 1e6, 300000),
])
def test_float_noise_is_one_input(tmp_path, capsys, field, first, second):
    assert first != second
    said = json.loads(_compare(tmp_path, capsys, field, first, second, "--json"))
    assert said["differing_fields"] == []
