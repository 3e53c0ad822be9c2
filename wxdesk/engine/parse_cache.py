"""The bundled data pack's parsed TOML, remembered between starts in the user's cache folder.

Parsing the pack's TOML is most of what loading it costs at each start (some 20 ms, against
1 ms to read it back from here). Only the parse is remembered, never the validated pack:
the pack is validated again at every start, so a change of the rules in the loader applies
at once. The cache holds the file's bytes beside the parse and is used only when they are
the same bytes, to the last one, as the pack read now. It is read with an unpickler that
builds nothing but plain data (tables, lists, text, numbers, dates), so a damaged or
planted file can give at worst no cache. Any trouble reading or writing it is silent:
the pack is then parsed as before.
"""

from __future__ import annotations

import contextlib
import io
import os
import pickle
from pathlib import Path
from typing import Any

CACHE_NAME = "datapack-parsed.pickle"
# Changes when what is stored changes shape.
CACHE_FORMAT = 1
# What TOML values are made of beyond Python's own types: its dates, times and offsets.
_ALLOWED = {("datetime", name) for name in ("date", "datetime", "time", "timedelta", "timezone")}


def cache_folder() -> Path:
    """wxdesk's folder in the user's cache (what is there can always be made again)."""
    import platformdirs
    return Path(platformdirs.user_cache_dir("wxdesk", appauthor=False))


def cache_path() -> Path:
    return cache_folder() / CACHE_NAME


class _PlainData(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not plain data")
        return super().find_class(module, name)


def recall(raw: bytes) -> dict[str, Any] | None:
    """The parse remembered for exactly these bytes, or None."""
    try:
        stored = cache_path().read_bytes()
        form, source, data = _PlainData(io.BytesIO(stored)).load()
    except Exception:  # noqa: BLE001 - missing, unreadable or damaged: parse the pack instead
        return None
    if form != CACHE_FORMAT or source != raw or not isinstance(data, dict):
        return None
    return data


def write_quietly(path: Path, data: bytes) -> bool:
    """Make `path`, a file of the cache folder, hold `data`; whether it does.

    Written through a temporary file beside it, so that a reader never sees half of it; any trouble
    writing leaves nothing behind and is not said (what the cache holds can always be made again).
    """
    temp = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temp.write_bytes(data)
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        return False
    return True


def remember(raw: bytes, data: dict[str, Any]) -> None:
    """Keep the parse of `raw` for the next start."""
    try:
        kept = pickle.dumps((CACHE_FORMAT, raw, data), protocol=pickle.HIGHEST_PROTOCOL)
    except pickle.PicklingError:
        return
    write_quietly(cache_path(), kept)
