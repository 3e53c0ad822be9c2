"""Starting the desktop window: the QApplication, crash hooks, and the self-test entry.

pyqtgraph is not imported here: the chart loads it right after the window's first paint
(wxdesk.ui.chart), after PySide6, so that it binds to PySide6 and never to another Qt
binding that happens to be installed.
"""

from __future__ import annotations

# Each import here is needed before the first paint. logging: every module of the window keeps a
# logger, and the crash hooks log; the log file itself opens at the first record (wxdesk.logs).
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

# First: PySide6 with its import hook answered without reading sources (see the module), so that
# this module's imports and the window's after it are not read through once more.
from wxdesk.ui import pyside_setup  # noqa: F401 - imported for what it does
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

# The application's names, icon and logging (get_qapp), the crash hooks installed before the window is
# built (crash: light, its dialog loads with the first error), and the start's own helpers.
from wxdesk import __version__, start_code, start_fonts, start_gc
from wxdesk.errors import UserFacingError
from wxdesk.paths import resource_path
from wxdesk.logs import setup_logging
from wxdesk.ui import crash

if TYPE_CHECKING:
    from wxdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ORGANIZATION = "wxdesk"
APPLICATION = "wxdesk"


def get_qapp(quiet_errors: bool = False) -> QApplication:
    """The one QApplication, set up with names, logging and crash hooks (created once)."""
    setup_logging()
    # Hooks first, so that even an error while the application starts is logged and shown.
    crash.install_hooks(quiet=quiet_errors)
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        QCoreApplication.setApplicationVersion(__version__)
        app = QApplication(sys.argv[:1])
        app.setApplicationDisplayName("wxdesk")
        app.setWindowIcon(_app_icon())
        app.setDesktopFileName("wxdesk")
    else:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
    _install_language()
    return app  # type: ignore[return-value]


ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
GC_RESUME_FALLBACK_MS = 5000
# Qt's switch for its raster engine's pool of painting threads (see run_gui).
NO_PAINT_THREADS = "QT_NO_GUI_THREADPOOL"


def _app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        # With its size given, QIcon reads a file only when that size is drawn, not all seven at start.
        icon.addFile(str(resource_path("icons", f"wxdesk-{size}.png")), QSize(size, size))
    return icon


def _install_language() -> None:
    """The language chosen in Preferences (else the system's), before any window builds its texts."""
    from wxdesk import settings
    from wxdesk.ui import i18n
    stored = settings.language()
    if stored and stored != i18n.current_language():
        i18n.set_language(stored)
    else:
        i18n.ensure_language_installed()


def _needs_offscreen() -> bool:
    # The self-test runs in CI and on build machines without a display.
    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def run_gui(self_test: bool = False, open_file: str | None = None) -> int:
    """Open the main window (optionally on a scenario file) and run until it closes."""
    if _needs_offscreen():
        if not self_test:
            # Qt would abort here with its message in the log file only.
            raise UserFacingError("there is no display to open the window on (neither DISPLAY nor "
                                  "WAYLAND_DISPLAY is set); start wxdesk from a desktop session, or use "
                                  "its commands, such as 'wxdesk evaluate' (see 'wxdesk --help')")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Qt's raster engine paints the window alone. By default it cuts every fill and image of 96 rows or more (a
    # card's frame, a label's background, the window's) into pieces for a pool of threads and waits for them:
    # for the window's cards and labels the hand-over costs more than the fill, some 240 thread switches before
    # the first frame and a few at each slider move, on a machine whose other core is as often as not busy.
    # (Qt reads whether it is set, at its first such fill.)
    os.environ.setdefault(NO_PAINT_THREADS, "1")
    from wxdesk.qt_preflight import missing_libraries_message
    missing = missing_libraries_message()  # Qt would abort with only "Aborted" on the terminal
    if missing is not None:
        raise UserFacingError(missing)
    # While the rest of the start imports and builds the window: fontconfig's set-up, which the first font
    # looked up would do on this thread (see the module).
    start_fonts.set_up_aside()
    app = get_qapp(quiet_errors=self_test)
    from wxdesk.ui.main_window import MainWindow
    window = MainWindow()
    if open_file is not None:
        _open_initial_file(window, open_file)
    window.open_on_screen()
    if self_test:
        from wxdesk.ui.self_test import run_self_test
        result = run_self_test(window)
        print(result.line())
        window.close()
        return 0 if result.ok else 1
    # Once the answer and its chart are on screen: the first record opens the log file (wxdesk.logs), and the
    # collector's freeze and the compiled code's saving come with it, none of which either needs wait for.
    # (Logged when the chart is built, it would come before the chart's paint, which Qt posts at low priority.)
    if window.built_chart is not None:
        _AfterNextPaint(window, lambda: _started(window))
    else:
        window.chart_built.connect(lambda: _AfterNextPaint(window, lambda: _started(window)))
    # Should the chart fail to build (an error, shown in the error dialog), the collector paused for the
    # start runs again all the same, from the event loop, a moment after the first paint.
    window.first_painted.connect(lambda: QTimer.singleShot(GC_RESUME_FALLBACK_MS, lambda: _collector_back(window)))
    try:
        return app.exec()
    finally:
        _collector_to_python(window)  # the loop is over: what follows (the command's end) has no turns


def _started(window: MainWindow) -> None:
    """The answer and its chart are on screen: the collector paused for the start runs again, and the code
    the start compiled from text on the way and the start's answer are kept for the next start
    (wxdesk.start_code, wxdesk.engine.answer_cache)."""
    _collector_back(window)
    start_code.save()
    window.document.keep_start_answer()
    log.info("wxdesk %s started", __version__)


def _collector_back(window: MainWindow) -> None:
    """The collector paused for the start runs again (once), what the start made frozen, and only from the
    event loop, its older generations when the user's changes pause (wxdesk.ui.idle_collection): on
    Python's own schedule a walk could free Qt objects inside a Qt call that holds a lock they need."""
    from wxdesk.ui.idle_collection import IdleCollection
    if window.findChild(IdleCollection) is None:
        start_gc.resume()
        IdleCollection(window.document.changed, window)


def _collector_to_python(window: MainWindow) -> None:
    from wxdesk.ui.idle_collection import IdleCollection
    try:
        collection = window.findChild(IdleCollection)
    except RuntimeError:  # the window is gone, and its collection with it, which gave Python its schedule back
        return
    if collection is not None:
        collection.uninstall()


class _AfterNextPaint(QObject):
    """Calls `then` once `widget` has painted next (with its children, in the same pass) and the event
    loop has come round once more, then leaves.

    Why the extra turn: what that paint set going (a zero timer started while it was drawn, input
    waiting since) goes first; `then` is work no one sees, the log file's opening (some 8 ms).
    """

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            then = self._then
            # After this paint pass (children included), then after what is already waiting.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))
            self.deleteLater()
        return False


def _open_initial_file(window: MainWindow, path: str) -> None:
    """Open the file the desktop handed us; a bad file leaves the default scenario and says why."""
    window.features.file_actions.open_path(path)
