"""A start of wxdesk (window or command) runs NumPy's OpenBLAS on one thread unless the user asks otherwise,
and the window paints without Qt's pool of painting threads.

OpenBLAS otherwise starts a thread per core when NumPy loads, and they spin: CPU spent at
every start for matrices far too small to gain from threads. Qt's raster engine otherwise cuts
every fill of 96 rows or more into pieces for a pool of threads and waits for them: for the
window's cards and labels the hand-over costs more than the fill.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2,
                                reason="counts the threads in /proc; OpenBLAS starts one per core")

# The threads of the process once `wxdesk evaluate` has run (the evaluator, and NumPy with it, loaded).
COUNT_THREADS = textwrap.dedent("""
    import contextlib, io, os, sys
    from wxdesk import cli
    with contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(["evaluate", "--preset", "car_brand"])
    assert "numpy" in sys.modules and status == 0
    print(len(os.listdir("/proc/self/task")))
""")


def threads_after_start(**env: str) -> int:
    base = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    result = subprocess.run([sys.executable, "-c", COUNT_THREADS], env={**base, **env}, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def test_a_start_runs_openblas_on_one_thread():
    assert threads_after_start() == 1


def test_a_thread_count_the_user_set_is_kept():
    assert threads_after_start(OPENBLAS_NUM_THREADS="2") == 2


# The threads of the process once the window has opened, painted and been checked (`wxdesk --self-test`).
WINDOW_THREADS = textwrap.dedent("""
    import contextlib, io, json, os
    from wxdesk import cli
    with contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(["--self-test"])
    assert status == 0
    print(json.dumps([open(f"/proc/self/task/{task}/comm").read().strip() for task in os.listdir("/proc/self/task")]))
""")


def window_threads() -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_NUM_THREADS", "QT_NO_GUI_THREADPOOL")}
    result = subprocess.run([sys.executable, "-c", WINDOW_THREADS], env={**env, "QT_QPA_PLATFORM": "offscreen"},
                            capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])  # the threads' names, printed by the line above


def test_the_window_paints_without_qts_painting_threads():
    threads = window_threads()
    assert threads and "Thread (pooled)" not in threads  # (the name Qt gives its pool's threads)
