"""How long from a slider move to a repainted window, per main slider, as a ratio to a bare pyqtgraph plot.

What one sample measures, on the real MainWindow (with its features) shown offscreen:

    t0 → slider.setValue(position)      (document.update → engine evaluate → every view updates)
       → QApplication.processEvents()   (layout, scene updates and the repaint of every changed region)
    → t1 = "repainted": what the user sees after one move
       → window.repaint()               (a synchronous paint of the WHOLE window on top)
    → t2 = "whole window": an upper bound, as if every pixel had changed

The reference, timed in the same run and interleaved with the window's samples (one
reference redraw after each slider move, so a busy machine slows both alike): a bare
pyqtgraph plot in its own window of the same size, two curves and a band between two
more, fed new data with setData and repainted (t0 → setData → processEvents → t1).
The target is the window's p95 at most 1.2 times the bare plot's p95. Both run in this process
with the window's settings, as `wxdesk` starts it (wxdesk.ui.app.run_gui): the same pyqtgraph
configuration, and Qt's raster engine painting without its pool of threads (which the bare
plot, its band's fill cut into pieces for the pool and waited for, gains from most).

Each slider sweeps its range up and down in steps (as a drag or held arrow key would),
so every sample is a real change of the scenario. The very first move after start (once
the chart is drawn) is reported on its own: it should be no slower than the rest (as a ratio to every
move's median, to the median of its own slider's first visits, of which it is one, and to single moves made
as it was, later: from the scenario the window started with, to a value next to the first move's, each after a
rest as long as the one before the first move).

Each sweep runs --repeats times (one drag up and down after another). Besides every sample,
the figures give each move at its quietest ("steady": for each step of the sweep, the least
of its repeats, the window's and the bare plot's alike): on a shared machine another tenant
adds its own time to any one sample, and the least of a few repeats is what the move itself
costs. Each position a drag reaches for the first time ("first_visits": the first sweep up, past
the warm-up) is also reported on its own: there the engine and the window meet a scenario and texts
they have not seen before, as in a user's first drag, and a move costs the most. The target of one
60 Hz frame (16.7 ms) is checked on all three, and on every move of the run as one sample ("moves",
"max_ms"); "over_a_frame" counts the moves beyond it.

A first visit cannot be repeated in one process (the second time it is a revisit), so --processes N
runs the whole benchmark in N fresh processes, one after another, and gives each first visit at its
quietest too: for each position a drag meets for the first time, the least of its N first visits.
What a move costs for the content it shows (a plan that changes, a new text) is then told apart from
what another tenant of the machine added to one sample.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_repaint.py [--size 1280x800] [--steps 60] [--repeats 3]
                                                                  [--processes N]

Prints JSON: per slider, p50, p95 and max of wall time (and of this process's CPU time,
which a busy shared machine disturbs less), the bare plot's, the ratios, the machine and its load,
and the costliest first visits with their positions; with --processes, each process's headline
figures and the first visits at their quietest.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# The window as `wxdesk` runs it: its main() gives OpenBLAS one thread before NumPy loads (threads
# that spin after each of the engine's tiny matrix products would compete with the repaint).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

SLIDERS = ("budgetSlider", "interactionSlider", "audienceSlider")
TARGET_RATIO = 1.2
FRAME_MS = 1000 / 60
REST_S = 0.5  # as long as a person takes to reach for a slider
AFTER_A_PAUSE_MOVES = 5  # single moves after a rest, at the end (compared with the first move after start)


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def costliest(moves: list[tuple[str, int, float]], count: int = 5) -> list[dict]:
    """The `count` slowest of (slider, position, ms), slowest first."""
    return [{"slider": name, "position": position, "ms": round(ms, 2)}
            for name, position, ms in sorted(moves, key=lambda move: -move[2])[:count]]


def summary(samples: list[float]) -> dict:
    return {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(percentile(samples, 95), 2),
            "max_ms": round(max(samples), 2)}


class Collections:
    """The cyclic collector's walks that fall inside the window's moves (`inside`): how many of each
    generation, and how long they took."""

    def __init__(self) -> None:
        self.inside = False
        self.walks, self.ms = [0, 0, 0], [0.0, 0.0, 0.0]
        self._started = 0.0
        gc.callbacks.append(self)

    def __call__(self, phase: str, info: dict) -> None:
        if not self.inside:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            generation = info["generation"]
            self.walks[generation] += 1
            self.ms[generation] += (time.perf_counter() - self._started) * 1000

    def report(self) -> dict:
        return {f"generation_{g}": {"walks": self.walks[g], "ms": round(self.ms[g], 1)} for g in range(3)}


class BarePlot:
    """The reference: the least a pyqtgraph window must do to redraw two curves and a band."""

    def __init__(self, width: int, height: int):
        from PySide6.QtGui import QColor

        from wxdesk.ui.plotting import pg  # the same pyqtgraph configuration as the window's chart

        self.view = pg.GraphicsLayoutWidget()
        self.view.resize(width, height)
        plot = self.view.addPlot()
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.setXRange(0, 10, padding=0)
        plot.setYRange(0, 4, padding=0)
        self.low, self.high = pg.PlotCurveItem(pen=pg.mkPen(None)), pg.PlotCurveItem(pen=pg.mkPen(None))
        plot.addItem(pg.FillBetweenItem(self.low, self.high, brush=QColor(61, 126, 219, 60)))
        self.first = pg.PlotCurveItem(pen=pg.mkPen("#3D7EDB", width=2.5))
        self.second = pg.PlotCurveItem(pen=pg.mkPen("#12A05C", width=2.5))
        plot.addItem(self.first)
        plot.addItem(self.second)
        self.x = [float(v) for v in range(11)]
        self.view.show()

    def redraw(self, step: int) -> tuple[float, float]:
        """Milliseconds (wall, CPU) from new data to the repainted plot."""
        from PySide6.QtWidgets import QApplication
        scale = 1.0 + 0.5 * ((step % 40) / 40)  # new data every time, inside the fixed axes
        started, cpu_started = time.perf_counter(), time.process_time()
        self.first.setData(self.x, [0.3 * scale * v for v in self.x])
        self.second.setData(self.x, [0.2 * scale * v for v in self.x])
        self.low.setData(self.x, [0.1 * scale * v for v in self.x])
        self.high.setData(self.x, [0.38 * scale * v for v in self.x])
        QApplication.processEvents()
        return (time.perf_counter() - started) * 1000, (time.process_time() - cpu_started) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--steps", type=int, default=60, help="positions per sweep (one way)")
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=3, help="sweeps of each slider, one after another")
    parser.add_argument("--processes", type=int, default=1,
                        help="run it all in this many fresh processes, one after another, and give each first "
                             "visit at its quietest (the least of its first visits in every process)")
    # (Each first visit with its position, for in_processes: a long list no one reads.)
    parser.add_argument("--first-visit-moves", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.processes > 1:
        return in_processes(args)
    width, height = (int(v) for v in args.size.lower().split("x"))

    home = Path(tempfile.mkdtemp(prefix="wxdesk-bench-"))
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        # A screen with room for the window: the window never opens larger than its screen, and the
        # offscreen platform's own screen is only 800×800 (the window would be timed at that size).
        screen = {"name": "bench", "x": 0, "y": 0, "width": width + 320, "height": height + 200,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config = home / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")  # a new user's settings
    os.environ["XDG_DATA_HOME"] = str(home / "data")  # the autosave on closing goes here
    os.environ["WXDESK_LOG_DIR"] = str(home / "logs")

    # As `wxdesk` starts the window: Python's cyclic collector paused until the chart is drawn, then what
    # the start made frozen out of later collections (wxdesk.start_gc). Without it, the first full
    # collection walked all of it (some 25 ms) inside the second slider move.
    from wxdesk import start_gc
    start_gc.pause()

    from PySide6.QtWidgets import QApplication, QSlider, QWidget

    from wxdesk.ui.app import NO_PAINT_THREADS, get_qapp
    from wxdesk.ui.main_window import MainWindow

    os.environ.setdefault(NO_PAINT_THREADS, "1")  # as run_gui starts the window (before anything paints)

    app = get_qapp()
    window = MainWindow()
    window.resize(width, height)
    window.show()
    deadline = time.perf_counter() + 30
    while window.findChild(QWidget, "comparisonChart") is None and time.perf_counter() < deadline:
        app.processEvents()  # the chart is built right after the first paint
    app.processEvents()  # its paint
    start_gc.resume()
    # As run_gui goes on once the chart is drawn: the collector walks at turns of the event loop only, its older
    # generations once the changes pause (wxdesk.ui.idle_collection).
    from wxdesk.ui.idle_collection import IdleCollection
    IdleCollection(window.document.changed, window)
    bare = BarePlot(width, height)

    def rest() -> None:
        """The window left to itself for REST_S (what follows a pause in the changes runs in it)."""
        until = time.perf_counter() + REST_S
        while time.perf_counter() < until:
            app.processEvents()

    rest()

    collections = Collections()

    def move(slider: QSlider, position: int) -> tuple[float, float, float]:
        collections.inside = True
        started, cpu_started = time.perf_counter(), time.process_time()
        slider.setValue(position)
        QApplication.processEvents()
        repainted, cpu_repainted = time.perf_counter(), time.process_time()
        collections.inside = False
        window.repaint()
        whole = time.perf_counter()
        return (repainted - started) * 1000, (whole - started) * 1000, (cpu_repainted - cpu_started) * 1000

    # The first move: one sweep step, like each of the samples it is compared with.
    started_at = {name: window.findChild(QSlider, name).value() for name in SLIDERS}
    first_slider = window.findChild(QSlider, SLIDERS[0])
    first_target = first_slider.value() + round((first_slider.maximum() - first_slider.minimum()) / args.steps)
    first_move = move(first_slider, first_target)

    results, all_repainted, all_bare, all_bare_cpu, all_cpu = {}, [], [], [], []
    all_steady: list[float] = []
    all_steady_bare: list[float] = []
    all_first: list[float] = []
    first_moves: list[tuple[str, int, float]] = []  # (slider, position, ms) of each first visit
    step = 0
    for name in SLIDERS:
        slider = window.findChild(QSlider, name)
        span = slider.maximum() - slider.minimum()
        up = [slider.minimum() + round(i * span / args.steps) for i in range(args.steps + 1)]
        sweep = up + up[-2::-1]
        for position in sweep[:args.warmup]:
            move(slider, position)
            bare.redraw(step)
            step += 1
        pairs, references, first_visits = [], [], []
        seen = set(sweep[:args.warmup])
        for _ in range(args.repeats):
            for position in sweep:
                # A position the drag reaches for the first time: nothing of it is known yet.
                if position not in seen:
                    first_visits.append(len(pairs))
                    seen.add(position)
                pairs.append(move(slider, position))
                references.append(bare.redraw(step))
                step += 1
        repainted = [p[0] for p in pairs]
        cpu = [p[2] for p in pairs]
        bare_ms = [r[0] for r in references]
        # Each step of the sweep at its quietest: the least of its repeats.
        steady = [min(repainted[i::len(sweep)]) for i in range(len(sweep))]
        steady_bare = [min(bare_ms[i::len(sweep)]) for i in range(len(sweep))]
        all_repainted += repainted
        all_cpu += cpu
        all_bare += bare_ms
        all_bare_cpu += [r[1] for r in references]
        all_steady += steady
        all_steady_bare += steady_bare
        first = [repainted[i] for i in first_visits]
        all_first += first
        first_moves += [(name, sweep[i % len(sweep)], repainted[i]) for i in first_visits]
        results[name] = {"samples": len(pairs),
                         "repainted": summary(repainted),
                         "repainted_cpu": summary(cpu),
                         "whole_window": summary([p[1] for p in pairs]),
                         "bare_plot": summary(bare_ms),
                         "p95_ratio_to_bare_plot": round(percentile(repainted, 95) / percentile(bare_ms, 95), 2),
                         "over_a_frame": sum(ms > FRAME_MS for ms in repainted),
                         "steady": {**summary(steady), "bare_plot": summary(steady_bare),
                                    "p95_ratio_to_bare_plot": round(percentile(steady, 95)
                                                                    / percentile(steady_bare, 95), 2),
                                    "over_a_frame": sum(ms > FRAME_MS for ms in steady), "moves": len(steady)},
                         "first_visits": {**summary(first), "over_a_frame": sum(ms > FRAME_MS for ms in first),
                                          "moves": len(first)}}
        slider.setValue(slider.minimum() + span // 2)
        app.processEvents()

    # Single moves after a pause, later in the session, made as the first move was: from the scenario the window
    # started with, a step of the budget slider to a value not met before (next to the first move's), after as
    # long a rest (the flip-point search and what waits for a pause run in it). Against these, the first move
    # shows what the start itself leaves to it; against a drag's steps, also what any single change costs more
    # than a drag's step (what a drag leaves to its pause is done at once, and the rest leaves caches cold).
    for name, position in started_at.items():
        window.findChild(QSlider, name).setValue(position)
        app.processEvents()
    after_a_pause = []
    for k in range(AFTER_A_PAUSE_MOVES):
        first_slider.setValue(started_at[SLIDERS[0]])  # (a scenario shown before: its answer is kept)
        rest()
        offset = (k // 2 + 1) * (1 if k % 2 == 0 else -1)  # +1, -1, +2, -2, … positions from the first move's
        after_a_pause.append(move(first_slider, first_target + offset)[0])

    window_p95, bare_p95 = percentile(all_repainted, 95), percentile(all_bare, 95)
    report = {
        "measures": "ms from slider.setValue to processEvents done (repainted), and after a forced whole-window "
                    "repaint (whole_window); bare_plot: a bare pyqtgraph plot of the same size (two curves and a "
                    "band) from setData to repainted, interleaved with the window's samples",
        "window": f"{window.width()}x{window.height()}",
        "bare_plot_window": f"{bare.view.width()}x{bare.view.height()}",
        "platform": os.environ.get("QT_QPA_PLATFORM", "").split(":")[0],
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "window_p95_ms": round(window_p95, 2),
        "bare_plot_p95_ms": round(bare_p95, 2),
        "p95_ratio_to_bare_plot": round(window_p95 / bare_p95, 2),
        "p95_ratio_target": TARGET_RATIO,
        "cpu_p95_ratio_to_bare_plot": round(percentile(all_cpu, 95) / percentile(all_bare_cpu, 95), 2),
        "repeats": args.repeats,
        "frame_ms": round(FRAME_MS, 1),
        # Every move of every sweep, each as one sample: what a user's drags met in this process.
        "moves": len(all_repainted),
        "max_ms": round(max(all_repainted), 2),
        "over_a_frame": sum(ms > FRAME_MS for ms in all_repainted),
        "steady_p95_ms": round(percentile(all_steady, 95), 2),
        "steady_max_ms": round(max(all_steady), 2),
        "steady_p95_ratio_to_bare_plot": round(percentile(all_steady, 95) / percentile(all_steady_bare, 95), 2),
        "first_visits_p95_ms": round(percentile(all_first, 95), 2),
        "first_visits_max_ms": round(max(all_first), 2),
        "first_visits_over_a_frame": sum(ms > FRAME_MS for ms in all_first),
        "first_visits_costliest": costliest(first_moves),
        # Python's cyclic collector inside the moves: the youngest generation's walks, at the turn of the event loop
        # (processEvents) that each move's repaint takes; the older generations wait for a pause in the changes
        # (wxdesk.ui.idle_collection), which a sweep never makes.
        "collections_in_moves": collections.report(),
        "first_move_ms": round(first_move[0], 2),
        "first_move_cpu_ms": round(first_move[2], 2),
        "first_move_ratio_to_p50": round(first_move[0] / statistics.median(all_repainted), 2),
        # The first move is itself a first visit (a scenario and texts not seen yet): against the first visits
        # of its own slider, it shows what is particular to being the first move after start. (Against the
        # median of every move it is also compared with moves back over known values, which cost less.)
        "first_move_ratio_to_its_sliders_first_visits_p50": round(
            first_move[0] / results[SLIDERS[0]]["first_visits"]["p50_ms"], 2),
        "single_moves_after_a_pause": summary(after_a_pause),
        "first_move_ratio_to_single_moves_after_a_pause_p50": round(
            first_move[0] / statistics.median(after_a_pause), 2),
        "sliders": results,
    }
    if args.first_visit_moves:
        report["first_visit_moves"] = [[name, position, round(ms, 2)] for name, position, ms in first_moves]
    print(json.dumps(report, indent=2))
    window.close()
    return 0


def in_processes(args: argparse.Namespace) -> int:
    """The benchmark in `args.processes` fresh processes in turn: each one's headline figures, and each first
    visit at its quietest (for each slider position a drag meets first, the least of its first visits)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--size", args.size, "--steps", str(args.steps),
               "--warmup", str(args.warmup), "--repeats", str(args.repeats), "--first-visit-moves"]
    runs = []
    for _ in range(args.processes):
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
        runs.append(json.loads(done.stdout))
    quietest: dict[tuple[str, int], float] = {}
    for run in runs:
        for name, position, ms in run["first_visit_moves"]:
            key = (name, position)
            quietest[key] = min(ms, quietest.get(key, ms))
    least = list(quietest.values())
    headline = ("date", "load_average_1min", "window_p95_ms", "bare_plot_p95_ms", "p95_ratio_to_bare_plot",
                "moves", "max_ms", "over_a_frame", "steady_p95_ratio_to_bare_plot", "steady_max_ms",
                "first_visits_max_ms", "first_visits_over_a_frame", "first_move_ms",
                "first_move_ratio_to_its_sliders_first_visits_p50",
                "first_move_ratio_to_single_moves_after_a_pause_p50", "collections_in_moves")
    report = {
        "processes": args.processes,
        "window": runs[0]["window"], "cpus": runs[0]["cpus"], "python": runs[0]["python"],
        "machine": runs[0]["machine"], "frame_ms": round(FRAME_MS, 1),
        # Every move in every process, each as one sample, and those over a frame.
        "moves": sum(run["moves"] for run in runs),
        "over_a_frame": sum(run["over_a_frame"] for run in runs),
        "each_process": [{key: run[key] for key in headline} for run in runs],
        "first_visits_at_quietest": {
            "moves": len(least), **summary(least), "over_a_frame": sum(ms > FRAME_MS for ms in least),
            "costliest": costliest([(name, position, ms) for (name, position), ms in quietest.items()]),
        },
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
