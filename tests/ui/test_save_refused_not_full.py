"""A save the system refuses is said as a refusal, never as a disk wanting space it cannot be given.

/sys, read-only images and some network and FUSE drives report 0 bytes free whatever is asked of them: Save into
/sys (as root, whom os.access lets past) said "空间不足，无法保存 /sys/方案.json；请释放磁盘空间或保存到其他位置",
while Export Report into the same folder said "wxdesk 无法写入 /sys/方案.pdf（权限不足或磁盘只读）".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QFileDevice

from wxdesk.ui import i18n, presenting, saving

pytestmark = pytest.mark.gui

NO_SPACE = "There is not enough space to save"
DENIED = "wxdesk may not write"
MB = 1024 * 1024


class _FailedFile:
    """A QSaveFile that failed, with Qt's error and its text."""

    def __init__(self, error: QFileDevice.FileError, text: str):
        self._error, self._text = error, text

    def error(self):
        return self._error

    def errorString(self):  # noqa: N802 - Qt's name
        return self._text


def _disk(monkeypatch, total: int, free: int) -> None:
    usage = SimpleNamespace(total=total, used=total - free, free=free)
    monkeypatch.setattr(saving.shutil, "disk_usage", lambda folder: usage)


REFUSED = _FailedFile(QFileDevice.FileError.OpenError, os.strerror(13))  # "Permission denied", Qt's words on Linux
LOST = _FailedFile(QFileDevice.FileError.WriteError, "Unknown error")  # the OS's reason lost on the way


@pytest.mark.parametrize("total, free", [(0, 0), (100 * 1024 * MB, MB // 2)])
def test_a_refusal_the_system_names_stays_one_however_little_the_disk_says_is_free(monkeypatch, tmp_path, total,
                                                                                   free):
    _disk(monkeypatch, total, free)
    message = saving._explain(tmp_path / "s.json", REFUSED)
    assert message.startswith(DENIED) and NO_SPACE not in message, message


def test_a_refusal_in_qts_own_translated_words_is_one(monkeypatch, tmp_path):
    """Qt's catalogue says EACCES as 权限被拒绝 in the Chinese window: read as the refusal it is."""
    i18n.set_language("zh_CN")
    _disk(monkeypatch, 100 * 1024 * MB, 10 * 1024 * MB)
    refused = _FailedFile(QFileDevice.FileError.OpenError, QCoreApplication.translate("QIODevice", "Permission denied"))
    assert refused.errorString() != "Permission denied", "Qt's Chinese catalogue is loaded"
    message = saving._explain(tmp_path / "s.json", refused)
    assert message.startswith("wxdesk 无法写入") and "权限不足或磁盘只读" in message, message


def test_a_reason_lost_on_a_disk_nearly_full_is_still_the_want_of_space(monkeypatch, tmp_path):
    _disk(monkeypatch, 100 * 1024 * MB, MB // 2)
    assert saving._explain(tmp_path / "s.json", LOST).startswith(NO_SPACE)


def test_a_file_system_with_no_room_of_its_own_is_not_called_full(monkeypatch, tmp_path):
    """0 free of 0 (sysfs, procfs, many FUSE drives) says nothing of space: the certain sentence, not "free space"."""
    _disk(monkeypatch, 0, 0)
    message = saving._explain(tmp_path / "s.json", LOST)
    assert NO_SPACE not in message and "could not be saved: the disk refused the data" in message, message


@pytest.mark.skipif(not sys.platform.startswith("linux") or not hasattr(os, "geteuid") or os.geteuid() != 0
                    or not Path("/sys/kernel").is_dir(), reason="as root, into Linux's /sys (0 bytes of 0 free)")
def test_save_and_export_into_a_folder_that_refuses_writes_say_the_same(window, dialogs, monkeypatch):
    i18n.set_language("zh_CN")
    exported = []
    monkeypatch.setattr(presenting, "show_error", lambda parent, title, message: exported.append(message))
    assert not window.features.file_actions.save_to("/sys/方案.json")
    assert window.features.report_export.export_to("/sys/方案.pdf") is None
    (_title, saved), = dialogs.errors
    said = "（权限不足或磁盘只读）；请用其他名称或保存到其他文件夹。"
    assert saved.startswith("wxdesk 无法写入 /sys/方案.json" + said) and "空间" not in saved, saved
    assert "wxdesk 无法写入 /sys/方案.pdf" + said in exported[0], exported
