"""The engine's share of bench_repaint.py's slider sweeps, without Qt: what callgrind counts for it.

bench_repaint.py drags the budget slider (the other sliders where the window opens), then the
session-length slider (the budget at its middle), then the audience slider (both at their
middle), each up and down its range in 60 steps, three times. The window asks the engine only
for a scenario it has not kept (its last 128 answers, ui/document.py), inside
figure_limits.computed, as here. This replays those sweeps with the same slider scales and
times each new evaluation ("new": the first visits, as the window meets them).

    python benchmarks/engine_sweeps.py [--only audience|session|budget] [--reps N] [--prof OUT]

Instruction counts of one slider's new evaluations (each run inside itertools.starmap, so that
callgrind collects those and nothing else):

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \\
        python benchmarks/engine_sweeps.py --only audience --callgrind

Prints one line per slider: new evaluations, their total, p50, p95 and max in ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import math
import os
import sys
import time
from collections import OrderedDict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # as wxdesk's main() sets it for the window

from wxdesk.engine import Scenario, load_datapack
from wxdesk.engine.costs import clear_cost_cache
from wxdesk.engine.evaluator import evaluate
from wxdesk.engine.figure_limits import computed

STEPS = 1000  # the sliders' positions (ui/controls.py: SLIDER_STEPS)
# (field, its slider's name here, low, high, significant digits, decimals): ui/controls.py's LogScales.
SLIDERS = (("budget_cny", "budget", 10_000, 100_000_000, 3, 0),
           ("interaction_minutes", "session", 0.5, 120, 2, 1),
           ("audience", "audience", 100, 100_000_000, 3, 0))
RECENT_ANSWERS = 128  # ui/document.py


def value(low: float, high: float, significant: int, decimals: int, position: int) -> float:
    raw = 10 ** (math.log10(low) + position / STEPS * (math.log10(high) - math.log10(low)))
    digits = significant - 1 - math.floor(math.log10(raw))
    return round(round(raw, digits), decimals) if decimals else float(round(raw, min(digits, 0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("audience", "session", "budget"))
    parser.add_argument("--reps", type=int, default=1, help="the whole run again, the engine's caches emptied")
    parser.add_argument("--prof", help="cProfile the new evaluations of the slider(s) timed into this file")
    parser.add_argument("--callgrind", action="store_true", help="run each timed evaluation inside starmap")
    args = parser.parse_args()
    pack = load_datapack()
    today = dt.date(2026, 12, 2)  # a fixed day: no scenario here has a date to be live by
    up = [round(i * STEPS / 60) for i in range(61)]
    sweep = up + up[-2::-1]
    answers: OrderedDict[str, object] = OrderedDict()

    def ask(scenario: Scenario) -> float | None:
        key = repr(scenario)
        if key in answers:
            answers.move_to_end(key)
            return None
        started = time.perf_counter()
        answers[key] = computed(lambda: evaluate(scenario, pack, today))
        taken = time.perf_counter() - started
        if len(answers) > RECENT_ANSWERS:
            answers.popitem(last=False)
        return taken

    profile = None
    if args.prof:
        import cProfile
        profile = cProfile.Profile()
    timed: dict[str, list[float]] = {}
    for _ in range(args.reps):
        clear_cost_cache()
        answers.clear()
        scenario = Scenario()
        ask(scenario)
        for field, name, *scale in SLIDERS:
            record = args.only in (None, name)
            for position in sweep * 3:
                moved = scenario.with_changes(**{field: value(*scale, position)})
                if record and profile:
                    profile.enable()
                taken = (list(itertools.starmap(ask, [(moved,)]))[0] if record and args.callgrind
                         else ask(moved))
                if record and profile:
                    profile.disable()
                if record and taken is not None:
                    timed.setdefault(name, []).append(taken * 1000)
            scenario = scenario.with_changes(**{field: value(*scale, STEPS // 2)})
    for name, times in timed.items():
        ordered = sorted(times)
        print(f"{name:9s} new={len(times)} total={sum(times):8.1f} ms p50={ordered[len(ordered) // 2]:.3f} "
              f"p95={ordered[int(len(ordered) * 0.95)]:.3f} max={ordered[-1]:.2f}")
    if profile:
        profile.dump_stats(args.prof)


if __name__ == "__main__":
    main()
