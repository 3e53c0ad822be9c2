"""Code the window's start compiles from text at every run, compiled once and kept beside wxdesk's bytecode.

Python keeps every module's compiled bytecode in __pycache__ between runs, but three kinds of
code are compiled from text at each start all the same, before the first frame:

- Python's dataclasses write the source of each class's methods (__init__, __eq__, __repr__,
  a frozen class's __setattr__...) as text when the class is made: some 190 small functions
  for the engine's and the window's dataclasses, a good part of what importing the engine costs.
- PySide6's signature support (shiboken6's shibokensupport package) is Python source carried
  inside shiboken's library and compiled as PySide6 loads: some 18 % of a bare PySide6 window's
  start.
- Regular expressions: `re` parses a pattern and compiles it for its matching engine in Python, as
  the module that holds it loads (json, logging, textwrap, shiboken's signature parser, wxdesk's
  line breaks and number formats...): some fifty patterns, 44 M instructions before the first paint.

`install()` gives the dataclasses module an `exec` of its own (its name, looked up in the module
before the builtin), and `compiling_kept()` the builtin `compile` for the time PySide6 loads:
each compiles a text as the builtin would (the same file name, mode and flags, the caller's
__future__ flags included) unless the code for that very text (known by its hash, as Python knows the
source of a hash-based .pyc), name, mode and flags was kept.
`install()` also stands in for `re`'s own compiler (re._compiler.compile, which re.compile and every
function of `re` call for a pattern not in re's cache): a pattern and flags whose compiled form was kept
are handed straight to the matching engine (_sre.compile) with it; any other is compiled by `re` itself,
and what `re` handed the engine kept. Either way the pattern is the engine's, made from the same code (a
pattern `re` warns about as it parses it is warned about at the start that compiles it, not at later ones).
`save()` keeps what this run compiled and used, for the next start, in wxdesk's own __pycache__
folder, where Python keeps wxdesk's bytecode: whoever may write there may change wxdesk's code
already. As for bytecode, nothing is written where Python writes none (PYTHONDONTWRITEBYTECODE, a
folder that is not writable); a file for another Python, another optimisation level (-O), damaged
or missing, is no cache.

The frozen app (PyInstaller) has no __pycache__ and a folder that is not its user's to write: it
keeps the code in the user's cache folder (the user's own: whoever may write there may change the
user's shell start-up files already), in a file named by its build (BUILD_ID_NAME, written into
the bundle by build_scripts/wxdesk.spec, new at every build), so that no other build, older or
newer, reads it. The files of the last few builds stay (KEEP_BUILDS: two versions in use side
by side each keep their own); older ones go when a start saves its own.
"""

from __future__ import annotations

import __future__
import _sre  # type: ignore[import-not-found]  # the regular expressions' engine: typeshed has no stub for it
import builtins
import contextlib
import importlib.util
import marshal
import os
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from types import CodeType

# `typing` is not imported here at run time (mypy reads the name as true), as in wxdesk/__init__.py.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import ast
    from collections.abc import Callable, Mapping
    from typing import Any, TypedDict

    from _typeshed import ReadableBuffer

    # What re hands the matching engine after the pattern: flags, code, groups, group index, the groups' names.
    _Compiled = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

    class _State(TypedDict):
        kept: dict[tuple[object, ...], CodeType]
        used: dict[tuple[object, ...], CodeType]
        patterns: dict[tuple[object, ...], _Compiled]
        used_patterns: dict[tuple[object, ...], _Compiled]
        new: int
        path: Path | None

# Changes when what is stored changes shape.
CACHE_FORMAT = 4
# What the code was compiled for: the Python and its optimisation level (compile's default, -O or -OO), and
# the version of the regular expressions' engine (_sre.MAGIC, which changes with the form of its code).
_HEADER = (f"wxdesk-start-code {CACHE_FORMAT} {sys.implementation.cache_tag} {sys.hexversion:x} "
           f"O{sys.flags.optimize} sre{_sre.MAGIC}")
# In the frozen app's folder (sys._MEIPASS): the build's name, 32 hex digits (build_scripts/wxdesk.spec).
BUILD_ID_NAME = "wxdesk-build-id"
# The frozen app's files kept in the user's cache folder: this build's and those of the builds used last.
KEEP_BUILDS = 3
FROZEN_PREFIX = "start-code-"
# The compiler flags a caller's __future__ imports give the code it compiles (unless it says dont_inherit).
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag

# The builtin, as it is before compiling_kept() stands in for it.
_builtin_compile = builtins.compile
# re's own compiler (Python 3.11 and later), as it is before install() stands in for it.
_re_compiler = getattr(re, "_compiler", None)
_re_compile: Callable[[object, int], re.Pattern[Any]] | None = getattr(_re_compiler, "compile", None)

# What was kept (read at install), what this run used of it or compiled, and whether it compiled any: code
# by (the text's kind and hash, file name, mode, flags: _text_hash), regular expressions by (pattern, flags).
_state: _State = {"kept": {}, "used": {}, "patterns": {}, "used_patterns": {}, "new": 0, "path": None}


def cache_path() -> Path | None:
    """Beside wxdesk's bytecode; in a frozen app, in the user's cache folder, named by the build (None
    when the build has no name)."""
    if getattr(sys, "frozen", False):
        return _frozen_cache_path()
    if not sys.implementation.cache_tag:
        return None
    return Path(__file__).resolve().parent / "__pycache__" / f"start-code.{sys.implementation.cache_tag}.marshal"


def _frozen_cache_path() -> Path | None:
    try:
        build = (Path(sys._MEIPASS) / BUILD_ID_NAME).read_text(encoding="ascii").strip()  # type: ignore[attr-defined]
    except (AttributeError, OSError, UnicodeDecodeError):
        return None
    if len(build) != 32 or not all(c in "0123456789abcdef" for c in build):
        return None
    import platformdirs
    folder = Path(platformdirs.user_cache_dir("wxdesk", appauthor=False))
    return folder / f"{FROZEN_PREFIX}{build}.{sys.implementation.cache_tag}.marshal"


def _read(path: Path) -> tuple[dict[tuple[object, ...], CodeType], dict[tuple[object, ...], _Compiled]]:
    """The code kept, and the regular expressions' compiled forms kept (both empty: nothing usable kept)."""
    try:
        stored = path.read_bytes()
        header, checksum, body = stored.split(b"\n", 2)
        if header.decode() != _HEADER or int(checksum) != zlib.crc32(body):
            return {}, {}
        code, patterns = marshal.loads(body)
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: compile as Python would
        return {}, {}
    if not isinstance(code, dict) or not isinstance(patterns, dict):
        return {}, {}
    return ({key: made for key, made in code.items() if isinstance(key, tuple) and isinstance(made, CodeType)},
            {key: made for key, made in patterns.items() if isinstance(key, tuple) and _is_compiled_pattern(made)})


def _is_compiled_pattern(made: object) -> bool:
    """What _sre.compile takes after the pattern: flags, code, groups, group index and the groups' names."""
    return (isinstance(made, tuple) and len(made) == 5 and isinstance(made[0], int) and isinstance(made[1], list)
            and isinstance(made[2], int) and isinstance(made[3], dict) and isinstance(made[4], tuple))


def _text_hash(source: str | bytes) -> tuple[str, bytes]:
    """A text as it is kept: by its kind and the hash Python checks a hash-based .pyc against its source by
    (PEP 552: SipHash, 64 bits), not by the text itself. Why: the texts (shiboken's signature support
    among them) were more than a third of the file, and making them back into strings half of reading it
    (some 4 million instructions at every start)."""
    if isinstance(source, str):
        return "str", importlib.util.source_hash(source.encode("utf-8", "surrogatepass"))
    return "bytes", importlib.util.source_hash(source)


def _compiled(source: str | bytes, filename: str, mode: str, flags: int) -> CodeType:
    """The code the builtin compile gives for these (flags: every one, those inherited included)."""
    key = (*_text_hash(source), filename, mode, flags)
    code = _state["kept"].get(key)
    if code is None:
        code = _builtin_compile(source, filename, mode, flags, dont_inherit=True)
        _state["kept"][key] = code
        _state["new"] += 1
    _state["used"][key] = code
    return code


def _exec(source: str | ReadableBuffer | CodeType, globals: dict[str, Any] | None = None,  # the builtin's names
          locals: Mapping[str, object] | None = None) -> None:
    """The builtin exec, with a text's compiled code taken from what was kept when it was kept."""
    if isinstance(source, str):
        # As exec compiles a text: named "<string>", with its caller's __future__ flags (the dataclasses
        # module's: none).
        source = _compiled(source, "<string>", "exec", sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS)
    return builtins.exec(source, globals, locals)


def _compile_kept(source: str | ReadableBuffer | ast.Module | ast.Expression | ast.Interactive,
                  filename: str | bytes | os.PathLike[Any], mode: str, flags: int = 0, dont_inherit: bool = False,
                  optimize: int = -1, **options: Any) -> CodeType | ast.AST:
    """The builtin compile, with code kept for a text taken from what was kept."""
    if not dont_inherit:  # what the builtin would inherit: the caller's __future__ flags, not this module's
        flags |= sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
    if (isinstance(source, (str, bytes)) and isinstance(filename, str) and optimize == -1 and not options
            and not flags & ~_FUTURE_FLAGS):  # plain code, nothing asked of the compiler beyond __future__
        return _compiled(source, filename, mode, flags)
    # (Any to typeshed, for flags it does not spell out: code, or an AST where the flags ask for one.)
    return _builtin_compile(source, filename, mode, flags, True, optimize, **options)  # type: ignore[no-any-return]


class _EngineRecording:
    """re's view of the matching engine (_sre) while it compiles a pattern: what it hands the engine noted."""

    def __init__(self, pattern: str | bytes) -> None:
        self.pattern = pattern
        self.handed: _Compiled | None = None

    def compile(self, pattern: str | bytes, flags: int, code: list[int], groups: int,  # _sre.compile's own
                groupindex: dict[str, int], indexgroup: tuple[str | None, ...]) -> re.Pattern[Any]:
        if pattern is self.pattern:
            self.handed = (int(flags), [int(c) for c in code], int(groups),
                           {name: int(index) for name, index in groupindex.items()}, tuple(indexgroup))
        # (Any to mypy: _sre has no stub.)
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:  # MAXREPEAT, unicode_iscased...: the engine's own
        return getattr(_sre, name)


def _compiled_pattern(pattern: object, flags: int = 0) -> re.Pattern[Any]:  # re._compiler.compile's own parameters
    """re's compiler, with a pattern's compiled form taken from what was kept when it was kept."""
    if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:  # (DEBUG: re prints the code as it compiles)
        return _re_compile(pattern, flags)  # type: ignore[misc]
    key = (pattern, int(flags))
    made = _state["patterns"].get(key)
    if made is not None:
        try:
            compiled: re.Pattern[Any] = _sre.compile(pattern, *made)
        except (TypeError, ValueError, RuntimeError):  # not the engine's code after all: compile it
            pass
        else:
            _state["used_patterns"][key] = made
            return compiled
    recording = _EngineRecording(pattern)
    _re_compiler._sre = recording  # type: ignore[union-attr]
    try:
        compiled = _re_compile(pattern, flags)  # type: ignore[misc]
    finally:
        _re_compiler._sre = _sre  # type: ignore[union-attr]
    if recording.handed is not None:
        _state["patterns"][key] = _state["used_patterns"][key] = recording.handed
        _state["new"] += 1
    return compiled


def install() -> None:
    """From now on, a dataclass's methods and a regular expression are compiled once, then kept (only where
    Python writes bytecode)."""
    import dataclasses
    path = cache_path()
    if path is None or "exec" in vars(dataclasses):
        return
    kept, patterns = _read(path)
    _state.update({"path": path, "kept": kept, "used": {}, "patterns": patterns, "used_patterns": {}, "new": 0})
    dataclasses.exec = _exec  # type: ignore[attr-defined]
    if _re_compile is not None and getattr(_re_compiler, "_sre", None) is _sre:
        _re_compiler.compile = _compiled_pattern  # type: ignore[union-attr]


@contextlib.contextmanager
def compiling_kept() -> Iterator[None]:
    """For the time of the block (PySide6 loading), code compiled from a text is compiled once, then kept.
    Nothing changes unless `install()` ran: the window's start, not the tests' windows nor the commands."""
    if _state["path"] is None or builtins.compile is _compile_kept:
        yield
        return
    builtins.compile = _compile_kept  # type: ignore[assignment]  # (its stand-in: typeshed spells it in overloads)
    try:
        yield
    finally:
        builtins.compile = _builtin_compile


def save() -> None:
    """Keep what this run compiled and used for the next start, if it compiled any (through a temporary
    file, so that a reader never sees half of one; what the run did not use, an older PySide6's, goes)."""
    path = _state["path"]
    frozen = getattr(sys, "frozen", False)
    # A frozen app's interpreter writes no bytecode (it has none to write): its cache is the user's folder.
    if path is None or not _state["new"] or (sys.dont_write_bytecode and not frozen):
        return
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        body = marshal.dumps((_state["used"], _state["used_patterns"]))
        path.parent.mkdir(parents=frozen, exist_ok=True)
        temp.write_bytes(f"{_HEADER}\n{zlib.crc32(body)}\n".encode() + body)
        os.replace(temp, path)
        _state["new"] = 0
    except (OSError, ValueError):  # a folder that is not writable: no cache, as for bytecode
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return
    if frozen:
        _forget_old_builds(path)


def _forget_old_builds(kept: Path) -> None:
    """Of the frozen builds' files beside `kept`, those of all but the KEEP_BUILDS used last go."""
    with contextlib.suppress(OSError):
        others = [(p.stat().st_mtime, p) for p in kept.parent.glob(f"{FROZEN_PREFIX}*.marshal") if p != kept]
        for _, old in sorted(others, reverse=True)[KEEP_BUILDS - 1:]:
            with contextlib.suppress(OSError):
                old.unlink()
