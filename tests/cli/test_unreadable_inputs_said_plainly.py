"""An input path that cannot be read is said in plain words by evaluate, as flips says it: evaluate said the system's
"Too many levels of symbolic links.", "File name too long." and "Not a directory."."""

import os

import pytest

from wxdesk.batch.sources import file_rows, input_problem
from wxdesk.cli import main


@pytest.fixture
def places(tmp_path):
    os.symlink(tmp_path / "loop2.json", tmp_path / "loop1.json")
    os.symlink(tmp_path / "loop1.json", tmp_path / "loop2.json")
    (tmp_path / "notadir.json").write_text("{}", encoding="utf-8")
    return tmp_path


def _cases(tmp_path):
    long_name = str(tmp_path / ("a" * 300 + ".json"))
    return [
        (str(tmp_path / "loop1.json"), "its symbolic links lead round in a loop"),
        (long_name, "the name is too long"),
        (str(tmp_path / "notadir.json" / "x.json"), f"{tmp_path / 'notadir.json'} is a file, not a folder"),
    ]


@pytest.mark.parametrize("case", range(3))
@pytest.mark.parametrize("command", [["evaluate"], ["evaluate", "--format", "csv"], ["flips"]])
def test_each_is_said_as_flips_says_it(places, capsys, case, command):
    path, said = _cases(places)[case]
    assert main([*command, path]) == 2
    assert capsys.readouterr().err == f"wxdesk: {path} cannot be read: {said}.\n"


def test_the_batchs_own_readers_say_it_alike(places):
    for path, said in _cases(places):
        assert input_problem(path) == f"{path} cannot be read: {said}"
        (row,) = file_rows(path, "csv")
        assert row.error == f"{path} cannot be read: {said}."
