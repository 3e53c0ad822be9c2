"""A batch's CSV writes every score and coverage as `evaluate --json` and the text summary write it: car_brand's
first alternative read 69 in the CSV beside "69.0" in the summary and 69.0 in the JSON."""

import csv
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings

from wxdesk.batch.contract import evaluation_record
from wxdesk.batch.flatten import SCORE_COLUMNS
from wxdesk.batch.writers import csv_header, encode_row
from wxdesk.cli import main
from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids

from tests.engine.scenario_strategies import scenarios

PACK = load_datapack()
# Where each score column is in the JSON row.
IN_THE_JSON = {
    "plan_score": lambda r: r["plan"]["score"],
    "plan_score_unrounded": lambda r: r["plan"]["score_unrounded"],
    "plan_coverage": lambda r: r["plan"]["coverage"],
    "alternative_1_score": lambda r: r["alternatives"][0]["score"] if r["alternatives"] else None,
}


def _csv_cells(record):
    """The CSV row of an evaluation's record, read back as the text a spreadsheet is given."""
    row = {"row": 1, "source": "x", "error": None, **record}
    return next(csv.DictReader(io.StringIO(csv_header() + encode_row(row, "csv"))))


def _check(record):
    cells = _csv_cells(record)
    assert set(IN_THE_JSON) == set(SCORE_COLUMNS)
    for column, where in IN_THE_JSON.items():
        # The cell is the JSON's number as the JSON writes it: "69.0" where the JSON has 69.0, "79" where 79 (and
        # empty where there is none: a plan with no alternative).
        value = where(record)
        assert cells[column] == ("" if value is None else json.dumps(value)), column


@pytest.mark.parametrize("preset", preset_ids())
def test_every_presets_scores_read_in_the_csv_as_in_the_json(preset):
    _check(evaluation_record(evaluate(load_preset(preset), PACK), "en"))


def test_car_brands_first_alternative_keeps_its_tenth(tmp_path, capsys):
    """The analyst's row, through the command: alternative_1_score 69.0, as the summary's "Plan score: 69.0"."""
    record = evaluation_record(evaluate(load_preset("car_brand"), PACK), "en")
    assert record["alternatives"][0]["score"] == 69.0 and isinstance(record["alternatives"][0]["score"], float)
    out = tmp_path / "r.csv"
    assert main(["evaluate", "--preset", "car_brand", "-q", "-o", str(out)]) == 0
    cells = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert cells["alternative_1_score"] == "69.0"
    assert main(["evaluate", "--preset", "car_brand"]) == 0
    assert "Plan score: 69.0 out of 100" in capsys.readouterr().out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_any_scenarios_scores_read_in_the_csv_as_in_the_json(scenario):
    _check(evaluation_record(evaluate(scenario, PACK), "en"))
