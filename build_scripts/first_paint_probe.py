"""Start-up probe for benchmarks only: report when the window paints, the chart draws and a slider move shows.

benchmarks/bench_bundle.py builds wxdesk and a bare PySide6 window with this file as a
PyInstaller runtime hook (`wxdesk.spec -- --first-paint-probe`; never in the bundle users
get); benchmarks/bench_startup.py runs it before the same programs from source. The
harness times, from process start, each line this probe writes to stderr:

    wxdesk-probe mark=first-paint cpu_ms=… main_cpu_ms=… rss_mb=…   the first window shown has painted
    wxdesk-probe mark=chart cpu_ms=… main_cpu_ms=… rss_mb=…         the chart's plots have painted
    wxdesk-probe mark=slider cpu_ms=… main_cpu_ms=… rss_mb=… move_ms=… move_cpu_ms=…
                                                     a budget slider move, made as soon as the
                                                     chart is drawn, is repainted

cpu_ms is this process's CPU time so far (all its threads), main_cpu_ms the main thread's alone (the one
the window is built and painted on: work moved to another thread leaves it, while it stays in cpu_ms),
rss_mb its resident memory then. Which marks
to wait for comes from WXDESK_PROBE_MARKS (default "first-paint": a bare window has no
chart). After the last one the process reports nothing more and exits 0.3 s later (see
_exit_after_last_mark); with WXDESK_PROBE_MEMORY set to a file name (Linux), it first
writes there what holds the resident memory, mapping by mapping (from /proc/self/smaps),
for finding what to trim. With WXDESK_PROBE_EXIT_AT_ONCE set, it exits the moment it has reported its last
mark instead, keeping no answer for the next start: for counting what a start runs up to that mark
(`valgrind --tool=callgrind`, `perf stat`, `strace -c`), with nothing after it in the count.

It wraps QWidget.show() (and its variants) as soon as the app imports PySide6.QtWidgets,
so the app's own code is measured unchanged: the probe imports nothing of Qt itself before
the app does (PySide6 checks the source of every module imported after it, so importing it
first would also make the app's earlier imports, numpy and the engine, slower than they
are). It watches one window, and only looks for the chart (by its object name,
"chartPlots") once the window has painted: in each widget shown from then on (the chart is
shown as it is built, and watched before it paints), and every 2 ms in the window.
"""

import importlib.util
import os
import sys
import time

CHART_NAME = "chartPlots"
SLIDER_NAME = "budgetSlider"
POLL_MS = 2
LINGER_MS = 300  # after the last mark, before the process exits


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


def _write_memory_map(path: str) -> None:
    """Resident kB by what is mapped (a library, a data file, or the anonymous heap), largest first."""
    totals: dict[str, int] = {}
    name = ""
    bundle = getattr(sys, "_MEIPASS", None)  # the frozen app's own folder, named once
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if not fields[0].endswith(":"):  # a mapping's header: address perms offset dev inode [path]
                name = fields[5] if len(fields) > 5 else "[anonymous]"
                if bundle and name.startswith(bundle):
                    name = "<bundle>" + name[len(bundle):]
            elif fields[0] == "Rss:":
                totals[name] = totals.get(name, 0) + int(fields[1])
    import linecache  # filled by PySide6's import hook, which reads each later module's source
    cached = sum(len(line) for entry in linecache.cache.values() if len(entry) == 4 for line in entry[2])
    with open(path, "w") as out:
        out.write(f"python: {len(sys.modules)} modules; source lines kept by linecache: "
                  f"{len(linecache.cache)} files, {cached / 1e6:.1f} MB of text\n")
        for name, kb in sorted(totals.items(), key=lambda kv: -kv[1]):
            out.write(f"{kb:8d} kB  {name}\n")


def _main_thread_cpu() -> float:
    """The CPU time of the thread the marks are reported on, the main thread (the process's, where a
    platform cannot tell a thread's)."""
    try:
        return time.thread_time()
    except (AttributeError, OSError):
        return time.process_time()


_finished = []  # set once the last mark is reported: nothing more is reported


def _exit_after_last_mark() -> None:
    if _finished:
        return
    memory = os.environ.get("WXDESK_PROBE_MEMORY")
    if memory and sys.platform.startswith("linux"):
        _write_memory_map(memory)
    _finished.append(True)
    if os.environ.get("WXDESK_PROBE_EXIT_AT_ONCE"):
        sys.stderr.flush()
        os._exit(0)
    # Not at once: what a start does once its window and chart are drawn (wxdesk keeps its answer and the
    # code it compiled for the next start) comes a few turns of the event loop after the chart's paint, and a
    # start that left before it would leave the next start without them, timing a first start each time.
    from PySide6.QtCore import QTimer
    QTimer.singleShot(LINGER_MS, lambda: os._exit(0))


def _report(mark: str, **extra: float) -> None:
    if _finished:
        return
    fields = "".join(f" {name}={value:.1f}" for name, value in extra.items())
    sys.stderr.write(f"wxdesk-probe mark={mark} cpu_ms={time.process_time() * 1000:.1f} "
                     f"main_cpu_ms={_main_thread_cpu() * 1000:.1f} rss_mb={_rss_mb():.1f}{fields}\n")
    sys.stderr.flush()


def _install(QtWidgets) -> None:  # noqa: N803 - the module's own name
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks = [m.strip() for m in os.environ.get("WXDESK_PROBE_MARKS", "first-paint").split(",") if m.strip()]

    class _Probe(QObject):
        """Watches one top-level window (an application-wide filter would run Python for each of
        the thousands of events a window's construction sends, and slow the very start it times)."""

        def __init__(self, window):
            super().__init__()
            self.window = window
            self.viewport = None
            self.poll = None
            self.painted = False
            window.installEventFilter(self)

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                # Once the event loop is back from painting obj and its children.
                QTimer.singleShot(0, self._window_painted if obj is self.window else self._chart_painted)
            return False

        def _done_after(self, mark: str) -> bool:
            """Whether the probe is done: `mark` was the last (or an earlier one was)."""
            if marks[-1] == mark:
                _exit_after_last_mark()
            return bool(_finished)

        def _window_painted(self):
            _report("first-paint")
            if self._done_after("first-paint"):
                return
            chart = self.window.findChild(QtWidgets.QWidget, CHART_NAME)
            if chart is not None and chart.isVisible():
                self._chart_painted()  # painted with the window, in the same pass
                return
            self.painted = True
            self.poll = QTimer()
            self.poll.timeout.connect(self._look_for_chart)
            self.poll.start(POLL_MS)

        def shown(self, widget):
            """A widget was shown: the chart, or what holds it, is watched from now on, before it paints
            (a poll alone may find it only after its first paint, and time a later one)."""
            if not self.painted or self.viewport is not None:
                return
            chart = widget if widget.objectName() == CHART_NAME else widget.findChild(QtWidgets.QWidget, CHART_NAME)
            if chart is not None and chart.isVisible():
                self._watch_chart(chart)

        def _look_for_chart(self):
            chart = self.window.findChild(QtWidgets.QWidget, CHART_NAME)
            if chart is None or not chart.isVisible():
                return
            self._watch_chart(chart)

        def _watch_chart(self, chart):
            self.poll.stop()
            self.viewport = chart.viewport()
            self.viewport.installEventFilter(self)
            self.viewport.update()  # merges with the paint to come, if it has not come yet

        def _chart_painted(self):
            _report("chart")
            if self._done_after("chart"):
                return
            QTimer.singleShot(0, self._move_slider)

        def _move_slider(self):
            slider = self.window.findChild(QtWidgets.QSlider, SLIDER_NAME)
            started, cpu_started = time.perf_counter(), time.process_time()
            slider.setValue(slider.value() + max(1, (slider.maximum() - slider.minimum()) // 10))
            QtWidgets.QApplication.processEvents()
            _report("slider", move_ms=(time.perf_counter() - started) * 1000,
                    move_cpu_ms=(time.process_time() - cpu_started) * 1000)
            _exit_after_last_mark()

    watcher = []

    def watching(show):
        def show_and_watch(self, *args, **kwargs):
            if not watcher and self.isWindow():
                watcher.append(_Probe(self))
            result = show(self, *args, **kwargs)
            if watcher:
                watcher[0].shown(self)
            return result
        return show_and_watch

    for name in ("show", "showNormal", "showMaximized", "showFullScreen"):
        setattr(QtWidgets.QWidget, name, watching(getattr(QtWidgets.QWidget, name)))


class _WhenQtWidgetsLoads:
    """A finder that finds nothing itself: it wraps PySide6.QtWidgets' loading to install the probe after it."""

    def find_spec(self, name, path=None, target=None):
        if name != "PySide6.QtWidgets":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)  # by the finders after this one
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def load_and_install(module):
            load(module)
            _install(module)
        spec.loader.exec_module = load_and_install
        return spec


if "PySide6.QtWidgets" in sys.modules:
    _install(sys.modules["PySide6.QtWidgets"])
else:
    sys.meta_path.insert(0, _WhenQtWidgetsLoads())
