"""The engine's own time in a slider move and at start, as ratios to a reference timed in the same run.

1. Slider moves: `evaluate()` over the scenarios a drag of each main slider gives (the window's
   log scales, 61 positions up and back down, then up and back down again), for the default
   scenario and every preset, each drag starting with the engine's caches holding the scenario
   alone. Per slider, for the positions new to the drag ("new"), those its first way back comes
   over ("revisited", the farther from the top the longer ago the way up met them) and every
   position of the second drag ("again", as a user dragging to and fro, and the window's own
   timing of a slider, meets them): p50 and p95 in ms, and the same as ratios to the reference.
2. Cold moves: `evaluate()` of the default scenario and every preset at the audience slider's 61
   positions, each at a budget and a session length not seen before (as after a move of either
   slider): nothing of the position is kept, so each is a cold evaluation, the slowest a slider
   move makes. Each starts with the caches holding the scenario alone, as the window holds what
   is on screen; p50, p95 and max in ms over every position, and as ratios to the reference.
3. Start: in a fresh process each time, the import of wxdesk.engine.evaluator (NumPy imported
   first and not counted: it is outside the engine), loading the bundled pack, and the
   first evaluation of the default scenario; medians over --starts processes. With
   PYTHONDONTWRITEBYTECODE set and no compiled files at hand, the import compiles the
   sources each time, which an installed wxdesk never does: unset it for this figure.

The reference, timed after every sample so that a busy machine slows both alike: one fixed
pure-Python loop and one bare NumPy sort of (64, 1000) floats, the two kinds of work an
evaluation is made of. The machine is shared and swings 2-3×: read the ratios, not the ms.

    python benchmarks/bench_engine.py [--presets all|default] [--starts 7]

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The window's slider scales (wxdesk/ui/controls.py: LogScale, SLIDER_STEPS), written out here
# so that the engine's figures need no Qt: (field, low, high, significant digits, decimals).
SLIDERS = {
    "audience": ("audience", 100, 100_000_000, 3, 0),
    "budget": ("budget_cny", 10_000, 100_000_000, 3, 0),
    "session": ("interaction_minutes", 0.5, 120, 2, 1),
}
STEPS = 1000


def slider_value(low: float, high: float, significant: int, decimals: int, position: int) -> float:
    raw = 10 ** (math.log10(low) + position / STEPS * (math.log10(high) - math.log10(low)))
    digits = significant - 1 - math.floor(math.log10(raw))
    return round(round(raw, digits), decimals) if decimals else float(round(raw, min(digits, 0)))


def sweep() -> list[int]:
    up = [round(i * STEPS / 60) for i in range(61)]
    return up + up[-2::-1]


_REF_ROWS = None


def reference() -> float:
    """Seconds for the fixed reference work (a Python loop and a NumPy sort)."""
    global _REF_ROWS
    import numpy as np
    if _REF_ROWS is None:
        _REF_ROWS = np.random.default_rng(1).random((64, 1000))
    started = time.perf_counter()
    total = 0
    for i in range(20_000):
        total += i * i % 7
    _REF_ROWS.copy().sort(axis=1)
    return time.perf_counter() - started


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * q))]


def slider_figures(preset_names: list[str]) -> dict:
    from wxdesk.engine import Scenario, load_datapack, load_preset
    from wxdesk.engine.costs import clear_cost_cache
    from wxdesk.engine.evaluator import evaluate

    pack = load_datapack()
    scenarios = [Scenario()] + [load_preset(name) for name in preset_names]
    out = {}
    for slider, (field, low, high, significant, decimals) in SLIDERS.items():
        times: dict[str, list[float]] = {"new": [], "revisited": [], "again": []}
        refs = []
        for scenario in scenarios:
            # A drag starts from the scenario on screen, evaluated (the caches hold it and nothing else);
            # it goes up to positions not seen before, then back down over them, and does it all again.
            clear_cost_cache()
            evaluate(scenario, pack)
            positions = sweep()
            for k, position in enumerate(positions * 2):
                moved = scenario.with_changes(**{field: slider_value(low, high, significant, decimals, position)})
                started = time.perf_counter()
                evaluate(moved, pack)
                kind = "new" if k <= len(positions) // 2 else "revisited" if k < len(positions) else "again"
                times[kind].append(time.perf_counter() - started)
                refs.append(reference())
        ref_ms = statistics.median(refs) * 1000
        row: dict = {"moves": sum(map(len, times.values())), "reference_ms": round(ref_ms, 3)}
        for kind, values in times.items():
            p50, p95 = _p(values, 0.5) * 1000, _p(values, 0.95) * 1000
            row[kind] = {"p50_ms": round(p50, 3), "p95_ms": round(p95, 3),
                         "p50_over_reference": round(p50 / ref_ms, 3), "p95_over_reference": round(p95 / ref_ms, 3)}
        out[slider] = row
    return out


def cold_figures(preset_names: list[str]) -> dict:
    from wxdesk.engine import Scenario, load_datapack, load_preset
    from wxdesk.engine.costs import clear_cost_cache
    from wxdesk.engine.evaluator import evaluate

    pack = load_datapack()
    low, high, significant, decimals = SLIDERS["audience"][1:]
    times, refs = [], []
    for scenario in [Scenario()] + [load_preset(name) for name in preset_names]:
        clear_cost_cache()
        evaluate(scenario, pack)
        for k, position in enumerate(sweep()[:61]):
            # A budget and a session length this drag has not met: no position is kept for it.
            moved = scenario.with_changes(
                audience=slider_value(low, high, significant, decimals, position),
                budget_cny=round(scenario.budget_cny * (1.01 + 0.0173 * k) + 1),
                interaction_minutes=round(scenario.interaction_minutes * (1.003 + 0.0117 * k), 3))
            started = time.perf_counter()
            evaluate(moved, pack)
            times.append(time.perf_counter() - started)
            refs.append(reference())
    ref_ms = statistics.median(refs) * 1000
    out: dict = {"moves": len(times), "reference_ms": round(ref_ms, 3)}
    for name, value in (("p50", _p(times, 0.5)), ("p95", _p(times, 0.95)), ("max", max(times))):
        out[f"{name}_ms"] = round(value * 1000, 3)
        out[f"{name}_over_reference"] = round(value * 1000 / ref_ms, 3)
    return out


def _one_start() -> dict:
    code = (
        "import time, json, sys\n"
        f"sys.path.insert(0, {str(ROOT / 'benchmarks')!r})\n"
        "import numpy\n"
        "from bench_engine import reference\n"
        "ref = min(reference() for _ in range(5))\n"
        "t0 = time.perf_counter()\n"
        "import wxdesk.engine.evaluator\n"
        "t1 = time.perf_counter()\n"
        "from wxdesk.engine import Scenario, load_datapack\n"
        "pack = load_datapack()\n"
        "t2 = time.perf_counter()\n"
        "sys.modules['wxdesk.engine.evaluator'].evaluate(Scenario(), pack)\n"
        "t3 = time.perf_counter()\n"
        "print(json.dumps([ref, t1 - t0, t2 - t1, t3 - t2]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(done.stderr)
    ref, imported, loaded, first = json.loads(done.stdout.strip().splitlines()[-1])
    return {"reference": ref, "import": imported, "load_pack": loaded, "first_evaluate": first}


def start_figures(starts: int) -> dict:
    _one_start()  # the user's caches (parsed pack, samples) as a second start finds them
    runs = [_one_start() for _ in range(starts)]
    ref_ms = statistics.median(r["reference"] for r in runs) * 1000
    out: dict = {"starts": starts, "reference_ms": round(ref_ms, 3)}
    for name in ("import", "load_pack", "first_evaluate"):
        ms = statistics.median(r[name] for r in runs) * 1000
        out[f"{name}_ms"] = round(ms, 2)
        out[f"{name}_over_reference"] = round(ms / ref_ms, 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presets", choices=("all", "default"), default="all")
    parser.add_argument("--starts", type=int, default=7)
    args = parser.parse_args()
    from wxdesk.engine import preset_ids
    names = preset_ids() if args.presets == "all" else []
    print(json.dumps({
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "load_average": [round(x, 2) for x in os.getloadavg()]},
        "reference": "a 20,000-step pure-Python loop and a NumPy sort of (64, 1000) floats, timed after each sample",
        "slider_moves": slider_figures(names),
        "cold_moves": cold_figures(names),
        "start": start_figures(args.starts),
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }, indent=2))


if __name__ == "__main__":
    main()
