"""A `wxdesk` command run in the test's own process (cli.main, as `python -m wxdesk` runs it), given its standard
input and folder, with what it printed, what it said on stderr and its exit code: as subprocess.run gives them.

For the tests of what a command says and writes. A Python started for each command (and wxdesk, NumPy and the data
pack loaded again) took about half a second of a core a command; what only a process of its own shows (worker
processes, signals, closed or odd standard streams, a read that would wait for ever) is still tested in one."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

from wxdesk.cli import main


def run_here(*args: str, stdin: str | None = None, cwd=None) -> subprocess.CompletedProcess[str]:
    """`wxdesk ARGS` with `stdin` (empty if None, never the test's own) as its standard input, in `cwd`."""
    # Streams over bytes, as a process's pipes are: a batch writes its rows to sys.stdout.buffer.
    out, err = (io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True) for _ in range(2))
    given = io.TextIOWrapper(io.BytesIO((stdin or "").encode("utf-8")), encoding="utf-8")
    with contextlib.ExitStack() as stack:
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        held, sys.stdin = sys.stdin, given
        stack.callback(setattr, sys, "stdin", held)
        try:
            code = main(list(args))
        except SystemExit as exc:  # (as the process would end: argparse's --help, say)
            code = exc.code if isinstance(exc.code, int) else 1
    said = [stream.buffer.getvalue().decode("utf-8") for stream in (out, err)]  # type: ignore[attr-defined]
    return subprocess.CompletedProcess(["wxdesk", *args], code, *said)
