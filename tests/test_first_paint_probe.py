"""The start-up benchmarks' probe times a start as a user has it: from the second start on, with the answer and
the code the start before kept.

The probe left the moment its last mark was written. What a start does once its chart is drawn (keeping its
answer and its compiled code for the next start) comes a few turns of the event loop later, and how many turns
depends on what else the window has queued; a change that queued less made the probe leave first, so that every
start of the benchmark worked its answer out anew, and the change measured some 30 ms slower than the tree
before it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_startup  # noqa: E402 - benchmarks/ is not a package

pytestmark = pytest.mark.gui


def test_a_start_under_the_probe_keeps_its_answer_for_the_next(tmp_path):
    launcher = tmp_path / "launch.py"
    launcher.write_text(bench_startup.LAUNCHER.format(probe=str(bench_startup.PROBE)), encoding="utf-8")
    home = tmp_path / "home"
    env = {**bench_startup.environment(home), "PYTHONPATH": str(ROOT)}
    marks = bench_startup.time_marks([sys.executable, str(launcher), "wxdesk"], env, home, bench_startup.MARKS)
    assert list(marks) == list(bench_startup.MARKS)
    assert (home / "xdg_cache_home" / "wxdesk" / "start-answer.pickle").is_file()
    # Nothing is reported after the last mark, though the process stays a moment.
    marks = bench_startup.time_marks([sys.executable, str(launcher), "wxdesk"], env, home, ("first-paint",))
    assert list(marks) == ["first-paint"]


def test_each_mark_gives_the_main_threads_cpu_time_beside_the_processs(tmp_path):
    """(What work moved to another thread takes off the main thread shows in main_cpu_ms, not in cpu_ms.)"""
    launcher = tmp_path / "launch.py"
    launcher.write_text(bench_startup.LAUNCHER.format(probe=str(bench_startup.PROBE)), encoding="utf-8")
    program = tmp_path / "threaded_window.py"
    # A bare window whose process spends CPU time on another thread before it shows.
    program.write_text(bench_startup.BARE_WINDOW.replace(
        "app = QApplication(sys.argv)",
        "import threading, time\n"
        "def spin():\n"
        "    end = time.thread_time() + 0.05\n"
        "    while time.thread_time() < end:\n"
        "        pass\n"
        "aside = threading.Thread(target=spin)\n"
        "aside.start()\n"
        "aside.join()\n"
        "app = QApplication(sys.argv)"), encoding="utf-8")
    home = tmp_path / "home"
    env = {**bench_startup.environment(home), "PYTHONPATH": str(ROOT)}
    mark = bench_startup.time_marks([sys.executable, str(launcher), str(program)], env, home, ("first-paint",))
    painted = mark["first-paint"]
    assert 0 < painted["main_cpu_ms"] <= painted["cpu_ms"] - 40  # the 50 ms on the other thread are the process's alone
    figures = bench_startup.summarize([mark, mark], [mark, mark], ("first-paint",))
    assert figures["first_paint"]["main_cpu_ratio"] == 1.0
    assert figures["bare_window"]["first_paint_main_cpu_ms"] == round(painted["main_cpu_ms"], 1)
