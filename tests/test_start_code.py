"""The dataclasses' methods compiled once and kept: the same classes, a start without compiling them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# In a fresh interpreter (the dataclasses module patched as the window's start patches it, with INSTALL),
# with the cache at CACHE_FILE: a few dataclasses made, what they do, and how many texts had to be compiled.
MAKE_CLASSES = textwrap.dedent("""
    import dataclasses, json, os, sys
    from pathlib import Path
    from wxdesk import start_code
    start_code.cache_path = lambda: Path(os.environ["CACHE_FILE"])
    if os.environ.get("INSTALL"):
        start_code.install()

    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: int = 2
        tags: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(order=True)
    class Money:
        amount: float
        currency: str = "CNY"

    compiled = start_code._state["new"]  # texts compiled, not found in what was kept
    p = Point(1)
    try:
        p.x = 5
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    start_code.save()
    print(json.dumps({
        "repr": repr(p), "eq": Point(1) == Point(1, 2, []), "hash": hash(Point(1, 2, ())) == hash(Point(1, 2, ())),
        "frozen": frozen, "order": Money(1.0) < Money(2.0), "default": Money(3.0).currency,
        "annotations": {k: repr(v) for k, v in Point.__init__.__annotations__.items()},
        "compiled": compiled,
    }))
""")


def _make(tmp_path: Path, install: bool, cache: Path, dont_write: bool = False) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"PYTHONPATH": str(ROOT), "CACHE_FILE": str(cache)})
    if install:
        env["INSTALL"] = "1"
    if dont_write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    result = subprocess.run([sys.executable, "-c", MAKE_CLASSES], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def plain(tmp_path):
    return _make(tmp_path, install=False, cache=tmp_path / "unused.marshal")


def _same_classes(seen: dict, plain: dict) -> bool:
    return {k: v for k, v in seen.items() if k != "compiled"} == {k: v for k, v in plain.items() if k != "compiled"}


def test_kept_code_makes_the_same_classes_and_spares_compiling_them(tmp_path, plain):
    cache = tmp_path / "__pycache__" / "kept.marshal"
    first = _make(tmp_path, install=True, cache=cache)
    assert cache.is_file()
    second = _make(tmp_path, install=True, cache=cache)
    assert _same_classes(first, plain) and _same_classes(second, plain)
    # Annotations are the objects, as Python makes them: not text, as this module's own __future__ would make them.
    assert plain["annotations"] == {"x": "<class 'int'>", "y": "<class 'int'>", "tags": "<class 'list'>",
                                    "return": "None"}
    assert first["compiled"] >= 5  # __init__, __repr__, __eq__, __hash__, __setattr__... compiled the first time
    assert second["compiled"] == 0  # and never again


def test_a_damaged_or_foreign_cache_is_no_cache(tmp_path, plain):
    cache = tmp_path / "kept.marshal"
    _make(tmp_path, install=True, cache=cache)
    stored = cache.read_bytes()
    header, checksum, body = stored.split(b"\n", 2)
    for damaged in (stored[:-10], header + b"\n" + checksum + b"\n" + body[:-1] + b"\x00",
                    b"wxdesk-dataclass-code 1 cpython-20 0\n" + checksum + b"\n" + body, b"not a cache"):
        cache.write_bytes(damaged)
        seen = _make(tmp_path, install=True, cache=cache)
        assert _same_classes(seen, plain)
        assert seen["compiled"] >= 5


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path, plain):
    cache = tmp_path / "kept.marshal"
    seen = _make(tmp_path, install=True, cache=cache, dont_write=True)
    assert _same_classes(seen, plain)
    assert not cache.exists()
