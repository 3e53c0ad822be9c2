"""Opening a scenario saved with an older data pack: the cost of saying how its answer moved.

Measured for every bundled preset, saved with the first release of the pack:

- reference: one `evaluate()` of the scenario, as every opening of a file already does;
- moved: `moved_since_saved()` given that evaluation, as the window calls it (the older
  pack put back together, the scenario answered with it, and once more per change that
  recorded what it moved), as a ratio to the reference measured in the same run;
- told: `changes_to_tell()` after it (reading the changelog and choosing the changes).

Medians of --repeat runs, in milliseconds, with the load average beside them (the machine
may be shared).

    python benchmarks/bench_pack_history.py [--repeat 5]

Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wxdesk.engine import evaluate, load_datapack, load_preset, preset_ids  # noqa: E402
from wxdesk.engine.changelog import load_changelog  # noqa: E402
from wxdesk.engine.pack_history import changes_to_tell, moved_since_saved  # noqa: E402

FIRST_RELEASE = "2026-11-24"


def _median_ms(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    pack = load_datapack()
    comparable = sum(1 for c in load_changelog(pack) if c.comparable)
    rows = {}
    load_before = os.getloadavg()[0]
    for preset in preset_ids():
        scenario = load_preset(preset).with_changes(saved_with_pack=FIRST_RELEASE)
        now = evaluate(scenario, pack)
        reference = _median_ms(lambda s=scenario: evaluate(s, pack), args.repeat)
        moved_ms = _median_ms(lambda s=scenario, e=now: moved_since_saved(s, pack, current=e), args.repeat)
        moved = moved_since_saved(scenario, pack, current=now)
        told = _median_ms(lambda s=scenario, e=now, m=moved: changes_to_tell(s, pack, e.plan.presences, m),
                          args.repeat)
        rows[preset] = {"evaluate_ms": round(reference, 1), "moved_ms": round(moved_ms, 1),
                        "moved_over_evaluate": round(moved_ms / reference, 2), "told_ms": round(told, 1)}
    print(json.dumps({"changes_with_older_values": comparable, "presets": rows,
                      "median_moved_over_evaluate": statistics.median(r["moved_over_evaluate"] for r in rows.values()),
                      "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
