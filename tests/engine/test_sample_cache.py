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
