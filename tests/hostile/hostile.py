"""Shared tools for the hostile-input suite: run the command line in-process, judge its answer, and
count every hostile input tried and handled (the count is printed at the end of the run)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from pack_texts import BUNDLED_PACK, RELEASED, with_figure

__all__ = ["BUNDLED_PACK", "RELEASED", "with_figure"]  # (the suite's tests take them from here)

TALLY = {"tried": 0, "handled": 0}
# What a terminal would act on: C0/C1 controls other than the line break, and direction overrides.
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@contextlib.contextmanager
def hostile_input():
    """Count one hostile input; it counts as handled when the block finishes without failing."""
    TALLY["tried"] += 1
    yield
    TALLY["handled"] += 1


def run_cli(*args: str) -> tuple[int, str, str]:
    """`wxdesk ARGS` in this process: exit status, stdout, stderr."""
    from wxdesk.cli import main
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


def assert_one_sentence(code: int, err: str, *words: str) -> None:
    """Exit status 2 and one plain line on stderr, with no traceback, internal error or raw control character."""
    assert code == 2, f"exit {code}: {err}"
    assert err.startswith("wxdesk: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert not RAW_CONTROL.search(err), repr(err)
    for word in words:
        assert word in err, (word, err)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
