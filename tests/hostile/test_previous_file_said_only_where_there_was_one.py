""""The previous file is unchanged." is said only where there was a previous file: a full disk refusing a new
tiny/new.png said it of a file that never was."""

import errno

import pytest

from wxdesk.safe_output import OutputError, write_with


def _full_disk(_path):
    raise OSError(errno.ENOSPC, "No space left on device")


def _broken(_path):
    raise OSError(errno.EIO, "Input/output error")


def _nothing(path):
    path.write_bytes(b"")


@pytest.mark.parametrize("produce, start", [
    (_full_disk, "There is not enough space to write {}; free some disk space or choose another place."),
    (_broken, "{} could not be written: Input/output error."),
    (_nothing, "{} could not be written completely (the disk may be full or failing)."),
])
def test_said_of_an_existing_file_and_not_of_a_new_one(tmp_path, produce, start):
    new = tmp_path / "new.png"
    with pytest.raises(OutputError) as refused:
        write_with(new, produce)
    assert str(refused.value) == start.format(new)
    assert not new.exists()
    old = tmp_path / "old.png"
    old.write_bytes(b"last week's")
    with pytest.raises(OutputError) as refused:
        write_with(old, produce)
    assert str(refused.value) == start.format(old) + " The previous file is unchanged."
    assert old.read_bytes() == b"last week's"
