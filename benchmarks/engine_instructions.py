"""Instructions an engine evaluation takes at new slider positions, counted by callgrind: a figure the machine's load
does not move (bench_engine.py's milliseconds swing 2-3x on a shared machine), for before-and-after comparisons.

For the default scenario and two presets, each with the engine's caches holding it alone (as bench_engine.py's drags
start), `--moves` positions of the slider not met before (the window's log scale, from the bottom up). Each
scenario's moves are counted apart from everything else (the start, the pack, the evaluation of the scenario
itself): callgrind writes its counts out where the moves begin and end (--dump-before=time_sleep, at a
time.sleep(0) on either side), with the cyclic collector off. Run to run the counts agree to about 0.2 %.

    python benchmarks/engine_instructions.py [--slider audience|session|budget] [--moves 60]

Needs valgrind. Prints JSON: the instructions per move, in all and for each scenario.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCENARIOS = ("default", "bank_care", "food_ordering")


def _moves(slider: str, moves: int) -> None:
    """The measured run (inside callgrind): each scenario's moves between two time.sleep(0)."""
    sys.path.insert(0, str(ROOT))
    from bench_engine import SLIDERS, STEPS, slider_value

    from wxdesk.engine import Scenario, load_datapack, load_preset
    from wxdesk.engine.costs import clear_cost_cache
    from wxdesk.engine.evaluator import evaluate

    pack = load_datapack()
    # Without the cyclic collector: its collections come where the counts of objects made reach its thresholds, not
    # where the work is, and a full one in a scenario's moves added 7 % to them in one run and nothing in the next.
    gc.disable()
    field, low, high, significant, decimals = SLIDERS[slider]
    step = max(1, (STEPS - 10) // moves)
    for name in SCENARIOS:
        scenario = Scenario() if name == "default" else load_preset(name)
        clear_cost_cache()
        evaluate(scenario, pack)
        time.sleep(0)  # callgrind writes out what came before: the moves are counted from here
        for k in range(moves):
            evaluate(scenario.with_changes(**{field: slider_value(low, high, significant, decimals, 7 + step * k)}),
                     pack)
        time.sleep(0)  # and to here


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slider", choices=("audience", "session", "budget"), default="audience")
    parser.add_argument("--moves", type=int, default=60)
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        _moves(args.slider, args.moves)
        return
    command = [sys.executable, __file__, "--inside", "--slider", args.slider, "--moves", str(args.moves)]
    subprocess.run(command, check=True, cwd=ROOT)  # (once outside: compiled files written, caches made)
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", "--dump-before=time_sleep", f"--callgrind-out-file={out}",
                        *command], check=True, cwd=ROOT, env=env, capture_output=True)
        parts = {}
        for dump in Path(folder).glob("callgrind.out*"):
            text = dump.read_text()
            part, total = re.search(r"^part: (\d+)", text, re.M), re.search(r"^(?:summary|totals): (\d+)", text, re.M)
            if part and total:
                parts[int(part.group(1))] = int(total.group(1))
    # Parts 1, 3, 5: each scenario's start and its own evaluation; 2, 4, 6: its moves.
    moved = [parts[2 * (i + 1)] for i in range(len(SCENARIOS))]
    print(json.dumps({"slider": args.slider, "moves_per_scenario": args.moves,
                      "instructions_per_move": round(sum(moved) / (args.moves * len(SCENARIOS))),
                      "by_scenario": {name: round(count / args.moves) for name, count in zip(SCENARIOS, moved,
                                                                                              strict=True)}},
                     indent=2))


if __name__ == "__main__":
    main()
