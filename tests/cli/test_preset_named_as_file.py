"""A preset's name given where a scenario file is expected: the sentence says how to ask for the example."""

from __future__ import annotations

import pytest

from wxdesk.cli import main

HINT = "for the bundled example of that name, give --preset car_brand"


@pytest.fixture
def empty_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # (so that no car_brand file is found where the name is looked for)
    return tmp_path


@pytest.mark.parametrize("args", [
    ["evaluate", "car_brand"],
    ["evaluate", "car_brand.json", "--json"],
    ["flips", "car_brand"],
    ["sensitivity", "car_brand.json"],
    ["report", "car_brand", "-o", "out.pdf"],
    ["share", "car_brand", "-o", "out.png"],
    ["compare", "car_brand", "--preset", "bank_care"],
    ["diff-pack", "old.toml", "new.toml", "car_brand"],
])
def test_a_preset_named_as_a_file_is_pointed_to_its_option(empty_folder, capsys, args):
    if args[0] == "diff-pack":  # (two packs that exist, so that the missing scenario is what is said)
        from wxdesk.paths import resources_dir
        pack = (resources_dir() / "datapack.toml").read_bytes()
        (empty_folder / "old.toml").write_bytes(pack)
        (empty_folder / "new.toml").write_bytes(pack)
    assert main(args) == 2
    captured = capsys.readouterr()
    named = "car_brand.json" if "car_brand.json" in args else "car_brand"
    assert captured.err.startswith(f"wxdesk: {named} does not exist; {HINT}")
    assert captured.err.count("\n") == 1 and captured.out == ""
    assert sorted(p.name for p in empty_folder.iterdir()) == sorted(
        ["old.toml", "new.toml"] if args[0] == "diff-pack" else [])  # nothing written


@pytest.mark.parametrize("name", ["nosuch", "elsewhere/car_brand", "car_brand.csv"])
def test_a_missing_file_that_is_no_preset_gets_no_hint(empty_folder, capsys, name):
    assert main(["flips", name]) == 2
    err = capsys.readouterr().err
    assert "does not exist" in err and "--preset" not in err


def test_a_file_of_a_presets_name_is_read_as_the_file(empty_folder, capsys):
    """Where the file is there, it is what the user named: read, not the example."""
    from wxdesk.engine import load_preset
    (empty_folder / "car_brand").write_text(load_preset("yoga_teacher").to_json(), encoding="utf-8")
    assert main(["evaluate", "car_brand"]) == 0
    out = capsys.readouterr().out
    assert load_preset("yoga_teacher").name in out and load_preset("car_brand").name not in out
