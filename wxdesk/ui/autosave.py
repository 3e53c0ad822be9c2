"""Autosave: the unsaved scenario of this session, written to its recovery file every few seconds.

It runs from the moment the window opens, so it loads with the window and stays light; what
reads the autosaves of sessions that ended, and asks about them, is wxdesk.ui.recovery
(which loads once the window is up). The files and the locking are described there.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from wxdesk import settings
from wxdesk.ui.recovery_folder import recovery_dir

if TYPE_CHECKING:
    from wxdesk.ui.document import ScenarioDocument

log = logging.getLogger(__name__)

RECOVERY_FORMAT = "wxdesk-recovery"


def remove_file(file: Path) -> None:
    try:
        file.unlink(missing_ok=True)
    except OSError:
        log.exception("could not remove the autosave %s", file)


class Autosaver(QObject):
    """Writes the document's unsaved scenario to this session's recovery file every few seconds.

    Throttled, not debounced: a long slider drag still autosaves every interval.
    Signals `autosaved(path)` after each write.
    """

    autosaved = Signal(object)

    def __init__(self, document: ScenarioDocument, interval_seconds: float | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        # os.urandom, as secrets.token_hex would: without loading hashlib and OpenSSL at every start.
        self.session = f"{os.getpid()}-{os.urandom(4).hex()}"
        self._lock: QLockFile | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self.set_interval(interval_seconds if interval_seconds is not None else settings.autosave_seconds())
        document.changed.connect(self._on_changed)
        document.modified_changed.connect(self._on_modified_changed)
        document.path_changed.connect(self._on_changed)

    @property
    def file(self) -> Path:
        return recovery_dir() / f"{self.session}.json"

    def set_interval(self, seconds: float) -> None:
        self._timer.setInterval(max(0, int(seconds * 1000)))

    def _on_changed(self, *_args: object) -> None:
        if self.document.is_modified and not self._timer.isActive():
            self._timer.start()

    def _on_modified_changed(self, modified: bool) -> None:
        if modified:
            self._on_changed()
        else:
            # Saved (or reverted to the saved state by undo): nothing left to recover.
            self._timer.stop()
            self.clear()

    def save_now(self) -> None:
        if not self.document.is_modified:
            return
        if not self._hold_lock():
            return
        document = self.document
        record = {"format": RECOVERY_FORMAT, "version": 1, "session": self.session, "pid": os.getpid(),
                  "saved_at": time.time(), "path": str(document.path) if document.path else None,
                  # The file's bytes as this window last read or wrote them: restored with the work, a save over the
                  # file still notices that someone else wrote it meanwhile (wxdesk.ui.recovery).
                  "disk_fingerprint": document.disk_fingerprint,
                  "scenario": document.scenario.to_dict()}
        from wxdesk.ui.saving import SaveError, json_bytes, write_atomically  # at the first autosave, not at start
        try:
            write_atomically(self.file, json_bytes(record, indent=1))
        except SaveError as exc:
            # The user's work is still in the window; autosave tries again at the next change.
            log.warning("autosave failed: %s", exc)
            return
        self.autosaved.emit(self.file)

    def _hold_lock(self) -> bool:
        if self._lock is not None:
            return True
        try:
            recovery_dir().mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no recovery folder, autosave is off: %s", exc)
            return False
        lock = QLockFile(str(self.file.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # only a dead process releases it, however long a session runs
        if not lock.tryLock(0):
            log.warning("could not lock the recovery file %s", self.file)
            return False
        self._lock = lock
        return True

    def _is_the_document(self, file: Path) -> bool:
        """Whether `file` is the document's own file. Saving into the recovery folder is refused
        (wxdesk.ui.saving), but a file saved there before was removed here as the autosave it replaced."""
        path = self.document.path
        try:
            return path is not None and file.exists() and file.samefile(path)
        except OSError:
            return False

    def clear(self) -> None:
        """Remove this session's autosave (after a save, or on a normal close)."""
        self._timer.stop()
        if not self._is_the_document(self.file):  # (saved as this file, it is the user's now: see _is_the_document)
            remove_file(self.file)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
