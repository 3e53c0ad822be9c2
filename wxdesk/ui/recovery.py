"""Autosave and crash recovery: unsaved work survives a crash or a killed process.

Each running wxdesk is a *session* with two files in the recovery folder (inside the
user's data folder): `<id>.json`, the latest autosave of its unsaved scenario, and
`<id>.lock`, a QLockFile that the session holds while it runs. A lock that can be
taken belongs to a session that is gone (QLockFile sees that its process no longer
runs), so its autosave is offered for recovery at the next start; a lock still held
belongs to another open window and is left alone. Saving the scenario, or closing it
normally, removes the session's autosave.

Whatever the folder holds, the window starts: each entry is read on its own, within a
size limit and only if it is a regular file, and an entry that cannot be used (broken,
deeply nested, a FIFO, absurd dates) is moved aside as `<id>.unreadable` while the good
ones are still offered. A `.lock` that holds no lock information at all is not a running
wxdesk's, so it is removed rather than hiding its autosave for ever.
"""

from __future__ import annotations

import json
import logging
import math
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from wxdesk.engine import Scenario, scenario_from_dict
from wxdesk.engine.reading import read_bounded
# The autosave runs from the start, in its own light module (Autosaver is named here too, where it was
# first): this module, with its dialog, loads once the window is up.
from wxdesk.ui import text
from wxdesk.ui.autosave import RECOVERY_FORMAT, remove_file
from wxdesk.ui.autosave import Autosaver as Autosaver
from wxdesk.ui.recovery_folder import recovery_dir

if TYPE_CHECKING:
    from wxdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# An autosave holds one scenario of a few kilobytes.
MAX_AUTOSAVE_BYTES = 6 * 1024 * 1024


@dataclass(frozen=True)
class RecoverableWork:
    """The autosave of a session that ended without saving."""

    session: str
    scenario: Scenario
    original_path: Path | None
    saved_at: float
    file: Path
    lock: QLockFile
    # The fingerprint of the file the work began from, as the session last read or wrote it; None when the
    # autosave kept none (written before autosaves did): see offer_recovery.
    disk_fingerprint: str | None = None
    # The figures the scenario changed that the data pack in use lacks: their changes were dropped.
    dropped: tuple[str, ...] = ()

    def describe(self) -> str:
        when = self.autosaved_at()
        where = str(self.original_path) if self.original_path else QCoreApplication.translate("recovery", "never saved")
        name = (text.words().scenario_name(self.scenario.name)
                or QCoreApplication.translate("recovery", "Untitled scenario"))
        # The client's name first, as the title bar had it: a scenario begun from an example carries the example's
        # name, and the client typed in is what the user knows it by.
        client = self.scenario.client.strip()
        name = f"{client} · {name}" if client else name
        return QCoreApplication.translate("recovery", "%1 — autosaved %2 (%3)") \
            .replace("%1", name).replace("%2", when).replace("%3", where)

    def autosaved_at(self) -> str:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(self.saved_at))

    def discard(self) -> None:
        remove_file(self.file)
        self.lock.unlock()

    def release(self) -> None:
        """Leave it for a later start."""
        self.lock.unlock()


def find_recoverable(known_figures: Mapping[str, object] | None = None) -> list[RecoverableWork]:
    """Autosaves of sessions that are no longer running, newest first, each now locked by us.

    `known_figures` (the data pack's) checks the figures a scenario sets, as opening a file would.
    """
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    found = []
    for file in sorted(folder.glob("*.json")):
        lock = QLockFile(str(file.with_suffix(".lock")))
        # Stale only when its process is gone, never by age: a window may stay open for days.
        lock.setStaleLockTime(0)
        # Zero wait: a held lock means another wxdesk is open on that work.
        if not lock.tryLock(0) and not _retry_after_garbage_lock(lock):
            continue
        try:
            found.append(_read(file, lock, known_figures))
        except Exception as exc:  # noqa: BLE001 - one bad entry must not hide the others, or stop the start
            # Keep the bytes for a person to look at, but never offer or crash on them again.
            log.warning("the autosave %s cannot be used (%s: %s); moved aside", file, exc.__class__.__name__, exc)
            _set_aside(file)
            lock.unlock()
    return sorted(found, key=lambda w: w.saved_at, reverse=True)


def _retry_after_garbage_lock(lock: QLockFile) -> bool:
    """A lock file with no readable owner (garbage, empty) belongs to no running wxdesk: take it."""
    info = lock.getLockInfo()  # PySide6: (pid, hostname, appname); pid 0 when unreadable
    if (info and info[0]) or lock.error() == QLockFile.LockError.PermissionError:
        return False
    log.warning("removing a lock file that names no owner")
    return lock.removeStaleLockFile() and lock.tryLock(0)


def _read(file: Path, lock: QLockFile, known_figures: Mapping[str, object] | None = None) -> RecoverableWork:
    data = json.loads(read_bounded(file, MAX_AUTOSAVE_BYTES).decode("utf-8"))
    if not isinstance(data, dict) or data.get("format") != RECOVERY_FORMAT:
        raise ValueError("not a wxdesk autosave")
    path = data.get("path")
    saved_at = data.get("saved_at")
    fingerprint = data.get("disk_fingerprint")
    scenario, dropped = _with_pack(data.get("scenario"), known_figures)
    return RecoverableWork(
        session=file.stem, scenario=scenario,
        original_path=Path(path) if isinstance(path, str) and path and "\0" not in path else None,
        saved_at=_plausible_time(saved_at, file),
        file=file, lock=lock, disk_fingerprint=fingerprint if isinstance(fingerprint, str) else None,
        dropped=tuple(dropped))


def _with_pack(data: object, known_figures: Mapping[str, object] | None) -> tuple[Scenario, list[str]]:
    """The autosaved scenario as the data pack in use can take it: its changes to figures the pack lacks dropped,
    as importing such a pack under it drops them (pack_import.without_unknown_overrides), and the rest checked
    against the pack as opening a file is. (It was set aside as unreadable, and the user never told.)"""
    if known_figures is None:
        return scenario_from_dict(data), []
    from wxdesk.ui.pack_import import without_unknown_overrides
    scenario, dropped = without_unknown_overrides(scenario_from_dict(data), known_figures)
    return scenario_from_dict(scenario.to_dict(), known_figures), dropped


def _plausible_time(saved_at: object, file: Path) -> float:
    """The autosave's time; the file's own when the record's is not a time that can be shown."""
    latest = time.time() + 86400
    if isinstance(saved_at, (int, float)) and not isinstance(saved_at, bool):
        try:
            value = float(saved_at)
        except OverflowError:
            value = math.nan
        if math.isfinite(value) and 0 <= value <= latest:
            return value
    return min(max(file.stat().st_mtime, 0.0), latest)


def _set_aside(file: Path) -> None:
    try:
        file.replace(file.with_suffix(".unreadable"))
    except OSError:
        log.exception("could not move %s aside", file)


# ------------------------------------------------------------------ asking the user

RESTORE, DISCARD, LATER = "restore", "discard", "later"


def ask_recovery(parent: QWidget | None, works: list[RecoverableWork]) -> tuple[str, RecoverableWork | None]:
    """Ask what to do with unsaved work from sessions that ended (tests replace this)."""
    from wxdesk.ui.file_actions import can_ask_user
    if not can_ask_user():
        return LATER, None
    dialog = RecoveryDialog(works, parent)
    dialog.exec()
    return dialog.choice, dialog.chosen


class RecoveryDialog(QDialog):
    def __init__(self, works: list[RecoverableWork], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Restore unsaved work?"))
        self.choice = LATER
        self.chosen: RecoverableWork | None = None
        self._works = works
        text = (self.tr("wxdesk closed before this scenario was saved. Restore it?") if len(works) == 1 else
                self.tr("wxdesk closed before these scenarios were saved. Choose one to restore now; "
                        "the others are offered again next time."))
        label = QLabel(text, wordWrap=True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        for work in works:
            QListWidgetItem(work.describe(), self.list)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._finish(RESTORE))
        buttons = QDialogButtonBox()
        restore = QPushButton(self.tr("Restore"))
        restore.setDefault(True)
        discard = QPushButton(self.tr("Discard"))
        later = QPushButton(self.tr("Not now"))
        buttons.addButton(restore, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        restore.clicked.connect(lambda: self._finish(RESTORE))
        discard.clicked.connect(lambda: self._finish(DISCARD))
        later.clicked.connect(lambda: self._finish(LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 280)

    def _finish(self, choice: str) -> None:
        if choice == DISCARD and not confirm_discard(self):
            return  # the question stays open: one click must not throw work away
        row = self.list.currentRow()
        self.choice = choice
        self.chosen = self._works[row] if 0 <= row < len(self._works) else None
        self.done(QDialog.DialogCode.Accepted if choice != LATER else QDialog.DialogCode.Rejected)


def confirm_discard(parent: QWidget) -> bool:
    """Whether the user means to throw the work away for good (tests replace this)."""
    # Asked for here, not at the start: PySide6 builds a class the first time it is named (file_actions.ON_FIRST_USE).
    from PySide6.QtWidgets import QMessageBox
    answer = QMessageBox.question(parent, QCoreApplication.translate("recovery", "Discard unsaved work?"),
                                  QCoreApplication.translate("recovery", "The work is deleted and cannot be restored "
                                                             "later."),
                                  QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard


def offer_recovery(window: MainWindow) -> bool:
    """Offer the autosaves of ended sessions; True when one was restored into `window`."""
    works = find_recoverable(window.document.pack.figures)
    if not works:
        return False
    choice, chosen = ask_recovery(window, works)
    restored = False
    for work in works:
        if work is chosen and choice == RESTORE:
            # The file as the ended session knew it: a save over it asks if someone else wrote it since. Not known
            # (an older autosave), any file there may have been written since, and a save over it asks first.
            from wxdesk.ui.file_actions import UNKNOWN_FINGERPRINT
            known = work.disk_fingerprint or (UNKNOWN_FINGERPRINT if work.original_path is not None else None)
            window.document.load(work.scenario, work.original_path, modified=True, fingerprint=known)
            work.discard()  # this session autosaves it again from now on
            restored = True
        elif work is chosen and choice == DISCARD:
            work.discard()
        else:
            work.release()
    if restored:
        window.features.autosaver.save_now()
        assert chosen is not None
        at = chosen.autosaved_at()
        window.status_line.say(lambda: QCoreApplication.translate(
            "recovery", "Restored the work autosaved %1; save it to keep it.").replace("%1", at), 10000)
        if chosen.dropped:
            tell_dropped(window, chosen.dropped)
    return restored


def tell_dropped(window: MainWindow, dropped: tuple[str, ...]) -> None:
    """Say which changes to figures a restored scenario lost: the data pack in use has no such figures."""
    from wxdesk.ui.pack_import import figure_ids, tell
    names = figure_ids(dropped)
    tell(window, QCoreApplication.translate("recovery", "Changes to figures dropped"),
         QCoreApplication.translate(
             "recovery", "The restored work changed figures that the data pack in use does not have: %1. Those "
             "changes were dropped; the rest of the work is restored.").replace("%1", names), warning=True)


def started_in_tests() -> bool:
    """Where no one can answer a dialog (offscreen tests, the self-test), recovery waits to be asked."""
    from wxdesk.ui.file_actions import can_ask_user
    return not can_ask_user()
