"""Newer data packs: import one into the user's data folder, and pick the pack to use.

An imported pack is validated in full before anything is written, then copied into
place through a temporary file and an atomic rename, so a broken or half-written file
can never replace the pack in use. wxdesk uses the imported pack unless the bundled
one is newer (an update of wxdesk itself brings newer figures) or the imported file
has become unreadable, in which case the bundled pack is used and the reason logged.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import platformdirs

from wxdesk.engine.datapack import DataPack, DataPackError, load_datapack, parse_loose_date

log = logging.getLogger(__name__)

IMPORTED_NAME = "datapack.toml"


def user_pack_path() -> Path:
    """Where an imported data pack lives (the user's data folder for wxdesk)."""
    return Path(platformdirs.user_data_dir("wxdesk", appauthor=False)) / IMPORTED_NAME


def is_imported(pack: DataPack) -> bool:
    return Path(pack.path) == user_pack_path()


def _released(pack: DataPack):
    return parse_loose_date(pack.released)


def active_pack() -> DataPack:
    """The imported pack if there is a valid one no older than the bundled pack, else the bundled one."""
    bundled = load_datapack()
    path = user_pack_path()
    if not path.exists():
        return bundled
    try:
        imported = load_datapack(path)
    except DataPackError as exc:
        log.warning("ignoring the imported data pack: %s", exc)
        return bundled
    if _released(bundled) > _released(imported):
        log.info("the bundled data pack (%s) is newer than the imported one (%s)", bundled.released,
                 imported.released)
        return bundled
    return imported


def import_pack(source: str | Path) -> DataPack:
    """Validate `source` and make it the imported pack; raise DataPackError and change nothing if not usable."""
    source = Path(source)
    candidate = load_datapack(source)  # complaints name the user's own file
    bundled = load_datapack()
    if _released(bundled) > _released(candidate):
        raise DataPackError(f"Data pack {source} was released on {candidate.released}, before the one that "
                            f"comes with wxdesk ({bundled.released}); wxdesk keeps the newer figures.")
    target = user_pack_path()
    try:
        raw = source.read_bytes()
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".import-", suffix=".toml", dir=target.parent)
    except OSError as exc:
        raise DataPackError(f"Data pack {source} cannot be copied to {target.parent}: "
                            f"{exc.strerror or exc}.") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        # The copy is checked again: the file could have changed between the two reads.
        load_datapack(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DataPackError(f"Data pack {source} cannot be copied to {target}: {exc.strerror or exc}.") from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    imported = load_datapack(target)
    log.info("imported data pack %s (released %s) from %s", target, imported.released, source)
    return imported


def remove_imported_pack() -> DataPack:
    """Go back to the bundled pack; returns it."""
    user_pack_path().unlink(missing_ok=True)
    return load_datapack()
