"""A batch run as its own process, for the tests that end one part-way: a grid of scenarios to give it, and the batch
started and caught writing its rows, with a watchdog that ends its whole process group should the test not."""

from __future__ import annotations

import contextlib
import csv
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path


def grid_csv(path, count, bad_every=0):
    """A market-study grid: budgets × audiences × session lengths, with a bad budget every `bad_every` rows."""
    budgets, audiences, minutes = (20_000, 300_000, 5_000_000), (2_000, 80_000, 3_000_000), (1, 4, 25)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "budget_cny", "audience", "interaction_minutes", "goals", "needs"])
        for i in range(count):
            budget = "a lot" if bad_every and i % bad_every == bad_every - 1 else budgets[i % 3]
            writer.writerow([f"grid {i}", budget, audiences[(i // 3) % 3], minutes[(i // 9) % 3],
                             ("sell", "news;sell", "service;employees")[i % 3], ("", "payments")[i % 2]])
    return path


def kill_group(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)


@contextlib.contextmanager
def batch_writing(source: Path, asked: Path, timeout: float = 120) -> Iterator[subprocess.Popen]:
    """`wxdesk evaluate SOURCE -o ASKED --jobs 2` in a session of its own, yielded once its hidden temporary file
    holds rows; its whole group is killed `timeout` seconds after the start if it still runs."""
    with subprocess.Popen([sys.executable, "-m", "wxdesk", "evaluate", str(source), "-o", str(asked), "--jobs", "2"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          start_new_session=True) as process:
        watchdog = threading.Timer(timeout, kill_group, (process,))
        watchdog.daemon = True
        watchdog.start()
        try:
            deadline = time.monotonic() + timeout
            while not any(p.stat().st_size > 0 for p in asked.parent.glob(f".{asked.name}.*.tmp")):
                assert process.poll() is None and time.monotonic() < deadline
                time.sleep(0.05)
            yield process
        finally:
            watchdog.cancel()
