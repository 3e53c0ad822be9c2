"""An output name longer than the system allows is refused in the sentence `report` says it with, exit status 2:
`evaluate … -o` and a 300-letter name ended in "internal error (OSError) … File name too long" (exit 1), from the
check whether the name is a folder, before the output was looked at as every output is."""

from __future__ import annotations

import pytest

from wxdesk.cli import main

LONG = "a" * 300


@pytest.mark.parametrize("words, name", [
    (["evaluate", "--preset", "yoga_teacher", "--preset", "bank_care"], f"{LONG}.csv"),
    (["evaluate", "--preset", "yoga_teacher", "--preset", "bank_care"], f"{LONG}/x.csv"),
    (["evaluate", "--preset", "bank_care", "--format", "csv"], LONG),
    (["evaluate", "--preset", "bank_care"], LONG),
    (["report", "--preset", "bank_care", "--lang", "en"], f"{LONG}.pdf"),
    (["share", "--preset", "bank_care", "--lang", "en"], f"{LONG}/x.png"),
])
def test_a_name_too_long_is_said_so_and_nothing_is_written(tmp_path, monkeypatch, capsys, words, name):
    monkeypatch.chdir(tmp_path)
    assert main([*words, "-o", name]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"wxdesk: {tmp_path}/{name} cannot be written: the name is too long.\n"
    assert list(tmp_path.iterdir()) == []
