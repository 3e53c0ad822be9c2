"""The batch's worker processes: each evaluates one chunk at a time, handed to it over a pipe of its own.

Why not multiprocessing.Pool: a worker that dies (SIGTERM or SIGKILL to it alone, from a service manager, a container
runtime, the kernel short of memory) takes the chunk it holds with it, and the Pool neither notices nor tells: the
batch waited for that chunk for ever. Here the parent knows which chunk each worker holds and sees a worker end by its
sentinel; the chunk goes to another worker, and a new one takes the lost one's place. A chunk whose worker is lost a
second time stops the batch (WorkerLostError): something ends what evaluates those rows, and a third try would meet
it too.

Each worker has its own pipe and shares no lock with the others, so a worker can be ended at any moment without
wedging anything: a batch stopped early ends its workers at once, and one finished tells them to leave.

A worker leaves with the parent, even one killed with SIGKILL: on Linux the kernel ends it (PR_SET_PDEATHSIG), and
everywhere a thread of its own waits for the parent's end and exits then.
"""

from __future__ import annotations

import contextlib
import heapq
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from contextlib import AbstractContextManager
from typing import Any

from wxdesk.batch.signals_held import signals_held
from wxdesk.batch.sources import Job, location

# The signals that ask a process to end, besides Ctrl+C's (those the platform has).
ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
LOSSES_PER_CHUNK = 2  # a chunk whose worker is lost this many times stops the batch: one try again, not more
LEAVE_SECONDS = 5.0  # how long a finished batch waits for an idle worker to leave before it ends it


@dataclass(frozen=True)
class Loss:
    """Worker processes lost while they evaluated one chunk: its rows, and how each process ended."""

    first: str  # the source of the chunk's first row in input order ("leads.csv:1219")
    rows: int
    exitcodes: tuple[int | None, ...]  # Process.exitcode of each: -N for signal N

    def what(self) -> str:
        more = self.rows - 1
        return location(self.first) + (f" and {more:,} {'row' if more == 1 else 'rows'} more" if more else "")

    def how(self) -> str:
        """'SIGKILL, as the system does when memory runs out', 'SIGTERM, then SIGKILL', 'exit status 1'."""
        names = list(dict.fromkeys(_ending(code) for code in self.exitcodes))
        note = ", as the system does when memory runs out" if "SIGKILL" in names else ""
        return ", then ".join(names) + note


def _ending(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return signal.Signals(-exitcode).name
        except ValueError:
            return f"signal {-exitcode}"
    return f"exit status {exitcode}"


class WorkerLostError(Exception):
    """A chunk's worker was lost twice: the batch cannot go on past its rows (one sentence, without a location)."""

    def __init__(self, loss: Loss):
        super().__init__(loss)
        self.loss = loss

    def __str__(self) -> str:
        loss = self.loss
        them = "it" if loss.rows == 1 else "them"
        return (f"the worker process evaluating {loss.what()} was ended, and so was the one that took {them} over "
                f"({loss.how()})")


@dataclass
class _Chunk:
    index: int  # its place in the stream of chunks
    jobs: list[Job]
    ended: list[int | None] = field(default_factory=list)  # the exit codes of the workers lost while they held it

    def __lt__(self, other: _Chunk) -> bool:
        return self.index < other.index

    def loss(self) -> Loss:
        first = min(self.jobs, key=lambda job: job.row)
        return Loss(first.source, len(self.jobs), tuple(self.ended))


@dataclass(eq=False)
class _Worker:
    process: Any  # multiprocessing's Process of the context in use
    conn: Connection
    chunk: _Chunk | None = None  # the chunk it evaluates, None while it waits for one


class Workers:
    """`count` worker processes that evaluate chunks of jobs with `work`; results are asked for by chunk index.

    `redone` (optional) receives a Loss for each chunk evaluated again after its worker was lost. Use as a context
    manager: leaving it ends every worker, at once when the batch stopped early."""

    def __init__(self, count: int, work: Callable[[Job], Any], redone: list[Loss] | None = None):
        self._work = work
        self._context = multiprocessing.get_context()
        self._redone = redone if redone is not None else []
        self._waiting: list[_Chunk] = []  # (a heap: the earliest chunk first)
        self._done: dict[int, tuple[bool, Any]] = {}
        self._lost: WorkerLostError | None = None
        self._lost_at: int | None = None  # the index of the chunk lost twice: the stream ends there
        self._workers: list[_Worker] = []
        try:
            for _ in range(count):
                self._start()
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, kind: object, *_rest: object) -> None:
        self.close(gently=kind is None)

    def submit(self, index: int, jobs: list[Job]) -> None:
        if self._lost_at is None or index < self._lost_at:  # (past a chunk lost twice: not wanted)
            heapq.heappush(self._waiting, _Chunk(index, jobs))
        self._hand_out()

    def result(self, index: int) -> Any:
        """What `work` gave for each job of chunk `index`, once it is done; raises what evaluating it raised, and
        WorkerLostError where the chunk's worker was lost twice."""
        while index not in self._done:
            if self._lost is not None and self._lost_at is not None and index >= self._lost_at:
                raise self._lost
            self._serve(None)
        self._serve(0)  # (hand the idle workers their next chunks before the rows are written)
        ok, value = self._done.pop(index)
        if not ok:
            raise value
        return value

    def close(self, gently: bool = False) -> None:
        """End every worker. `gently`: the batch is done, and idle workers are asked to leave, which they do at
        once; otherwise (stopped early, an error) they are killed where they stand: what they hold is not wanted."""
        workers, self._workers = self._workers, []
        for worker in workers:
            if gently and worker.chunk is None:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
            else:
                _kill(worker.process)
        for worker in workers:
            worker.process.join(LEAVE_SECONDS if gently else None)
            if worker.process.exitcode is None:
                _kill(worker.process)
                worker.process.join()
            _release(worker)

    def _start(self) -> None:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=serve, args=(self._work, theirs), name="wxdesk batch worker",
                                        daemon=True)
        try:
            with _ending_signals_held():  # (and counted among the workers before a stop can come: close() ends it)
                process.start()
                self._workers.append(_Worker(process, ours))
        except BaseException:
            if process not in (worker.process for worker in self._workers):
                ours.close()
            raise
        finally:
            theirs.close()  # (the worker's own now: its end is seen when the worker ends)

    def _hand_out(self) -> None:
        """Give the waiting chunks, earliest first, to the workers that have none."""
        while self._waiting:
            idle = next((worker for worker in self._workers if worker.chunk is None), None)
            if idle is None:
                return
            idle.chunk = heapq.heappop(self._waiting)
            try:
                idle.conn.send(idle.chunk.jobs)
            except (OSError, ValueError):  # it ended before it could take the chunk
                self._retire(idle)

    def _serve(self, timeout: float | None) -> None:
        """Wait for a worker to finish a chunk or to end (`timeout` 0: take what is there), and act on it."""
        if timeout == 0 and all(worker.chunk is None for worker in self._workers):
            return
        watched: dict[Any, _Worker] = {}
        for worker in self._workers:
            watched[worker.process.sentinel] = worker
            if worker.chunk is not None:
                watched[worker.conn] = worker
        for ready in wait(list(watched), timeout):
            worker = watched[ready]
            if worker not in self._workers:
                continue  # (its result and its end came together: already retired)
            if ready is worker.conn and self._receive(worker):
                continue
            self._retire(worker)
        self._hand_out()

    def _receive(self, worker: _Worker) -> bool:
        """Take a worker's finished chunk; False where it ended instead (the pipe closed, a result cut short)."""
        assert worker.chunk is not None
        try:
            self._done[worker.chunk.index] = worker.conn.recv()
        except (EOFError, OSError):
            return False
        worker.chunk = None
        return True

    def _retire(self, worker: _Worker) -> None:
        """A worker ended: its chunk (unless its result came first) goes to another, and a new worker takes its
        place; a chunk lost the second time stops the stream there."""
        if worker.chunk is not None:
            with contextlib.suppress(OSError, EOFError):
                if worker.conn.poll():
                    self._receive(worker)
        worker.process.join(LEAVE_SECONDS)
        if worker.process.exitcode is None:  # its pipe closed, yet it runs: not to be trusted with more
            _kill(worker.process)
            worker.process.join()
        chunk, exitcode = worker.chunk, worker.process.exitcode
        self._workers.remove(worker)
        _release(worker)
        if chunk is not None:
            chunk.ended.append(exitcode)
            if len(chunk.ended) >= LOSSES_PER_CHUNK:
                if self._lost_at is None or chunk.index < self._lost_at:
                    self._lost, self._lost_at = WorkerLostError(chunk.loss()), chunk.index
                    self._waiting = [waiting for waiting in self._waiting if waiting.index < chunk.index]
                    heapq.heapify(self._waiting)
            else:
                heapq.heappush(self._waiting, chunk)
                self._redone.append(chunk.loss())
        self._start()


def _kill(process: Any) -> None:
    with contextlib.suppress(OSError, ValueError):
        process.kill()


def _release(worker: _Worker) -> None:
    worker.conn.close()
    with contextlib.suppress(ValueError):
        worker.process.close()


def _ending_signals_held() -> AbstractContextManager[None]:
    """Hold Ctrl+C and the ending signals back while a worker starts: it begins with the parent's handlers, and a
    signal before it has put its own in place would print a traceback from it. The worker lets them through once
    it has (serve); the parent as soon as the worker has started."""
    return signals_held({signal.SIGINT, *ENDING_SIGNALS})


def serve(work: Callable[[Job], Any], conn: Connection) -> None:
    """A worker's life: evaluate each chunk the parent sends, send back what `work` gave for each job, and leave when
    the parent says so (None), when its pipe closes, or when the parent ends."""
    _leave_signals_to_the_parent()
    _end_with_the_parent()
    try:
        _serve_chunks(work, conn)
    except Exception as exc:  # noqa: BLE001 - wxdesk's own fault, not a row's: into the log, never a traceback
        from wxdesk.logs import log_exception
        log_exception(exc)
        sys.exit(1)  # (and the parent says the worker ended, with exit status 1)


def _serve_chunks(work: Callable[[Job], Any], conn: Connection) -> None:
    while True:
        try:
            jobs = conn.recv()
        except (EOFError, OSError):
            return
        if jobs is None:
            return
        try:
            answer: tuple[bool, Any] = (True, [work(job) for job in jobs])
        except Exception as exc:  # noqa: BLE001 - raised again in the parent, where that chunk's rows are due
            answer = (False, exc)
        try:
            try:
                conn.send(answer)
            except (OSError, ValueError):
                raise
            except Exception as exc:  # noqa: BLE001 - an exception that cannot be pickled: told in its words
                conn.send((False, RuntimeError(f"{exc.__class__.__name__}: {exc}")))
        except (OSError, ValueError):  # the parent has gone
            return


def _leave_signals_to_the_parent() -> None:
    # A process group of its own: a signal to the batch's group (a terminal closed: SIGHUP; `timeout`, `kill --
    # -PGID`: SIGTERM) reaches the parent alone, which decides what it means and ends the workers.
    if hasattr(os, "setpgrp"):
        with contextlib.suppress(OSError):
            os.setpgrp()
    # Ctrl+C reaches the whole process group of a terminal; only the parent decides what it means.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # And a worker told to end (SIGTERM) ends quietly: not through the parent's handler it was forked with
    # (stop_on_interrupt), which raised KeyboardInterrupt in it and printed the worker's traceback.
    for number in ENDING_SIGNALS:
        signal.signal(number, signal.SIG_DFL)
    with contextlib.suppress(AttributeError, ValueError, OSError):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, *ENDING_SIGNALS})  # (_ending_signals_held)


def _end_with_the_parent() -> None:
    """Leave when the parent ends, however it ends (SIGKILL too), rather than wait for a chunk for ever."""
    if sys.platform.startswith("linux"):
        # The kernel's own way, at once. (It watches the thread that started the worker, not the whole process: a
        # batch a thread started and another went on with would lose its workers when the first ended, redo their
        # rows once, then stop. The command line drives a batch from its main thread alone.)
        with contextlib.suppress(Exception):
            import ctypes
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    # Everywhere: the parent's sentinel, which is ready once the parent has ended (and at once if it already has).
    parent = multiprocessing.parent_process()
    sentinel = getattr(parent, "sentinel", None)
    if sentinel is None:
        return

    def watch() -> None:
        try:
            wait([sentinel])
        except (OSError, ValueError):
            return
        os._exit(0)

    threading.Thread(target=watch, name="wxdesk parent watch", daemon=True).start()
