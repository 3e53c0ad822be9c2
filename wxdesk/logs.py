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


class _LogFile(logging.Handler):
    """The rotating log file, opened at the first record it is given.

    `logging.handlers` (which brings socket and queue with it) then loads at the first
    record, not at every start: the window's first paint does not wait for it.
    """

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            self._file = _open_file(self.path)
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def _open_file(path: Path) -> logging.Handler:
    import logging.handlers
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
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
    return path


def log_exception(exc: BaseException) -> Path:
    path = setup_logging()
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    logging.getLogger("wxdesk").error("unhandled exception\n%s", details)
    return path
