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
    if sys.platform.startswith("linux"):  # current resident set
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    if sys.platform == "win32":  # current working set
        import ctypes
        from ctypes import wintypes

        class Counters(ctypes.Structure):
            _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD)] + [
                (name, ctypes.c_size_t) for name in ("PeakWorkingSetSize", "WorkingSetSize",
                                                     "QuotaPeakPagedPoolUsage", "QuotaPagedPoolUsage",
                                                     "QuotaPeakNonPagedPoolUsage", "QuotaNonPagedPoolUsage",
                                                     "PagefileUsage", "PeakPagefileUsage")]
        counters = Counters(cb=ctypes.sizeof(Counters))
        process = ctypes.windll.kernel32.GetCurrentProcess()
        ctypes.windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb)
        return counters.WorkingSetSize / 2**20
    import resource  # macOS: peak resident set, in bytes there
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20


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
