"""Benchmark the packaged desktop app against its budgets and print the figures as JSON.

    python benchmarks/bench_bundle.py [--runs 7] [--onefile] [--out FILE] [--memory-map FILE] [--baseline DIR]

In one run, with the interpreter that runs this script:

- builds the one-folder bundle exactly as `build_scripts/build.py` does and measures its
  size (sum of file sizes, symlinks not counted; 1 MB = 10^6 bytes), split by what eats it;
- builds the same bundle with build_scripts/first_paint_probe.py added, and a bare
  PySide6 window (a QLabel in a QApplication) with PyInstaller and the same probe, its
  Python frozen as wxdesk's is (modules as .pyc files, -OO);
- starts both, interleaved, `--runs` times each under the offscreen Qt platform with a new
  user's settings, and times from process start (benchmarks/bench_startup.py does the same
  from source): the first painted window, the chart drawn, and the first slider move
  repainted (a budget slider move made as soon as the chart is drawn), with the CPU time
  and resident memory at each, as ratios to the bare window's first paint
  (targets: first paint at most 1.5 times, chart at most 2.5 times);
- times the same start-up from source, phase by phase, to show what eats the time;
- runs benchmarks/bench_repaint.py (if present) for the slider-to-repaint p95 and its
  ratio to a bare pyqtgraph plot.

--baseline DIR also builds the probed bundle of another source tree (a checkout of main, say) with that
tree's own build script, and starts it interleaved with the others, each bundle with its own user, so
that both are measured in the same sitting; its figures come under "baseline", as ratios to the same
bare window (as benchmarks/bench_startup.py --baseline does from source).

--memory-map FILE starts the probed bundle once more and writes, after its slider move, what
holds its resident memory: each library, data file and the anonymous heap, largest first.

Start times are medians over warm file caches (the first run of each is also reported);
the machine may be shared: the load average is in the output, CPU ratios suffer less from it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# build_scripts/build.py, loaded by path ('build' would clash with the PyPA build package).
_spec = importlib.util.spec_from_file_location("wxdesk_build_scripts_build", ROOT / "build_scripts" / "build.py")
bundle_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_build)
# The start-up timing shared with the source-tree benchmark.
_spec = importlib.util.spec_from_file_location("wxdesk_bench_startup", ROOT / "benchmarks" / "bench_startup.py")
bench_startup = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_startup)

PROBE = ROOT / "build_scripts" / "first_paint_probe.py"
# Memory: no higher than the frozen app used when the start-up work began (issue 16: 110 MB).
TARGETS = {"bundle_size_mb": 120.0, "rss_mb": 110.0}
BARE_WINDOW = bench_startup.BARE_WINDOW
# What eats the space: the first pattern that matches a file's path inside the bundle wins.
SIZE_PARTS = [
    ("Python code (.pyc: wxdesk, its libraries, the standard library)", r"\.pyc$"),
    ("ICU data and libraries (Unicode tables Qt Core links to)", r"(^|/)(lib)?icu"),
    ("Qt libraries (Core, Gui, Widgets, OpenGL, XCB/Wayland...)", r"PySide6/Qt/lib/|/Qt6?[A-Za-z]+\.(dll|framework)"),
    ("Qt plugins (platforms, image formats, input methods...)", r"PySide6/Qt/plugins/"),
    ("Qt translations", r"PySide6/Qt/translations/"),
    ("PySide6/shiboken6 bindings", r"PySide6/|shiboken6/|(lib)?pyside6|(lib)?shiboken6"),
    ("OpenBLAS and Fortran runtime (numpy.linalg)", r"numpy\.libs/|numpy/.libs/"),
    ("numpy compiled modules", r"numpy/"),
    ("Python runtime (libpython, stdlib extension modules)", r"(lib)?python3|lib-dynload/|base_library\.zip"),
    ("pyqtgraph data (colour maps, icons)", r"pyqtgraph/"),
    ("wxdesk resources (data pack, presets, translations, icons)", r"wxdesk/resources/"),
    ("executable (PyInstaller's bootloader, the start-up scripts)", r"^wxdesk(\.exe)?$"),
    ("system libraries (X11/XCB, fontconfig, dbus, C++ runtime...)", r"\.(so|dylib|dll)(\.|$)"),
]


def file_sizes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_size
            for p in folder.rglob("*") if p.is_file() and not p.is_symlink()}


def size_breakdown(folder: Path) -> dict[str, float]:
    totals: dict[str, int] = {}
    for name, size in file_sizes(folder).items():
        inner = name.removeprefix("_internal/")
        part = next((label for label, pattern in SIZE_PARTS if re.search(pattern, inner)), "other")
        totals[part] = totals.get(part, 0) + size
    return {k: round(v / 1e6, 1) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}


def _baseline_build_script(tree: Path):
    """`tree`'s own build_scripts/build.py, which builds `tree`'s wxdesk with `tree`'s spec."""
    script = tree / "build_scripts" / "build.py"
    if not script.is_file():
        raise SystemExit(f"bench: {tree} holds no build_scripts/build.py")
    spec = importlib.util.spec_from_file_location("wxdesk_baseline_build", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_bare_window(work: Path, dist: Path, log) -> Path:
    script = work / "bare_window.py"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(BARE_WINDOW, encoding="utf-8")
    # Frozen as wxdesk.spec freezes wxdesk's Python: modules as .pyc files beside the executable (noarchive),
    # without asserts and docstrings (-OO).
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
               "--debug", "noarchive", "--optimize", "2",
               "--runtime-hook", str(PROBE), "--name", "bare_window",
               *[arg for m in ("PyQt5", "PyQt6", "PySide2", "tkinter") for arg in ("--exclude-module", m)],
               str(script)]
    subprocess.run(command, check=True, cwd=work, stdout=log, stderr=subprocess.STDOUT)
    exe = dist / "bare_window" / ("bare_window.exe" if sys.platform.startswith("win") else "bare_window")
    if not exe.is_file():
        raise SystemExit(f"bench: the bare window build produced no {exe}")
    return exe


environment = bench_startup.environment


def slider_p95() -> dict:
    """bench_repaint.py's figures: the slowest slider's p95 (move to repainted window) and the ratio to a bare plot."""
    script = ROOT / "benchmarks" / "bench_repaint.py"
    if not script.is_file():
        return {"slider_p95_ms": None, "slider_note": "benchmarks/bench_repaint.py is not in this checkout"}
    result = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=600)
    try:
        figures = json.loads(result.stdout)
        sliders = figures["sliders"]
        per_slider = {name: s["repainted"]["p95_ms"] for name, s in sliders.items()}
        per_slider_cpu = {name: s["repainted_cpu"]["p95_ms"] for name, s in sliders.items()}
    except (ValueError, KeyError, TypeError):
        return {"slider_p95_ms": None,
                "slider_note": f"bench_repaint.py exit {result.returncode}; "
                               "its output has no sliders.*.repainted.p95_ms"}
    return {"slider_p95_ms": max(per_slider.values()), "slider_p95_by_slider_ms": per_slider,
            "slider_p95_cpu_by_slider_ms": per_slider_cpu,
            "slider_p95_ratio_to_bare_plot": figures.get("p95_ratio_to_bare_plot"),
            "slider_p95_ratio_target": figures.get("p95_ratio_target"),
            "slider_first_move_ms": figures.get("first_move_ms"),
            "slider_note": "bench_repaint.py, from source: slowest slider's p95, slider move to repainted window "
                           "(wall time), and all sliders' p95 as a ratio to a bare pyqtgraph plot"}


# Where the start-up time goes, phase by phase, in a fresh interpreter running from source, in the
# start's order. Each run keeps its answer for the next (wxdesk.engine.answer_cache), as a start does:
# the first run works it out before its first paint, the others paint the kept one.
PHASES = """
import json, os, sys, time
marks = [("start", time.perf_counter())]
def mark(name): marks.append((name, time.perf_counter()))
from PySide6 import QtWidgets, QtGui; mark("import PySide6 QtWidgets")
from wxdesk.ui.app import get_qapp; from wxdesk.ui.main_window import MainWindow; mark("import wxdesk window code")
app = get_qapp(); mark("create QApplication (settings, logging, language)")
window = MainWindow(); mark("build MainWindow (widgets, the kept answer)")
window.show(); window.repaint(); mark("show and paint")
window.document.confirm_kept_answer(); mark("the engine answers again (NumPy, the evaluator; after the first paint)")
import pyqtgraph; mark("import pyqtgraph")
window.build_chart(); app.processEvents(); window.repaint(); mark("build and paint the chart")
window.document.keep_start_answer()
print(json.dumps({b[0]: (b[1] - a[1]) * 1000 for a, b in zip(marks, marks[1:])}))
os._exit(0)
"""


def start_breakdown(env: dict[str, str], runs: int) -> dict[str, float]:
    python_only = []
    phases: dict[str, list[float]] = {}
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        python_only.append((time.perf_counter() - started) * 1000)
        result = subprocess.run([sys.executable, "-c", PHASES], env={**env, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                                capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            return {"error": result.stderr.strip().splitlines()[-1:] or ["no output"]}
        for name, ms in json.loads(result.stdout.strip().splitlines()[-1]).items():
            phases.setdefault(name, []).append(ms)
    return {"start Python interpreter": round(statistics.median(python_only), 1),
            **{name: round(statistics.median(values), 1) for name, values in phases.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="starts of each program (default 7)")
    parser.add_argument("--onefile", action="store_true", help="also build and size the one-file variant")
    parser.add_argument("--out", type=Path, help="also write the JSON to this file")
    parser.add_argument("--memory-map", type=Path, metavar="FILE",
                        help="also write what holds the frozen app's resident memory after the slider move")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="also build and start this source tree's bundle, interleaved, for a before/after")
    args = parser.parse_args(argv)
    bundle_build.check_environment()
    baseline_build = _baseline_build_script(args.baseline.resolve()) if args.baseline else None

    with tempfile.TemporaryDirectory(prefix="wxdesk-bench-") as tmp:
        tmp_path = Path(tmp)
        with open(tmp_path / "build.log", "w") as log:  # PyInstaller's messages stay off our stdout
            try:
                shipped = bundle_build.build(False, tmp_path / "dist", tmp_path / "work", log=log)
                onefile = bundle_build.build(True, tmp_path / "dist-onefile", tmp_path / "work-onefile",
                                             log=log) if args.onefile else None
                probed = bundle_build.build(False, tmp_path / "dist-probe", tmp_path / "work-probe",
                                            ("--first-paint-probe",), log=log)
                bare = build_bare_window(tmp_path / "work-bare", tmp_path / "dist-bare", log)
                baseline = baseline_build.build(False, tmp_path / "dist-baseline", tmp_path / "work-baseline",
                                                ("--first-paint-probe",), log=log) if baseline_build else None
            except (bundle_build.BuildError, subprocess.CalledProcessError) as exc:
                log.flush()
                print((tmp_path / "build.log").read_text()[-5000:], file=sys.stderr)
                raise SystemExit(f"bench: build failed: {exc}") from None

        size_mb = sum(file_sizes(shipped.parent).values()) / 1e6
        home = tmp_path / "home"
        env = environment(home)
        load_before = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
        # The baseline's own user: it would otherwise find this bundle's kept answer and code, made by other code.
        baseline_home = tmp_path / "baseline-home"
        baseline_env = environment(baseline_home) if baseline else None
        app_runs, bare_runs, baseline_runs = [], [], []
        for _ in range(args.runs):
            app_runs.append(bench_startup.time_marks([str(probed)], env, home, bench_startup.MARKS))
            bare_runs.append(bench_startup.time_marks([str(bare)], env, home, ("first-paint",)))
            if baseline is not None:
                baseline_runs.append(bench_startup.time_marks([str(baseline)], baseline_env, baseline_home,
                                                              bench_startup.MARKS))
        if args.memory_map:
            args.memory_map.parent.mkdir(parents=True, exist_ok=True)
            bench_startup.time_marks([str(probed)], {**env, "WXDESK_PROBE_MEMORY": str(args.memory_map.resolve())},
                                     home, bench_startup.MARKS)
        breakdown_ms = start_breakdown(env, max(3, args.runs // 2))
        bare_size_mb = sum(file_sizes(bare.parent).values()) / 1e6
        onefile_mb = round(onefile.stat().st_size / 1e6, 1) if onefile else None
        breakdown = size_breakdown(shipped.parent)

    starts = bench_startup.summarize(app_runs, bare_runs)
    rss = max(starts[mark.replace("-", "_")]["rss_mb"] for mark in bench_startup.MARKS)
    figures = {
        **bench_startup.machine(),
        "load_average_1min_before": load_before,
        "bundle_size_mb": round(size_mb, 1),
        "bundle_size_target_mb": TARGETS["bundle_size_mb"],
        "bundle_size_ok": size_mb < TARGETS["bundle_size_mb"],
        "onefile_size_mb": onefile_mb,
        "bare_pyside6_bundle_size_mb": round(bare_size_mb, 1),
        "start_runs": args.runs,
        "start_measures": "ms from process start (the frozen one-folder bundle) to the probe's marks; ratios to "
                          "the bare PySide6 window's first paint, built and started the same way",
        **starts,
        "rss_after_start_mb": rss,
        "rss_target_mb": TARGETS["rss_mb"],
        "rss_ok": rss < TARGETS["rss_mb"],
        **slider_p95(),
        "size_breakdown_mb": breakdown,
        "start_breakdown_ms_from_source": breakdown_ms,
    }
    bench_startup.write_figures(figures, baseline_runs, bare_runs, args.baseline, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
