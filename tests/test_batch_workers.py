"""A batch whose worker processes are ended one by one, as a service manager, a container runtime or the kernel short
of memory ends single processes: it never hangs, keeps every row it has, says so in one line, and leaves no worker
behind."""

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading

import pytest
from batch_processes import batch_writing, computing, evaluating, grid_csv, kill_group, until, workers_of

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals to single processes are POSIX")

LAST_WEEK_ROWS = '{"row":1,"source":"last week.csv:2","error":null}\n'


def finished(process, timeout=60):
    """The batch's stdout and stderr once it has ended; fails (and ends it) should it still run after `timeout` s."""
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(process)
        process.communicate()
        pytest.fail(f"the batch still ran {timeout} s after its worker was ended")


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_worker_ended_on_its_own_has_its_rows_evaluated_again_by_a_new_one(tmp_path, number):
    """The pool lost the chunk the worker held, and the batch waited for it for ever."""
    # 600 rows (64 + 128 + 256 + 152): the batch is still at work long after its first rows are written, when a
    # worker is ended, and this test waits for all of them (1,200 took some 3 s more of each run).
    source = grid_csv(tmp_path / "grid.csv", 600)
    asked = tmp_path / "results.jsonl"
    with batch_writing(source, asked) as process:
        # One at work on a chunk: one waiting for its next (a few microseconds in each chunk) holds none to lose.
        victim = until(lambda: next((pid for pid in workers_of(process) if computing(pid)), None), what="a worker")
        os.kill(victim, number)
        stdout, stderr = finished(process)
    assert process.returncode == 0, stderr
    assert stdout == "" and "Traceback" not in stderr
    assert stderr.startswith(f"wxdesk: warning: a worker process was ended ({number.name}") and \
        stderr.count("\n") == 1, stderr
    assert f"while it evaluated {source} line " in stderr and "; a new one evaluated those rows again.\n" in stderr
    rows = [json.loads(line) for line in asked.read_text(encoding="utf-8").splitlines()]
    assert [r["row"] for r in rows] == list(range(1, 601)) and all(r["error"] is None for r in rows)
    assert not evaluating(str(source))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["grid.csv", "results.jsonl"]


def test_rows_whose_workers_are_ended_twice_stop_the_batch_and_the_rows_before_are_kept(tmp_path):
    """Something ends every worker (a memory limit the batch does not fit in, say): the batch stops where a chunk's
    worker and the one that took it over were both lost, keeps the rows before as an interruption keeps them, and
    says which rows were not evaluated and why."""
    source = grid_csv(tmp_path / "grid.csv", 1200)
    asked = tmp_path / "results.jsonl"
    asked.write_text(LAST_WEEK_ROWS, encoding="utf-8")  # (earlier rows: only those are replaced)
    with batch_writing(source, asked) as process:
        killed = set()

        def kill_every_worker():
            while process.poll() is None:
                for pid in set(workers_of(process)) - killed:
                    killed.add(pid)
                    # A worker may end between being listed and being killed: its ProcessLookupError, raised in this
                    # thread, reached the window tests' crash handler in the same process, whose dialog a later test
                    # then found showing it in place of its own.
                    with contextlib.suppress(ProcessLookupError):
                        os.kill(pid, signal.SIGKILL)

        killer = threading.Thread(target=kill_every_worker, daemon=True)
        killer.start()
        _stdout, stderr = finished(process)
        killer.join()
    assert process.returncode == 130, stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    rows = [json.loads(line) for line in (tmp_path / "results.partial.jsonl").read_text().splitlines()]
    assert 0 < len(rows) < 1200 and [r["row"] for r in rows] == list(range(1, len(rows) + 1))
    assert stderr.startswith(f"wxdesk: stopped at row {len(rows) + 1:,}: the worker process evaluating {source} "
                             "line "), stderr
    assert "was ended, and so was the one that took them over (SIGKILL, as the system does when memory runs out); " \
           f"the {len(rows):,} rows before were written to {tmp_path / 'results.partial.jsonl'}, each complete; " \
           "results.jsonl was not touched.\n" in stderr, stderr
    assert asked.read_text(encoding="utf-8") == LAST_WEEK_ROWS
    assert not list(tmp_path.glob(".*.tmp"))
    assert not evaluating(str(source))


def test_the_workers_leave_when_the_batch_itself_is_killed(tmp_path):
    """SIGKILL to the batch's own process: nothing can tidy up after it, but its workers must not run on."""
    source = grid_csv(tmp_path / "grid.csv", 1200)
    with batch_writing(source, tmp_path / "results.jsonl") as process:
        workers = until(lambda: workers_of(process), what="the workers")
        process.kill()
        process.communicate(timeout=60)
        until(lambda: not evaluating(str(source)), timeout=30, what="the workers' end")
    assert all(pid not in evaluating(str(source)) for pid in workers)


def test_diff_pack_stopped_by_lost_workers_says_so_in_one_line(monkeypatch, capsys):
    """diff-pack evaluates on the same workers; stopped by them, it writes no report, and says why in one line."""
    from wxdesk.batch import diffpack
    from wxdesk.batch.workers import Loss, WorkerLostError
    from wxdesk.cli import main
    from wxdesk.paths import resource_path

    def lost(*_args, **_kwargs):
        raise WorkerLostError(Loss("leads.csv:7", 1, (-signal.SIGTERM, -signal.SIGTERM)))
        yield

    monkeypatch.setattr(diffpack, "run_jobs", lost)
    pack = str(resource_path("datapack.toml"))
    assert main(["diff-pack", pack, pack, "--all-presets"]) == 130
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == "wxdesk: stopped: the worker process evaluating leads.csv line 7 was ended, and so was " \
                           "the one that took it over (SIGTERM); no report was written.\n"
