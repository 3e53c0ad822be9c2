"""A batch stopped by Ctrl+C or told to end: what it keeps, and the line that says so.

`wxdesk evaluate -` stopped while it waited on standard input read on until the input ended (Python retries a read
its signal's handler interrupted), and then took what had come for the whole input: "standard input holds no
scenarios to evaluate" (exit 2) with nothing or a CSV header received, a failed row "stdin is not valid JSON" with
half an object, counted as "the row done". A stop that came once every row was done said "the 3 rows done were
written", as if some were left; told to end before its first row, a batch left a header-only NAME.partial.csv and
said "no row was written to NAME.partial.csv".
"""

import dataclasses
import io
import os
import signal
import sys
import time

import pytest

from wxdesk.batch import runner
from wxdesk.batch.command import BatchResult, run_batch
from wxdesk.engine import load_datapack

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals to itself")


@pytest.fixture(scope="module")
def pack():
    return dataclasses.replace(load_datapack(), samples=64)


class AwaitedInput:
    """Standard input that gives `text` and then waits for more: Ctrl+C comes during the wait, which goes on after
    it as a pipe's read does, and the input ends a while later (a `(printf …; sleep 6) |` stopped at 2 s)."""

    def __init__(self, text: str, signum: int = signal.SIGINT):
        self._text = io.StringIO(text)
        self._signum = signum
        self.waited = 0

    def _wait(self) -> None:
        self.waited += 1
        os.kill(os.getpid(), self._signum)
        time.sleep(0.5)  # (resumed after the handler, as a read is, unless the handler raises)

    def readline(self, size: int = -1, /) -> str:
        line = self._text.readline(size)
        if not line.endswith("\n"):  # (the rest of the line, or the next one, is awaited)
            self._wait()
        return line

    def __iter__(self):
        return iter(self.readline, "")

    def read(self, size: int | None = -1, /) -> str:
        self._wait()  # (a pipe's read of a document waits for all of it)
        return self._text.read(size)


@pytest.mark.parametrize("text", ["", "name,budget_cny\n", '{"name": "cut",\n  "budget_cny": 1',
                                  '{"name": "a"}\n{"name": "b", "bud'])
def test_ctrl_c_while_standard_input_is_awaited_stops_the_batch_without_a_row(pack, text, capsys):
    stdin = AwaitedInput(text)
    result = run_batch(["-"], [], pack, "csv", None, stdin=stdin, quiet=True)
    whole = 1 if text.startswith('{"name": "a"}') else 0  # (a JSON Lines row read whole before the stop is kept)
    assert stdin.waited == 1
    assert result.interrupted and not result.empty
    assert (result.rows, result.failed) == (whole, 0)
    out = capsys.readouterr().out
    assert "not valid JSON" not in out and out.count("\r\n") == (1 + whole if whole else 0)  # (header and row)
    assert result.message() == ("interrupted after the first row was done: that row was written." if whole else
                                "interrupted before the first row was done: no row was written.")


def test_ctrl_c_while_standard_input_is_awaited_reads_no_further_input(pack, tmp_path, capsys):
    """The inputs after a cut one are not read: the batch stops where it was."""
    stdin = AwaitedInput("name\na\n")
    result = run_batch(["-"], ["car_brand"], pack, "jsonl", None, stdin=stdin, quiet=True)
    assert result.interrupted and result.rows == 1
    assert "car_brand" not in capsys.readouterr().out


def test_told_to_end_while_standard_input_is_awaited_leaves_no_file(pack, tmp_path):
    out = tmp_path / "out.csv"
    from wxdesk.batch.writers import csv_header
    before = csv_header() + "1,old.csv,\r\n"
    out.write_text(before, encoding="utf-8", newline="")
    result = run_batch(["-"], [], pack, "csv", str(out), stdin=AwaitedInput("name,budget_cny\n", signal.SIGTERM),
                       quiet=True)
    assert result.interrupted and result.rows == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    assert out.read_bytes() == before.encode("utf-8")
    assert result.message() == "interrupted before the first row was done: no row was written; out.csv was not touched."


def _stopped_at(monkeypatch, at, signum):
    evaluate_job = runner.evaluate_job

    def stopped(job, *args, **kwargs):
        if job.row == at:
            os.kill(os.getpid(), signum)
        return evaluate_job(job, *args, **kwargs)
    monkeypatch.setattr(runner, "evaluate_job", stopped)


def test_told_to_end_before_the_first_row_leaves_no_partial_file(pack, monkeypatch, tmp_path):
    _stopped_at(monkeypatch, 1, signal.SIGTERM)
    table = tmp_path / "t.csv"
    table.write_text("name\na\nb\n", encoding="utf-8")
    result = run_batch([str(table)], [], pack, "csv", str(tmp_path / "out.csv"), quiet=True)
    assert result.interrupted and result.rows == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv"]
    assert result.message() == "interrupted before the first row was done: no row was written; out.csv was not touched."


@pytest.mark.parametrize("count", [1, 3])
def test_a_stop_at_the_last_row_says_every_row_was_written(pack, monkeypatch, tmp_path, count):
    _stopped_at(monkeypatch, count, signal.SIGINT)
    table = tmp_path / "t.csv"
    table.write_text("name\n" + "".join(f"s{i}\n" for i in range(count)), encoding="utf-8")
    result = run_batch([str(table)], [], pack, "csv", str(tmp_path / "out.csv"), quiet=True)
    partial = tmp_path / "out.partial.csv"
    assert result.interrupted and result.rows == count and len(partial.read_text().splitlines()) == count + 1
    rows = "its one row was" if count == 1 else f"all {count} rows were"
    assert result.message() == (f"interrupted after the last row was done: {rows} written to {partial}; out.csv "
                                "was not touched.")


def test_a_stop_before_the_last_row_says_how_many_rows_were_written():
    from pathlib import Path
    said = [BatchResult(rows, 0, None, True, Path("r.partial.csv")).message() for rows in (1, 2, 1500)]
    assert said == ["interrupted after the first row was done: that row was written to r.partial.csv.",
                    "interrupted: the 2 rows done were written to r.partial.csv, each complete.",
                    "interrupted: the 1,500 rows done were written to r.partial.csv, each complete."]
