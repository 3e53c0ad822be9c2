"""The answer a window opened on, kept in the user's cache folder for the next start.

Why: working the answer out needs NumPy, whose import and the first evaluation take a quarter
of a start. With the answer kept, the window paints its first frame from it before NumPy has
loaded, and asks the engine again right after that paint (wxdesk.ui.document): the engine's
answer then replaces the kept one wherever the two differ, which they never should.

A kept answer is used only for exactly the same question, every part of which is in its key:
- the scenario as its repr writes it (every field, each number to its last bit), and the data
  pack's file, byte for byte, with its path (or, for a pack not read as it is from a file, the
  whole pack as its repr writes it);
- the engine's code: every file of the wxdesk.engine package by name, size and modification
  time, as Python checks its own bytecode;
- NumPy's (its version and package files, found without importing it) and Python's version;
- the day, for a scenario with a must-be-live-by date (the one part of an answer that follows
  the calendar).

The file is read with an unpickler that builds only the engine's own value types (results,
reasons, timelines, the scenario), Python's plain data and dates, so a damaged or planted file
gives at worst no kept answer. Any trouble reading or writing it is silent: the answer is then
worked out before the first paint, as without it.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import pickle
import sys
import types
from importlib.machinery import PathFinder
from pathlib import Path
from typing import Any

from wxdesk.engine.datapack import DataPack, source_bytes
from wxdesk.engine.parse_cache import cache_folder, write_quietly
from wxdesk.engine.results import Evaluation
from wxdesk.engine.scenario import Scenario

CACHE_NAME = "start-answer.pickle"
# Changes when what is stored changes shape.
CACHE_FORMAT = 1
# Far more than any answer takes (some 15 kB): a larger one is not an answer wxdesk wrote.
MAX_ANSWER_BYTES = 2 * 1024 * 1024
# The modules whose classes a kept answer is made of, all loaded with results (imported here). Each
# is plain values (frozen dataclasses, str, tuple and number subclasses) that build nothing else
# when unpickled.
_VALUE_MODULES = frozenset({"wxdesk.engine.results", "wxdesk.engine.reasons", "wxdesk.engine.scenario",
                            "wxdesk.engine.timeline"})
_PLAIN = {("datetime", "date"), ("types", "MappingProxyType")}
_ENGINE_FOLDER = Path(__file__).resolve().parent
# NumPy's files that change with its release (the source or, frozen, the compiled form).
_NUMPY_FILES = ("__init__.py", "__init__.pyc", "version.py", "version.pyc")


def _file_stamps(folder: Path, names: tuple[str, ...] | None = None) -> list[tuple[str, int, int]]:
    """(name, size, modification time) of the regular files in `folder` (only `names`, if given)."""
    stamps = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if (names is not None and entry.name not in names) or not entry.is_file():
                continue  # (a folder's time changes with what is written in it: __pycache__'s, say)
            info = entry.stat()
            stamps.append((entry.name, info.st_size, info.st_mtime_ns))
    return sorted(stamps)


def _numpy_stamp() -> list[tuple[str, int, int]] | None:
    """NumPy's version file and package files, found as Python would find them but without importing
    NumPy (Python's own path finder: the start's finders would take the look-up for an import)."""
    spec = PathFinder.find_spec("numpy")
    if spec is None or not spec.submodule_search_locations:
        return None
    return _file_stamps(Path(spec.submodule_search_locations[0]), _NUMPY_FILES)


def question(scenario: Scenario, pack: DataPack, today: dt.date | None = None) -> bytes | None:
    """The key of the answer to `scenario` with `pack` (None: the engine's files cannot be looked at).

    The question written out in full, not a digest of it: compared byte for byte, two questions
    match only if they are the same (and no hash module loads for it at the start).
    """
    try:
        numpy = _numpy_stamp()
        engine = _file_stamps(_ENGINE_FOLDER)
    except OSError:
        return None
    if numpy is None:
        return None
    day = (today or dt.date.today()).isoformat() if scenario.live_by else ""
    parts = (CACHE_FORMAT, sys.version, sys.byteorder, numpy, engine, repr(scenario), day, pack.path)
    head = repr(parts).encode("utf-8")
    # The pack as read and validated from its file's bytes (the loader's code is the engine's, above).
    raw = source_bytes(pack)
    body = b"file " + raw if raw is not None else b"repr " + repr(pack).encode("utf-8")
    return b"".join(len(part).to_bytes(8, "little") + part for part in (head, body))


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is types.MappingProxyType:
            return types.MappingProxyType, (dict(obj),)
        if type(obj).__module__.partition(".")[0] == "numpy":
            # Reading a NumPy value back would import NumPy, which is what keeping the answer avoids.
            raise pickle.PicklingError(f"a NumPy value ({type(obj).__name__}) in the answer")
        return NotImplemented


class _ValuesOnly(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _PLAIN:
            return super().find_class(module, name)
        if module in _VALUE_MODULES:
            found = getattr(sys.modules.get(module), name, None)
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of an answer")


def recall(scenario: Scenario, pack: DataPack, today: dt.date | None = None) -> Evaluation | None:
    """The answer kept for exactly this question, or None."""
    key = question(scenario, pack, today)
    if key is None:
        return None
    try:
        with open(cache_folder() / CACHE_NAME, "rb") as file:
            if file.read(len(key)) != key:
                return None
            body = file.read(MAX_ANSWER_BYTES + 1)  # (a file grown past any answer is not read whole)
        if len(body) > MAX_ANSWER_BYTES:
            return None
        answer = _ValuesOnly(io.BytesIO(body)).load()
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: work the answer out instead
        return None
    if not isinstance(answer, Evaluation) or answer.scenario != scenario:
        return None
    return answer


def remember(evaluation: Evaluation, pack: DataPack, today: dt.date | None = None) -> bool:
    """Keep `evaluation` (of its own scenario with `pack`) for the next start; whether it was kept."""
    key = question(evaluation.scenario, pack, today)
    if key is None:
        return False
    body = io.BytesIO()
    try:
        _Pickler(body, protocol=pickle.HIGHEST_PROTOCOL).dump(evaluation)
    except (pickle.PicklingError, RecursionError):
        return False
    return write_quietly(cache_folder() / CACHE_NAME, key + body.getvalue())
