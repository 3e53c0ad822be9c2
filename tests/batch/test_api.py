"""The Python API for notebooks, and the sensitivity and flips commands."""

import json
import subprocess
import sys

import pytest

import wxdesk
from wxdesk.batch.contract import evaluation_record
from wxdesk.batch.flatten import COLUMNS
from wxdesk.engine import Scenario, ScenarioError, evaluate, load_datapack, load_preset, preset_ids
from wxdesk.engine.flips import flip_points, flip_reason
from wxdesk.engine.sensitivity import sensitivity
from wxdesk.words import Words
from cli_in_process import run_here


def run(*args):
    return run_here(*args)  # (in the test's process: tests/cli_in_process.py)


def test_import_wxdesk_is_light_and_qt_free():
    """`import wxdesk` loads nothing heavy; using the API loads the engine, never Qt."""
    probe = ("import sys, wxdesk; light = 'numpy' not in sys.modules; "
             "wxdesk.evaluate(wxdesk.load_scenario('preset:car_brand')); "
             "print(light, any(m.startswith('PySide6') for m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.stdout.split() == ["True", "False"], result.stderr


def test_evaluate_and_load_scenario_agree_with_the_engine(tmp_path):
    path = tmp_path / "s.json"
    path.write_text(Scenario(name="Shop", budget_cny=80_000).to_json())
    pack = load_datapack()
    expected = evaluation_record(evaluate(Scenario(name="Shop", budget_cny=80_000), pack))
    assert wxdesk.evaluate(wxdesk.load_scenario(path)).to_dict() == expected
    assert wxdesk.evaluate(str(path)).to_dict() == expected
    assert wxdesk.evaluate({"name": "Shop", "budget_cny": 80_000}).to_dict() == expected
    with pytest.raises(ScenarioError, match="budget_cny"):
        wxdesk.load_scenario({"budget_cny": -5})


@pytest.mark.parametrize("preset", preset_ids())
def test_the_apis_evaluation_reads_as_the_command_lines_json(preset, capsys):
    """wxdesk.evaluate(...).to_dict() is `wxdesk evaluate --json`, texts and all, as evaluate_many's rows are: it
    wrote the engine's texts unrendered ("up to 20000 monthly users", "Official Account") where the command line
    says "up to 20,000 monthly users" and "Official Account (formerly Subscription Account)"."""
    from wxdesk.cli import main
    for lang in ("en", "zh_CN"):
        assert main(["evaluate", "--preset", preset, "--json", "--lang", lang]) == 0
        said = json.loads(capsys.readouterr().out)
        evaluation = wxdesk.evaluate(load_preset(preset, lang), lang=lang)
        assert json.loads(json.dumps(evaluation.to_dict(), ensure_ascii=False)) == said
        (row,) = wxdesk.evaluate_many([load_preset(preset, lang)], lang=lang)
        row = json.loads(json.dumps(row, ensure_ascii=False))
        assert {k: v for k, v in row.items() if k not in ("row", "source", "error")} == said
    # The engine's own texts, where a renderer is given, as before.
    assert evaluation.to_dict(lambda reason: "x")["budget"]["text"] == "x"


def test_evaluate_many_streams_rows_and_flat_rows_are_the_csv_columns(tmp_path):
    table = tmp_path / "t.csv"
    table.write_text("name,audience\nsmall,1000\nbad,many\nlarge,2000000\n", encoding="utf-8")
    rows = list(wxdesk.evaluate_many(table))
    assert [r["row"] for r in rows] == [1, 2, 3]
    assert rows[1]["error"].startswith(f"{table} line 3:")
    # (The row's plan as `evaluate --json` gives it: the engine's, with the notes the handout prints beside it.)
    assert rows[2]["plan"] == evaluation_record(evaluate(wxdesk.load_scenario({"name": "large", "audience": 2_000_000}),
                                                         load_datapack()))["plan"]
    flat = list(wxdesk.evaluate_many([Scenario(name="x"), {"name": "y"}], flat=True))
    assert [list(r) for r in flat] == [list(COLUMNS)] * 2
    assert [r["name"] for r in flat] == ["x", "y"]


def test_a_dataframe_when_pandas_is_there(tmp_path):
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(wxdesk.evaluate_many(["preset:car_brand", load_preset("yoga_teacher")], flat=True))
    assert list(frame.columns) == list(COLUMNS) and len(frame) == 2
    nested = pd.json_normalize(list(wxdesk.evaluate_many("preset:car_brand")))
    assert nested.loc[0, "plan.score"] == evaluate(load_preset("car_brand"), load_datapack()).to_dict()["plan"]["score"]


def test_sensitivity_json_rows_are_the_engines_swings():
    result = run("sensitivity", "--preset", "food_ordering", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = sensitivity(load_preset("food_ordering"), load_datapack())
    assert [r["figure"]["id"] for r in data["rows"]] == [s.figure.id for s in expected.swings]
    assert [r["changes_answer"] for r in data["rows"]] == [expected.flips_recommendation(s) for s in expected.swings]
    assert data["base"]["plan"] == list(expected.base.plan)
    text = run("sensitivity", "--preset", "food_ordering")
    assert text.returncode == 0 and expected.swings[0].figure.label[:40] in text.stdout


def test_flips_json_and_text_are_the_engines_flip_points():
    result = run("flips", "--preset", "food_ordering", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    expected = flip_points(load_preset("food_ordering"), load_datapack())
    english = Words.make("en", "CNY", None)  # the words layer, as the window writes these sentences
    assert set(data["flips"]) == set(expected)
    for field, point in expected.items():
        entry = data["flips"][field]
        assert entry["text"] == english.reason(flip_reason(field, point))
        assert entry["value"] == (None if point is None else pytest.approx(point.value))
    text = run("flips", "--preset", "food_ordering")
    assert all(f"- {english.reason(flip_reason(f, p))}" in text.stdout for f, p in expected.items())


def test_a_flips_reasons_nested_in_a_reason_are_json_not_their_repr():
    """bank_care's audience flip gives its figures "just over 2M" users: that phrase is a sentence within the
    flip's reason, and `flips --json` wrote it as "Reason(template='just over {point}', …)". Its params are now
    written as `evaluate --json` writes any reason's (Reason.params_json): the inner sentence's code and params."""
    from wxdesk.batch.insight import flips_dict
    scenario = load_preset("bank_care")
    data = flips_dict(scenario, load_datapack())
    flat = json.dumps(data)
    assert "Reason(" not in flat
    nested = []

    def walk(value):
        if isinstance(value, dict):
            if set(value) >= {"code", "params"} and isinstance(value["params"], dict):
                nested.append(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data["flips"])
    points = [v["params"]["point"] for v in nested if v["code"] in ("flip_point_just_over", "flip_point_just_under")]
    assert points and all(isinstance(p, (int, float)) for p in points)


def test_sensitivity_of_a_missing_file_is_one_sentence(tmp_path):
    result = run("sensitivity", str(tmp_path / "nope.json"))
    assert result.returncode == 2 and "does not exist" in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("preset", ["car_brand", "fitness_coaching", "factory_staff", "food_ordering"])
def test_the_tables_why_not_says_why_not_only_the_score(preset):
    """An analyst's CSV read "Scores 69.7 against the plan's 70.4." under alternative_1_why_not for every preset,
    which alternative_1_score beside it already says: the column gives the reasons that separate it.
    (car_brand with 8-minute sessions, whose next best is a close call: car_brand as it is was one only while its
    app's users won through ads were priced at WeChat's rate, costs.wechat_door.)"""
    from wxdesk.batch.contract import evaluation_record
    from wxdesk.batch.flatten import flatten
    changes = {"interaction_minutes": 8} if preset == "car_brand" else {}
    record = evaluation_record(evaluate(load_preset(preset).with_changes(**changes), load_datapack()), "en")
    why_not = record["alternatives"][0]["why_not"]
    cell = flatten(record)["alternative_1_why_not"]
    separating = [r["text"] for r in why_not if r["code"] not in ("why_not_lower", "why_not_close")]
    assert separating and cell == " ".join(separating)
    assert "against the plan's" not in cell
    # A close call (car_brand's 69.1 against 69.5) has a column of its own.
    assert flatten(record)["alternative_1_close_call"] == str(preset == "car_brand").lower()


@pytest.mark.parametrize("preset", ["car_brand", "city_service", "yoga_teacher", "factory_staff"])
def test_every_plan_gives_its_score_as_written_and_unrounded(preset):
    """An analyst sorting a batch by plan_score put a row's 73 (73.47) below another's 73.37: each row writes its
    scores with the decimals its own three best plans need. score_unrounded sorts them; score stays as written."""
    from wxdesk.batch.contract import evaluation_record
    from wxdesk.batch.flatten import flatten
    evaluation = evaluate(load_preset(preset), load_datapack())
    record = evaluation_record(evaluation, "en")
    for plan, result in zip((record["plan"], *record["alternatives"]), (evaluation.plan, *evaluation.alternatives)):
        assert plan["score_unrounded"] == pytest.approx(result.score, abs=5e-5)
        assert round(plan["score_unrounded"], evaluation.score_digits) == pytest.approx(float(plan["score"]))
    row = flatten(record)
    assert float(row["plan_score_unrounded"]) == record["plan"]["score_unrounded"]
