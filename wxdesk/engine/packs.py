"""Newer data packs: import one into the user's data folder, and pick the pack to use.

An imported pack is validated in full before anything is written, then copied into
place through a temporary file and an atomic rename, so a broken or half-written file
can never replace the pack in use. wxdesk uses the imported pack unless the bundled
one is newer (an update of wxdesk itself brings newer figures). An imported pack that
can no longer be used (damaged on disk, or refused by a stricter wxdesk) never locks the
user out: it is moved aside, the bundled pack is used, and the user is told once.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import platformdirs

from wxdesk import errors
from wxdesk.engine.datapack import MAX_PACK_BYTES, DataPack, DataPackError, load_datapack, parse_loose_date
from wxdesk.engine.reading import UnreadableFile, plain, read_bounded, unreadable_problem
from wxdesk.errors import FileProblem

log = logging.getLogger(__name__)

IMPORTED_NAME = "datapack.toml"
# Where an imported pack that can no longer be used is kept, for a person to look at.
SET_ASIDE_NAME = "datapack.unusable.toml"
# A pack cannot come from the future; two days allow for time zones and a clock a little off.
CLOCK_TOLERANCE = dt.timedelta(days=2)
# The kinds of a file that is not read at all (wxdesk.errors), rather than read and refused.
_UNREAD = frozenset({errors.MISSING, errors.FOLDER, errors.NOT_A_FILE, errors.TOO_LARGE, errors.DENIED,
                     errors.UNREADABLE})


def user_pack_path() -> Path:
    """Where an imported data pack lives (the user's data folder for wxdesk)."""
    return Path(platformdirs.user_data_dir("wxdesk", appauthor=False)) / IMPORTED_NAME


def is_imported(pack: DataPack) -> bool:
    return Path(pack.path) == user_pack_path()


def _released(pack: DataPack) -> dt.date | None:
    return parse_loose_date(pack.released)


def _newer(pack: DataPack, than: DataPack) -> bool:
    # A loaded pack's release date always reads: the loader refuses any other.
    day, other = _released(pack), _released(than)
    assert day is not None and other is not None
    return day > other


def active_pack() -> DataPack:
    """The imported pack if there is a valid one no older than the bundled pack, else the bundled one."""
    return resolve_active_pack()[0]


def resolve_active_pack() -> tuple[DataPack, str | None]:
    """The pack to use, and a notice for the user when an imported pack had to be set aside.

    The notice comes once: the unusable file is moved aside, so the next start finds
    no imported pack and uses the bundled one without a word.
    """
    bundled = load_datapack()
    path = user_pack_path()
    if not path.exists() and not path.is_symlink():
        return bundled, None
    try:
        imported = load_datapack(path)
        _check_usable(imported, str(path))
    except DataPackError as exc:
        log.warning("the imported data pack cannot be used, using the bundled one: %s", exc)
        return bundled, _set_aside(path, bundled, str(exc))
    if _newer(bundled, imported):
        log.info("the bundled data pack (%s) is newer than the imported one (%s)", bundled.released,
                 imported.released)
        return bundled, None
    return imported, None


def _set_aside(path: Path, bundled: DataPack, reason: str) -> str:
    aside = path.with_name(SET_ASIDE_NAME)
    try:
        os.replace(path, aside)
        kept = f"it was moved to {plain(str(aside))}"
    except OSError as exc:
        log.warning("could not move the unusable data pack aside: %s", exc)
        kept = f"remove {plain(str(path))} to stop this message"
    return (f"wxdesk uses the data pack that came with it (of {bundled.released}), because the one imported "
            f"earlier cannot be used; {kept}. {reason}")


def _check_usable(pack: DataPack, name: str, today: dt.date | None = None, bundled: DataPack | None = None) -> None:
    """Refuse a pack dated in the future, one older than `bundled` (when given), one whose changelog does not
    read or hold together, or one the model cannot compute the examples with, in that order: the dates are
    read at once, the examples take a while, and an older pack is refused as older whatever its figures (a
    newer one is what the user needs)."""
    today = today or dt.date.today()
    released = _released(pack)
    if released is None or released > today + CLOCK_TOLERANCE:
        raise DataPackError(f"Data pack {plain(name)} is dated {plain(pack.released)}, after today "
                            f"({today.isoformat()}); a pack cannot come from the future (check its date, "
                            "or the computer's clock).", FileProblem(errors.PACK_FUTURE, name, pack.released))
    if bundled is not None and _newer(bundled, pack):
        raise DataPackError(f"Data pack {plain(name)} was released on {pack.released}, before the one "
                            f"that comes with wxdesk ({bundled.released}); wxdesk keeps the newer figures.",
                            FileProblem(errors.PACK_OLDER, name, pack.released, bundled.released))
    _check_changelog(pack, name)
    from wxdesk.engine.evaluator import evaluate
    from wxdesk.engine.figure_limits import ComputationError, computed, finite_numbers
    from wxdesk.engine.presets import load_preset, preset_ids
    from wxdesk.engine.scenario import Scenario
    for scenario in (Scenario(), *(load_preset(p) for p in preset_ids())):
        try:
            def example(s: Scenario = scenario) -> dict[str, Any]:
                return evaluate(s, pack).to_dict()
            computed(example, finite_numbers)
        except ComputationError as exc:
            unusable = FileProblem(errors.PACK_UNUSABLE, name)
            raise DataPackError(f"Data pack {plain(name)} cannot be used: with its figures, "
                                f"{str(exc)[0].lower()}{str(exc)[1:]}", unusable) from None


def _check_changelog(pack: DataPack, name: str) -> None:
    """Refuse a pack whose changelog (wxdesk.engine.changelog) cannot be read or does not hold together:
    taken, it would fail each time a scenario saved with an older pack is opened, and nothing would say why."""
    from wxdesk.engine.changelog import load_changelog
    try:
        load_changelog(pack)
    except DataPackError as exc:
        # The kind names `name`: the user's file, where `pack` is the copy being checked (import_pack).
        raise DataPackError(str(exc), _for_file(exc.problem, name, copy=pack.path != name)) from None


def _for_file(problem: FileProblem | None, name: str, copy: bool) -> FileProblem | None:
    """A refusal's kind, naming the user's file `name`. A copy that cannot be read back was not copied."""
    if problem is None:
        return None
    if copy and problem.kind in _UNREAD:
        return FileProblem(errors.PACK_NOT_COPIED, name)
    return replace(problem, path=name)


def import_pack(source: str | Path) -> DataPack:
    """Validate `source` and make it the imported pack; raise DataPackError and change nothing if not usable."""
    source = Path(source)
    candidate = load_datapack(source)  # complaints name the user's own file
    bundled = load_datapack()
    _check_usable(candidate, str(source), bundled=bundled)
    target = user_pack_path()
    not_copied = FileProblem(errors.PACK_NOT_COPIED, str(source))
    try:
        raw = read_bounded(source, MAX_PACK_BYTES, "Data pack")
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".import-", suffix=".toml", dir=target.parent)
    except UnreadableFile as exc:
        raise DataPackError(str(exc), unreadable_problem(source, exc, MAX_PACK_BYTES)) from None
    except OSError as exc:
        raise DataPackError(f"Data pack {plain(str(source))} cannot be copied to {plain(str(target.parent))}: "
                            f"{exc.strerror or exc}.", not_copied) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        # The copy is checked again: the file could have changed between the two reads.
        _check_usable(_copy_loaded(temp, source), str(source), bundled=bundled)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise DataPackError(f"Data pack {plain(str(source))} cannot be copied to {plain(str(target))}: "
                            f"{exc.strerror or exc}.", not_copied) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    imported = load_datapack(target)
    log.info("imported data pack %s (released %s) from %s", target, imported.released, source)
    return imported


def _copy_loaded(temp: Path, source: Path) -> DataPack:
    """The copy at `temp`, loaded. Refused, it names the user's file to the window (the command line's
    sentence names the copy, as it always has): a copy that cannot be read back was not copied, and
    one that reads otherwise is the user's file changed since it was checked."""
    try:
        return load_datapack(temp)
    except DataPackError as exc:
        raise DataPackError(str(exc), _for_file(exc.problem, str(source), copy=True)) from None


def remove_imported_pack() -> DataPack:
    """Go back to the bundled pack; returns it."""
    user_pack_path().unlink(missing_ok=True)
    return load_datapack()
