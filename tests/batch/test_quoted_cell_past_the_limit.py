"""A CSV quoted cell that runs past the csv module's limit on a cell is followed to the quote that closes it: the
record fails in words that say so, and the lines inside the cell are no rows. A cell closed 3,000,000 lines later
was said to be one "no later quote closes", and then each line inside it was evaluated as a scenario of its own. A
quote that no later quote closes (a stray quote) still fails its own row alone, and the lines after it are rows."""

from __future__ import annotations

import csv
import io

import pytest

from wxdesk.batch import sources
from wxdesk.batch.sources import stdin_rows

CELL_LIMIT = 1000


@pytest.fixture(autouse=True)
def small_cells():
    before = csv.field_size_limit(CELL_LIMIT)
    yield
    csv.field_size_limit(before)


def _rows(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(row.source, row.data and row.data["name"], row.error)
            for row in stdin_rows("csv", io.StringIO(text))]


def _table(inside: int, closes: bool) -> str:
    return ("name,budget_cny\nfirst,1000\n\"open,2000\n" + "inside,3000\n" * inside
            + ('closes",4000\n' if closes else "") + "after,5000\n")


def test_a_quoted_cell_closed_far_below_is_one_failed_row_and_no_line_inside_it_is_a_scenario():
    rows = _rows(_table(300, closes=True))
    assert rows == [
        ("stdin:2", "first", None),
        ("stdin:3", None, "stdin line 3: the line is not valid CSV (the quoted cell that opens on it runs on to "
                          "line 304, past the 1,000 characters a cell may hold; the lines inside it were not read as "
                          "rows)."),
        ("stdin:305", "after", None),
    ]


def test_a_quote_no_later_quote_closes_still_fails_alone_and_the_lines_after_it_are_rows():
    rows = _rows(_table(300, closes=False))
    assert rows[1] == ("stdin:3", None, "stdin line 3: the line is not valid CSV (a quote opens a cell that no later "
                                        "quote closes).")
    assert [name for _source, name, _error in rows[2:]] == ["inside"] * 300 + ["after"]
    assert [source for source, _name, _error in rows[-2:]] == ["stdin:303", "stdin:304"]


def test_past_what_may_be_held_the_lines_after_a_stray_quote_are_said_not_read(monkeypatch):
    monkeypatch.setattr(sources, "LOOK_AHEAD_CHARS", 5000)
    rows = _rows(_table(300, closes=False))
    assert rows == [
        ("stdin:2", "first", None),
        ("stdin:3", None, "stdin line 3: the line is not valid CSV (a quote opens a cell that no later quote closes, "
                          "and the 301 lines after it, too many to be read again as rows, were not read; close or "
                          "remove the quote)."),
    ]


def test_a_cell_closed_beyond_what_may_be_held_is_followed_to_its_end(monkeypatch):
    monkeypatch.setattr(sources, "LOOK_AHEAD_CHARS", 5000)
    rows = _rows(_table(300, closes=True))
    assert [(source, name) for source, name, _error in rows] == [("stdin:2", "first"), ("stdin:3", None),
                                                                   ("stdin:305", "after")]


def test_a_file_by_its_path_reads_so_too(tmp_path):
    table = tmp_path / "q.csv"
    table.write_text(_table(300, closes=True), encoding="utf-8")
    rows = list(sources.file_rows(str(table), None))
    assert [row.source for row in rows] == [f"{table}:2", f"{table}:3", f"{table}:305"]
    assert "runs on to line 304" in rows[1].error
