"""Where a scenario may be saved, and that no failure of a save escapes as an internal error.

Reviewed in session 53: a file name too long for the disk closed the window with the work lost (an OSError
out of the close guard's event filter, then a segfault); Save As wrote JSON over the data pack in use, a PDF,
a spreadsheet, and this session's autosave (which the autosaver then removed).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from wxdesk.engine import read_scenario_file
from wxdesk.engine.packs import user_pack_path
from wxdesk.ui import file_actions, saving
from wxdesk.ui.recovery_folder import recovery_dir

pytestmark = pytest.mark.gui

TOO_LONG = "客户方案" * 22 + ".json"  # 269 bytes in UTF-8: over the 255 a Linux file name may have


def test_a_name_too_long_is_refused_in_plain_words_and_the_work_kept(window, dialogs, tmp_path):
    window.document.update(client="work to keep")
    assert not window.features.file_actions.save_to(tmp_path / TOO_LONG)
    message = dialogs.errors[-1][1]
    assert "file name is too long" in message and "Errno" not in message
    assert window.document.is_modified and window.document.scenario.client == "work to keep"


def test_close_then_save_under_a_name_too_long_keeps_the_window_open(window, dialogs, tmp_path):
    window.show()
    window.document.update(client="work to keep")
    dialogs.save_answers.append(file_actions.SAVE)
    dialogs.save_paths.append(str(tmp_path / TOO_LONG))
    assert not window.close()
    assert window.isVisible() and window.document.is_modified
    assert "file name is too long" in dialogs.errors[-1][1]


@hsettings(max_examples=40, deadline=None)
@given(code=st.sampled_from(sorted(errno.errorcode)))
def test_every_system_error_while_saving_is_a_save_error(tmp_path_factory, code):
    """Whatever the system says while the target is looked at or written, the save ends in a SaveError
    with a sentence of wxdesk's (the system's English goes to the log)."""
    folder = tmp_path_factory.mktemp("errors")

    def fails(_path):
        raise OSError(code, os.strerror(code))

    original = saving._check_target
    saving._check_target = fails
    try:
        with pytest.raises(saving.SaveError) as caught:
            saving.write_atomically(folder / "s.json", b"{}")
    finally:
        saving._check_target = original
    assert os.strerror(code) not in str(caught.value) and "Errno" not in str(caught.value)
    assert not (folder / "s.json").exists()


def test_an_error_in_the_close_guard_keeps_the_window_and_is_shown(window, dialogs, monkeypatch):
    """An exception out of a Qt virtual (here the event filter) is no answer Qt can take: it killed the process."""
    shown: list[BaseException] = []
    from wxdesk.ui import crash
    monkeypatch.setattr(crash, "handle_exception", shown.append)

    def broken() -> str:
        raise RuntimeError("broken guard")

    window.show()
    window.document.update(client="work to keep")
    monkeypatch.setattr(window.features.file_actions, "_ask_to_keep_changes", broken)
    assert not window.close()
    assert window.isVisible()
    assert [str(exc) for exc in shown] == ["broken guard"]
    monkeypatch.undo()


@pytest.mark.parametrize(("name", "content"), [
    ("client.pdf", b"%PDF-1.7\n" + b"x" * 100),
    ("leads.csv", b"name,phone\nA,123\n"),
    ("sent_pack.toml", b"[pack]\nreleased = 2026-12-06\n"),
    ("other.json", b'{"format": "wxdesk-recovery", "scenario": {"format": "wxdesk-scenario"}}'),
    ("notes.json", b"[1, 2, 3]"),
])
def test_a_file_that_is_not_a_scenario_is_never_replaced(window, dialogs, tmp_path, name, content):
    target = tmp_path / name
    target.write_bytes(content)
    window.document.update(client="work")
    assert not window.features.file_actions.save_to(target)
    assert target.read_bytes() == content
    assert "another kind" in dialogs.errors[-1][1]
    assert window.document.path is None and window.document.is_modified


def test_a_scenario_or_an_empty_file_is_replaced(window, dialogs, tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    window.document.update(client="first")
    assert window.features.file_actions.save_to(empty)
    window.document.update(client="second")
    window.features.file_actions.save_action.trigger()
    assert read_scenario_file(empty).client == "second"
    assert dialogs.errors == []


def test_save_keeps_writing_a_scenario_file_only(window, dialogs, tmp_path):
    """The file saved last became something else (another program wrote a PDF there): Save does not replace it."""
    path = tmp_path / "s.json"
    assert window.features.file_actions.save_to(path)
    path.write_bytes(b"%PDF-1.7\n")
    window.document.disk_fingerprint = None  # (as though it changed unnoticed)
    window.document.update(client="later")
    assert not window.features.file_actions.save()
    assert path.read_bytes() == b"%PDF-1.7\n"


def test_the_data_pack_in_use_is_never_replaced(window, dialogs):
    pack = user_pack_path()
    pack.parent.mkdir(parents=True, exist_ok=True)
    pack.write_bytes(b"")  # empty: a scenario could replace it as a file of its kind; as the pack, never
    window.document.update(client="work")
    assert not window.features.file_actions.save_to(pack)
    assert pack.read_bytes() == b""
    assert "data pack" in dialogs.errors[-1][1]


def test_the_recovery_folder_is_refused_and_the_autosave_kept(window, dialogs):
    autosaver = window.features.autosaver
    window.document.update(client="work")
    autosaver.save_now()
    kept = autosaver.file.read_bytes()
    assert not window.features.file_actions.save_to(autosaver.file)
    assert "recovery folder" in dialogs.errors[-1][1]
    assert autosaver.file.read_bytes() == kept
    assert not window.features.file_actions.save_to(recovery_dir() / "mine.json")


def test_the_autosaver_never_removes_the_documents_own_file(window, dialogs):
    """Saved there before the refusal existed: clearing "its" autosave removed the user's saved file."""
    autosaver = window.features.autosaver
    window.document.update(client="work")
    autosaver.save_now()
    window.document.mark_saved(autosaver.file)
    assert autosaver.file.exists()


def test_save_as_after_a_failure_starts_elsewhere(window, dialogs, monkeypatch, tmp_path):
    """After Save failed in a folder (read-only, full), Save As offered the same folder, where it failed again."""
    folder = tmp_path / "ro"
    folder.mkdir()
    assert window.features.file_actions.save_to(folder / "s.json")
    suggested: list[Path] = []
    monkeypatch.setattr(file_actions, "ask_save_path", lambda _parent, path: suggested.append(path))

    def refuse(*_args: object) -> None:
        raise saving.SaveError("refused")  # as a read-only mount refuses, whatever the folder's bits say

    monkeypatch.setattr(saving, "save_scenario", refuse)
    dialogs.failed_save_answers.append(file_actions.SAVE_AS)
    window.document.update(client="later")
    assert not window.features.file_actions.save()
    assert suggested and suggested[0].parent != folder


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_as_does_not_start_in_a_folder_it_may_not_write(window, dialogs, monkeypatch, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    assert window.features.file_actions.save_to(folder / "s.json")
    monkeypatch.setattr(file_actions.os, "access", lambda path, _mode: Path(path) != folder)
    suggested: list[Path] = []
    monkeypatch.setattr(file_actions, "ask_save_path", lambda _parent, path: suggested.append(path))
    window.features.file_actions.save_as()
    assert suggested[0].parent != folder
