"""Evaluating a stream of jobs on all cores, rows out in input order, memory flat.

Jobs go to worker processes in small chunks, and at most a few chunks per worker
are in flight: reading never runs ahead of writing by more than that window, so a
batch of any length uses the same memory. Results come back in input order
whatever the number of workers, and every row is computed by the same function in
the same way, so one core and eight give byte-identical output.

Within each stretch of GROUP_ROWS rows, the rows alike in the fields their costs are
made from (scenario.COST_FIELDS) are evaluated one after another, and written back in
input order. Why: the engine keeps the cost parts of the last few such groups
(costs._STORE_LIMIT), and a grid that varies goals and needs fastest (as
itertools.product writes one) cycles through more groups than it keeps, so that every
row made its parts anew; one after another, the first row's parts serve the rest.

Ctrl+C: the workers ignore SIGINT, and the parent only raises a flag that the
caller checks between rows; the caller then writes the rows of the stretch in hand
(InHand: evaluated already, and their order settled), completes its output (valid up
to the last whole row), and the workers are ended. The first stretches are shorter
(FIRST_GROUP_ROWS, doubling up to GROUP_ROWS): a stop early in a batch waits for a
short stretch, and keeps it. A worker that dies or is killed on its
own has its chunk evaluated again by a new one, once (wxdesk.batch.workers).
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, TypeVar

from wxdesk.batch.contract import error_row, evaluation_record, ok_row
from wxdesk.batch.stopping import StopRequest
from wxdesk.batch.sources import Job, file_given, in_its_words, location, lone_surrogate_said, with_table_hint
from wxdesk.batch.workers import ENDING_SIGNALS, Loss, Workers
from wxdesk.batch.writers import encode_row
from wxdesk.engine.scenario import COST_FIELDS

T = TypeVar("T")
CHUNK = 16  # rows per task: about a tenth of a second of work, so a stop is quick
WINDOW_PER_WORKER = 4  # chunks in flight per worker: keeps every core busy, bounds memory
WORKERS_PER_CORE = 4  # the most workers a batch starts for each core it may use
GROUP_ROWS = 512  # rows read ahead and evaluated grouped by their cost inputs (some 0.5 MB of jobs and rows)
# The first stretch's rows; each next stretch twice the one before, up to GROUP_ROWS. Why: a stretch comes out
# whole once all of it is evaluated, so a Ctrl+C waits for the stretch under way, and rows reach a pipe a stretch at
# a time. A batch of 3,000 rows stopped two seconds in kept 1 row of its first 512 (it now keeps the stretches done
# and the one under way: InHand). Grouping loses little: the rows of a grid alike in their cost inputs come every
# few rows, so a stretch of 64 groups most of them already, and from the fourth stretch on each is GROUP_ROWS long.
FIRST_GROUP_ROWS = 64


class InHand:
    """How many rows the runner holds evaluated and in order beyond the one it has just given, which come without
    a wait: the rest of the stretch that row belongs to (after a Ctrl+C the batch writes them, and then stops)."""

    def __init__(self) -> None:
        self.rows = 0


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def evaluate_job(job: Job, pack: Any, lang: str = "en", notes: bool = True) -> dict[str, Any]:
    """One job as a batch row: the evaluation with its inputs, or the row's error in one sentence. `notes`: with the
    plan's notes (contract.evaluation_record), which a CSV row has no column for."""
    from wxdesk.engine import ScenarioError, evaluate, read_scenario_file, scenario_from_dict
    from wxdesk.engine.figure_limits import ComputationError, computed, finite_numbers
    if job.error is not None:
        return error_row(job.row, job.source, job.error, job.given)
    try:
        if job.path is not None:
            try:
                scenario = read_scenario_file(job.path, pack.figures, named=job.path)
            except ScenarioError as exc:
                # The file reader names the file itself; the row echoes what the file said, as a table's row
                # echoes its cells, so that it can be found and fixed.
                return error_row(job.row, job.source, with_table_hint(job.path, str(exc)), file_given(job.path))
        else:
            scenario = scenario_from_dict(job.data, pack.figures)
        # Figures that leave the model nothing finite are that row's error, as for one scenario.
        evaluation = computed(lambda: evaluate(scenario, pack))
        record = computed(lambda: evaluation_record(evaluation, lang, pack, notes), finite_numbers)
    except (ScenarioError, ComputationError) as exc:
        given = file_given(job.path) if job.path is not None else job.given
        return error_row(job.row, job.source, f"{location(job.source)}: {in_its_words(job, str(exc))}", given)
    except Exception as exc:  # noqa: BLE001 - one row's internal failure must not end the batch
        from wxdesk.logs import log_exception, not_saved
        where = log_exception(exc)
        # Where the log could not be written (None), the row must not send the user to it.
        details = f"details were written to {where}" if where is not None else not_saved()
        return error_row(job.row, job.source, f"{location(job.source)}: internal error "
                         f"({exc.__class__.__name__}); {details}.", job.given)
    return ok_row(job.row, job.source, record)


def encode_job(job: Job, pack: Any, fmt: str | None, lang: str) -> tuple[bool, Any]:
    """(ok, encoded line) for one job, or (ok, row dict) when `fmt` is None; not ok: the row failed."""
    row = evaluate_job(job, pack, lang, notes=fmt != "csv")
    said = lone_surrogate_said(row.get("inputs")) if fmt == "csv" and row["error"] is None else None
    if said is not None:
        # (Its cells not echoed: the letters \ud800 in them, read again, would make the scenario it is not.)
        row = error_row(job.row, job.source, f"{location(job.source)}: {in_its_words(job, said)}", None)
    return row["error"] is None, (row if fmt is None else encode_row(row, fmt))


def batch_work(pack: Any, fmt: str | None, lang: str = "en") -> Callable[[Job], tuple[bool, Any]]:
    """The work of `evaluate` on one job, as a picklable function for the workers."""
    return functools.partial(encode_job, pack=pack, fmt=fmt, lang=lang)


def _chunks(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    while chunk := list(itertools.islice(jobs, size)):
        yield chunk


def run_jobs(jobs: Iterable[Job], work: Callable[[Job], T], workers: int = 1,
             redone: list[Loss] | None = None, in_hand: InHand | None = None) -> Generator[T, None, None]:
    """work(job) for every job, in input order, on `workers` processes.

    A batch of at most one chunk runs in this process: starting workers would cost
    more than it saves. Closing the iterator early ends the workers. Each stretch
    of GROUP_ROWS jobs is evaluated grouped by its cost inputs (see the module's docstring).
    A chunk whose worker process ended is evaluated again by a new one, and told in
    `redone`; where that one ends too, WorkerLostError is raised where the chunk's rows are due. `in_hand`, where
    given, says before each row is given how many more come without a wait.
    """
    orders: deque[list[int]] = deque()  # each stretch's order of evaluation, as the stream reaches it
    held = in_hand if in_hand is not None else InHand()

    def grouped() -> Iterator[Job]:
        for stretch in _stretches(iter(jobs)):
            order = grouped_order(stretch)
            orders.append(order)
            yield from (stretch[i] for i in order)

    results = _in_stream_order(grouped(), work, workers, redone)
    try:
        for first in results:
            order = orders.popleft()  # (the stretch `first` begins: the stream has read it whole)
            stretch: list[Any] = [None] * len(order)
            stretch[order[0]] = first
            for position in order[1:]:
                stretch[position] = next(results)
            for index, row in enumerate(stretch, start=1):
                held.rows = len(stretch) - index
                yield row
    finally:
        held.rows = 0
        results.close()


def _stretches(jobs: Iterator[Job]) -> Iterator[list[Job]]:
    """The jobs in stretches of FIRST_GROUP_ROWS, each next one twice as long, up to GROUP_ROWS."""
    size = min(FIRST_GROUP_ROWS, GROUP_ROWS)
    while stretch := list(itertools.islice(jobs, size)):
        yield stretch
        size = min(2 * size, GROUP_ROWS)


def grouped_order(stretch: list[Job]) -> list[int]:
    """The positions of `stretch` in the order to evaluate them: the jobs alike in their cost inputs together, each
    group where its first job stands, and in input order within it. A job the batch reads from a file of its own, or
    one that failed to read, is a group of its own."""
    keys = [_cost_key(job) for job in stretch]
    first: dict[object, int] = {}
    for position, key in enumerate(keys):
        first.setdefault(key, position)
    return sorted(range(len(stretch)), key=lambda position: (first[keys[position]], position))


def _cost_key(job: Job) -> object:
    if job.data is None:
        return ("alone", job.row)
    # As the fields are given (a list or a string of goals, say): alike when written alike, which a grid's are.
    return json.dumps([job.data.get(name) for name in COST_FIELDS], sort_keys=True, default=str)


def _in_stream_order(jobs: Iterator[Job], work: Callable[[Job], T], workers: int,
                     redone: list[Loss] | None = None) -> Generator[T, None, None]:
    """work(job) for every job of the stream, in its order, on `workers` processes."""
    first = list(itertools.islice(jobs, CHUNK + 1))
    if workers <= 1 or len(first) <= CHUNK:
        for job in itertools.chain(first, jobs):
            yield work(job)
        return
    chunks = _chunks(itertools.chain(first, jobs), CHUNK)
    # More workers than a few per core only wait for one another, each a process of its own.
    workers = min(workers, WORKERS_PER_CORE * default_jobs())
    window = workers * WINDOW_PER_WORKER
    read = 0  # chunks read and handed to the workers: never more than the window ahead of those written
    with Workers(workers, work, redone) as pool:
        for index in itertools.count():
            for chunk in itertools.islice(chunks, max(0, index + window - read)):
                pool.submit(read, chunk)
                read += 1
            if index == read:
                return
            yield from pool.result(index)


@contextmanager
def interrupted_when_told_to_end() -> Iterator[None]:
    """Inside the block, Ctrl+C and being told to end (SIGTERM, SIGHUP) raise KeyboardInterrupt, as a second Ctrl+C
    does in a batch: for a command with no rows to keep (diff-pack), which then ends with 130 and says so. Python's
    own ending on SIGTERM was 143 and silent, and a Ctrl+C ignored where it started (`wxdesk diff-pack … &` in a
    script) never stopped it, where evaluate stops on either (stop_on_interrupt)."""
    def ended(_signum: int, _frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        before = {number: signal.signal(number, ended) for number in (signal.SIGINT, *ENDING_SIGNALS)}
    except ValueError:  # not the main thread: no handler to install
        yield
        return
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


@contextmanager
def stop_on_interrupt(stop: StopRequest | None = None) -> Iterator[StopRequest]:
    """Ctrl+C, inside the block, asks `stop` (a new one where none is given) to stop; see wxdesk.batch.stopping."""
    stop = stop if stop is not None else StopRequest()

    def handler(_signum: int, _frame: FrameType | None) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        stop.request()  # (InputCutError where the batch waits for its input)

    def ended(_signum: int, _frame: FrameType | None) -> None:
        # Told to end (a system shutting down, a terminal closed): as a second Ctrl+C, the rows done are written
        # beside the output and the temporary file goes. Python's own ending on these left it behind.
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, handler)
    except ValueError:  # not the main thread (a notebook's worker thread): no handler to install
        yield stop
        return
    others = {number: signal.signal(number, ended) for number in ENDING_SIGNALS}
    try:
        yield stop
    finally:
        signal.signal(signal.SIGINT, previous)
        for number, before in others.items():
            signal.signal(number, before)
