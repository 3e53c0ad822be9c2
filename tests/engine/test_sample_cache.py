"""A start's samples are read back from the user's cache, and are the very numbers drawn."""

import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from wxdesk.engine import load_datapack, parse_cache, sample_cache
from wxdesk.engine.sampling import _sample, pack_key


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(sample_cache, "cache_folder", lambda: tmp_path / "cache")
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def drawn():
    pack = load_datapack()
    return pack, {fid: _sample(pack.seed, pack.samples, fig) for fid, fig in pack.figures.items()}


def test_samples_read_back_are_the_samples_drawn(folder, drawn):
    pack, samples = drawn
    sample_cache.remember(pack_key(pack), samples)
    back = sample_cache.recall(pack_key(pack), list(pack.figures))
    assert back is not None and list(back) == list(pack.figures)
    for fid, values in samples.items():
        assert back[fid].tobytes() == values.tobytes()
        assert not back[fid].flags.writeable


def test_other_figures_or_another_numpy_find_nothing(folder, drawn, monkeypatch):
    pack, samples = drawn
    sample_cache.remember(pack_key(pack), samples)
    moved = pack.with_overrides({"usd_cny": {"low": 6.0, "likely": 7.0, "high": 8.0}})
    assert sample_cache.recall(pack_key(moved), list(moved.figures)) is None
    monkeypatch.setattr(np, "__version__", "0.0.0")
    assert sample_cache.recall(pack_key(pack), list(pack.figures)) is None


def test_a_cut_short_file_finds_nothing(folder, drawn):
    pack, samples = drawn
    sample_cache.remember(pack_key(pack), samples)
    path = folder / sample_cache.CACHE_NAME
    path.write_bytes(path.read_bytes()[:-8])
    assert sample_cache.recall(pack_key(pack), list(pack.figures)) is None


START = textwrap.dedent("""
    import json, sys
    from wxdesk.engine import evaluate, load_datapack, Scenario
    evaluation = evaluate(Scenario(), load_datapack())
    print(json.dumps({"random_loaded": "numpy.random" in sys.modules, "answer": evaluation.to_dict()},
                     default=str))
""")


def test_a_second_start_evaluates_the_same_without_drawing(tmp_path):
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}

    def start():
        result = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    first, second = start(), start()
    assert first["random_loaded"] and not second["random_loaded"]
    assert second["answer"] == first["answer"]
    assert (tmp_path / "cache" / "wxdesk" / parse_cache.CACHE_NAME).is_file()


def test_a_file_of_the_first_format_is_not_read(folder, drawn):
    """Format 1 wrote the key out as text; such a file is drawn again rather than taken for samples."""
    pack, samples = drawn
    key = pack_key(pack)
    ids = [figure[0] for figure in key[2]]
    old = repr((1, np.__version__, sys.byteorder, key)).encode("utf-8") + b"\n"
    folder.mkdir(parents=True)
    (folder / sample_cache.CACHE_NAME).write_bytes(old + np.stack([samples[fid] for fid in ids]).tobytes())
    assert sample_cache.recall(key, list(pack.figures)) is None


def _first_range_changed(key, **changes):
    """`key` with its first figure's id or range changed."""
    fid, low, likely, high = key[2][0]
    first = (changes.get("fid", fid), changes.get("low", low), changes.get("likely", likely), high)
    return (key[0], key[1], (first, *key[2][1:]))


@pytest.mark.parametrize("changes", [
    {"likely": "next float up"},  # one bit of one value
    {"fid": 'quoted", "id'},  # ids that could run into each other if written carelessly
    {"fid": "two\nlines"},
])
def test_a_key_differing_anywhere_finds_nothing(folder, drawn, changes):
    pack, samples = drawn
    key = pack_key(pack)
    sample_cache.remember(key, samples)
    if changes.get("likely") == "next float up":
        changes = {"likely": float(np.nextafter(key[2][0][2], np.inf))}
    other = _first_range_changed(key, **changes)
    assert other != key
    assert sample_cache.recall(other, [figure[0] for figure in other[2]]) is None
    assert sample_cache.recall(key, list(pack.figures)) is not None


def test_a_negative_zero_is_told_from_zero(folder, drawn):
    """Equal as numbers, but a range from -0.0 may draw -0.0 where one from 0.0 draws 0.0."""
    pack, samples = drawn
    key = _first_range_changed(pack_key(pack), low=0.0)
    order = [figure[0] for figure in key[2]]
    sample_cache.remember(key, samples)
    assert sample_cache.recall(key, order) is not None
    assert sample_cache.recall(_first_range_changed(key, low=-0.0), order) is None
