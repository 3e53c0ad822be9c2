"""Reading batch inputs: CSV and JSON Lines rows become scenarios, or one-sentence errors with line numbers."""

import io
import json

import pytest

from wxdesk.batch.sources import CSV_COLUMNS, csv_rows, jsonl_rows, read_jobs, stdin_rows
from wxdesk.batch.template import csv_template
from wxdesk.engine import Scenario, scenario_from_dict


def rows_of(text, reader=csv_rows, name="t.csv"):
    return list(reader(io.StringIO(text, newline=""), name))


def test_missing_cells_take_the_template_defaults_and_lists_share_a_cell():
    (row,) = rows_of("name,budget_cny,goals,needs\nShop,120000,news;sell,\n")
    scenario = scenario_from_dict(row.data)
    defaults = Scenario()
    assert scenario.name == "Shop" and scenario.budget_cny == 120_000
    assert scenario.goals == ("news", "sell") and scenario.needs == ()
    assert scenario.audience == defaults.audience and scenario.entity == defaults.entity
    assert row.source == "t.csv:2"


def test_empty_scalar_cell_is_the_default_but_empty_list_cell_is_none():
    (row,) = rows_of("name,audience,goals\nShop,,\n")
    scenario = scenario_from_dict(row.data)
    assert scenario.audience == Scenario().audience
    assert scenario.goals == ()


def test_override_columns_take_a_number_or_a_band():
    (row,) = rows_of("name,overrides.mp_build_cny,overrides.usd_cny\nShop,90000,7;7.2;7.5\n")
    assert row.data["overrides"] == {"mp_build_cny": 90000.0,
                                     "usd_cny": {"low": 7.0, "likely": 7.2, "high": 7.5}}


def test_bad_cell_is_one_sentence_with_file_and_line():
    rows = rows_of("# guide\n\nname,budget_cny\nGood,1000\nBad,lots\n")
    assert rows[0].error is None and rows[0].source == "t.csv:4"
    assert rows[1].data is None
    assert rows[1].error == "t.csv line 5: Column 'budget_cny' must be a number, not \"lots\"."


def test_line_numbers_count_lines_inside_quoted_cells():
    rows = rows_of('name,notes,budget_cny\nA,"two\nlines",1\nB,,x\n')
    assert rows[0].source == "t.csv:2"
    assert rows[1].error.startswith("t.csv line 4:")


def test_a_misspelt_column_is_refused_once_for_the_file():
    rows = rows_of("name,budjet_cny\nA,1\nB,2\n")
    assert len(rows) == 1
    assert "Column 'budjet_cny' is not a scenario field" in rows[0].error
    assert rows[0].error.startswith("t.csv line 1:")


def test_too_many_cells_is_an_error_for_that_row_only():
    rows = rows_of("name,budget_cny\nA,1,2\nB,3\n")
    assert "3 cells but the header names 2 columns" in rows[0].error
    assert rows[1].error is None


def test_the_csv_template_reads_back_as_one_valid_scenario():
    rows = rows_of(csv_template())
    assert len(rows) == 1 and rows[0].error is None
    scenario = scenario_from_dict(rows[0].data)
    assert scenario.name == "Example shop"
    header = next(line for line in csv_template().splitlines() if not line.startswith("#"))
    assert header.split(",") == list(CSV_COLUMNS)


def test_jsonl_rows_default_missing_fields_and_report_bad_lines():
    text = '{"name": "A", "budget_cny": 5}\n\n# a comment\nnot json\n[1]\n{"budget_cny": NaN}\n'
    rows = rows_of(text, jsonl_rows, "t.jsonl")
    assert rows[0].error is None and scenario_from_dict(rows[0].data).budget_cny == 5
    assert rows[1].error.startswith("t.jsonl line 4: The line is not valid JSON")
    assert rows[2].error == "t.jsonl line 5: The line must be a JSON object such as {\"budget_cny\": 100000}."
    assert rows[3].error.startswith("t.jsonl line 6:") and "NaN" in rows[3].error


@pytest.mark.parametrize("text, sources", [
    ("name,budget_cny\nA,1\nB,2\n", ["stdin:2", "stdin:3"]),
    ('{"name": "A"}\n{"name": "B"}\n', ["stdin:1", "stdin:2"]),
    (json.dumps(Scenario(name="A").to_dict(), indent=2), ["stdin"]),
    (json.dumps([{"name": "A"}, {"name": "B"}]), ["stdin[1]", "stdin[2]"]),
])
def test_stdin_format_is_guessed_from_its_first_line(text, sources):
    rows = list(stdin_rows(None, io.StringIO(text, newline="")))
    assert all(r.error is None for r in rows), rows
    assert [r.source for r in rows] == sources
    assert [scenario_from_dict(r.data).name for r in rows] == ["A", "B"][:len(sources)]


def test_jobs_are_numbered_across_inputs(tmp_path):
    (tmp_path / "a.csv").write_text("name\nA\nB\n")
    (tmp_path / "b.json").write_text(Scenario(name="C").to_json())
    jobs = list(read_jobs([str(tmp_path / "a.csv"), str(tmp_path / "b.json")], ["car_brand"]))
    assert [j.row for j in jobs] == [1, 2, 3, 4]
    assert [j.source for j in jobs] == [f"{tmp_path / 'a.csv'}:2", f"{tmp_path / 'a.csv'}:3", str(tmp_path / "b.json"),
                                         "preset:car_brand"]


def test_a_folder_gives_its_scenario_files_in_name_order(tmp_path):
    for name in ("b", "a", "c"):
        (tmp_path / f"{name}.json").write_text(Scenario(name=name).to_json())
    (tmp_path / "notes.txt").write_text("not a scenario")
    jobs = list(read_jobs([str(tmp_path)]))
    assert [j.path.rsplit("/", 1)[-1] for j in jobs] == ["a.json", "b.json", "c.json"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from wxdesk.batch.flatten import flatten  # noqa: E402
from wxdesk.batch.writers import csv_header, encode_row  # noqa: E402
from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS  # noqa: E402

texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(',;"\n\r 中'),
                min_size=1, max_size=40).filter(lambda t: t.strip())
scenarios = st.builds(
    Scenario,
    name=texts, client=st.just("") | texts, notes=st.just("") | texts,
    budget_cny=st.floats(0, 1e12), interaction_minutes=st.floats(0.01, 1440), audience=st.floats(0, 2e9),
    china_share=st.floats(0, 1), pushes_per_month=st.floats(0, 1000), paid_share=st.floats(0, 1),
    goals=st.lists(st.sampled_from(GOALS), unique=True).map(lambda g: tuple(x for x in GOALS if x in g)),
    needs=st.lists(st.sampled_from(NEEDS), unique=True).map(lambda n: tuple(x for x in NEEDS if x in n)),
    horizon_years=st.integers(1, 10), entity=st.sampled_from(ENTITIES),
    live_by=st.just("") | st.dates().map(lambda d: d.isoformat()),
    overrides=st.just({}) | st.just({"mp_build_cny": {"low": 1.0, "likely": 2.0, "high": 3.0}}),
)


@settings(max_examples=80, deadline=None)
@given(scenarios)
def test_a_scenario_written_as_a_csv_row_reads_back_the_same(scenario):
    """The CSV output's input columns are an input table: last quarter's results can be evaluated again."""
    line = encode_row({"row": 1, "source": "x", "error": None, "inputs": scenario.to_dict()}, "csv")
    (row,) = rows_of(csv_header() + line)
    assert row.error is None, row.error
    assert scenario_from_dict(row.data) == scenario
    assert flatten({"inputs": scenario.to_dict()})["goals"] == ";".join(scenario.goals)


def test_wxdesk_json_rows_read_back_as_their_inputs():
    row = {"row": 3, "source": "x.csv:4", "error": None, "inputs": Scenario(name="again").to_dict(), "plan": {}}
    (read,) = rows_of(json.dumps(row) + "\n", jsonl_rows, "results.jsonl")
    assert read.error is None and scenario_from_dict(read.data) == Scenario(name="again")
