"""Output never touches input: `report` with its output on each of its inputs, through links to them, on a
planted `<output>.partial` link, on devices and link loops; every input stays byte-identical."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile import BUNDLED_PACK, RELEASED, assert_one_sentence, hostile_input, run_cli, write

from wxdesk.engine.packs import import_pack, remove_imported_pack, user_pack_path
from wxdesk.paths import resource_path

PRESET = resource_path("presets", "car_brand.json").read_bytes()


@pytest.fixture
def inputs(tmp_path):
    """A scenario file and a data pack, and every file whose bytes must not change."""
    scenario = tmp_path / "good.json"
    scenario.write_bytes(PRESET)
    pack = write(tmp_path / "p.toml", BUNDLED_PACK)
    guarded = [scenario, pack, resource_path("datapack.toml"), *resource_path("presets").glob("*.json")]
    before = {p: p.read_bytes() for p in guarded}
    yield scenario, pack
    for path, data in before.items():
        assert path.read_bytes() == data, f"{path} changed"


def _target(kind: str, scenario: Path, pack: Path, tmp_path: Path) -> str:
    if kind == "scenario":
        return str(scenario)
    if kind == "pack":
        return str(pack)
    if kind == "symlink-to-scenario":
        (tmp_path / "link.pdf").symlink_to(scenario)
        return str(tmp_path / "link.pdf")
    if kind == "hardlink-to-pack":
        os.link(pack, tmp_path / "hard.pdf")
        return str(tmp_path / "hard.pdf")
    if kind == "relative-scenario":
        return os.path.relpath(scenario)
    if kind == "dotted-scenario":
        return str(tmp_path / "." / ".." / tmp_path.name / "good.json")
    if kind == "bundled-pack":
        return str(resource_path("datapack.toml"))
    if kind == "link-loop":
        (tmp_path / "a.pdf").symlink_to(tmp_path / "b.pdf")
        (tmp_path / "b.pdf").symlink_to(tmp_path / "a.pdf")
        return str(tmp_path / "a.pdf")
    if kind == "dangling-link":
        (tmp_path / "d.pdf").symlink_to(tmp_path / "nowhere" / "x.pdf")
        return str(tmp_path / "d.pdf")
    if kind == "fifo":
        os.mkfifo(tmp_path / "f.pdf")
        return str(tmp_path / "f.pdf")
    if kind == "folder":
        return str(tmp_path)
    return kind  # a device path


TARGETS = ["scenario", "pack", "symlink-to-scenario", "hardlink-to-pack", "relative-scenario", "dotted-scenario",
           "bundled-pack", "link-loop", "dangling-link", "fifo", "folder", "/dev/null", "/dev/full"]


@pytest.mark.parametrize("kind", TARGETS)
def test_report_refuses_an_output_on_an_input_or_not_a_file(tmp_path, monkeypatch, inputs, kind):
    scenario, pack = inputs
    monkeypatch.chdir(tmp_path)
    target = _target(kind, scenario, pack, tmp_path)
    with hostile_input():
        code, out, err = run_cli("report", str(scenario), "--pack", str(pack), "-o", target)
        assert_one_sentence(code, err)
        assert not any(p.name.startswith(".wxdesk-") for p in tmp_path.iterdir()), "no temporary left"


def test_report_of_a_partial_file_onto_its_own_name(tmp_path, monkeypatch):
    """`report x.pdf.partial -o x.pdf` once deleted the scenario it read."""
    source = tmp_path / "x.pdf.partial"
    source.write_bytes(PRESET)
    with hostile_input():
        code, out, err = run_cli("report", str(source), "-o", str(tmp_path / "x.pdf"), "--lang", "en")
        assert code == 0, err
        assert source.read_bytes() == PRESET and (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def test_a_planted_partial_link_is_never_followed(tmp_path, inputs):
    scenario, pack = inputs
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    (tmp_path / "out.pdf.partial").symlink_to(victim)
    (tmp_path / "out.partial.pdf").symlink_to(victim)
    with hostile_input():
        code, out, err = run_cli("report", str(scenario), "-o", str(tmp_path / "out.pdf"), "--lang", "en")
        assert code == 0, err
        assert victim.read_bytes() == b"precious"
        assert (tmp_path / "out.pdf").read_bytes().startswith(b"%PDF")


def test_report_on_the_imported_pack_is_refused(tmp_path, inputs):
    scenario, _pack = inputs
    import datetime as dt
    source = write(tmp_path / "newer.toml", BUNDLED_PACK.replace(
        f'released = "{RELEASED}"', f'released = "{dt.date.today().isoformat()}"', 1))
    import_pack(source)
    try:
        before = user_pack_path().read_bytes()
        with hostile_input():
            code, out, err = run_cli("report", str(scenario), "-o", str(user_pack_path()))
            assert_one_sentence(code, err, "data pack")
            assert user_pack_path().read_bytes() == before
    finally:
        remove_imported_pack()
