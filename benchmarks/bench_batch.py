"""Batch evaluation from the command line: throughput, the second core's speed-up, memory as the batch grows.

Each run is the real command, `python -m wxdesk evaluate GRID.csv -o OUT.csv --jobs N`,
timed from its start to its exit (the last row written and the file in place), on a
market-study grid of budgets × audiences × session lengths × goals × needs. Measured:

- reference: the engine alone, `evaluate()` on the same rows in one process with no
  reading or writing: what a row costs at the least. Ratios below are to it, measured
  in the same run, so a busy machine moves them less than the raw times.
- single core: rows per second with --jobs 1, and its overhead over the reference
  (reading CSV, the JSON contract, flattening, writing).
- two cores: the speed-up of --jobs 2 over --jobs 1 (wall clock), and the CPU the
  two runs spent (the workers' start-up and hand-over cost is the difference).
- the target: the wall time of --rows scenarios (default 10,000) on --jobs 2.
- memory: peak resident memory of the whole command (parent and workers, the largest
  process) for growing batches; flat means it does not grow with the rows.

The machine may be shared: the load average before and after each run is printed, and
CPU seconds are given beside wall seconds because they do not depend on the load.

    python benchmarks/bench_batch.py [--rows 10000] [--small 1000] [--skip-target]

Prints JSON.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Runs one command and reports its wall time, CPU time and the peak memory of its largest process.
_LAUNCHER = """
import json, resource, subprocess, sys, time
started = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
wall = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"code": code, "wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "peak_rss_mb": usage.ru_maxrss / 1024}))
"""


def write_grid(path: Path, rows: int) -> Path:
    budgets = (20_000, 80_000, 300_000, 1_000_000, 5_000_000)
    audiences = (500, 5_000, 50_000, 500_000, 5_000_000)
    minutes = (0.5, 2, 5, 15, 40)
    goals = ("sell", "news;sell", "service;sell", "relationship", "video;news", "employees", "experiment")
    needs = ("", "payments", "offline", "payments;hardware")
    grid = itertools.cycle(itertools.product(budgets, audiences, minutes, goals, needs))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "budget_cny", "audience", "interaction_minutes", "goals", "needs"])
        for i, (budget, audience, minute, goal, need) in zip(range(rows), grid):
            writer.writerow([f"grid {i}", budget, audience, minute, goal, need])
    return path


def run_batch(grid: Path, out: Path, jobs: int) -> dict:
    command = [sys.executable, "-m", "wxdesk", "evaluate", str(grid), "-o", str(out), "--jobs", str(jobs)]
    load_before = os.getloadavg()[0]
    result = subprocess.run([sys.executable, "-c", _LAUNCHER, *command], capture_output=True, text=True,
                            cwd=ROOT, check=True)
    measured = json.loads(result.stdout)
    if measured["code"] != 0:
        raise SystemExit(f"the batch failed with exit status {measured['code']}")
    with open(out, encoding="utf-8") as written:
        rows = sum(1 for _ in written) - 1
    return {"jobs": jobs, "rows": rows, "wall_s": round(measured["wall_s"], 2), "cpu_s": round(measured["cpu_s"], 2),
            "rows_per_s": round(rows / measured["wall_s"], 1), "peak_rss_mb": round(measured["peak_rss_mb"], 1),
            "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2)}


def reference(grid: Path) -> dict:
    """The engine alone on the same rows, in this process: wall and CPU seconds per row."""
    from wxdesk.batch.sources import read_jobs
    from wxdesk.engine import evaluate, load_datapack, scenario_from_dict
    pack = load_datapack()
    scenarios = [scenario_from_dict(job.data) for job in read_jobs([str(grid)])]
    evaluate(scenarios[0], pack)  # samples cached, as in any batch
    started, cpu = time.perf_counter(), time.process_time()
    for scenario in scenarios:
        evaluate(scenario, pack)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"rows": len(scenarios), "wall_ms_per_row": round(wall / len(scenarios) * 1000, 2),
            "cpu_ms_per_row": round(cpu / len(scenarios) * 1000, 2)}


def reference_distinct(rows: int) -> dict:
    """The engine alone on rows that share nothing (every field drawn at random, as a lead list
    of unrelated businesses would be): no cost parts or likely costs to reuse between rows."""
    import random
    from wxdesk.engine import Scenario, evaluate, load_datapack
    from wxdesk.engine.costs import clear_cost_cache
    from wxdesk.engine.datapack import ENTITIES, GOALS, NEEDS
    draw = random.Random(2026)
    pack = load_datapack()
    scenarios = [Scenario().with_changes(
        budget_cny=draw.uniform(1e4, 1e7), audience=10 ** draw.uniform(2, 8),
        interaction_minutes=10 ** draw.uniform(-0.5, 1.7), china_share=draw.random(),
        paid_share=draw.random(), pushes_per_month=draw.uniform(0, 40),
        goals=draw.sample(GOALS, draw.randint(1, 3)), needs=draw.sample(NEEDS, draw.randint(0, 2)),
        entity=draw.choice(ENTITIES), horizon_years=draw.randint(1, 9)) for _ in range(rows)]
    clear_cost_cache()
    evaluate(scenarios[0], pack)  # samples drawn, as in any batch
    started, cpu = time.perf_counter(), time.process_time()
    for scenario in scenarios[1:]:
        evaluate(scenario, pack)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"rows": rows - 1, "wall_ms_per_row": round(wall / (rows - 1) * 1000, 2),
            "cpu_ms_per_row": round(cpu / (rows - 1) * 1000, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the target run (default 10,000)")
    parser.add_argument("--small", type=int, default=1_000, help="rows of the one- and two-core runs")
    parser.add_argument("--skip-target", action="store_true", help="skip the long target run")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        small = write_grid(folder / "small.csv", args.small)
        ref = reference(small)
        one = run_batch(small, folder / "one.csv", 1)
        two = run_batch(small, folder / "two.csv", 2)
        same = (folder / "one.csv").read_bytes() == (folder / "two.csv").read_bytes()
        memory = [run_batch(write_grid(folder / f"m{n}.csv", n), folder / f"m{n}.out.csv", 2)
                  for n in (args.small // 4, args.small)]
        target = None
        if not args.skip_target:
            target = run_batch(write_grid(folder / "target.csv", args.rows), folder / "target.out.csv", 2)
            memory.append(target)

    single_rows_per_s = one["rows"] / one["wall_s"]
    report = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(),
                    "load_average_1_5_15": [round(v, 2) for v in os.getloadavg()],
                    "note": "shared machine: other people's work runs beside these measurements"},
        "reference_engine_only": ref,
        # The grid's rows share cost inputs (rows that differ only in budget, goals or session
        # length reuse each other's costs); unrelated businesses share nothing:
        "engine_only_unrelated_rows": reference_distinct(min(args.small, 500)),
        "single_core": {**one, "overhead_vs_engine_wall": round(one["wall_s"] / (ref["wall_ms_per_row"] *
                                                                               one["rows"] / 1000), 2),
                        "overhead_vs_engine_cpu": round(one["cpu_s"] / (ref["cpu_ms_per_row"] * one["rows"] / 1000),
                                                        2)},
        "two_cores": {**two, "speed_up_wall": round(one["wall_s"] / two["wall_s"], 2),
                      "cpu_ratio_two_over_one": round(two["cpu_s"] / one["cpu_s"], 2),
                      "identical_output": same},
        "target": None if target is None else {
            **target, "goal_s": 30, "met": target["wall_s"] < 30,
            "projected_idle_s": round(target["cpu_s"] / 2, 1),
            "rows_per_s_single_core_projection": round(single_rows_per_s, 1)},
        "memory": [{"rows": m["rows"], "peak_rss_mb": m["peak_rss_mb"]} for m in memory],
        "memory_growth_largest_over_smallest": round(memory[-1]["peak_rss_mb"] / memory[0]["peak_rss_mb"], 2),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
