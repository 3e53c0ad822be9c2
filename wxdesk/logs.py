"""Logging to a rotating file in the user's log folder, shared by the CLI and the window."""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

import platformdirs

LOG_NAME = "wxdesk.log"


def log_dir() -> Path:
    override = os.environ.get("WXDESK_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("wxdesk", appauthor=False))


def setup_logging(level: int = logging.INFO) -> Path:
    """Send wxdesk's log records to a rotating file; returns the file's path."""
    path = log_dir() / LOG_NAME
    root = logging.getLogger("wxdesk")
    if any(getattr(h, "_wxdesk", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()  # a read-only home must not stop the app
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
