"""PyInstaller runtime hook for benchmark builds only: report the first painted window, then exit.

benchmarks/bench_bundle.py builds wxdesk and a bare PySide6 window with this hook
(`wxdesk.spec -- --first-paint-probe`; never in the bundle users get), starts each and
times how long the line "first-paint rss_mb=..." takes to appear on stderr.

It swaps in a QApplication subclass before the app imports Qt, so the app's own code is
measured unchanged. When the first top-level window has painted (the event loop is back
from painting it and its children), it prints the resident memory and exits at once.
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
        def __init__(self, app):
            super().__init__(app)
            self._seen = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if (not self._seen and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QtWidgets.QWidget) and obj.isWindow()):
                self._seen = True
                QTimer.singleShot(0, self._report)
            return False

        def _report(self):
            sys.stderr.write(f"first-paint rss_mb={_rss_mb():.1f}\n")
            sys.stderr.flush()
            os._exit(0)

    base = QtWidgets.QApplication

    class ProbedApplication(base):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._first_paint = _FirstPaint(self)
            self.installEventFilter(self._first_paint)

    QtWidgets.QApplication = ProbedApplication


_install()
