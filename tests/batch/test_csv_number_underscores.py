"""A CSV cell's number may hold underscores only as Python writes them, one between two digits (1_000_000): every
underscore was taken out before the number was read, so that 1__0 read as 10 years and 1__000 as ¥1,000, where
Python, and the same table's overrides.FIGURE columns, refuse them, as "500,000" is refused."""

from __future__ import annotations

import pytest

from wxdesk.batch.sources import RowError, csv_row_to_scenario


@pytest.mark.parametrize("column, text", [("horizon_years", "1__0"), ("budget_cny", "1__000"), ("audience", "_5"),
                                          ("audience", "5_"), ("china_share", "0._5"), ("budget_cny", "1_e5")])
def test_underscores_python_refuses_are_refused_in_a_plain_sentence(column, text):
    with pytest.raises(RowError) as refused:
        csv_row_to_scenario({"name": "a", column: text})
    assert str(refused.value) == f"Column '{column}' must be a number, not \"{text}\"."


@pytest.mark.parametrize("column, text, value", [("budget_cny", "1_000_000", 1_000_000), ("horizon_years", "1_0", 10),
                                                 ("china_share", "0.2_5", 0.25), ("budget_cny", "5e1_0", 5e10)])
def test_underscores_between_digits_read_as_python_reads_them(column, text, value):
    assert csv_row_to_scenario({"name": "a", column: text})[column] == value


def test_a_figures_column_refuses_them_alike():
    with pytest.raises(RowError):
        csv_row_to_scenario({"name": "a", "overrides.app_build_cny": "1__0"})
