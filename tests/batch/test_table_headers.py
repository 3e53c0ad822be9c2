"""A table's header and its overrides, as the user wrote them: a column that is no field refuses the whole file in one
sentence (as docs/command-line.md says), a tab- or semicolon-separated file is told as such, a figure inside the
`overrides` column is named there, and the template's guide describes the cells its reader takes."""

import csv
import io
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.batch.sources import csv_rows
from wxdesk.batch.template import csv_template
from wxdesk.cli import main


def _evaluate(capsys, *words):
    code = main(["evaluate", *words])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_typo_in_the_header_refuses_the_file_in_one_sentence_before_any_output(tmp_path, capsys):
    table = tmp_path / "typo.csv"
    table.write_text("name,budjet_cny\nA,1000\nB,2000\n", encoding="utf-8")
    out = tmp_path / "results.csv"
    code, stdout, stderr = _evaluate(capsys, str(table), "--preset", "car_brand", "-o", str(out))
    assert code == 2 and stdout == "" and not out.exists()
    assert stderr == (f"wxdesk: {table} line 1: Column 'budjet_cny' is not a scenario field (did you mean "
                      "'budget_cny'?); the fields are name, budget_cny, interaction_minutes, audience, china_share, "
                      "pushes_per_month, goals, needs, horizon_years, entity, paid_share, live_by, saved_with_pack, "
                      "client, notes and overrides.FIGURE.\n")


def test_diff_pack_refuses_such_a_table_as_evaluate_does(tmp_path, capsys):
    table = tmp_path / "typo.csv"
    table.write_text("name,budjet_cny\nA,1000\n", encoding="utf-8")
    assert main(["diff-pack", "resources/datapack.toml", "resources/datapack.toml", str(table)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(f"wxdesk: {table} line 1: Column 'budjet_cny' is not")


@pytest.mark.parametrize("separator, kind", [("\t", "tab-separated"), (";", "semicolon-separated")])
def test_a_table_with_tabs_or_semicolons_for_commas_is_told_so(tmp_path, capsys, separator, kind):
    table = tmp_path / "leads.csv"
    table.write_text(f"# a comment\nname{separator}budget_cny{separator}audience\nA{separator}1000{separator}5\n",
                     encoding="utf-8")
    code, stdout, stderr = _evaluate(capsys, str(table), "--format", "csv")
    assert code == 2 and stdout == ""
    plural = "tabs" if separator == "\t" else "semicolons"
    assert stderr.startswith(f"wxdesk: {table} line 2: The header holds {plural} and no commas: the file looks "
                             f"{kind}, and wxdesk reads comma-separated CSV")
    assert "is not a scenario field" not in stderr and "\\t" not in stderr and "\t" not in stderr


def test_on_standard_input_the_same_sentence_is_the_one_failed_row():
    rows = list(csv_rows(io.StringIO("name\tbudget_cny\nA\t1\n"), "stdin"))
    assert len(rows) == 1 and "the file looks tab-separated" in rows[0].error
    assert rows[0].given == {"header": ["name\tbudget_cny"]}


def test_a_good_header_and_other_inputs_are_not_refused(tmp_path):
    from wxdesk.batch.sources import header_problem
    good = tmp_path / "good.csv"
    good.write_text("# guide\nname,budget_cny,overrides.app_build_cny\nA,1,\n", encoding="utf-8")
    one = tmp_path / "one.csv"
    one.write_text("name\nA;B\n", encoding="utf-8")  # (a semicolon in a cell, not in the header)
    (tmp_path / "shop.json").write_text("name\tbudget\n", encoding="utf-8")  # a scenario file: its reader tells
    assert header_problem(str(good), None) is None and header_problem(str(one), None) is None
    assert header_problem(str(tmp_path / "shop.json"), None) is None
    assert header_problem(str(tmp_path / "shop.json"), "csv") is not None  # --input-format csv reads it as a table


def test_a_figure_inside_the_overrides_column_is_named_there(tmp_path, capsys):
    table = tmp_path / "ov.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["name", "overrides"], ["A", '{"nosuch": 5}'],
                                      ["B", '{"app_build_cny": "x"}'], ["C", '{"app_build_cny": 5}']])
    code, stdout, _ = _evaluate(capsys, str(table), "--format", "csv", "-q")
    errors = [row["error"] for row in csv.DictReader(io.StringIO(stdout))]
    assert errors[0] == f"{table} line 2: In column 'overrides', 'nosuch' names no figure of the data pack."
    assert errors[1].startswith(f"{table} line 3: In column 'overrides', 'app_build_cny' must be a number")
    assert errors[2] == "" and code == 2
    assert not any("Column 'overrides." in e for e in errors)


def test_a_figure_in_its_own_column_is_named_by_that_column(monkeypatch, capsys):
    """On standard input, which cannot be read ahead (a file is refused up front: test_figure_column_named_wrong)."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"name,overrides.nosuch\nA,5\n")))
    _, stdout, _ = _evaluate(capsys, "-", "--input-format", "csv", "--format", "csv", "-q")
    assert next(csv.DictReader(io.StringIO(stdout)))["error"] == (
        "stdin line 2: Column 'overrides.nosuch' names no figure of the data pack.")


def test_the_templates_guide_describes_overrides_as_its_reader_takes_them(tmp_path, capsys):
    """The guide said "a number, or low/likely/high", and 500000/700000/900000 was refused: the example values the
    guide gives for each form of the overrides are read by the table's reader as they stand."""
    guide = [line for line in csv_template().splitlines() if line.startswith("# overrides:")]
    assert len(guide) == 1 and "low/likely/high" not in guide[0]
    json_example = re.search(r"(\{.*?\})", guide[0]).group(1)
    cells_example = re.search(r"\(such as ([0-9;]+)\)", guide[0]).group(1)
    table = tmp_path / "t.csv"
    with open(table, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["name", "overrides", "overrides.app_build_cny"], ["A", json_example, ""],
                                      ["B", "", cells_example]])
    code, stdout, stderr = _evaluate(capsys, str(table), "--format", "jsonl", "-q")
    assert code == 0, stderr
    rows = [json.loads(line) for line in stdout.splitlines()]
    assert rows[0]["inputs"]["overrides"] == {k: {"low": v, "likely": v, "high": v}
                                              for k, v in json.loads(json_example).items()}
    low, likely, high = (float(v) for v in cells_example.split(";"))
    assert rows[1]["inputs"]["overrides"] == {"app_build_cny": {"low": low, "likely": likely, "high": high}}


def test_the_template_evaluates_as_it_stands_and_writes_numbers_as_the_csv_output_does(tmp_path, capsys):
    table = tmp_path / "t.csv"
    table.write_text(csv_template(), encoding="utf-8")
    assert "e+" not in csv_template()  # (limits as people write them: 2,000,000,000)
    code, stdout, _ = _evaluate(capsys, str(table), "--format", "csv", "-q")
    assert code == 0
    example_row = csv_template().splitlines()[-1].split(",")
    written = next(csv.reader(io.StringIO(stdout.splitlines()[1])))
    assert example_row[1:4] == written[4:7]  # budget_cny, interaction_minutes, audience as the output writes them


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["\t", ";"]), st.lists(st.sampled_from(["name", "budget_cny", "audience", "goals"]),
                                            min_size=2, max_size=4, unique=True))
def test_any_header_of_fields_joined_otherwise_is_told_by_its_separator(separator, columns):
    rows = list(csv_rows(io.StringIO(separator.join(columns) + "\n"), "t.csv"))
    assert len(rows) == 1 and "and no commas: the file looks" in rows[0].error
