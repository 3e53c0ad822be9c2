"""A results file that cannot be written says why in the sentence every wxdesk output says it with.

`evaluate -o` on a read-only disk said the system's "cannot write …/x.csv: Read-only file system", where `report`
and `share` on the same mount said "wxdesk may not write … (permission denied or a read-only disk); choose another
name or folder." (wxdesk.safe_output.explained).
"""

import errno
import os
import tempfile
from pathlib import Path

import pytest

from wxdesk.batch.writers import OutputError, RowWriter
from wxdesk.safe_output import explained

FAILURES = [(errno.EROFS, "Read-only file system"), (errno.EACCES, "Permission denied"),
            (errno.ENOSPC, "No space left on device")]


@pytest.mark.parametrize("code, text", FAILURES)
def test_an_output_that_cannot_be_opened_is_said_as_every_output_says_it(tmp_path, monkeypatch, code, text):
    def refused(*_args, **_kwargs):
        raise OSError(code, text)
    monkeypatch.setattr(tempfile, "mkstemp", refused)
    target = tmp_path / "x.csv"
    with pytest.raises(OutputError) as caught:
        RowWriter("csv", str(target))
    assert str(caught.value) == str(explained(OSError(code, text), target))
    assert text not in str(caught.value)


@pytest.mark.parametrize("code, text", FAILURES)
def test_an_output_that_fails_midway_is_said_as_every_output_says_it(tmp_path, monkeypatch, code, text):
    target = tmp_path / "x.jsonl"
    writer = RowWriter("jsonl", str(target))

    class Failing:
        def __init__(self, stream):
            self._stream = stream

        def write(self, _data):
            raise OSError(code, text)

        def __getattr__(self, name):
            return getattr(self._stream, name)
    writer._stream = Failing(writer._stream)
    with pytest.raises(OutputError) as caught:
        writer.write('{"row":1}\n')
    writer.discard()
    assert str(caught.value) == str(explained(OSError(code, text), target))
    assert os.listdir(tmp_path) == []


def test_a_results_file_that_cannot_be_moved_into_place_is_said_as_every_output_says_it(tmp_path, monkeypatch):
    target = tmp_path / "x.csv"
    writer = RowWriter("csv", str(target))
    writer.write("1,a\r\n")

    def refused(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")
    monkeypatch.setattr("wxdesk.safe_output.move_into_place", refused)
    with pytest.raises(OutputError) as caught:
        writer.close()
    writer.discard()
    assert str(caught.value) == str(explained(OSError(errno.EROFS, "x"), Path(target)))
