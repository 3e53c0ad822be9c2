"""A save the system refuses says why, in plain words, as a folder that is not there does.

Save As to /proc/nope.json (whose folder is there, but takes no new file: the system says "No such file or
directory") said only "/proc/nope.json could not be saved. Save under another name or in another folder; the
previous file is unchanged.", where a missing folder said "The folder of …/x.json does not exist."
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QFileDevice

from wxdesk import safe_output
from wxdesk.ui import i18n, saving

pytestmark = pytest.mark.gui

REASONLESS = "could not be saved. Save under another name or in another folder"


class _FailedFile:
    """A QSaveFile that failed, with Qt's error and its text (the system's strerror, as Qt gives it on Linux)."""

    def __init__(self, code: int, error: QFileDevice.FileError = QFileDevice.FileError.OpenError):
        self._error, self._text = error, os.strerror(code)

    def error(self):
        return self._error

    def errorString(self):  # noqa: N802 - Qt's name
        return self._text


def test_a_folder_that_takes_no_new_files_is_said_so(tmp_path):
    message = saving._explain(tmp_path / "s.json", _FailedFile(errno.ENOENT))
    assert REASONLESS not in message, message
    assert message == (f"{tmp_path / 's.json'} could not be saved: the folder {tmp_path} does not take new files "
                       "(it is a system folder); save in another folder.")


def test_a_folder_gone_meanwhile_is_still_a_missing_folder(tmp_path):
    target = tmp_path / "gone" / "s.json"
    assert saving._explain(target, _FailedFile(errno.ENOENT)) == f"The folder of {target} does not exist."


@pytest.mark.parametrize("code, said", [
    (errno.EIO, "the disk reported a fault (it may have been removed, or be failing)"),
    (errno.EINVAL, "the disk does not allow this name"),
])
def test_a_disk_fault_and_a_name_the_disk_refuses_say_so(tmp_path, code, said):
    message = saving._explain(tmp_path / "s.json", _FailedFile(code))
    assert REASONLESS not in message and said in message, message


def test_an_export_refused_alike_says_why_too(tmp_path):
    """The exports (report, chart, long image) say a refusal through output_error_text, with the system's words."""
    target = tmp_path / "s.png"
    refusal = safe_output.explained(OSError(errno.ENOENT, os.strerror(errno.ENOENT)), target)
    assert "does not take new files" in saving.output_error_text(refusal)


def test_said_in_chinese_in_the_chinese_window(tmp_path):
    i18n.set_language("zh_CN")
    message = saving._explain(tmp_path / "s.json", _FailedFile(errno.ENOENT))
    assert message == (f"无法保存 {tmp_path / 's.json'}：文件夹 {tmp_path} 不能新建文件（它是系统文件夹）；"
                       "请保存到其他文件夹。")


@pytest.mark.skipif(not sys.platform.startswith("linux") or not Path("/proc/self").is_dir(),
                    reason="Linux's /proc, which takes no new files")
def test_save_as_into_proc_says_why(window, dialogs):
    assert not window.features.file_actions.save_to("/proc/nope.json")
    (_title, message), = dialogs.errors
    assert REASONLESS not in message, message
    # As root, the folder's permissions let wxdesk past, and the system refuses the file; else the folder's
    # permissions refuse it first.
    assert message in ("/proc/nope.json could not be saved: the folder /proc does not take new files (it is a "
                       "system folder); save in another folder.",
                       "wxdesk may not write in the folder /proc (it is read-only or belongs to another user); "
                       "choose another folder."), message
