"""How long from a slider move to a repainted window, per main slider (p50/p95 in ms).

What one sample measures, on the real MainWindow (with its installed features) shown offscreen:

    t0 → slider.setValue(position)      (document.update → engine evaluate → every view updates)
       → QApplication.processEvents()   (layout, scene updates and the repaint of every changed region)
    → t1 = "repainted": what the user sees after one move
       → window.repaint()               (a synchronous paint of the WHOLE window on top)
    → t2 = "whole window": an upper bound, as if every pixel had changed

Each slider sweeps its range up and down in steps (as a drag or held arrow key
would), so every sample is a real change of the scenario.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_repaint.py [--size 1440x900] [--steps 60]

Prints JSON: per slider, the samples, p50, p95 and max of wall time (and of this process's
CPU time, which a busy shared machine disturbs less), plus the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SLIDERS = ("budgetSlider", "interactionSlider", "audienceSlider")


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1440x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--steps", type=int, default=60, help="positions per sweep (one way)")
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="wxdesk-bench-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["WXDESK_LOG_DIR"] = str(home / "logs")

    from PySide6.QtWidgets import QApplication, QSlider

    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow

    app = get_qapp()
    window = MainWindow()
    window.resize(width, height)
    window.show()
    app.processEvents()

    def move(slider: QSlider, position: int) -> tuple[float, float, float]:
        started, cpu_started = time.perf_counter(), time.process_time()
        slider.setValue(position)
        QApplication.processEvents()
        repainted, cpu_repainted = time.perf_counter(), time.process_time()
        window.repaint()
        whole = time.perf_counter()
        return (repainted - started) * 1000, (whole - started) * 1000, (cpu_repainted - cpu_started) * 1000

    results = {}
    for name in SLIDERS:
        slider = window.findChild(QSlider, name)
        span = slider.maximum() - slider.minimum()
        up = [slider.minimum() + round(i * span / args.steps) for i in range(args.steps + 1)]
        sweep = up + up[-2::-1]
        for position in sweep[:args.warmup]:
            move(slider, position)
        pairs = [move(slider, position) for position in sweep]
        repainted = [p[0] for p in pairs]
        whole = [p[1] for p in pairs]
        cpu = [p[2] for p in pairs]
        results[name] = {"samples": len(pairs),
                         # CPU time of this process: the work itself, less sensitive to a busy shared machine.
                         "repainted_cpu": {"p50_ms": round(statistics.median(cpu), 2),
                                           "p95_ms": round(percentile(cpu, 95), 2)},
                         "repainted": {"p50_ms": round(statistics.median(repainted), 2),
                                       "p95_ms": round(percentile(repainted, 95), 2),
                                       "max_ms": round(max(repainted), 2)},
                         "whole_window": {"p50_ms": round(statistics.median(whole), 2),
                                          "p95_ms": round(percentile(whole, 95), 2),
                                          "max_ms": round(max(whole), 2)}}
        slider.setValue(slider.minimum() + span // 2)
        app.processEvents()

    report = {
        "measures": "ms from slider.setValue to processEvents done (repainted), and after a forced "
                    "whole-window repaint (whole_window)",
        "window": f"{width}x{height}",
        "platform": os.environ.get("QT_QPA_PLATFORM"),
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "date": time.strftime("%Y-%m-%d"),
        "sliders": results,
    }
    print(json.dumps(report, indent=2))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
