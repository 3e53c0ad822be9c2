"""Importing a data pack: a valid newer one is used; a broken one is refused and nothing changes."""

import datetime as dt
import re

import pytest

from wxdesk.engine import DataPackError, load_datapack
from wxdesk.engine.packs import active_pack, import_pack, is_imported, remove_imported_pack, user_pack_path
from wxdesk.paths import resource_path

BUNDLED = resource_path("datapack.toml").read_text(encoding="utf-8")
# A pack cannot be dated after today; today is never before the bundled pack's date.
TODAY = dt.date.today().isoformat()


@pytest.fixture(autouse=True)
def _no_imported_pack():
    remove_imported_pack()
    yield
    remove_imported_pack()


def _newer(text=BUNDLED, released=TODAY):
    return re.sub(r'^released = "[0-9-]+"', f'released = "{released}"', text, count=1, flags=re.M)


def test_a_valid_newer_pack_is_imported_and_used(tmp_path):
    source = tmp_path / "newer.toml"
    source.write_text(_newer().replace("likely = 450000", "likely = 520000", 1), encoding="utf-8")
    imported = import_pack(source)
    assert imported.released == TODAY
    assert user_pack_path().exists()
    active = active_pack()
    assert is_imported(active) and active.released == TODAY
    assert active.figures["app_build_cny"].likely == 520000
    assert source.read_text(encoding="utf-8").startswith("# wxdesk data pack")  # the source is untouched


@pytest.mark.parametrize("breakage", [
    lambda t: t.replace("[figures.app_build_cny]", "[figures.app_build_cny_renamed]"),  # a required figure missing
    lambda t: t.replace("likely = 450000", "likely = 4500000", 1),                     # likely above high
    lambda t: t.replace('format = "wxdesk-datapack"', 'format = "something-else"'),
    lambda t: t[: len(t) // 2],                                                         # cut off half-way
    lambda t: "not = [toml",
    lambda t: "",
])
def test_a_broken_pack_is_refused_and_nothing_changes(tmp_path, breakage):
    good = tmp_path / "good.toml"
    good.write_text(_newer(), encoding="utf-8")
    import_pack(good)
    before = user_pack_path().read_bytes()
    files_before = sorted(p.name for p in user_pack_path().parent.iterdir())

    broken = tmp_path / "broken.toml"
    broken.write_text(breakage(_newer()), encoding="utf-8")
    with pytest.raises(DataPackError) as raised:
        import_pack(broken)
    assert "broken.toml" in str(raised.value)
    assert user_pack_path().read_bytes() == before
    assert sorted(p.name for p in user_pack_path().parent.iterdir()) == files_before  # no temporary left
    assert active_pack().released == TODAY


def test_missing_file_and_folder_are_refused(tmp_path):
    for source in (tmp_path / "nothing.toml", tmp_path):
        with pytest.raises(DataPackError):
            import_pack(source)
    assert not user_pack_path().exists()
    assert not is_imported(active_pack())


def test_an_older_pack_than_the_bundled_one_is_refused(tmp_path):
    older = tmp_path / "older.toml"
    older.write_text(_newer(released="2025-01-01"), encoding="utf-8")
    with pytest.raises(DataPackError, match="keeps the newer figures"):
        import_pack(older)
    assert not user_pack_path().exists()


def test_a_damaged_imported_pack_falls_back_to_the_bundled_one(tmp_path):
    source = tmp_path / "newer.toml"
    source.write_text(_newer(), encoding="utf-8")
    import_pack(source)
    user_pack_path().write_text("garbage", encoding="utf-8")  # damaged outside wxdesk
    active = active_pack()
    assert not is_imported(active)
    assert active.released == load_datapack().released


def test_remove_goes_back_to_the_bundled_pack(tmp_path):
    source = tmp_path / "newer.toml"
    source.write_text(_newer(), encoding="utf-8")
    import_pack(source)
    assert remove_imported_pack().released == load_datapack().released
    assert not is_imported(active_pack())


def test_the_command_line_uses_the_imported_pack(tmp_path, capsys):
    from wxdesk.cli import main
    source = tmp_path / "newer.toml"
    source.write_text(_newer(), encoding="utf-8")
    import_pack(source)
    assert main(["evaluate", "--preset", "car_brand", "--json"]) == 0
    assert f'"data_pack": "{TODAY}"' in capsys.readouterr().out
