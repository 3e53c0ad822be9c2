"""Crash safety: an unexpected exception is logged and shown, and the window keeps working.

`install_hooks()` replaces sys.excepthook and threading.excepthook. PySide6 hands an
exception raised in a slot to sys.excepthook and carries on with the event loop, so
one hook covers slots, timers and virtual methods. The error dialog is non-modal
(`show()`, never `exec()`), so nothing waits for a click in tests or the self-test.

Qt's own messages go to the log file, and on to whatever handled them before (pytest-qt
in the tests, which fail on a Qt warning), so logging them never hides them.
"""

from __future__ import annotations

import atexit
import faulthandler
import logging
import os
import sys
import threading
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from wxdesk.logs import log_dir, log_exception, not_saved

if TYPE_CHECKING:  # the dialog's module loads with the first error (see _show)
    from wxdesk.ui.error_dialog import ErrorDialog

log = logging.getLogger(__name__)

_state: dict[str, Any] = {"installed": False, "dialog": None, "errors": [], "quiet": False, "fault_file": None,
                "previous_qt_handler": None}


def install_hooks(quiet: bool = False) -> None:
    """Route uncaught exceptions to the log and an error dialog (once per process).

    `quiet` (the self-test) prints the error on stderr instead of showing a dialog.
    """
    _state["quiet"] = quiet
    if _state["installed"]:
        return
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    _state["previous_qt_handler"] = qInstallMessageHandler(_qt_message)
    _enable_faulthandler()
    _state["installed"] = True


def is_quiet() -> bool:
    """Whether errors are printed rather than shown: `wxdesk --self-test`, where no one watches."""
    return bool(_state["quiet"])


def errors_seen() -> list[str]:
    """Summaries of every exception the hooks caught in this process (the self-test checks it)."""
    return list(_state["errors"])


def clear_errors() -> None:
    _state["errors"].clear()


def _enable_faulthandler() -> None:
    # A hard crash (a segfault in Qt) cannot reach Python hooks; faulthandler leaves its stack in the log folder.
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        _state["fault_file"] = open(folder / "crash.log", "a", encoding="utf-8")  # noqa: SIM115 - open for the process
        faulthandler.enable(_state["fault_file"])
        atexit.register(_close_fault_file)
    except OSError:
        log.warning("could not open the crash log; hard crashes will not be recorded")


def _close_fault_file() -> None:
    faulthandler.disable()
    if _state["fault_file"] is not None:
        _state["fault_file"].close()
        _state["fault_file"] = None


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    handle_exception(exc if exc.__traceback__ is not None else exc.with_traceback(tb))


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    # Widgets may only be touched from the GUI thread: log here, and show the dialog from the event loop.
    exc = args.exc_value
    path = log_exception(exc)
    _state["errors"].append(_summary(exc))
    from PySide6.QtCore import QTimer
    app = QCoreApplication.instance()
    if app is not None:
        details = "".join(traceback.format_exception(exc))
        QTimer.singleShot(0, app, lambda: _show(_summary(exc), details, path))


def handle_exception(exc: BaseException) -> None:
    """Log an exception and tell the user, without stopping the application."""
    path = log_exception(exc)
    summary = _summary(exc)
    _state["errors"].append(summary)
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    _show(summary, details, path)


def _summary(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _show(summary: str, details: str, log_path: str | os.PathLike[str] | None) -> None:
    """`log_path` is None where the log could not be written (log_exception): nothing then points to it."""
    if _state["quiet"] or not isinstance(QCoreApplication.instance(), QApplication):
        where = f"details in {log_path}" if log_path is not None else not_saved()
        print(f"wxdesk: internal error: {summary} ({where})", file=sys.stderr)
        return
    dialog = current_dialog()  # (none where the last was hidden or deleted without finishing: _still_open)
    if dialog is None:
        # Loaded with the first error, not at every start: its Qt classes (QDialog, QDialogButtonBox,
        # QPlainTextEdit, with their enums) are made the first time they are asked for.
        from wxdesk.ui.error_dialog import ErrorDialog
        dialog = ErrorDialog()
        _state["dialog"] = dialog
        dialog.finished.connect(lambda _result: _state.update(dialog=None))
    dialog.add_error(summary, details, None if log_path is None else str(log_path))
    dialog.show()
    dialog.raise_()


def _still_open(dialog: ErrorDialog) -> bool:
    """A dialog hidden or deleted without its `finished` signal (closed by its owner, or by Qt with
    the window) counts as gone: the next error opens a fresh one rather than adding to errors the
    user already dismissed, or touching a deleted widget."""
    return shiboken6.isValid(dialog) and dialog.isVisible()


def current_dialog() -> ErrorDialog | None:
    dialog: ErrorDialog | None = _state["dialog"]
    return dialog if dialog is not None and _still_open(dialog) else None


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Qt's own warnings go to the log file rather than a console the user never sees.
    logging.getLogger("wxdesk.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)
    previous = _state["previous_qt_handler"]
    if previous is not None:
        previous(kind, context, message)
    if os.environ.get("WXDESK_QT_STDERR"):
        print(message, file=sys.stderr)
