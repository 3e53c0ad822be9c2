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
    """`wxdesk evaluate SOURCE -o ASKED --jobs 2 --quiet` in a session of its own, yielded once its hidden temporary
    file holds rows; its whole group is killed `timeout` seconds after the start if it still runs. (Quiet: on a
    machine slow enough to take 10 s over the first rows, a progress line would come before the lines the tests
    read.)"""
    with subprocess.Popen([sys.executable, "-m", "wxdesk", "evaluate", str(source), "-o", str(asked), "--jobs", "2",
                           "--quiet"],
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


def _processes() -> list[tuple[int, int, str, str]]:
    """(pid, parent's pid, state, command line) of every process: /proc on Linux, `ps` elsewhere."""
    found = []
    if os.path.isdir("/proc/self"):
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8", errors="replace") as handle:
                    stat = handle.read()
                with open(f"/proc/{entry}/cmdline", "rb") as handle:
                    args = handle.read().replace(b"\0", b" ").decode("utf-8", "replace")
            except OSError:  # (ended meanwhile)
                continue
            state, ppid = stat[stat.rindex(")") + 2:].split()[:2]
            found.append((int(entry), int(ppid), state, args))
        return found
    listing = subprocess.run(["ps", "-A", "-o", "pid=,ppid=,stat=,args="], capture_output=True, text=True,
                             check=True).stdout
    for line in listing.splitlines():
        pid, ppid, state, args = [*line.split(None, 3), ""][:4]
        found.append((int(pid), int(ppid), state[:1], args))
    return found


def workers_of(process: subprocess.Popen) -> list[int]:
    """The batch's worker processes now: its children."""
    return [pid for pid, ppid, state, _args in _processes() if ppid == process.pid and state != "Z"]


def evaluating(marker: str) -> list[int]:
    """The processes still alive (not zombies: some machines' first process reaps no orphan) whose command line
    holds `marker`, such as a batch's input path: the batch and its workers, wherever they were moved."""
    return [pid for pid, _ppid, state, args in _processes() if marker in args and state != "Z"]


def computing(pid: int) -> bool:
    """Whether a worker is at work on a chunk (running), not waiting for one."""
    if not os.path.isdir("/proc/self"):
        return any(state == "R" for found, _ppid, state, _args in _processes() if found == pid)
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as handle:
            stat = handle.read()
    except OSError:  # (ended)
        return False
    return stat[stat.rindex(")") + 2] == "R"


def until(condition, timeout: float = 60, what: str = "the condition"):
    """Poll `condition` until it gives something true, and return that; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not (value := condition()):
        assert time.monotonic() < deadline, f"{what} did not come within {timeout} s"
        time.sleep(0.02)
    return value
