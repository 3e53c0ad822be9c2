"""Logging to a rotating file in the user's log folder, shared by the CLI and the window."""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

import platformdirs

LOG_NAME = "wxdesk.log"


def log_dir() -> Path:
    override = os.environ.get("WXDESK_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("wxdesk", appauthor=False))


# The file rotates when a record would take it past MAX_BYTES; BACKUPS older files are kept (.1 the newest).
MAX_BYTES = 1_000_000
BACKUPS = 3


class _LogFile(logging.Handler):
    """The rotating log file, opened at the first record it is given: the window's first paint does not wait
    for a file to open (the window logs its first record once the answer and its chart are on screen)."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _open_file(self.path)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def kept(self) -> bool:
        """Whether the last record reached the file: not where its folder could not be made or opened (a
        NullHandler took it), nor where writing it failed (a full disk)."""
        return isinstance(self._file, _RotatingFile) and not self._file.failed

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


class _RotatingFile(logging.FileHandler):
    """A log file that rotates by size, as logging.handlers.RotatingFileHandler does (path.1 the newest of
    `backups` older files), without logging.handlers: loading it loads socket (with its enums), queue and
    pickle, some 9 ms at the window's first record, right when the answer and its chart are on screen and
    the user may move a slider."""

    def __init__(self, path: Path, max_bytes: int, backups: int):
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups
        self.failed = False  # the last record could not be written

    def emit(self, record: logging.LogRecord) -> None:
        self.failed = False
        try:
            if self._past_limit_with(record):
                self._rotate()
        except Exception:  # noqa: BLE001 - as logging does: a record that fails is reported, not raised
            self.handleError(record)
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        # Noted, so that no message sends the user to the file for it (log_exception); not printed, as logging
        # does: its report is a traceback on the user's terminal, above the one line wxdesk says.
        self.failed = True

    def _past_limit_with(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        size = self.stream.tell()
        # (Once the file holds something: a record larger than the limit alone still goes in.)
        return size > 0 and size + len(f"{self.format(record)}\n".encode("utf-8", "replace")) > self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.backups - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            Path(base).write_bytes(b"")  # emptied: no older file is kept
        self.stream = self._open()


def _open_file(path: Path) -> logging.Handler:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return _RotatingFile(path, MAX_BYTES, BACKUPS)
    except OSError:
        return logging.NullHandler()  # a read-only home must not stop the app


def setup_logging(level: int = logging.INFO) -> Path:
    """Send wxdesk's log records to a rotating file; returns the file's path."""
    path = log_dir() / LOG_NAME
    root = logging.getLogger("wxdesk")
    if any(getattr(h, "_wxdesk", False) for h in root.handlers):
        return path
    handler = _LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._wxdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    # The PDF library's own warnings ("EOF marker not found" on a PDF a full disk cut short) go to the same file:
    # without a handler of their own, Python printed them on the terminal above wxdesk's one-line message.
    pdf = logging.getLogger("pypdf")
    pdf.addHandler(handler)
    pdf.propagate = False
    return path


def log_exception(exc: BaseException) -> Path | None:
    """Log `exc` with its traceback; the log file's path, or None where the record could not be written there
    (a log folder that cannot be made or written, a full disk): a message must then not send the user to it."""
    path = setup_logging()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    root = logging.getLogger("wxdesk")
    root.error("unhandled exception\n%s", details)
    handler = next((h for h in root.handlers if getattr(h, "_wxdesk", False)), None)
    return path if isinstance(handler, _LogFile) and handler.kept() else None


def not_saved() -> str:
    """What a message says in place of the log file's name when log_exception gave None."""
    return f"the details could not be saved (the log folder {log_dir()} cannot be written)"
