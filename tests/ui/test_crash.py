"""An exception in a slot or a thread: logged, shown in a non-blocking dialog, the window keeps working."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from wxdesk.logs import LOG_NAME, log_dir
from wxdesk.ui import crash

pytestmark = pytest.mark.gui


class DeliberateError(RuntimeError):
    pass


@pytest.fixture
def window(shown_window):
    crash.clear_errors()
    yield shown_window
    dialog = crash.current_dialog()
    if dialog is not None:
        dialog.close()


def _close_dialog_later(qtbot):
    dialog = crash.current_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


# pytest-qt would otherwise catch the exception itself; here the application's own hook must.
@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_the_dialog_and_the_window_keeps_working(window, qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", crash._excepthook)

    def broken_slot():
        raise DeliberateError("deliberate failure in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: crash.current_dialog() is not None and crash.current_dialog().isVisible())
    dialog = _close_dialog_later(qtbot)
    assert not dialog.isModal()
    assert "DeliberateError: deliberate failure in a slot" in dialog.message.text()
    details = dialog.details.toPlainText()
    assert "Traceback" in details and "broken_slot" in details
    dialog.copy_details()
    from PySide6.QtWidgets import QApplication
    assert QApplication.clipboard().text() == details
    assert "DeliberateError: deliberate failure in a slot" in crash.errors_seen()
    assert "deliberate failure in a slot" in (log_dir() / LOG_NAME).read_text(encoding="utf-8")

    # The window is still alive: a slider move still reaches the document and the chart.
    before = window.chart.snapshot()
    window.controls.audience_slider.setValue(window.controls.audience_slider.maximum())
    assert window.chart.snapshot() != before


@pytest.mark.qt_no_exception_capture
def test_a_second_error_joins_the_same_dialog(window, qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", crash._excepthook)

    def fail(n):
        raise DeliberateError(f"failure {n}")

    QTimer.singleShot(0, lambda: fail(1))
    QTimer.singleShot(0, lambda: fail(2))
    qtbot.waitUntil(lambda: {"DeliberateError: failure 1", "DeliberateError: failure 2"} <= set(crash.errors_seen()))
    dialog = _close_dialog_later(qtbot)
    assert "failure 1" in dialog.details.toPlainText() and "failure 2" in dialog.details.toPlainText()
    assert "unexpected errors occurred; the latest: DeliberateError: failure 2" in dialog.message.text()


def test_exception_in_a_thread_is_logged_and_shown_from_the_gui_thread(window, qtbot, monkeypatch):
    monkeypatch.setattr(threading, "excepthook", crash._thread_excepthook)

    def worker():
        raise DeliberateError("deliberate failure in a thread")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    # Until its own error shows: a thread of an earlier test in this process whose error the hooks took (they stay
    # installed once a window installed them) had its dialog up first, and this test read that one.
    qtbot.waitUntil(lambda: crash.current_dialog() is not None and crash.current_dialog().isVisible()
                    and "deliberate failure in a thread" in crash.current_dialog().details.toPlainText())
    dialog = _close_dialog_later(qtbot)
    assert "deliberate failure in a thread" in dialog.details.toPlainText()


def test_quiet_mode_prints_instead_of_showing(window, qtbot, capsys):
    crash.install_hooks(quiet=True)
    try:
        try:
            raise DeliberateError("quiet failure")
        except DeliberateError as exc:
            crash.handle_exception(exc)
    finally:
        crash.install_hooks(quiet=False)
    assert crash.current_dialog() is None
    assert "internal error: DeliberateError: quiet failure" in capsys.readouterr().err


def test_qt_messages_are_logged_and_passed_on(monkeypatch, caplog):
    """Logging Qt's messages must not swallow them: whoever handled them before (pytest-qt,
    which fails a test on a Qt warning) still gets each one."""
    from PySide6.QtCore import QtMsgType
    received = []
    monkeypatch.setitem(crash._state, "previous_qt_handler", lambda *message: received.append(message[2]))
    with caplog.at_level("WARNING", logger="wxdesk.qt"):
        crash._qt_message(QtMsgType.QtWarningMsg, None, "a widget has no parent")
    assert received == ["a widget has no parent"]
    assert "a widget has no parent" in caplog.text


@pytest.fixture
def unwritable_log(monkeypatch, tmp_path):
    """A log folder that cannot be made (a file stands where it would go), with wxdesk's log handler made anew."""
    import logging
    root = logging.getLogger("wxdesk")
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not getattr(h, "_wxdesk", False)])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder would go")
    monkeypatch.setenv("WXDESK_LOG_DIR", str(blocker / "logs"))
    yield blocker / "logs"
    for handler in root.handlers:
        if getattr(handler, "_wxdesk", False):
            handler.close()


def test_an_error_the_log_could_not_keep_is_not_said_to_be_in_it(unwritable_log, qtbot, capsys):
    """The dialog and the self-test's line said the details were written to a file that was never made."""
    crash.clear_errors()
    crash.install_hooks(quiet=True)
    try:
        crash.handle_exception(DeliberateError("quiet failure"))
    finally:
        crash.install_hooks(quiet=False)
    err = capsys.readouterr().err
    assert "internal error: DeliberateError: quiet failure" in err and "details in" not in err, err
    assert "the details could not be saved" in err
    crash.handle_exception(DeliberateError("shown failure"))
    dialog = _close_dialog_later(qtbot)
    try:
        text = dialog.message.text()
        assert "shown failure" in text and "written to" not in text and str(unwritable_log / LOG_NAME) not in text
        assert "could not be saved" in text and "Copy details" in text
        crash.handle_exception(DeliberateError("second failure"))
        text = dialog.message.text()
        assert "2 unexpected errors" in text and "written to" not in text and "could not be saved" in text
    finally:
        dialog.close()
        crash.clear_errors()


@pytest.mark.parametrize("gone", ["hidden", "deleted"])
def test_an_error_after_the_dialog_went_without_finishing_opens_a_fresh_one(gone, qtbot):
    """A dialog closed by its owner or deleted by Qt (no `finished` signal) kept its count: the next
    error read '2 unexpected errors' of one the user never saw again, or touched a deleted widget."""
    import shiboken6
    crash.clear_errors()
    crash.handle_exception(DeliberateError("first failure"))
    first = crash.current_dialog()
    assert first is not None
    first.blockSignals(True)  # as if `finished` never came
    first.hide()
    if gone == "deleted":
        shiboken6.delete(first)
    assert crash.current_dialog() is None
    crash.handle_exception(DeliberateError("later failure"))
    dialog = _close_dialog_later(qtbot)
    try:
        assert dialog is not first
        text = dialog.message.text()
        assert text.startswith("An unexpected error occurred: DeliberateError: later failure"), text
        assert "first failure" not in dialog.details.toPlainText()
    finally:
        dialog.close()
        crash.clear_errors()
