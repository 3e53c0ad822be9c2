"""The first lines of standard input, from which its format is guessed, are read as every table's lines are: none
held whole beyond a row's limit. They were read with no limit at all: `wxdesk evaluate - < /dev/zero` filled the
memory at some 250 MB a second (and `diff-pack -` with it), and a line of 300 MB took 600, where the same file by
its path failed its line 1 as "the line is far too long to be a scenario." with the memory flat."""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from wxdesk.batch import sources
from wxdesk.batch.sources import stdin_rows

LIMIT = 1000
TOO_LONG = "stdin line 1: the line is far too long to be a scenario."
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def small_rows(monkeypatch):
    monkeypatch.setattr(sources, "MAX_ROW_CHARS", LIMIT)


class EndlessZeros:
    """Standard input as /dev/zero gives it: zero bytes without end, and no line break. A read that asks for all of
    a line or all of the input never ends; here it fails at once."""

    def __init__(self) -> None:
        self.given = 0

    def readline(self, size: int = -1, /) -> str:
        assert 0 <= size <= LIMIT + 1, f"an unbounded read of a line: readline({size})"
        self.given += size
        return "\0" * size

    def read(self, size: int | None = -1, /) -> str:
        raise AssertionError(f"standard input read whole: read({size})")


def test_endless_zeros_fail_as_one_line_far_too_long():
    zeros = EndlessZeros()
    rows = list(stdin_rows(None, zeros))
    assert [(row.source, row.error) for row in rows] == [("stdin:1", TOO_LONG)]
    assert zeros.given <= LIMIT + 1  # (no more of it read than the piece that says so)


@pytest.mark.parametrize("first", ["x" * (30 * LIMIT), "{" + "x" * (30 * LIMIT), " " * (30 * LIMIT) + "x"],
                         ids=["csv", "json-lines", "blank-then-text"])
def test_a_first_line_far_too_long_fails_alone_as_in_a_file(first):
    rows = list(stdin_rows(None, io.StringIO(first + "\n" + '{"budget_cny": 5}\n')))
    assert rows[0].error == TOO_LONG
    if first.startswith("{"):  # (one object a line: the line after it is a row of its own, as in a .jsonl file)
        assert [row.data["budget_cny"] for row in rows[1:]] == [5]


def test_a_json_array_on_one_line_longer_than_a_row_is_still_read_whole():
    items = ",".join(f'{{"budget_cny": {number}}}' for number in range(200))
    rows = list(stdin_rows(None, io.StringIO(f"[{items}]\n")))
    assert len(items) > 2 * LIMIT
    assert [row.data["budget_cny"] for row in rows] == list(range(200))


def _memory_capped() -> None:
    cap = 1024 ** 3  # far more than a batch needs; /dev/zero read whole reached it in some four seconds
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


@pytest.mark.skipif(not os.path.exists("/dev/zero") or sys.platform == "darwin", reason="needs /dev/zero, RLIMIT_AS")
@pytest.mark.parametrize("command", [["evaluate", "-", "-q"],
                                     ["diff-pack", "resources/datapack.toml", "resources/datapack.toml", "-", "-q"]])
def test_dev_zero_on_standard_input_is_one_failed_row(command):
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run([sys.executable, "-m", "wxdesk", *command], stdin=zeros, capture_output=True,
                              text=True, cwd=ROOT, timeout=60, preexec_fn=_memory_capped)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and TOO_LONG in done.stderr, done.stderr
