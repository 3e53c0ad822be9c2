"""A file someone else wrote is never replaced without asking: after work restored from an autosave, and after
a file written while the "Save changes?" question was open during Open.

Found by a hostile review (s56): restored work saved over a file a colleague had changed since the session died
(the autosave kept no fingerprint of the file, so the window took it as unchanged); and Open read the file before
its question about unsaved changes but took the fingerprint after it, from bytes it never read.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from persistence_helpers import Dialogs

from wxdesk.engine import Scenario
from wxdesk.ui import file_actions, recovery
from wxdesk.ui.autosave import RECOVERY_FORMAT

pytestmark = pytest.mark.gui


@pytest.fixture
def overwrite_answers(monkeypatch):
    """The "file changed on disk" question: the paths asked about, and the answers to give."""
    asked: list[Path] = []
    answers: list[str] = []

    def ask(parent, path):
        asked.append(Path(path))
        return answers.pop(0) if answers else file_actions.CANCEL

    monkeypatch.setattr(file_actions, "ask_overwrite_changed", ask)
    return asked, answers


def restore_first(monkeypatch) -> None:
    monkeypatch.setattr(recovery, "ask_recovery", lambda parent, works: (recovery.RESTORE, works[0]))


def someone_else_writes(path: Path, client: str) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    data["client"] = client
    path.write_text(json.dumps(data), encoding="utf-8")


def crash_after_autosave(window) -> None:
    """The session dies with its work autosaved: its lock goes with its process."""
    autosaver = window.features.autosaver
    autosaver.save_now()
    assert autosaver.file.exists()
    autosaver._lock.unlock()
    autosaver._lock = None


def client_on_disk(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["client"]


def test_restored_work_asks_before_replacing_a_file_changed_since(new_window, overwrite_answers, monkeypatch,
                                                                  tmp_path):
    asked, answers = overwrite_answers
    path = tmp_path / "x.json"
    path.write_text(Scenario(name="Shared", client="Ours").to_json(), encoding="utf-8")
    ended = new_window()
    assert ended.features.file_actions.open_path(path)
    ended.document.update(budget_cny=888_888.0)
    crash_after_autosave(ended)
    someone_else_writes(path, "Colleague")

    restore_first(monkeypatch)
    window = new_window()
    assert recovery.offer_recovery(window)
    assert window.document.path == path.absolute() and window.document.scenario.budget_cny == 888_888.0
    assert not window.features.file_actions.save(), "cancelled: nothing written"
    assert asked == [path.absolute()]
    assert client_on_disk(path) == "Colleague", "their change is kept"
    answers.append(file_actions.OVERWRITE)
    assert window.features.file_actions.save()
    assert client_on_disk(path) == "Ours" and len(asked) == 2


def test_restored_work_saves_without_asking_over_a_file_no_one_changed(new_window, overwrite_answers, monkeypatch,
                                                                       tmp_path):
    asked, _answers = overwrite_answers
    path = tmp_path / "x.json"
    path.write_text(Scenario(name="Mine").to_json(), encoding="utf-8")
    ended = new_window()
    assert ended.features.file_actions.open_path(path)
    ended.document.update(budget_cny=777_777.0)
    crash_after_autosave(ended)

    restore_first(monkeypatch)
    window = new_window()
    assert recovery.offer_recovery(window)
    # Autosaved again by this session, as it restored it: still the file's fingerprint as the first session read it.
    window.features.autosaver.save_now()
    assert window.features.file_actions.save()
    assert asked == []
    assert json.loads(path.read_text(encoding="utf-8"))["budget_cny"] == 777_777.0


def older_autosave(path: Path | None, scenario: Scenario) -> None:
    """An autosave as wxdesk wrote it before autosaves kept the file's fingerprint."""
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    record = {"format": RECOVERY_FORMAT, "version": 1, "session": "older", "pid": 1, "saved_at": time.time(),
              "path": str(path) if path else None, "scenario": scenario.to_dict()}
    (folder / "older.json").write_text(json.dumps(record), encoding="utf-8")


def test_an_older_autosave_asks_before_replacing_a_file_that_exists(new_window, overwrite_answers, monkeypatch,
                                                                    tmp_path):
    asked, answers = overwrite_answers
    path = tmp_path / "x.json"
    path.write_text(Scenario(client="Colleague").to_json(), encoding="utf-8")
    older_autosave(path, Scenario(client="Ours"))
    restore_first(monkeypatch)
    window = new_window()
    assert recovery.offer_recovery(window)
    assert not window.features.file_actions.save()
    assert asked == [path.absolute()] and client_on_disk(path) == "Colleague"
    # The next session restores this one's autosave: still not known, still asked.
    crash_after_autosave(window)
    again = new_window()
    assert recovery.offer_recovery(again)
    assert not again.features.file_actions.save()
    assert len(asked) == 2 and client_on_disk(path) == "Colleague"
    answers.append(file_actions.OVERWRITE)
    assert again.features.file_actions.save() and client_on_disk(path) == "Ours"


def test_an_older_autosave_of_a_file_gone_saves_without_asking(new_window, overwrite_answers, monkeypatch, tmp_path):
    asked, _answers = overwrite_answers
    path = tmp_path / "gone.json"
    older_autosave(path, Scenario(client="Ours"))
    restore_first(monkeypatch)
    window = new_window()
    assert recovery.offer_recovery(window)
    assert window.features.file_actions.save()
    assert asked == [] and client_on_disk(path) == "Ours"


def test_a_file_written_while_the_save_question_is_open_is_not_replaced_later(new_window, overwrite_answers,
                                                                             monkeypatch, tmp_path):
    asked, _answers = overwrite_answers
    path = tmp_path / "y.json"
    path.write_text(Scenario(client="As opened").to_json(), encoding="utf-8")
    Dialogs(monkeypatch)

    def someone_saves_meanwhile(parent, name):
        someone_else_writes(path, "Colleague")
        return file_actions.DISCARD

    monkeypatch.setattr(file_actions, "ask_save_changes", someone_saves_meanwhile)
    window = new_window()
    window.document.update(budget_cny=999_999.0)  # unsaved work: Open asks first
    assert window.features.file_actions.open_path(path)
    assert window.document.scenario.client == "As opened", "what was read before the question"
    window.document.update(budget_cny=111_111.0)
    assert not window.features.file_actions.save()
    assert asked == [path.absolute()] and client_on_disk(path) == "Colleague"


def test_a_pack_that_drops_a_change_keeps_the_files_fingerprint(new_window, overwrite_answers, tmp_path):
    """Importing a pack that lacks a figure the scenario changed restarts its history (pack_import.use_pack): it
    forgot the file's fingerprint too, and the next save replaced a colleague's change without asking."""
    from dataclasses import replace

    from wxdesk.ui.pack_import import use_pack
    asked, _answers = overwrite_answers
    path = tmp_path / "z.json"
    path.write_text(Scenario(client="Ours").to_json(), encoding="utf-8")
    window = new_window()
    actions = window.features.file_actions
    assert actions.open_path(path)
    document = window.document
    fingerprint = document.disk_fingerprint
    # (A change to a figure the pack lacks, as a scenario made with another pack holds one.)
    document.load(replace(document.scenario, overrides={"gone": {"low": 1.0, "likely": 1.0, "high": 1.0}}),
                  path, modified=True)
    document.disk_fingerprint = fingerprint
    someone_else_writes(path, "Colleague")
    use_pack(window, document.pack)
    assert document.scenario.overrides == {}
    assert not actions.save()
    assert asked == [path.absolute()] and client_on_disk(path) == "Colleague"
