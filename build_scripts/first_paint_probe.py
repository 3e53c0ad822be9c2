"""PyInstaller runtime hook for benchmark builds only: report the first painted window, then exit.

benchmarks/bench_bundle.py builds wxdesk and a bare PySide6 window with this hook
(`wxdesk.spec -- --first-paint-probe`; never in the bundle users get), starts each and
times how long the line "first-paint rss_mb=..." takes to appear on stderr.

It wraps QWidget.show() (and its variants) before the app imports Qt, so the app's own code
is measured unchanged. When the first window shown has painted (the event loop is back from
painting it and its children), it prints the resident memory and exits at once.
"""

import os
import sys


def _rss_mb() -> float:
    try:  # Linux: current resident set
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        import resource  # macOS: peak resident set (bytes there)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def _install() -> None:
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        """Watches one top-level window: an application-wide filter would run Python for each of
        the thousands of events a window's construction sends, and slow the very start it times."""

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, _report)
            return False

    def _report():
        sys.stderr.write(f"first-paint rss_mb={_rss_mb():.1f}\n")
        sys.stderr.flush()
        os._exit(0)

    watcher = []

    def watching(show):
        def show_and_watch(self, *args, **kwargs):
            if not watcher and self.isWindow():
                watcher.append(_FirstPaint())
                self.installEventFilter(watcher[0])
            return show(self, *args, **kwargs)
        return show_and_watch

    for name in ("show", "showNormal", "showMaximized", "showFullScreen"):
        setattr(QtWidgets.QWidget, name, watching(getattr(QtWidgets.QWidget, name)))


_install()
