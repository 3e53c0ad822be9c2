"""`wxdesk schema`: every preset and every `evaluate --json` output validates; broken files do not."""

import json
from functools import cache

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.contract import evaluation_record
from wxdesk.batch.schema import comparison_schema, error_row_schema, evaluation_schema, scenario_schema
from wxdesk.engine import Scenario, ScenarioError, evaluate, load_datapack, load_preset, preset_ids, scenario_from_dict
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS
from wxdesk.engine.presets import presets_dir
from cli_in_process import run_here


def run(*args):
    return run_here(*args)  # (in the test's process: tests/cli_in_process.py)


def validator(schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@cache
def scenario_validator():
    """The scenario's schema, built and checked once for the module's tests (it names every figure of the pack)."""
    return validator(scenario_schema())


def test_the_command_prints_the_same_schemas():
    for kind, build in (("scenario", scenario_schema), ("evaluation", evaluation_schema),
                        ("comparison", comparison_schema)):
        result = run("schema", kind)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == build()


@pytest.mark.parametrize("preset_id", preset_ids())
def test_every_preset_file_validates(preset_id):
    data = json.loads((presets_dir() / f"{preset_id}.json").read_text(encoding="utf-8"))
    scenario_validator().validate(data)


@pytest.mark.parametrize("change, field", [
    ({"budget_cny": -1}, "budget_cny"),
    ({"goals": ["fly"]}, "goals"),
    ({"goals": ["sell", "sell"]}, "goals"),  # the schema says uniqueItems: a list naming one twice is refused
    ({"needs": ["payments", "payments"]}, "needs"),
    ({"entity": "state"}, "entity"),
    ({"paid_share": 1.5}, "paid_share"),
    ({"live_by": "soon"}, "live_by"),
    ({"colour": "red"}, None),
])
def test_what_the_engine_refuses_the_schema_refuses(change, field):
    data = {**Scenario().to_dict(), **change}
    with pytest.raises(ScenarioError):
        scenario_from_dict(data)
    assert not scenario_validator().is_valid(data)


scenarios = st.builds(
    dict,
    budget_cny=st.floats(0, 1e12), interaction_minutes=st.floats(0.01, 1440), audience=st.floats(0, 2e9),
    china_share=st.floats(0, 1), pushes_per_month=st.floats(0, 1000), paid_share=st.floats(0, 1),
    goals=st.lists(st.sampled_from(GOALS), unique=True), needs=st.lists(st.sampled_from(NEEDS), unique=True),
    horizon_years=st.integers(1, 10), entity=st.sampled_from(ENTITIES),
    live_by=st.one_of(st.just(""), st.dates().map(lambda d: d.isoformat())),
)


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_every_scenario_the_engine_writes_validates(changes):
    scenario = Scenario().with_changes(**changes)
    scenario_validator().validate(json.loads(scenario.to_json()))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_presets_evaluation_validates(lang):
    pack = load_datapack()
    check = validator(evaluation_schema())
    for preset_id in preset_ids():
        check.validate(evaluation_record(evaluate(load_preset(preset_id), pack), lang))


def test_evaluate_json_output_validates_single_and_batch(tmp_path):
    check = validator(evaluation_schema())
    single = run("evaluate", "--preset", "bank_care", "--json")
    assert single.returncode == 0, single.stderr
    check.validate(json.loads(single.stdout))
    table = tmp_path / "t.csv"
    table.write_text("name,budget_cny,goals\nA,90000,relationship;video\nB,no,sell\n", encoding="utf-8")
    batch = run("evaluate", str(table), *[a for p in preset_ids() for a in ("--preset", p)], "--json")
    assert batch.returncode == 2
    rows = json.loads(batch.stdout)
    assert len(rows) == 2 + len(preset_ids())
    for row in rows:
        (check if row["error"] is None else validator(error_row_schema())).validate(row)
    assert [r["error"] is None for r in rows[:2]] == [True, False]


def test_compare_json_validates_against_the_comparison_schema():
    """Each entry of `compare --json` is `evaluate --json`'s object with its label and name beside it: checked
    against the evaluation schema it failed on those two; the comparison schema checks the whole, and every
    entry without its label and name is exactly what `evaluate --json` prints for it."""
    result = run("compare", "--preset", "car_brand", "--preset", "bank_care", "--preset", "food_ordering", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    validator(comparison_schema()).validate(data)
    alone = json.loads(run("evaluate", "--preset", "bank_care", "--json").stdout)
    entry = {k: v for k, v in data["scenarios"][1].items() if k not in ("label", "name")}
    validator(evaluation_schema()).validate(entry)
    assert entry == alone
    broken = {**data, "scenarios": [{k: v for k, v in e.items() if k != "label"} for e in data["scenarios"]]}
    assert not validator(comparison_schema()).is_valid(broken)


@pytest.mark.parametrize("change", [
    {"overrides": {"nosuch": 1}},
    {"overrides": {"app_build_cny": 1e20}},
    {"overrides": {"visibility_service": 5}},
    {"overrides": {"visibility_service": {"low": 0.5, "likely": 0.6, "high": 2}}},
    {"live_by": "2026-02-30"},
    {"saved_with_pack": "garbage"},
])
def test_what_wxdesk_refuses_of_the_overrides_and_dates_the_schema_refuses(change):
    """Any override name and any number from 0 had passed the schema, and any text as the pack's date, while wxdesk
    refused them (a reviewer's five files, each valid under the schema with format checking)."""
    data = {**Scenario().to_dict(), **change}
    with pytest.raises(ScenarioError):  # (as a file is read: against the pack's figures)
        evaluate(scenario_from_dict(data, load_datapack().figures), load_datapack())
    checker = jsonschema.Draft202012Validator(scenario_schema(), format_checker=jsonschema.FormatChecker())
    assert not checker.is_valid(data)


@settings(max_examples=60, deadline=None)
@given(figure=st.sampled_from(sorted(load_datapack().figures)), band=st.booleans())
def test_a_figure_changed_to_a_value_the_pack_holds_validates(figure, band):
    """Every figure of the bundled pack may be changed, to its own value or band."""
    held = load_datapack().figures[figure]
    value = {"low": held.low, "likely": held.likely, "high": held.high} if band else held.likely
    data = {**Scenario().to_dict(), "overrides": {figure: value}}
    scenario_validator().validate(data)
