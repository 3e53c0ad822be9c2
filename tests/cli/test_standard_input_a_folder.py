"""Standard input redirected from a folder (`wxdesk evaluate - < /tmp`) ends in Python's own "Fatal Python error:
init_sys_streams: <stdin> is a directory", exit status 1, while Python starts its standard streams: before site,
before the `wxdesk` command's script, before any of wxdesk is imported, so no code of wxdesk's can catch it (the
packaged app's launcher starts Python the same way). docs/command-line.md says so; this pins what it says, so that
a Python that lets such a start through is noticed, and the sentence wxdesk would then owe written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(os.name != "posix", reason="a folder opened as a file descriptor: POSIX")
@pytest.mark.parametrize("words", [["-c", "pass"], ["-m", "wxdesk", "evaluate", "-"]], ids=["python", "wxdesk"])
def test_python_itself_refuses_a_folder_as_standard_input_before_wxdesk_runs(tmp_path, words):
    folder = os.open(tmp_path, os.O_RDONLY)
    try:
        done = subprocess.run([sys.executable, *words], stdin=folder, capture_output=True, text=True, cwd=ROOT,
                              timeout=60)
    finally:
        os.close(folder)
    assert done.returncode == 1 and done.stdout == ""
    assert "init_sys_streams: <stdin> is a directory" in done.stderr
    assert "wxdesk" not in done.stderr  # (no frame of wxdesk's: it never ran)
    assert "init_sys_streams" in (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
