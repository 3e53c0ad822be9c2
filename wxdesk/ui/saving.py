"""Atomic writes: a save either completes or leaves the previous file exactly as it was.

QSaveFile writes into a temporary file beside the target and renames it over the
target only on commit(), so a crash, a full disk or a killed process during a save
never leaves half a scenario behind. Failures become one plain sentence (SaveError).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileDevice, QSaveFile

from wxdesk.engine import Scenario

if TYPE_CHECKING:
    from wxdesk.safe_output import Inputs, OutputError

log = logging.getLogger(__name__)

# Written in pieces so that a failure half-way (a full disk) is noticed at the piece that fails.
CHUNK_BYTES = 64 * 1024


class SaveError(OSError):
    """A save that did not happen; the message says why in plain words."""


def save_scenario(scenario: Scenario, path: str | Path, inputs: Inputs = ()) -> Path:
    """Write `scenario` to `path` atomically; returns the absolute path or raises SaveError.

    `inputs`: files the window reads (the data pack in use), which a save must never replace.
    """
    check_scenario_target(Path(path), inputs)
    return write_atomically(path, json_bytes(scenario.to_dict(), indent=2))


def check_scenario_target(path: Path, inputs: Inputs = ()) -> None:
    """Refuse, as SaveError, a target that a scenario must not replace.

    Save As once wrote JSON over the data pack in use (set aside as unusable at the next start, and the
    scenario with it), over a PDF or a spreadsheet (and Save went on writing there), and into the recovery
    folder, whose file the autosaver then removed. A scenario replaces only a scenario (or an empty file),
    as the command line's and the exports' outputs replace only their own kind (wxdesk.safe_output).
    """
    from wxdesk import safe_output
    from wxdesk.ui.recovery_folder import recovery_dir
    target = path.absolute()
    try:
        if _is_inside(target, recovery_dir()):
            raise SaveError(QCoreApplication.translate(
                "saving", "%1 is in wxdesk's recovery folder, where unsaved work is kept for a while and then "
                          "removed; save in another folder.").replace("%1", _shown(target)))
        safe_output.check_output(target, inputs, safe_output.SCENARIO)
    except safe_output.OutputError as exc:
        raise SaveError(output_error_text(exc)) from None


def _is_inside(path: Path, folder: Path) -> bool:
    real, real_folder = Path(os.path.realpath(path)), Path(os.path.realpath(folder))
    return real_folder == real or real_folder in real.parents


def json_bytes(data: object, indent: int | None = None) -> bytes:
    """UTF-8 JSON, readable Chinese included; escaped where text holds a lone surrogate.

    JSON may carry "\\ud800" alone, and a file that did is loaded as it was; such text
    has no UTF-8 form, so it is written back escaped, which reads back the same.
    """
    text = json.dumps(data, indent=indent, ensure_ascii=False) + "\n"
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(data, indent=indent, ensure_ascii=True) + "\n").encode("ascii")


def write_atomically(path: str | Path, data: bytes) -> Path:
    """Write `data` to `path` atomically; every failure, the system's own included, is a SaveError."""
    path = Path(path).absolute()
    try:
        return _write_atomically(path, data)
    except SaveError:
        raise
    except OSError as exc:
        # Asking about the target may fail too (a name too long for the disk, a folder that may not be
        # read): that is a save that did not happen, said in plain words like the others, never a crash.
        raise SaveError(_os_error_text(path, exc)) from exc


def _write_atomically(path: Path, data: bytes) -> Path:
    _check_target(path)
    file = QSaveFile(str(path))
    if not file.open(QSaveFile.OpenModeFlag.WriteOnly):
        raise SaveError(_explain(path, file))
    try:
        for start in range(0, len(data), CHUNK_BYTES):
            _write_chunk(file, data[start:start + CHUNK_BYTES])
    except BaseException:
        file.cancelWriting()
        file.commit()  # after cancelWriting this discards the temporary file; the target is untouched
        raise
    if not file.commit():
        raise SaveError(_explain(path, file))
    return path


def _write_chunk(file: QSaveFile, chunk: bytes) -> None:
    written = file.write(chunk)
    if written != len(chunk):
        raise SaveError(_explain(Path(file.fileName()), file))


def _check_target(path: Path) -> None:
    """Catch the common cases before writing, with a clearer sentence than the OS gives."""
    folder = path.parent
    try:
        info = os.stat(path)  # through links, as QSaveFile writes through them
    except FileNotFoundError:
        info = None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise SaveError(QCoreApplication.translate(
                "saving", "%1 cannot be saved: its symbolic links lead round in a loop; save under another "
                          "name.").replace("%1", _shown(path))) from None
        info = None  # the write below says what is wrong
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        raise SaveError(QCoreApplication.translate(
            "saving", "%1 is not an ordinary file (it is a device, a pipe or a socket); save under another "
                      "name.").replace("%1", _shown(path)))
    if path.is_dir():
        raise SaveError(QCoreApplication.translate(
            "saving", "%1 is a folder; choose a file name to save to.").replace("%1", str(path)))
    if not folder.is_dir():
        raise SaveError(QCoreApplication.translate(
            "saving", "The folder %1 does not exist.").replace("%1", str(folder)))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise SaveError(QCoreApplication.translate(
            "saving", "wxdesk may not write in the folder %1 (it is read-only or belongs to another user); "
                      "choose another folder.").replace("%1", str(folder)))
    if path.exists() and not os.access(path, os.W_OK):
        raise SaveError(QCoreApplication.translate(
            "saving", "%1 is read-only; save under another name.").replace("%1", str(path)))


def output_error_text(exc: OutputError) -> str:
    """A wxdesk.safe_output.OutputError in the window's language."""
    from wxdesk import safe_output as so
    where = _shown(exc.path)
    texts = {
        so.IS_FOLDER: QCoreApplication.translate("saving", "%1 is a folder; choose a file name to save to."),
        so.NOT_REGULAR: QCoreApplication.translate(
            "saving", "%1 is not an ordinary file (it is a device, a pipe, a socket or a link to nothing); "
                      "save under another name."),
        so.IS_INPUT: QCoreApplication.translate(
            "saving", "%1 is a file this is made from (the open scenario or the data pack); choose another "
                      "name, so that it stays as it is."),
        so.LINK_LOOP: QCoreApplication.translate(
            "saving", "%1 cannot be saved: its symbolic links lead round in a loop; save under another name."),
        so.NO_FOLDER: QCoreApplication.translate("saving", "The folder of %1 does not exist."),
        so.NO_SPACE: QCoreApplication.translate(
            "saving", "There is not enough space to save %1; free some disk space or save elsewhere. "
                      "The previous file is unchanged."),
        so.DENIED: QCoreApplication.translate(
            "saving", "wxdesk may not write %1 (permission denied or a read-only disk); "
                      "save under another name or in another folder."),
        so.OTHER_KIND: QCoreApplication.translate(
            "saving", "%1 already exists and is a file of another kind, so wxdesk does not replace it; choose "
                      "another name, or move that file away first."),
        so.NAME_TOO_LONG: QCoreApplication.translate(
            "saving", "%1 cannot be saved: the file name is too long for the disk; choose a shorter name."),
        so.INCOMPLETE: QCoreApplication.translate(
            "saving", "%1 could not be written completely (the disk may be full or failing). "
                      "The previous file is unchanged."),
    }
    text = texts.get(exc.reason)
    if text is None:
        log.warning("could not save %s: %s", where, exc.detail or exc)  # the system's words, English
        # The system's reason, where it is one a user can act on, said in the window's words (a save into /proc,
        # whose folder takes no new files, said only that it failed and where to save instead).
        code = _errno_in(exc.detail) if exc.detail else None
        said = _reason_text(Path(exc.path), code) if code is not None else None
        return said if said is not None else _not_saved(where)
    return text.replace("%1", where)


def _reason_text(path: Path, code: int) -> str | None:
    """A write of `path` the system refused with `code`, said with its cause, for the causes output_error_text has
    no kind of its own for; None for a cause wxdesk cannot put in plain words (the sentence then says what to do)."""
    where = _shown(path)
    if code in (errno.ENOENT, errno.ENOTDIR):
        folder = path.parent
        if not os.path.isdir(folder):  # (os.path's: False, never an error, for a folder that may not be searched)
            return QCoreApplication.translate("saving", "The folder of %1 does not exist.").replace("%1", where)
        # The folder is there and will not have a file made in it: /proc, and file systems like it.
        return QCoreApplication.translate(
            "saving", "%1 could not be saved: the folder %2 does not take new files (it is a system folder); save in "
                      "another folder.").replace("%1", where).replace("%2", _shown(folder))
    if code == errno.EIO:
        return QCoreApplication.translate(
            "saving", "%1 could not be saved: the disk reported a fault (it may have been removed, or be failing). "
                      "The previous file is unchanged.").replace("%1", where)
    if code == errno.EINVAL:
        return QCoreApplication.translate(
            "saving", "%1 could not be saved: the disk does not allow this name (some disks refuse characters such "
                      "as : * ? \" < > |); choose another name.").replace("%1", where)
    return None


def _shown(path: Path) -> str:
    from wxdesk.engine.reading import plain
    return plain(str(path))


_NO_SPACE = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


def _explain(path: Path, file: QFileDevice) -> str:
    error = file.error()
    detail = file.errorString()
    code = _errno_in(detail)
    # Qt gives the OS's reason as text, or none: Qt's own permissions error is taken for a refusal, and a reason
    # lost on a disk nearly full for the want of space, each then said as an OSError of that kind is
    # (_os_error_text). Only a reason lost: a refusal the system named stays one, for a folder on a file system
    # that reports no free space at all (/sys, a read-only image, some network and FUSE drives) was said to want
    # space ("空间不足，无法保存 /sys/方案.json"), where Export into the same folder said it may not be written.
    if code is None and error == QFileDevice.FileError.PermissionsError:
        code = errno.EACCES
    elif code is None and _disk_nearly_full(path.parent):
        code = errno.ENOSPC
    if code is not None:
        return _os_error_text(path, OSError(code, os.strerror(code)))
    if error == QFileDevice.FileError.WriteError or not detail or detail.lower() == "unknown error":
        # Qt often loses the OS's reason for a failed write; say what is certain.
        return QCoreApplication.translate(
            "saving", "%1 could not be saved: the disk refused the data (it may be full, removed or failing). "
                      "The previous file is unchanged.").replace("%1", str(path))
    log.warning("could not save %s: %s", path, detail)
    return _not_saved(str(path))


def _os_error_text(path: Path, exc: OSError) -> str:
    """An OSError raised while saving `path`, in plain words in the window's language: as the exports say it
    (safe_output.explained, output_error_text), a folder that is not there as the save's own check says it."""
    from wxdesk import safe_output
    if exc.errno in (errno.ENOENT, errno.ENOTDIR) and not os.path.isdir(path.parent):
        return output_error_text(safe_output.OutputError(safe_output.NO_FOLDER, path, ""))
    return output_error_text(safe_output.explained(exc, path))


def _not_saved(where: str) -> str:
    # The system's reason (Qt's errorString, the OS's strerror) is English whatever the window speaks,
    # and names nothing a user can act on: it goes to the log, and the sentence says what to do.
    return QCoreApplication.translate(
        "saving", "%1 could not be saved. Save under another name or in another folder; the previous file is "
                  "unchanged.").replace("%1", where)


def _disk_nearly_full(folder: Path) -> bool:
    """Whether `folder` is on a disk with less than 1 MB left: one with room (blocks) of its own, for the file
    systems that have none (/sys, /proc, many FUSE and network ones) report 0 free whether a write fits or not."""
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.total > 0 and usage.free < 1024 * 1024


def _errno_in(detail: str) -> int | None:
    """Qt reports the OS error as text (strerror); recognise the few that need their own advice."""
    for code in (errno.ENAMETOOLONG, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EACCES, errno.EPERM,
                 errno.EROFS, errno.ENOENT, errno.ENOTDIR, errno.EIO, errno.EINVAL):
        said = os.strerror(code)
        # In Qt's words too, which its catalogue translates for a few ("Permission denied": 权限被拒绝 in the Chinese
        # window, where saving into /sys was then said in general terms and Export into it as a refusal).
        for words in (said, QCoreApplication.translate("QIODevice", said)):
            if words.lower() in detail.lower():
                return code
    return None
