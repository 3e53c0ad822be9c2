"""A file refused for its size says its size and the limit so that the two read apart, in the window and on the
command line alike: a file a few bytes past 5 MB read "is 5.0 MB, far larger than any file wxdesk opens (at most
5.0 MB)"."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wxdesk import errors
from wxdesk.engine.reading import MAX_FILE_BYTES, UnreadableFile, read_bounded, sizes_said
from wxdesk.errors import FileProblem
from wxdesk.words.file_problems import file_problem_text
from wxdesk.words.words import Words

LIMITS = st.sampled_from([MAX_FILE_BYTES, 4 * 1024 * 1024, 1024 * 1024, 1000])


@given(LIMITS, st.integers(1, 10**12))
def test_a_size_past_the_limit_never_reads_as_the_limit(limit, over):
    said = sizes_said(limit + over, limit)
    assert said[0] != said[1]
    # Written alike: the same unit where both are a megabyte or more, with the same decimals.
    if limit >= 1024 * 1024:
        assert said[0].endswith(" MB") and said[1].endswith(" MB")
        assert len(said[0].split()[0].split(".")[1]) == len(said[1].split()[0].split(".")[1])
        # Rounded, the file's size never reads as less than the limit.
        assert float(said[0].split()[0]) > float(said[1].split()[0])


def test_the_window_and_the_command_line_write_one_file_alike(tmp_path):
    path = tmp_path / "ws.json"
    path.write_bytes(b"{" + b" " * (MAX_FILE_BYTES + 100) + b"}")
    try:
        read_bounded(path, MAX_FILE_BYTES)
    except UnreadableFile as refused:
        line = str(refused)
    else:
        raise AssertionError("read")
    size, limit = sizes_said(MAX_FILE_BYTES + 102, MAX_FILE_BYTES)
    assert (size, limit) == ("5.0001 MB", "5.0000 MB")
    assert line.endswith(f" is {size}, too large to be read by wxdesk (the limit is {limit}).")
    shown = file_problem_text(FileProblem(errors.TOO_LARGE, str(path), str(MAX_FILE_BYTES + 102),
                                          str(MAX_FILE_BYTES)), Words())
    assert f"is {size}, larger than any file wxdesk opens (at most {limit})" in shown
