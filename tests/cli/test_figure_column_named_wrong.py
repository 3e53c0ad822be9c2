"""A table's overrides.FIGURE column that names no figure refuses the file up front, as a column that is no field
does: overrides.app_buld_cny failed each row that gave it a value ("1 of 2 rows failed … names no figure of the data
pack") and let a row that left it empty be evaluated without the figure its author meant to change."""

import pytest

from wxdesk.cli import main
from wxdesk.paths import resource_path

PACK = str(resource_path("datapack.toml"))


@pytest.fixture
def typo(tmp_path):
    path = tmp_path / "typo.csv"
    path.write_text("name,overrides.app_buld_cny\nA,90000\nB,\n", encoding="utf-8")
    return path


def test_evaluate_refuses_the_table_naming_the_column_and_the_figure_meant(typo, tmp_path, capsys):
    out = tmp_path / "results.csv"
    assert main(["evaluate", str(typo), "-o", str(out)]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (f"wxdesk: {typo} line 1: Column 'overrides.app_buld_cny' names no figure of the data pack "
                        "(did you mean 'overrides.app_build_cny'?).\n")
    assert not out.exists()


def test_a_column_near_no_figure_is_refused_without_a_guess(tmp_path, capsys):
    table = tmp_path / "ov2.csv"
    table.write_text("name,overrides.nosuch\nA,\n", encoding="utf-8")
    assert main(["evaluate", str(table)]) == 2
    said = capsys.readouterr().err
    assert said == f"wxdesk: {table} line 1: Column 'overrides.nosuch' names no figure of the data pack.\n"


def test_diff_pack_refuses_it_too(typo, capsys):
    assert main(["diff-pack", PACK, PACK, str(typo), "-q"]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (f"wxdesk: {typo} line 1: Column 'overrides.app_buld_cny' names no figure of either data "
                        "pack (did you mean 'overrides.app_build_cny'?).\n")
