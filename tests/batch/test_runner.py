"""The runner: input order on any number of workers, reading never far ahead of writing, progress on a terminal."""

import dataclasses
import io
import itertools
import signal
import sys

import pytest

from wxdesk.batch import runner
from wxdesk.batch.command import run_batch
from wxdesk.batch.runner import batch_work, run_jobs
from wxdesk.batch.sources import Job, scenario_defaults
from wxdesk.engine import load_datapack


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch):
    """Chunks of 4, one in flight per worker, stretches of 10 grouped: the pool's paths with a few dozen rows."""
    monkeypatch.setattr(runner, "CHUNK", 4)
    monkeypatch.setattr(runner, "WINDOW_PER_WORKER", 1)
    monkeypatch.setattr(runner, "GROUP_ROWS", 10)


@pytest.fixture(scope="module")
def pack():
    # Fewer samples: these tests are about order and flow, not the numbers.
    return dataclasses.replace(load_datapack(), samples=64)


def jobs(count, read):
    for i in range(1, count + 1):
        read.append(i)
        data = {**scenario_defaults(), "name": f"s{i}", "audience": 1000 * i}
        yield Job(i, f"t:{i}", data if i % 7 else None, error=None if i % 7 else f"t line {i}: bad.")


def test_rows_come_back_in_input_order_with_errors_in_place(pack):
    read = []
    rows = [row for _ok, row in run_jobs(jobs(40, read), batch_work(pack, None), workers=2)]
    assert [r["row"] for r in rows] == list(range(1, 41))
    assert [r["error"] is not None for r in rows] == [i % 7 == 0 for i in range(1, 41)]
    assert all(r["inputs"]["name"] == f"s{r['row']}" for r in rows if r["error"] is None)


def test_reading_stays_within_a_window_of_writing(pack):
    """Memory is flat: when a row comes out, at most the window of chunks has been read beyond it."""
    read = []
    results = run_jobs(jobs(100_000, read), batch_work(pack, "jsonl"), workers=2)
    # (What is in flight, and the stretch being written and the one being read, each read whole to be grouped.)
    bound = runner.CHUNK * (2 * runner.WINDOW_PER_WORKER + 1) + 1 + 2 * runner.GROUP_ROWS
    for written, _row in enumerate(itertools.islice(results, 2 * bound), start=1):
        assert len(read) - written <= bound
    results.close()
    assert len(read) <= 3 * bound


def grid_jobs(count):
    """A grid whose goals vary fastest, as itertools.product writes one: every row's cost inputs differ from the
    row before's, and come back every third row."""
    goals = (["sell"], ["news", "sell"], ["service"])
    for i in range(1, count + 1):
        data = {**scenario_defaults(), "name": f"g{i}", "audience": 1000 * i, "goals": goals[i % 3]}
        yield Job(i, f"grid:{i}", data if i % 11 else None, error=None if i % 11 else f"grid line {i}: bad.")


@pytest.mark.parametrize("workers", [1, 2])
def test_rows_alike_in_their_cost_inputs_are_evaluated_together_and_written_in_input_order(pack, workers):
    evaluated = []

    def work(job):
        evaluated.append(job.row)
        return job.row

    rows = list(run_jobs(grid_jobs(45), work, workers=1)) if workers == 1 else [
        row["row"] for _ok, row in run_jobs(grid_jobs(45), batch_work(pack, None), workers=2)]
    assert rows == list(range(1, 46))
    if workers == 1:
        # Each stretch of 10: its rows of each goal one after another, each group where its first row stands; a row
        # that failed to read stands alone (the 11th, 22nd...).
        stretches = [evaluated[i:i + 10] for i in range(0, 45, 10)]
        assert stretches[0] == [1, 4, 7, 10, 2, 5, 8, 3, 6, 9]
        assert stretches[1] == [11, 12, 15, 18, 13, 16, 19, 14, 17, 20]
        assert sorted(evaluated) == list(range(1, 46))


def test_grouping_by_cost_inputs_changes_no_row(pack):
    """A grid evaluated grouped gives every row as evaluated alone, in a fresh engine (the parts the first row of a
    group made serve the rest exactly)."""
    from wxdesk.engine.costs import clear_cost_cache
    grouped = [row for _ok, row in run_jobs(grid_jobs(24), batch_work(pack, "jsonl"), workers=1)]
    alone = []
    for job in grid_jobs(24):
        clear_cost_cache()
        alone.append(batch_work(pack, "jsonl")(job)[1])
    assert grouped == alone


def _watched_workers(monkeypatch):
    """The exit code of every worker process as its batch lets it go."""
    from wxdesk.batch import workers
    codes = []
    release = workers._release
    monkeypatch.setattr(workers, "_release", lambda worker: (codes.append(worker.process.exitcode), release(worker)))
    return codes


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_batch_stopped_early_ends_its_workers_at_once(pack, monkeypatch):
    """What the workers hold is not wanted: they are killed, which wedges nothing, each having a pipe of its own
    (multiprocessing.Pool's workers shared a lock, and one killed while it held it hung the pool's shutdown)."""
    codes = _watched_workers(monkeypatch)
    results = run_jobs(jobs(400, []), batch_work(pack, "jsonl"), workers=2)
    assert len(list(itertools.islice(results, 10))) == 10
    results.close()  # as the batch does after a Ctrl+C
    assert codes == [-signal.SIGKILL] * 2


def test_a_finished_batch_lets_its_workers_leave(pack, monkeypatch):
    codes = _watched_workers(monkeypatch)
    assert len(list(run_jobs(jobs(40, []), batch_work(pack, "jsonl"), workers=2))) == 40
    assert codes == [0, 0]


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch, pack):
    table = tmp_path / "t.csv"
    table.write_text("name\n" + "".join(f"s{i}\n" for i in range(20)), encoding="utf-8")
    for terminal in (False, True):
        err = FakeTerminal() if terminal else io.StringIO()
        monkeypatch.setattr(sys, "stderr", err)
        result = run_batch([str(table)], [], pack, "csv", str(tmp_path / "out.csv"), workers=1)
        assert result.rows == 20 and result.failed == 0
        assert ("/20 [" in err.getvalue()) is terminal, err.getvalue()


def test_a_row_that_fails_inside_wxdesk_does_not_point_to_a_log_that_could_not_be_written(pack, monkeypatch,
                                                                                           tmp_path):
    """The row said 'details were written to …/wxdesk.log' where the log folder could not be made."""
    import logging
    root = logging.getLogger("wxdesk")
    monkeypatch.setattr(root, "handlers", [h for h in root.handlers if not getattr(h, "_wxdesk", False)])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder would go")
    monkeypatch.setenv("WXDESK_LOG_DIR", str(blocker / "logs"))

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")
    monkeypatch.setattr("wxdesk.engine.evaluate", broken)
    try:
        row = runner.evaluate_job(Job(1, "t:2", scenario_defaults()), pack)
    finally:
        for handler in root.handlers:
            if getattr(handler, "_wxdesk", False):
                handler.close()
    assert "internal error (RuntimeError)" in row["error"] and "written to" not in row["error"], row["error"]
    assert "the details could not be saved" in row["error"]


def _stretch_end(row, first, most):
    """The last row of the stretch `row` falls in: stretches of `first`, each next twice the one before up to `most`."""
    end, size = 0, first
    while end < row:
        end, size = end + size, min(2 * size, most)
    return end


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to itself")
@pytest.mark.parametrize("at", [1, 3, 8, 9, 30, 57])
def test_a_ctrl_c_keeps_every_row_evaluated_before_the_batch_stops(pack, monkeypatch, tmp_path, at):
    """Ctrl+C early in a 3,000-row batch kept 1 row: its first stretch of 512 was evaluated whole, and the batch
    stopped after writing that stretch's first row. It now writes the stretch it waited for, and the first stretches
    are short, so that a stop early in a batch waits for a short stretch."""
    import os
    monkeypatch.setattr(runner, "FIRST_GROUP_ROWS", 8)
    monkeypatch.setattr(runner, "GROUP_ROWS", 32)
    evaluate_job = runner.evaluate_job

    def interrupted_at(job, *args, **kwargs):
        if job.row == at:
            os.kill(os.getpid(), signal.SIGINT)  # (the batch's handler raises its flag)
        return evaluate_job(job, *args, **kwargs)
    monkeypatch.setattr(runner, "evaluate_job", interrupted_at)
    table = tmp_path / "t.csv"
    table.write_text("name\n" + "".join(f"s{i}\n" for i in range(1, 101)), encoding="utf-8")
    result = run_batch([str(table)], [], pack, "jsonl", str(tmp_path / "out.jsonl"), workers=1, quiet=True)
    kept = _stretch_end(at, 8, 32)
    assert result.interrupted and result.rows == kept
    assert (tmp_path / "out.partial.jsonl").read_text().splitlines()[-1].startswith(f'{{"row":{kept},')
    assert result.message() == (f"interrupted: the {kept} rows done were written to {tmp_path / 'out.partial.jsonl'}"
                                f", each complete; out.jsonl was not touched.")


def test_an_interrupted_batch_counts_one_row_done_as_one():
    from pathlib import Path

    from wxdesk.batch.command import BatchResult
    from wxdesk.batch.workers import Loss, WorkerLostError
    said = [BatchResult(rows, 0, None, True, Path("r.partial.csv")).message() for rows in (1, 2, 1500)]
    assert said == ["interrupted after the first row was done: that row was written to r.partial.csv.",
                    "interrupted: the 2 rows done were written to r.partial.csv, each complete.",
                    "interrupted: the 1,500 rows done were written to r.partial.csv, each complete."]
    lost = WorkerLostError(Loss("t.csv:2", 3, (-9, -9)))
    assert BatchResult(0, 0, None, True, None, lost=lost).message() == f"stopped at the first row: {lost}; no row " \
                                                                       "was written."
