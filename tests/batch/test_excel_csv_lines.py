"""A CSV table as Excel saves it is read, or refused in words that name what to do: an empty column after the last
one ("name,audience,") was "Column '' is not a scenario field", and Excel's first line "sep=," was "Column 'sep=' is
not a scenario field". Comments before the header are not held in memory (six million took 446 MB)."""

import pytest

from wxdesk.batch.sources import _NumberedLines, _skip_leading_comments, csv_rows, header_problem


def _rows(text):
    return list(csv_rows(text.splitlines(keepends=True), "t.csv"))


def test_an_unnamed_empty_column_after_the_last_is_read_past():
    rows = _rows("name,audience,\nA,5,\nB,6\n")
    assert [row.error for row in rows] == [None, None]
    assert [(row.data["name"], row.data["audience"]) for row in rows] == [("A", 5), ("B", 6)]
    rows = _rows("name,audience,,\r\nA,5,,\r\n")
    assert rows[0].error is None and rows[0].data["audience"] == 5


def test_a_value_in_an_unnamed_column_fails_its_row_saying_so():
    rows = _rows("name,audience,\nA,5,x\nB,6,\n")
    assert rows[0].error == ('t.csv line 2: cell 3 holds "x", in a column the header leaves unnamed; name the column '
                             "in the header, or delete the cell.")
    assert rows[1].error is None


def test_an_unnamed_column_between_two_is_named_by_its_place(tmp_path):
    path = tmp_path / "mid.csv"
    path.write_text("name,,audience\nA,,5\n", encoding="utf-8")
    assert header_problem(str(path), None) == (f"{path} line 1: Column 2 of the header has no name (an empty column "
                                               "between two others); give it a field's name, or delete the column.")


@pytest.mark.parametrize("first", ["sep=,\n", "\ufeffsep=,\r\n"])
def test_excels_sep_line_for_commas_is_read_past(first):
    rows = _rows(first + "name,audience\nA,5\n")
    assert [(row.source, row.error, row.data["audience"]) for row in rows] == [("t.csv:3", None, 5)]


@pytest.mark.parametrize("separator, kind", [(";", "semicolon-separated"), ("\t", "tab-separated")])
def test_excels_sep_line_for_another_separator_says_what_to_do(tmp_path, separator, kind):
    path = tmp_path / "sep.csv"
    path.write_text(f"sep={separator}\nname{separator}audience\nA{separator}5\n", encoding="utf-8")
    assert header_problem(str(path), None) == (
        f"{path} line 1 is Excel's 'sep={separator}' line: the file is {kind}, and wxdesk reads comma-separated "
        "CSV; save it with commas between the cells (in Excel, 'CSV UTF-8 (Comma delimited)').")


def test_comments_before_the_header_are_not_held():
    numbered = _NumberedLines(["# a comment\n"] * 10_000 + ["\n"] * 10 + ["name\n", "A\n"])
    _skip_leading_comments(numbered)
    assert len(numbered.taken_text()) <= len("# a comment\n")
    assert next(numbered) == "name\n" and numbered.number == 10_011
