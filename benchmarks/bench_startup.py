"""Start-up from the source tree, as ratios to a bare PySide6 window started the same way.

    python benchmarks/bench_startup.py [--runs 7] [--out FILE] [--baseline DIR] [--returning]

In one run, interleaved `--runs` times each, under the offscreen Qt platform with a new
user's settings (or, with --returning, those a first session left: the desk's divide dragged
and the window closed, as a user who has sized the desk once starts every day), it starts

- a bare PySide6 window (a QLabel in a QApplication), and
- wxdesk as `python -m wxdesk` would,

each with build_scripts/first_paint_probe.py loaded first, and times from process start:

- the first painted window (for wxdesk: the answer, its controls and account panels);
- the chart drawn;
- the first slider move repainted (a budget slider move made as soon as the chart is drawn);

with the CPU time the process had used at each (all its threads; "main_cpu_ms": the main thread's alone,
which work moved to another thread leaves), and its resident memory. Every figure is also given as a ratio
to the bare window's first paint (wall time, CPU time, and the main thread's CPU time). Targets:
first paint at most 1.5 times the bare window, chart drawn at most 2.5 times.

Medians over warm file caches; the first run of each is reported too, and the best warm run
("best_…": the quickest of the runs after the first, as a ratio to the bare window's best). The
machine may be shared: the load average is in the output, and CPU ratios and best runs are
disturbed less by it.

wxdesk's modules are compiled to bytecode before the runs, as an installed wxdesk has them
(pip compiles them on install, the frozen bundle carries them): with PYTHONDONTWRITEBYTECODE
set, as it may be in a developer's shell, every start would compile them again and time that.
For the same reason the programs start without it: the first start keeps the code compiled
for wxdesk's dataclasses (wxdesk.start_code), as an installed wxdesk does.

--baseline DIR also starts wxdesk from another source tree (a checkout of main, say),
interleaved with the others, so that a change is measured against what it changes in one
sitting; its figures come under "baseline", as ratios to the same bare window.
"""

from __future__ import annotations

import argparse
import compileall
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "build_scripts" / "first_paint_probe.py"
MARKS = ("first-paint", "chart", "slider")
TARGETS = {"first-paint": 1.5, "chart": 2.5}
BARE_WINDOW = '''import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
window = QLabel("A bare PySide6 window")
window.resize(1100, 720)
window.show()
sys.exit(app.exec())
'''
# Loads the probe, then runs the program as its own __main__ (a script file, or the wxdesk package).
LAUNCHER = '''import runpy, sys
runpy.run_path({probe!r})
target = sys.argv[1]
sys.argv = sys.argv[1:]
if target.endswith(".py"):
    runpy.run_path(target, run_name="__main__")
else:
    runpy.run_module(target, run_name="__main__", alter_sys=True)
'''
LINE = re.compile(r"wxdesk-probe mark=(\S+) (.*)")
# A returning user's settings (--returning): one session with the tree's own code, in which the
# user drags the divide between the accounts and the comparison up, as most users size the desk
# once, and closes the window, which keeps its geometry and the divide. Every timed start then
# opens with them (the probe ends each start without a close, so they stay as this left them).
RETURNING_SESSION = '''import sys
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from wxdesk.ui.app import get_qapp
from wxdesk.ui.main_window import MainWindow
app = get_qapp()
window = MainWindow()
window.open_on_screen()
def drag_divide_and_close():
    splitter = window.desk_splitter
    before = splitter.sizes()
    handle = splitter.handle(1)
    middle = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=middle)
    QTest.mouseMove(handle, middle + QPoint(0, -{drag}))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=middle + QPoint(0, -{drag}))
    if splitter.sizes() == before:
        sys.exit("the divide did not move: " + repr(before))
    window.close()
    app.quit()
QTimer.singleShot(500, drag_divide_and_close)
sys.exit(app.exec())
'''
RETURNING_DRAG_PX = 60


def environment(home: Path) -> dict[str, str]:
    """A new user's environment: offscreen, empty settings, its own log folder.

    Without PYTHONDONTWRITEBYTECODE (a developer's shell may set it): an installed wxdesk keeps its
    compiled code as Python keeps bytecode (wxdesk.start_code), from its first start on, as the
    modules compiled below are kept.
    """
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("QT_", "WXDESK_", "XDG_", "LC_", "LANG", "PYTHONDONTWRITEBYTECODE"))}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LANG"] = "C.UTF-8"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
        (home / var.lower()).mkdir(mode=0o700, parents=True, exist_ok=True)
        env[var] = str(home / var.lower())
    env["WXDESK_LOG_DIR"] = str(home / "logs")
    env["HOME"] = str(home)
    return env


def time_marks(command: list[str], env: dict[str, str], cwd: Path, marks: tuple[str, ...]) -> dict[str, dict]:
    """Start `command` and time each probe line from process start: {mark: {wall_ms, cpu_ms, rss_mb, ...}}."""
    env = {**env, "WXDESK_PROBE_MARKS": ",".join(marks)}
    started = time.perf_counter()
    found: dict[str, dict] = {}
    seen = []
    with subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          text=True) as process:
        assert process.stderr is not None
        for line in process.stderr:
            match = LINE.match(line)
            if match:
                elapsed = (time.perf_counter() - started) * 1000
                fields = {k: float(v) for k, v in (pair.split("=") for pair in match.group(2).split())}
                found[match.group(1)] = {"wall_ms": elapsed, **fields}
            else:
                seen.append(line.rstrip())
        process.wait(timeout=60)
    missing = [m for m in marks if m not in found]
    if missing:
        raise SystemExit(f"bench: {command[-1]} exited ({process.returncode}) before {', '.join(missing)}:\n"
                         + "\n".join(seen[-20:]))
    return found


def leave_settings(session: Path, env: dict[str, str], home: Path) -> None:
    """Run the returning user's first session (RETURNING_SESSION) with this environment's tree and settings."""
    done = subprocess.run([sys.executable, str(session)], env=env, cwd=home, capture_output=True, text=True,
                          timeout=120)
    if done.returncode != 0:
        raise SystemExit(f"bench: the first session for --returning failed ({done.returncode}):\n"
                         + "\n".join((done.stdout + done.stderr).splitlines()[-20:]))


def median_of(runs: list[dict[str, dict]], mark: str, field: str) -> float:
    return statistics.median(run[mark][field] for run in runs)


def best_of(runs: list[dict[str, dict]], mark: str, field: str) -> float:
    """The quickest warm start (the first fills the caches): on a shared machine, what others' work
    added least to, and so the steadier figure for comparing two trees measured in one sitting."""
    return min(run[mark][field] for run in (runs[1:] or runs))


def summarize(app_runs: list[dict[str, dict]], bare_runs: list[dict[str, dict]],
              marks: tuple[str, ...] = MARKS) -> dict:
    """Medians of each mark, and their ratios to the bare window's first paint (wall and CPU)."""
    bare_wall = median_of(bare_runs, "first-paint", "wall_ms")
    bare_cpu = median_of(bare_runs, "first-paint", "cpu_ms")
    bare_main_cpu = median_of(bare_runs, "first-paint", "main_cpu_ms")
    bare_best, bare_best_cpu = best_of(bare_runs, "first-paint", "wall_ms"), best_of(bare_runs, "first-paint", "cpu_ms")
    figures: dict = {"bare_window": {"first_paint_ms": round(bare_wall, 1), "first_paint_cpu_ms": round(bare_cpu, 1),
                                     "first_paint_main_cpu_ms": round(bare_main_cpu, 1),
                                     "best_ms": round(bare_best, 1), "best_cpu_ms": round(bare_best_cpu, 1),
                                     "rss_mb": round(median_of(bare_runs, "first-paint", "rss_mb"), 1),
                                     "first_run_ms": round(bare_runs[0]["first-paint"]["wall_ms"], 1)}}
    for mark in marks:
        wall, cpu = median_of(app_runs, mark, "wall_ms"), median_of(app_runs, mark, "cpu_ms")
        main_cpu = median_of(app_runs, mark, "main_cpu_ms")
        best, best_cpu = best_of(app_runs, mark, "wall_ms"), best_of(app_runs, mark, "cpu_ms")
        entry = {"ms": round(wall, 1), "cpu_ms": round(cpu, 1), "main_cpu_ms": round(main_cpu, 1),
                 "ratio": round(wall / bare_wall, 2), "cpu_ratio": round(cpu / bare_cpu, 2),
                 "main_cpu_ratio": round(main_cpu / bare_main_cpu, 2),
                 "best_ms": round(best, 1), "best_cpu_ms": round(best_cpu, 1),
                 "best_ratio": round(best / bare_best, 2), "best_cpu_ratio": round(best_cpu / bare_best_cpu, 2),
                 "rss_mb": round(median_of(app_runs, mark, "rss_mb"), 1),
                 "first_run_ms": round(app_runs[0][mark]["wall_ms"], 1)}
        if mark in TARGETS:
            entry["ratio_target"] = TARGETS[mark]
            entry["ratio_ok"] = wall / bare_wall <= TARGETS[mark]
        if mark == "slider":
            entry["move_ms"] = round(median_of(app_runs, mark, "move_ms"), 1)
            entry["move_cpu_ms"] = round(median_of(app_runs, mark, "move_cpu_ms"), 1)
        figures[mark.replace("-", "_")] = entry
    return figures


def machine() -> dict:
    return {"date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, "
                       f"Python {platform.python_version()}",
            "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
            "qt_platform": "offscreen"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each program (default 7)")
    parser.add_argument("--out", type=Path, help="also write the JSON to this file")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="also start wxdesk from this source tree, interleaved, for a before/after")
    parser.add_argument("--returning", action="store_true",
                        help="start with the settings a first session left: the desk's divide dragged, the window "
                             "closed (default: a new user's empty settings)")
    args = parser.parse_args(argv)
    trees = [ROOT] + ([args.baseline.resolve()] if args.baseline else [])
    for tree in trees:
        if not (tree / "wxdesk" / "__init__.py").is_file():
            raise SystemExit(f"bench: {tree} holds no wxdesk package")
        compileall.compile_dir(tree / "wxdesk", quiet=1)

    with tempfile.TemporaryDirectory(prefix="wxdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        launcher, bare = tmp_path / "launch.py", tmp_path / "bare_window.py"
        launcher.write_text(LAUNCHER.format(probe=str(PROBE)), encoding="utf-8")
        bare.write_text(BARE_WINDOW, encoding="utf-8")
        # Each tree its own user (its settings and caches): a tree would otherwise find the other's
        # cached pack and samples at every start, made by other code, and build its own again.
        home, baseline_home = tmp_path / "home", tmp_path / "baseline-home"
        env = {**environment(home), "PYTHONPATH": str(ROOT)}
        baseline_env = ({**environment(baseline_home), "PYTHONPATH": str(args.baseline.resolve())}
                        if args.baseline else None)
        if args.returning:
            session = tmp_path / "returning_session.py"
            session.write_text(RETURNING_SESSION.format(drag=RETURNING_DRAG_PX), encoding="utf-8")
            for tree_env, tree_home in ((env, home), (baseline_env, baseline_home)):
                if tree_env is not None:
                    leave_settings(session, tree_env, tree_home)
        load_before = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
        app_runs, bare_runs, baseline_runs = [], [], []
        for _ in range(args.runs):
            app_runs.append(time_marks([sys.executable, str(launcher), "wxdesk"], env, home, MARKS))
            bare_runs.append(time_marks([sys.executable, str(launcher), str(bare)], env, home, ("first-paint",)))
            if baseline_env is not None:
                baseline_runs.append(time_marks([sys.executable, str(launcher), "wxdesk"], baseline_env, baseline_home,
                                                MARKS))

    figures = {**machine(), "load_average_1min_before": load_before, "runs": args.runs,
               "user": (f"returning: a first session dragged the desk's divide {RETURNING_DRAG_PX} px and closed the "
                        "window" if args.returning else "new: empty settings"),
               "measures": "ms from process start (python from source), to the probe's marks; ratios to the "
                           "bare PySide6 window's first paint started the same way",
               **summarize(app_runs, bare_runs)}
    write_figures(figures, baseline_runs, bare_runs, args.baseline, args.out)
    return 0


def write_figures(figures: dict, baseline_runs: list[dict[str, dict]], bare_runs: list[dict[str, dict]],
                  baseline: Path | None, out: Path | None) -> None:
    """Print the figures as JSON (with the baseline tree's, if it ran, as ratios to the same bare window),
    and write them to `out` too where given (bench_bundle.py ends the same way)."""
    if baseline_runs and baseline is not None:
        baseline_figures = summarize(baseline_runs, bare_runs)
        del baseline_figures["bare_window"]
        figures["baseline"] = {"tree": str(baseline.resolve()), **baseline_figures}
    text = json.dumps(figures, indent=2, ensure_ascii=False)
    print(text)
    if out:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
