"""A figure's value refused for its range is written apart from the range's ends: an override of 10,000,001,000 read
"must be from 0 to 10,000,000,000 (CNY), not 1e+10.", the limit itself as far as a reader can tell. So in a
scenario file, a table's overrides.FIGURE column and a data pack's own figure."""

import re

import pytest

from wxdesk.cli import main
from wxdesk.engine import DataPackError, ScenarioError, load_datapack
from wxdesk.engine.scenario import Scenario, scenario_from_dict
from wxdesk.paths import resource_path

RANGE = "must be from 0 to 10,000,000,000 (CNY)"


def _refused(overrides, figures):
    with pytest.raises(ScenarioError) as refusal:
        scenario_from_dict({**Scenario().to_dict(), "overrides": overrides}, figures)
    return str(refusal.value)


@pytest.mark.parametrize("figures", [None, load_datapack().figures], ids=["without the pack", "with the pack"])
def test_an_override_beyond_the_money_limit_is_written_to_the_unit(figures):
    said = _refused({"app_build_cny": 10_000_001_000}, figures)
    assert said.endswith(", not 10,000,001,000."), said
    assert "1e+10" not in said


def test_a_share_just_past_one_is_not_written_as_one():
    said = _refused({"visibility_service": 1.0000001}, load_datapack().figures)
    assert said == "Field 'overrides.visibility_service' must be from 0 to 1 (share), not 1.0000001."


def test_a_tables_figure_column_says_the_value_too(tmp_path, capsys):
    table = tmp_path / "big.csv"
    table.write_text("name,overrides.app_build_cny\nA,10000001000\n", encoding="utf-8")
    assert main(["evaluate", str(table), "--format", "csv", "-q"]) == 2
    said = capsys.readouterr().err
    assert f"Column 'overrides.app_build_cny' {RANGE}, not 10,000,001,000." in said, said


def test_a_packs_figure_beyond_its_limit_is_written_to_the_unit(tmp_path):
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    text = re.sub(r"(?ms)(^\[figures\.app_build_cny\].*?^high = )1000000$", r"\g<1>10000001000", text, count=1)
    path = tmp_path / "p.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataPackError) as refusal:
        load_datapack(path)
    assert str(refusal.value).endswith(f"'figures.app_build_cny': {RANGE}, not 10,000,001,000."), str(refusal.value)


def test_a_refused_value_with_decimals_is_grouped_as_its_limit_is():
    """"at most 1,440, not 1440.0001" and "to 10,000,000,000 (CNY), not 10000000000.5": grouped as the limit."""
    from wxdesk.engine.figure_limits import written_apart
    assert written_apart(1440.0001, 0, 1440) == "1,440.0001"
    assert written_apart(10_000_000_000.5, 0, 10_000_000_000) == "10,000,000,000.5"
    assert written_apart(1.0000001, 0, 1) == "1.0000001"
