"""The bundled pack's parsed TOML is remembered between starts, and never stands in for other bytes."""

import os
import pickle
import tomllib

import pytest

from wxdesk.engine import DataPackError, parse_cache
from wxdesk.engine.datapack import _load
from wxdesk.paths import resource_path


@pytest.fixture
def cache(tmp_path, monkeypatch):
    path = tmp_path / "cache" / parse_cache.CACHE_NAME
    monkeypatch.setattr(parse_cache, "cache_path", lambda: path)
    return path


@pytest.fixture
def pack_file(tmp_path):
    path = tmp_path / "datapack.toml"
    path.write_bytes(resource_path("datapack.toml").read_bytes())
    return path


def _refuse_to_parse(monkeypatch):
    def refuse(_text):
        raise AssertionError("parsed although the parse was remembered")
    monkeypatch.setattr(tomllib, "loads", refuse)


def test_a_second_load_reads_the_remembered_parse_and_gives_the_same_pack(cache, pack_file, monkeypatch):
    first = _load(pack_file, remember_parse=True)
    assert cache.is_file()
    _refuse_to_parse(monkeypatch)
    second = _load(pack_file, remember_parse=True)
    assert second == first


def test_a_pack_whose_bytes_changed_is_parsed_again(cache, pack_file):
    first = _load(pack_file, remember_parse=True)
    text = pack_file.read_text(encoding="utf-8")
    released = f'released = "{first.released}"'
    assert released in text
    pack_file.write_text(text.replace(released, 'released = "2026-01-02"'), encoding="utf-8")
    assert _load(pack_file, remember_parse=True).released == "2026-01-02"
    # And the new parse is the one remembered now.
    assert parse_cache.recall(pack_file.read_bytes())["pack"]["released"] == "2026-01-02"


def test_a_remembered_parse_is_validated_like_a_fresh_one(cache, pack_file, monkeypatch):
    raw = pack_file.read_bytes()
    broken = tomllib.loads(raw.decode("utf-8"))
    broken["figures"]["usd_cny"]["value"] = -1.0
    parse_cache.remember(raw, broken)
    _refuse_to_parse(monkeypatch)
    with pytest.raises(DataPackError, match="usd_cny"):
        _load(pack_file, remember_parse=True)


def test_only_the_bundled_packs_load_remembers(cache, pack_file):
    _load(pack_file)
    assert not cache.exists()


class _Planted:
    def __reduce__(self):
        return (os.system, ("echo planted",))


@pytest.mark.parametrize("content", [b"", b"not a pickle", pickle.dumps(_Planted()),
                                     pickle.dumps((parse_cache.CACHE_FORMAT, b"x", _Planted()))])
def test_a_damaged_or_planted_cache_is_no_cache(cache, pack_file, content, monkeypatch):
    cache.parent.mkdir(parents=True)
    cache.write_bytes(content)
    ran = []
    monkeypatch.setattr(os, "system", lambda command: ran.append(command))
    assert parse_cache.recall(b"x") is None
    assert ran == []
    assert _load(pack_file, remember_parse=True).figures  # parsed as before, and remembered again
    assert parse_cache.recall(pack_file.read_bytes()) is not None


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path, pack_file, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(parse_cache, "cache_path", lambda: blocker / parse_cache.CACHE_NAME)
    assert _load(pack_file, remember_parse=True).figures
