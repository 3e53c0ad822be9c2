"""Time what keeps the user's work: a slider move with undo merging, autosave, save, open, undo.

    python benchmarks/bench_persistence.py [--moves 200]

Prints the figures as JSON (milliseconds, medians where repeated). Runs offscreen with a
throwaway data folder, so it never touches real settings or autosaves.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=200)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="wxdesk-bench-"))
    os.environ.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(home / "data"),
                      XDG_CONFIG_HOME=str(home / "config"))
    from PySide6.QtWidgets import QApplication
    app = QApplication([])  # noqa: F841 - QObjects need it

    from wxdesk.engine import load_preset, read_scenario_file
    from wxdesk.ui.document import ScenarioDocument
    from wxdesk.ui.recovery import Autosaver
    from wxdesk.ui.saving import save_scenario

    document = ScenarioDocument(load_preset("car_brand"))
    autosaver = Autosaver(document)
    moves = []
    document.begin_drag("budget_cny")
    for i in range(args.moves):
        started = time.perf_counter()
        document.update(budget_cny=100_000 + i * 5_000)
        moves.append(time.perf_counter() - started)
    document.end_drag()
    steps = document.undo_stack.count()

    def timed(action, repeat=30):
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            action()
            times.append(time.perf_counter() - started)
        return statistics.median(times) * 1000

    path = home / "s.json"
    figures = {
        "slider_move_ms_median": statistics.median(moves) * 1000,
        "slider_move_ms_max": max(moves) * 1000,
        "undo_steps_after_one_drag": steps,
        "autosave_ms": timed(autosaver.save_now),
        "atomic_save_ms": timed(lambda: save_scenario(document.scenario, path)),
        "open_ms": timed(lambda: read_scenario_file(path)),
    }
    started = time.perf_counter()
    document.undo_stack.undo()
    figures["undo_one_drag_ms"] = (time.perf_counter() - started) * 1000
    autosaver.clear()
    print(json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
