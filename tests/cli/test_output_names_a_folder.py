"""An output name that is a folder, or ends in a slash as a folder's does, is refused in a sentence naming it:
`evaluate t.json --format csv -o .` said "the output  is a folder" (the name missing), and `-o slash.csv/` or
`report … -o sub.pdf/` dropped the slash and wrote the file slash.csv, sub.pdf."""

from __future__ import annotations

import pytest

from wxdesk.batch.template import json_template
from wxdesk.cli import main
from wxdesk.safe_output import IS_FOLDER, OutputError, check_output

SLASHED = ("wxdesk: the output {} ends in a slash, so it names a folder, not a file; give a file name, without the "
           "slash at its end.\n")


@pytest.fixture
def scenario(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "t.json").write_text(json_template(), encoding="utf-8")
    return "t.json"


@pytest.mark.parametrize("given, inside", [(".", "results.csv"), ("sub", "sub/results.csv"),
                                           ("sub/", "sub/results.csv")])
def test_a_folder_as_the_output_is_named_as_given(tmp_path, capsys, scenario, given, inside):
    (tmp_path / "sub").mkdir()
    assert main(["evaluate", scenario, "--format", "csv", "-o", given]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"wxdesk: the output {given} is a folder; name a file inside it, such as {inside}.\n"


@pytest.mark.parametrize("words, name", [
    (["evaluate", "--format", "csv"], "slash.csv/"), (["evaluate"], "slash.csv/"), (["evaluate"], "out/"),
    (["evaluate", "--preset", "bank_care"], "rows.jsonl/"),
    (["report", "--lang", "en"], "sub.pdf/"), (["share", "--lang", "en"], "sub.png/"),
])
def test_a_name_ending_in_a_slash_is_refused_and_nothing_is_written(tmp_path, capsys, scenario, words, name):
    assert main([words[0], scenario, *words[1:], "-o", name]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", SLASHED.format(name))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.json"]


def test_a_file_named_with_a_slash_after_it_is_left_as_it_was(tmp_path, capsys, scenario):
    earlier = "row,source,error\n1,a.csv:2,\n"
    (tmp_path / "keep.csv").write_text(earlier, encoding="utf-8")
    assert main(["evaluate", scenario, "-o", "keep.csv/"]) == 2
    assert capsys.readouterr().err == SLASHED.format("keep.csv/")
    assert (tmp_path / "keep.csv").read_text(encoding="utf-8") == earlier


def test_the_safe_writer_refuses_it_for_every_caller(tmp_path):
    with pytest.raises(OutputError) as refused:
        check_output(f"{tmp_path}/x.pdf/")
    assert refused.value.reason == IS_FOLDER and "ends in a slash" in str(refused.value)
    assert check_output(tmp_path / "x.pdf") == tmp_path / "x.pdf"
