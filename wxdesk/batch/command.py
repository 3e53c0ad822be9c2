"""`wxdesk evaluate` on many scenarios: read, evaluate on all cores, write, show progress, stop cleanly."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from wxdesk.batch.runner import InHand, batch_work, run_jobs, stop_on_interrupt
from wxdesk.batch.stopping import StopRequest, TextReader
from wxdesk.batch.sources import Job, expand_inputs, holds_array, input_format, read_jobs
from wxdesk.batch.workers import Loss, WorkerLostError
from wxdesk.batch.writers import RowWriter

PROGRESS_SECONDS = 10.0  # off a terminal, a progress line at most this often (WXDESK_PROGRESS_SECONDS), and
PROGRESS_SHARE = 0.1  # only once this share more of the rows is done (of all, or, their number unknown, of those done)
PAUSE_SECONDS = 0.05  # a wait for the next row this long is a pause between two stretches of rows (progress_lines)


@dataclass(frozen=True)
class BatchResult:
    rows: int
    failed: int
    first_error: str | None
    interrupted: bool
    target: Path | None
    untouched: Path | None = None  # the file asked for, which a stopped batch left as it was (RowWriter.close)
    # The file asked for, left unwritten because every row failed (an empty or broken file alone): bad input, which
    # never replaces results there (an existing file held an error row after `evaluate empty.json -o old.csv`).
    refused: Path | None = None
    lost: WorkerLostError | None = None  # the batch stopped where the worker processes of a chunk were lost twice
    redone: tuple[Loss, ...] = ()  # chunks evaluated again after their worker process was lost
    all_done: bool = False  # stopped once every row of the inputs was done and written: nothing was left out

    @property
    def empty(self) -> bool:
        """The inputs held no scenario (a table with only its header, an empty JSON array): nothing was written,
        and the command refuses, as for an empty folder, since an answer about none of them would read as done."""
        return self.rows == 0 and not self.interrupted

    def message(self) -> str | None:
        """The one line for stderr, or None when every row went well."""
        where = f" to {self.target}" if self.target else ""
        kept = f"; {self.untouched.name} was not touched" if self.untouched else ""
        if self.lost is not None:
            if not self.rows:
                return f"stopped at the first row: {self.lost}; no row was written{where}{kept}."
            before = "the row before was" if self.rows == 1 else f"the {self.rows:,} rows before were"
            return f"stopped at row {self.rows + 1:,}: {self.lost}; {before} written{where}, each complete{kept}."
        if self.interrupted:
            # (Nothing is written for none: the file asked for, where there is one, is untouched, and nothing beside.)
            if not self.rows:
                return f"interrupted before the first row was done: no row was written{kept}."
            if self.all_done:  # (the stop came as the last row was written: the rows are all there, if not in place)
                rows = "its one row was" if self.rows == 1 else f"all {self.rows:,} rows were"
                return f"interrupted after the last row was done: {rows} written{where}{kept}."
            if self.rows == 1:
                return f"interrupted after the first row was done: that row was written{where}{kept}."
            return f"interrupted: the {self.rows:,} rows done were written{where}, each complete{kept}."
        if self.failed:
            noun = "row" if self.rows == 1 else "rows"
            kept = f" Nothing was written to {self.refused.name}." if self.refused else ""
            return f"{self.failed:,} of {self.rows:,} {noun} failed; the first: {self.first_error}{kept}"
        return None

    def warning(self) -> str | None:
        """The line for stderr before message(), where rows were evaluated again because their worker ended."""
        if not self.redone or self.lost is not None:  # (stopped there: message() tells it)
            return None
        first = self.redone[0]
        if len(self.redone) == 1:
            them = "that row" if first.rows == 1 else "those rows"
            return (f"warning: a worker process was ended ({first.how()}) while it evaluated {first.what()}; a new "
                    f"one evaluated {them} again.")
        how = Loss(first.first, first.rows, tuple(code for loss in self.redone for code in loss.exitcodes)).how()
        return (f"warning: {len(self.redone):,} worker processes were ended ({how}), the first while it evaluated "
                f"{first.what()}; new ones evaluated their rows again.")


def estimate_rows(inputs: list[str], forced: str | None) -> int | None:
    """About how many rows the inputs hold (for the progress bar); None when stdin is among them."""
    total = 0
    for kind, path in expand_inputs(inputs):
        if kind == "stdin":
            return None
        fmt = input_format(path, forced)
        if fmt == "json" and holds_array(path):
            return None  # as many rows as the array holds: known only once it is read
        if fmt == "json":
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                lines = sum(1 for line in handle if line.strip() and not line.lstrip().startswith(b"#"))
        except OSError:
            lines = 1
        total += max(0, lines - (1 if fmt == "csv" else 0))
    return total


def _progress(rows: Iterator[Any], total: int | None, noun: str = "row", done_word: str = "written"
              ) -> Generator[Any, None, None]:
    """A progress bar on stderr when it is a terminal; plain lines, now and then, when it is a file or a pipe.
    `noun` is what is counted ("row", "scenario"), `done_word` what the last line says of them all ("written")."""
    if not sys.stderr.isatty():
        yield from progress_lines(rows, total, sys.stderr, progress_seconds(), noun=noun, done_word=done_word)
        return
    from tqdm import tqdm
    with tqdm(rows, total=total, unit=noun, file=sys.stderr, dynamic_ncols=True, leave=False) as bar:
        yield from bar


def progress(total: int | None, noun: str, done_word: str) -> Callable[[Iterator[Any]], Generator[Any, None, None]]:
    """What shows the progress of (ok, item) pairs, for a command other than evaluate (diff-pack's scenarios)."""
    return lambda pairs: _progress(pairs, total, noun, done_word)


def progress_seconds() -> float:
    """The least time between two progress lines: PROGRESS_SECONDS, or WXDESK_PROGRESS_SECONDS where it is a
    number of seconds (0 for a line at each tenth of the rows, as the tests take it)."""
    try:
        seconds = float(os.environ.get("WXDESK_PROGRESS_SECONDS", PROGRESS_SECONDS))
    except ValueError:
        return PROGRESS_SECONDS
    return seconds if seconds >= 0 else PROGRESS_SECONDS


def progress_lines(rows: Iterator[tuple[bool, Any]], total: int | None, stream: TextIO, seconds: float,
                   clock: Callable[[], float] = time.monotonic, noun: str = "row",
                   done_word: str = "written") -> Iterator[tuple[bool, Any]]:
    """The (ok, row) pairs of `rows`, and on `stream` a line of how far the batch is, for a log or CI: at most one a
    `seconds`, and only once a tenth more of the rows is done (of `total`; where it is not known, of the rows done
    at the last line), so that even a long batch says so ten times or so, calmly. A batch that ended before its
    first line (most) says nothing; one that said how far it was says when it is done. Stopped early, it leaves
    the words to the batch's own last line.

    Rows come a stretch at a time (runner._stretches, each written at once), so a line waits for a pause before the next
    row: written in the middle of a stretch, it told of its first row alone ('1 row after 12 s, 0 a second')."""
    start = last = asked = clock()
    done = failed = at_last = 0
    for ok, row in rows:
        now = clock()
        share = total if total is not None and done < total else at_last
        if done and now - asked >= PAUSE_SECONDS and now - last >= seconds and \
                done - at_last >= max(1.0, PROGRESS_SHARE * share):
            _say(stream, _progress_line(done, failed, total, now - start, noun=noun))
            last, at_last = now, done
        yield ok, row
        done += 1
        failed += not ok
        asked = clock()
    if at_last:
        _say(stream, _progress_line(done, failed, None, clock() - start, ended=True, noun=noun, done_word=done_word))


def _progress_line(done: int, failed: int, total: int | None, elapsed: float, ended: bool = False,
                   noun: str = "row", done_word: str = "written") -> str:
    """'12,000 of 100,000 rows (12%, 37 failed) after 1 min 40 s, 120 a second; about 12 min 13 s left', and at
    the end 'all 100,000 rows (412 failed) written in 14 min 2 s, 119 a second' (or of `noun`s, `done_word`)."""
    known = total is not None and done < total
    counted = f"{done:,} of {total:,} {noun}s" if known else f"{done:,} {noun if done == 1 else noun + 's'}"
    notes = [f"{100 * done // total}%"] if known and total else []
    notes += [f"{failed:,} failed"] if failed else []
    if notes:
        counted += f" ({', '.join(notes)})"
    speed = done / elapsed if elapsed > 0 else 0.0
    rate = (f"{speed:,.0f}" if speed >= 10 else f"{speed:.1f}") + " a second" if speed else ""
    if ended:
        return f"wxdesk: all {counted} {done_word} in {_duration(elapsed)}" + (f", {rate}" if rate else "")
    line = f"wxdesk: {counted} after {_duration(elapsed)}" + (f", {rate}" if rate else "")
    if known and total is not None and elapsed > 0:
        line += f"; about {_duration((total - done) * elapsed / done)} left"
    return line


def _duration(seconds: float) -> str:
    """'0.4 s', '42 s', '3 min 5 s', '2 h 10 min'."""
    if seconds < 10:
        return f"{seconds:.1f} s"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    if whole < 3600:
        return f"{whole // 60} min {whole % 60} s"
    return f"{whole // 3600} h {whole % 3600 // 60} min"


def _say(stream: TextIO, line: str) -> None:
    try:
        stream.write(line + "\n")
        stream.flush()
    except (OSError, ValueError):  # a log that cannot be written (a full disk, closed): the batch goes on
        pass


def run_batch(inputs: list[str], presets: list[str], pack: Any, fmt: str, output: str | None,
              lang: str = "en", workers: int = 1, input_fmt: str | None = None,
              stdin: TextReader | None = None, quiet: bool = False) -> BatchResult:
    """Evaluate every scenario of the inputs and write one row each; never raises for a bad row.
    `quiet`: no progress on stderr, neither the bar nor the lines."""
    protected: list[tuple[str, str | int | None]] = [("one of the inputs", path) for kind, path in expand_inputs(inputs)
                                               if kind == "file"]
    if stdin is None and "-" in inputs:  # (standard input redirected from a file: `evaluate - -o prev.csv < prev.csv`)
        protected.append(("one of the inputs", 0))
    protected.append(("the data pack", getattr(pack, "path", None)))
    writer = RowWriter(fmt, output, protected)
    stop = StopRequest()
    read = _Counted(read_jobs(inputs, presets, input_fmt, stdin, lang, stop))
    jobs: Iterator[Job] = iter(read)
    rows = failed = 0
    first_error = None
    interrupted = False
    done = False
    refused = None
    lost = None
    redone: list[Loss] = []
    try:
        with stop_on_interrupt(stop):
            in_hand = InHand()  # (the rows evaluated already, which a Ctrl+C still writes)
            results = run_jobs(jobs, batch_work(pack, fmt, lang), workers, redone, in_hand)
            progress = results if quiet else _progress(results, estimate_rows(inputs, input_fmt))
            try:
                for ok, line in progress:
                    writer.write(line)
                    rows += 1
                    if not ok:
                        failed += 1
                        if first_error is None:
                            first_error = _error_of(line, fmt)
                    if output is None or output == "-":
                        # Rows reach a pipe as they come; a reader sees whole lines only.
                        writer.flush()
                    if stop:
                        interrupted = True
                        if not in_hand.rows:  # (evaluated, they are written: a stop waits for them in any case)
                            break
            except WorkerLostError as exc:  # the rows before it are kept, as for an interruption
                lost = exc
                interrupted = True
            finally:
                # Closed here, not left to Python's collection: a second Ctrl+C while the workers finish then
                # stops the batch as any other does, where inside the collection it printed a traceback.
                progress.close()
                results.close()  # ends the workers when stopped early
        # (A stop while the input was awaited ends the input there, and so the loop, without a row to see it by.)
        interrupted = interrupted or bool(stop)
        to_stdout = writer.target is None  # (rows there are out already, each as it came)
        if interrupted and not rows:
            pass  # no row to keep: no file of none beside the output (discarded below), nor a header alone on stdout
        elif interrupted or (rows and (failed < rows or to_stdout)):
            writer.close(partial=interrupted)
            done = True  # (else the file is discarded below, and an existing one stays as it was)
        elif rows:
            refused = writer.target
    except KeyboardInterrupt:
        # A second Ctrl+C, or told to end: still finish the rows already there, then stop.
        interrupted = True
        if rows:
            writer.close(partial=True)
            done = True
    finally:
        if not done:
            writer.discard()
    untouched = writer.untouched
    if interrupted and not rows:  # (nothing written beside the file asked for, which stays as it was)
        refused, untouched = writer.target, writer.target
    all_done = interrupted and read.ended and not stop.cut and rows == read.count
    return BatchResult(rows, failed, first_error, interrupted, None if refused else writer.target, untouched,
                       refused, lost, tuple(redone), all_done)


class _Counted:
    """The jobs of a batch, counted as they are read, and whether they ran out (not cut off by a stop)."""

    def __init__(self, jobs: Iterator[Job]):
        self._jobs = jobs
        self.count = 0
        self.ended = False

    def __iter__(self) -> Iterator[Job]:
        for job in self._jobs:
            self.count += 1
            yield job
        self.ended = True


def _error_of(line: str, fmt: str) -> str:
    """The error sentence of an encoded failed row (for the summary line)."""
    if fmt == "csv":
        import csv

        from wxdesk.batch.flatten import text_of_cell
        # (Without the apostrophe that keeps a spreadsheet from running the cell: "the first: '=HYPERLINK(…).csv
        # line 4: …" named a file the user does not have.)
        return text_of_cell(next(csv.reader([line]))[2])
    import json
    return str(json.loads(line)["error"])
