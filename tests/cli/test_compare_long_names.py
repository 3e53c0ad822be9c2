"""One long name, client or file name does not widen every line of `compare`'s table: a 2,000-character name made
each line 2,084 characters wide. The table cuts such a text short with "…"; the JSON keeps it whole."""

import json

from wxdesk.cli import main
from wxdesk.engine import Scenario


def _files(tmp_path, *pairs):
    paths = []
    for stem, changes in pairs:
        data = json.loads(Scenario(name="x").to_json())
        data.update(changes)
        path = tmp_path / f"{stem}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_a_long_name_and_client_are_cut_in_the_table_only(tmp_path, capsys):
    paths = _files(tmp_path, ("long", {"name": "L" * 2000, "client": "C" * 2000}),
                   ("F" * 200, {"name": "短" * 1000, "client": "a client"}))
    assert main(["compare", *paths]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= 130
    assert any("L" * 29 + "…" in line for line in lines) and any("C" * 29 + "…" in line for line in lines)
    assert "F" * 29 + "…" in lines[0]
    assert main(["compare", *paths, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert [s["name"] for s in said["scenarios"]] == ["L" * 2000, "短" * 1000]
    assert said["scenarios"][1]["label"] == "F" * 200


def test_texts_that_differ_only_past_the_cut_stay_whole(tmp_path, capsys):
    words = " ".join(["word"] * 40)
    paths = _files(tmp_path, ("a", {"name": words + " one"}), ("b", {"name": words + " two"}))
    assert main(["compare", *paths]) == 0
    out = capsys.readouterr().out
    assert "…" not in out and "one" in out and "two" in out


def test_a_short_name_is_written_as_it_is(tmp_path, capsys):
    paths = _files(tmp_path, ("a", {"name": "Noodle bar on Renmin Road"}), ("b", {"name": "Tea shop"}))
    assert main(["compare", *paths]) == 0
    out = capsys.readouterr().out
    assert "Noodle bar on Renmin Road" in out and "…" not in out
