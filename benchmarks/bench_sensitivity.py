"""Cost of the sensitivity chart and the flip points: engine timings and slider-to-repaint with them on screen.

1. Engine, per preset: one sensitivity sweep (cold: the first for the preset; warm: slider moved)
   and one full flip-point search, in ms.
2. The slider-to-repaint measure of benchmarks/bench_repaint.py (slider.setValue →
   processEvents = "repainted", then a forced whole-window repaint) with the docks hidden, with the sensitivity
   chart on screen beside the cost chart and its uncertainty band, and with the
   assumptions table shown as well. Flip points are searched only once a slider has been
   still for a moment, so a drag never waits for them; their search runs in slices
   of about 12 ms between events, and the largest slice is reported too.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_sensitivity.py [--steps 60]

Prints JSON.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

SLIDERS = ("budgetSlider", "interactionSlider", "audienceSlider")


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def engine_timings() -> dict:
    from wxdesk.engine import load_datapack, load_preset, preset_ids
    from wxdesk.engine import sensitivity as sens
    from wxdesk.engine.flips import flip_points

    pack = load_datapack()
    rows = {}
    for preset in preset_ids():
        scenario = load_preset(preset)
        started = time.perf_counter()
        sens.sensitivity(scenario, pack)
        cold = time.perf_counter() - started
        warm = []
        for audience in (1e3, 1e4, 1e5, 1e6, 1e7):
            moved = scenario.with_changes(audience=audience)
            started = time.perf_counter()
            sens.sensitivity(moved, pack)
            warm.append(time.perf_counter() - started)
        started = time.perf_counter()
        flip_points(scenario, pack)
        flips = time.perf_counter() - started
        rows[preset] = {"sensitivity_cold_ms": _ms(cold), "sensitivity_warm_ms": _ms(statistics.median(warm)),
                        "flip_points_ms": _ms(flips)}
    return rows


def repaint_timings(width: int, height: int, steps: int, sensitivity: bool, assumptions: bool) -> dict:
    from PySide6.QtWidgets import QApplication, QSlider

    from bench_repaint import percentile
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow

    app = get_qapp()
    window = MainWindow()
    window.resize(width, height)
    features = window.features
    features.sensitivity.action.setChecked(sensitivity)  # a dock is built when first shown
    features.assumptions.action.setChecked(assumptions)
    window.show()
    app.processEvents()
    window.build_chart()  # as right after the first paint
    app.processEvents()

    def move(slider: QSlider, position: int) -> tuple[float, float]:
        """(repainted, whole window): the two measures of bench_repaint.py."""
        started = time.perf_counter()
        slider.setValue(position)
        QApplication.processEvents()
        repainted = time.perf_counter()
        window.repaint()
        return (repainted - started) * 1000, (time.perf_counter() - started) * 1000

    results = {}
    for name in SLIDERS:
        slider = window.findChild(QSlider, name)
        span = slider.maximum() - slider.minimum()
        up = [slider.minimum() + round(i * span / steps) for i in range(steps + 1)]
        sweep = up + up[-2::-1]
        for position in sweep[:10]:
            move(slider, position)
        pairs = [move(slider, position) for position in sweep]
        results[name] = {"samples": len(pairs)}
        for measure, samples in (("repainted", [p[0] for p in pairs]), ("whole_window", [p[1] for p in pairs])):
            results[name][measure] = {"p50_ms": round(statistics.median(samples), 2),
                                      "p95_ms": round(percentile(samples, 95), 2), "max_ms": round(max(samples), 2)}

    # The flip-point search after the last move, slice by slice.
    labels = features.flip_labels
    slices = []
    original = labels._advance

    def timed_advance():
        started = time.perf_counter()
        original()
        slices.append(time.perf_counter() - started)

    labels._step.timeout.disconnect()
    labels._step.timeout.connect(timed_advance)
    started = time.perf_counter()
    labels._on_changed()
    while labels._settle.isActive() or labels._step.isActive():
        app.processEvents()
    total = time.perf_counter() - started
    window.close()
    return {"sliders": results, "flip_search": {"slices": len(slices), "largest_slice_ms": _ms(max(slices)),
                                                "wall_ms_including_settle_delay": _ms(total)}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--steps", type=int, default=60)
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="wxdesk-bench-"))
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(home / var.lower())
    os.environ["WXDESK_LOG_DIR"] = str(home / "logs")

    report = {
        "engine_ms": engine_timings(),
        "repaint_docks_hidden": repaint_timings(width, height, args.steps, False, False),
        "repaint_sensitivity_shown": repaint_timings(width, height, args.steps, True, False),
        "repaint_sensitivity_and_assumptions_shown": repaint_timings(width, height, args.steps, True, True),
        "window": f"{width}x{height}",
        "platform": os.environ.get("QT_QPA_PLATFORM"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "date": time.strftime("%Y-%m-%d"),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
