"""The code Python writes for each dataclass, compiled once and kept beside wxdesk's bytecode.

Python's dataclasses write the source of each class's methods (__init__, __eq__, __repr__,
a frozen class's __setattr__...) as text when the class is made, and compile it: some 190
small functions for the engine's and the window's dataclasses, a good part of what importing
the engine costs, at every start, before the first frame. Python keeps every module's compiled
bytecode in __pycache__ between runs, but not this.

`install()` gives the dataclasses module an `exec` of its own (its name, looked up in the
module before the builtin) that compiles each such text as the builtin would (same file
name, mode and flags, none inherited) unless the code for that very text was kept; `save()`
keeps what was compiled, for the next start, in wxdesk's own __pycache__ folder, where Python
keeps wxdesk's bytecode: whoever may write there may change wxdesk's code already. As for
bytecode, nothing is written where Python writes none (PYTHONDONTWRITEBYTECODE, a folder that
is not writable), nor in a frozen app; a file for another Python, damaged or missing, is
no cache. The code kept is looked up by the whole text it was compiled from.
"""

from __future__ import annotations

import builtins
import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from types import CodeType

# Changes when what is stored changes shape.
CACHE_FORMAT = 1
_HEADER = f"wxdesk-dataclass-code {CACHE_FORMAT} {sys.implementation.cache_tag} {sys.hexversion:x}"

_state: dict = {"kept": {}, "new": 0, "path": None}


def cache_path() -> Path | None:
    """Beside wxdesk's bytecode (None in a frozen app, which has no __pycache__ of its own)."""
    if getattr(sys, "frozen", False) or not sys.implementation.cache_tag:
        return None
    return Path(__file__).resolve().parent / "__pycache__" / f"dataclass-code.{sys.implementation.cache_tag}.marshal"


def _read(path: Path) -> dict[str, CodeType]:
    try:
        stored = path.read_bytes()
        header, checksum, body = stored.split(b"\n", 2)
        if header.decode() != _HEADER or int(checksum) != zlib.crc32(body):
            return {}
        kept = marshal.loads(body)
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: compile as Python would
        return {}
    if not isinstance(kept, dict):
        return {}
    return {text: code for text, code in kept.items() if isinstance(text, str) and isinstance(code, CodeType)}


def _exec(source, globals=None, locals=None):  # the builtin exec's own parameter names
    """The builtin exec, with a text's compiled code taken from what was kept when it was kept."""
    if isinstance(source, str):
        code = _state["kept"].get(source)
        if code is None:
            # As exec would compile it; dont_inherit: not this module's __future__ flags.
            code = compile(source, "<string>", "exec", dont_inherit=True)
            _state["kept"][source] = code
            _state["new"] += 1
        source = code
    return builtins.exec(source, globals, locals)


def install() -> None:
    """From now on, a dataclass's methods are compiled once, then kept (only where Python writes bytecode)."""
    import dataclasses
    path = cache_path()
    if path is None or "exec" in vars(dataclasses):
        return
    _state["path"] = path
    _state["kept"] = _read(path)
    _state["new"] = 0
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def save() -> None:
    """Keep what was compiled since `install()` for the next start, if anything was (through a temporary
    file, so that a reader never sees half of one)."""
    path = _state["path"]
    if path is None or not _state["new"] or sys.dont_write_bytecode:
        return
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        body = marshal.dumps(_state["kept"])
        path.parent.mkdir(exist_ok=True)
        temp.write_bytes(f"{_HEADER}\n{zlib.crc32(body)}\n".encode() + body)
        os.replace(temp, path)
        _state["new"] = 0
    except (OSError, ValueError):  # a folder that is not writable: no cache, as for bytecode
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
