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

First visits only, over every example (--first-visits N): for the default scenario and each preset, the engine's
caches emptied and the scenario evaluated at its own value of the slider (--only, the audience by default) and at
another, then N / 10 positions of the slider never met, spread over its range (each one a first visit, as a drag
meets them); with --callgrind, those and nothing else inside starmap:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=starmap_next \\
        python benchmarks/engine_sweeps.py --first-visits 600 --callgrind
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

from wxdesk.engine import Scenario, load_datapack, load_preset, preset_ids
from wxdesk.engine.datapack import DataPack
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
    parser.add_argument("--first-visits", type=int, metavar="N", help="only first visits, over every example")
    args = parser.parse_args()
    pack = load_datapack()
    today = dt.date(2026, 12, 2)  # a fixed day: no scenario here has a date to be live by
    if args.first_visits:
        first_visits(args.first_visits, args.only or "audience", args.callgrind, pack, today)
        return
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


def first_visits(count: int, slider: str, callgrind: bool, pack: DataPack, today: dt.date) -> None:
    """Time `count` first visits of `slider` spread over the default scenario and every preset (see the docstring)."""
    field, _, low, high, *_ = next(row for row in SLIDERS if row[1] == slider)
    examples = [Scenario()] + [load_preset(name) for name in preset_ids()]
    each = count // len(examples)
    # Off the slider's own positions (half a step along a log scale of `each` steps): values no drag has met.
    values = [float(round(10 ** (math.log10(low) + (i + 0.5) / each * (math.log10(high) - math.log10(low))), 3))
              for i in range(each)]
    times: list[float] = []

    def timed(scenario: Scenario) -> None:
        started = time.perf_counter()
        evaluate(scenario, pack, today)
        times.append((time.perf_counter() - started) * 1000)

    for example in examples:
        clear_cost_cache()
        evaluate(example, pack, today)
        evaluate(example.with_changes(**{field: getattr(example, field) * 1.37}), pack, today)  # a move before
        moved = [(example.with_changes(**{field: value}),) for value in values]
        if callgrind:
            list(itertools.starmap(timed, moved))
        else:
            for args in moved:
                timed(*args)
    ordered = sorted(times)
    print(f"{slider:9s} first visits={len(times)} total={sum(times):8.1f} ms p50={ordered[len(ordered) // 2]:.3f} "
          f"p95={ordered[int(len(ordered) * 0.95)]:.3f} max={ordered[-1]:.2f}")


if __name__ == "__main__":
    main()
