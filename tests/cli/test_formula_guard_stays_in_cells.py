"""The apostrophe that keeps a spreadsheet from running a CSV cell as a formula belongs to the cell alone: the
closing line quoted the first error from the CSV row, apostrophe and all ("the first: '=HYPERLINK("x";"y").csv line
4: …", a file the user does not have). A text that itself starts with an apostrophe before such a character ("'=x")
is written with one more, so that reading the table again gives it back as it was (it came back as "=x")."""

from __future__ import annotations

import csv
import io

import pytest

from wxdesk.cli import main

NAME = '=HYPERLINK("x";"y").csv'


def test_the_closing_line_names_the_file_without_the_cells_apostrophe(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / NAME).write_text("name,budget_cny\na,1000\nb,2000\nc,lots\nd,4000\n", encoding="utf-8")
    assert main(["evaluate", "--format", "csv", "-q", "-o", "out.csv", "--", NAME]) == 2
    assert capsys.readouterr().err == (f"wxdesk: 1 of 4 rows failed; the first: {NAME} line 4: Column 'budget_cny' "
                                       'must be a number, not "lots".\n')
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert rows[2]["error"].startswith(f"'{NAME} line 4: ")  # (in the cell, the apostrophe stays)


@pytest.mark.parametrize("text", ["=x", "'=x", "''+1", "'plain", "plain", "-", "'", ""])
def test_every_text_comes_back_from_its_cell_as_it_was(text):
    from wxdesk.batch.flatten import formula_guarded, text_of_cell
    assert text_of_cell(formula_guarded(text)) == text
    assert not formula_guarded(text).startswith(("=", "+", "-", "@"))


def test_a_name_starting_with_an_apostrophe_and_an_equals_sign_is_read_back_as_it_was(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text('{"name": "\'=x"}\n{"name": "=y"}\n', encoding="utf-8")
    first = tmp_path / "r1.csv"
    assert main(["evaluate", str(source), "-q", "-o", str(first)]) == 0
    assert main(["evaluate", str(first), "-q", "--format", "jsonl"]) == 0
    names = [line.split('"name":"', 1)[1].split('"', 1)[0] for line in capsys.readouterr().out.splitlines()]
    assert names == ["'=x", "=y"]
