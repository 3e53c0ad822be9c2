"""The dataclasses' methods compiled once and kept: the same classes, a start without compiling them."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import pytest
from fresh_python import last_json

from wxdesk import start_code

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
    return _run_start(MAKE_CLASSES, tmp_path, install, cache, dont_write)


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


def test_the_texts_are_kept_by_their_hash_not_whole(tmp_path, plain):
    """The texts themselves, shiboken's signature support among them, made reading the file twice as slow."""
    cache = tmp_path / "kept.marshal"
    _make(tmp_path, install=True, cache=cache)
    _header, _checksum, body = cache.read_bytes().split(b"\n", 2)
    code, _patterns = marshal.loads(body)
    assert len(code) >= 5
    for kind, text_hash, filename, mode, flags in code:
        assert (kind, filename, mode, type(flags)) == ("str", "<string>", "exec", int)
        assert isinstance(text_hash, bytes) and len(text_hash) == 8
    assert b"def __create_fn__(" not in body  # the start of every text dataclasses compiles


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



# In a fresh interpreter (NumPy without its docstrings with SKIP, as the window's start imports it):
# NumPy at work, and the engine's answer for every bundled preset, as text.
NUMPY_WITHOUT_DOCSTRINGS = textwrap.dedent("""
    import json, os, sys
    from wxdesk import start_numpy
    if os.environ.get("SKIP"):
        start_numpy.skip_docstrings()
    import numpy as np
    from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids
    pack = load_datapack()
    print(json.dumps({
        "docstring": np.array.__doc__ is not None and np.ndarray.sum.__doc__ is not None,
        "finder_left": any(type(f).__name__ == "_WithoutDocstrings" for f in sys.meta_path),
        "arrays": [float(x) for x in np.cumsum(np.linspace(0.5, 2.5, 5)) @ np.eye(5)],
        "answers": [repr(evaluate(load_preset(preset), pack)) for preset in preset_ids()],
    }))
""")


def _numpy(tmp_path: Path, skip: bool) -> dict:
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache"), **({"SKIP": "1"} if skip else {})}
    return last_json(NUMPY_WITHOUT_DOCSTRINGS, tmp_path, env)


def test_numpy_without_its_docstrings_gives_the_same_answers(tmp_path):
    plain, skipped = _numpy(tmp_path, skip=False), _numpy(tmp_path, skip=True)
    assert plain["docstring"] and not skipped["docstring"]  # the docstrings were all it left out
    assert not skipped["finder_left"]  # and it leaves the import system as it found it
    assert skipped["arrays"] == plain["arrays"] == [0.5, 1.5, 3.0, 5.0, 7.5]
    assert len(plain["answers"]) >= 3 and skipped["answers"] == plain["answers"]


# `wxdesk` starting its window (run_gui stood in for): what the start did before the engine loaded.
WINDOW_START = textwrap.dedent("""
    import dataclasses, json, sys
    from wxdesk.ui import app
    assert "numpy" not in sys.modules
    from wxdesk import start_code

    def run_gui(**_kwargs):
        import numpy
        import re
        print(json.dumps({"numpy_docstrings": numpy.array.__doc__ is not None,
                          "dataclass_code_kept": vars(dataclasses).get("exec") is start_code._exec,
                          "patterns_kept": re._compiler.compile is start_code._compiled_pattern}))
        return 0

    app.run_gui = run_gui
    from wxdesk.cli import main
    sys.exit(main([]))
""")


def test_the_window_start_and_only_it_loads_numpy_without_docstrings(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "WXDESK_LOG_DIR": str(tmp_path / "logs")}
    assert last_json(WINDOW_START, tmp_path, env) == {"numpy_docstrings": False, "dataclass_code_kept": True,
                                                      "patterns_kept": True}
    # A command (the engine, and NumPy with it, loaded by main) leaves NumPy, and re's compiler, as they are.
    command = subprocess.run([sys.executable, "-c", "import sys; from wxdesk.cli import main; "
                              "status = main(['presets']); import numpy, re; "
                              "sys.exit(status or (numpy.array.__doc__ is None) "
                              "or re._compiler.compile.__module__ != 're._compiler')"],
                             env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert command.returncode == 0, command.stderr


# Code compiled by the builtin compile while compiling_kept() stands in for it, from a module with and one
# without `from __future__ import annotations` (what the builtin inherits from its caller).
COMPILE_KEPT = textwrap.dedent("""
    import builtins, json, os, sys
    from pathlib import Path
    from wxdesk import start_code
    start_code.cache_path = lambda: Path(os.environ["CACHE_FILE"])
    if os.environ.get("INSTALL"):
        start_code.install()
    Path("future_caller.py").write_text(
        "from __future__ import annotations\\n"
        "def make(source):\\n"
        "    return compile(source, 'made.py', 'exec')\\n")
    Path("plain_caller.py").write_text(
        "def make(source):\\n"
        "    return compile(source, 'made.py', 'exec')\\n")
    sys.path.insert(0, ".")
    source = "def f(x: int) -> None:\\n    return x * 2\\n"
    seen = {}
    import future_caller, plain_caller  # (imported outside: a module's own source may have no bytecode yet)
    with start_code.compiling_kept():
        for name, caller in (("future", future_caller), ("plain", plain_caller)):
            namespace = {}
            exec(caller.make(source), namespace)
            seen[name] = [repr(v) for v in namespace["f"].__annotations__.values()] + [namespace["f"](21)]
        seen["ast"] = type(compile(source, "made.py", "exec", 0x400)).__name__  # ast.PyCF_ONLY_AST: the builtin's
    seen["restored"] = builtins.compile is start_code._builtin_compile
    seen["compiled"] = start_code._state["new"]
    start_code.save()
    print(json.dumps(seen))
""")


def _run_start(script: str, tmp_path: Path, install: bool, cache: Path, dont_write: bool = False) -> dict:
    """`script` in a fresh interpreter that writes bytecode (unless `dont_write`), with CACHE_FILE (and
    INSTALL) set: its last line's JSON."""
    env = {"CACHE_FILE": str(cache), **({"INSTALL": "1"} if install else {}),
           **({"PYTHONDONTWRITEBYTECODE": "1"} if dont_write else {})}
    return last_json(script, tmp_path, env, drop=["PYTHONDONTWRITEBYTECODE"], timeout=60)


def _compile_kept(tmp_path: Path, install: bool, cache: Path) -> dict:
    return _run_start(COMPILE_KEPT, tmp_path, install, cache)


def test_compile_gives_the_builtins_code_and_keeps_it_only_once_installed(tmp_path):
    cache = tmp_path / "kept.marshal"
    plain = _compile_kept(tmp_path, install=False, cache=cache)
    assert plain["compiled"] == 0 and not cache.exists()  # not installed: the builtin itself
    first = _compile_kept(tmp_path, install=True, cache=cache)
    second = _compile_kept(tmp_path, install=True, cache=cache)
    expected = {"future": ["'int'", "'None'", 42], "plain": ["<class 'int'>", "None", 42], "ast": "Module",
                "restored": True}
    for seen in (plain, first, second):
        assert {k: v for k, v in seen.items() if k != "compiled"} == expected
    assert first["compiled"] == 2  # one per set of flags
    assert second["compiled"] == 0


# As the frozen app starts its window (sys.frozen and sys._MEIPASS as PyInstaller's bootloader sets them, with
# the interpreter writing no bytecode): a few dataclasses made, and what was compiled, kept and where.
FROZEN_START = textwrap.dedent("""
    import dataclasses, json, os, sys
    from pathlib import Path
    import platformdirs
    sys.frozen = True
    sys._MEIPASS = os.environ["BUNDLE"]
    sys.dont_write_bytecode = True
    from wxdesk import start_code
    start_code.install()

    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: int = 2

    compiled = start_code._state["new"]
    made = repr(Point(1)), Point(1) == Point(1, 2)
    start_code.save()
    folder = Path(platformdirs.user_cache_dir("wxdesk", appauthor=False))
    path = start_code.cache_path()
    print(json.dumps({"compiled": compiled, "made": made, "path": str(path) if path else None,
                      "in_cache_folder": path is not None and path.parent == folder,
                      "kept": sorted(p.name for p in folder.glob("*.marshal")) if folder.is_dir() else []}))
""")


def _frozen_start(tmp_path: Path, build: str | None) -> dict:
    bundle = tmp_path / "bundle"
    bundle.mkdir(exist_ok=True)
    (bundle / "wxdesk-build-id").unlink(missing_ok=True)
    if build is not None:
        (bundle / "wxdesk-build-id").write_text(build + "\n", encoding="ascii")
    return last_json(FROZEN_START, tmp_path, {"BUNDLE": str(bundle), "XDG_CACHE_HOME": str(tmp_path / "cache")},
                     timeout=60)


def test_the_frozen_app_keeps_its_code_in_the_users_cache_named_by_its_build(tmp_path):
    build, other = "a" * 32, "b" * 32
    first = _frozen_start(tmp_path, build)
    assert first["in_cache_folder"] and build in Path(first["path"]).name
    assert first["compiled"] >= 3 and first["kept"] == [Path(first["path"]).name]
    again = _frozen_start(tmp_path, build)
    assert again["compiled"] == 0 and again["made"] == first["made"]
    # Another build never reads this build's code: it compiles its own, and keeps it beside.
    rebuilt = _frozen_start(tmp_path, other)
    assert other in Path(rebuilt["path"]).name and rebuilt["compiled"] == first["compiled"]
    assert rebuilt["made"] == first["made"] and len(rebuilt["kept"]) == 2


def test_the_frozen_app_keeps_the_code_of_its_last_builds_only(tmp_path):
    builds = [f"{n:032x}" for n in range(1, start_code.KEEP_BUILDS + 3)]
    for build in builds:
        seen = _frozen_start(tmp_path, build)
    assert len(seen["kept"]) == start_code.KEEP_BUILDS
    assert all(any(build in name for name in seen["kept"]) for build in builds[-start_code.KEEP_BUILDS:])


@pytest.mark.parametrize("build", [None, "not a build's name", "A" * 32, "../" + "a" * 29])
def test_a_frozen_app_without_a_build_name_keeps_nothing(tmp_path, build):
    seen = _frozen_start(tmp_path, build)
    assert seen["path"] is None and seen["kept"] == [] and seen["compiled"] == 0


# Regular expressions compiled while install() stands in for re's compiler (with INSTALL), the cache at
# CACHE_FILE: what each pattern is and finds, and how many had to be compiled.
PATTERNS = textwrap.dedent(r'''
    import json, os, re, sys
    from pathlib import Path
    from wxdesk import start_code
    start_code.cache_path = lambda: Path(os.environ["CACHE_FILE"])
    compiler = re._compiler.compile
    if os.environ.get("INSTALL"):
        start_code.install()
    made = [
        (r"(?P<year>\d{4})-(?P<month>\d\d)(?:-(\d\d))?", 0, "on 2026-12-01 and 2027-01"),
        (r"[\u4e00-\u9fff]{1,2}：[-−+]?[¥$€]?\d[\d,]*(?:\.\d+)?", 0, "更省钱的概率：100%。首年：¥31.2万"),
        (r"straße|MINI\s+program", re.IGNORECASE, "STRASSE, Straße, mini  Program"),
        (r"""
            \b(\w+)   # a word
            \s+\1\b   # said twice
         """, re.VERBOSE, "the the plan plan b"),
        (r"^\w+$", re.ASCII | re.MULTILINE, "abc\nnaïve\nx_1"),
        (rb"ab+c|(?P<dot>\.)", re.IGNORECASE, b"xABBCx abc ."),
    ]
    seen = []
    for pattern, flags, text in made:
        compiled = re.compile(pattern, flags)
        found = [m.span() + m.groups() for m in compiled.finditer(text)]
        seen.append([repr(compiled), int(compiled.flags), compiled.groups, dict(compiled.groupindex),
                     repr(found), repr(compiled.sub(lambda m: m.group(0)[::-1], text))])
    seen.append(re.sub(r"(\d+)", r"<\1>", "a1b22"))  # re's own functions, through its compiler too
    print(json.dumps({"seen": seen, "compiled": start_code._state["new"],
                      "installed": re._compiler.compile is not compiler}))
    start_code.save()
''')


def _patterns(tmp_path: Path, install: bool, cache: Path) -> dict:
    return _run_start(PATTERNS, tmp_path, install, cache)


def test_kept_regular_expressions_are_the_patterns_re_makes_and_spare_compiling_them(tmp_path):
    cache = tmp_path / "kept.marshal"
    plain = _patterns(tmp_path, install=False, cache=cache)
    assert not plain["installed"] and not cache.exists()  # not installed: re's compiler itself
    first = _patterns(tmp_path, install=True, cache=cache)
    second = _patterns(tmp_path, install=True, cache=cache)
    assert first["installed"] and cache.is_file()
    assert first["seen"] == plain["seen"] and second["seen"] == plain["seen"]
    assert first["compiled"] == 7  # each pattern (and re.sub's) compiled the first time
    assert second["compiled"] == 0  # and never again
    assert plain["seen"][-1] == "a<1>b<22>" and "'2026', '12', '01'" in plain["seen"][0][4]


def test_a_damaged_pattern_kept_is_compiled_again(tmp_path):
    cache = tmp_path / "kept.marshal"
    plain = _patterns(tmp_path, install=False, cache=cache)
    _patterns(tmp_path, install=True, cache=cache)
    # Each kept pattern's code made nonsense, the file otherwise sound (its checksum matching).
    header, _checksum, body = cache.read_bytes().split(b"\n", 2)
    code, patterns = marshal.loads(body)
    body = marshal.dumps((code, {key: (made[0], [999999], *made[2:]) for key, made in patterns.items()}))
    cache.write_bytes(header + b"\n" + str(zlib.crc32(body)).encode() + b"\n" + body)
    again = _patterns(tmp_path, install=True, cache=cache)
    assert again["seen"] == plain["seen"]
    assert again["compiled"] == 7
