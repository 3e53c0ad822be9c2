"""Autosave and crash recovery with real processes: a session killed with SIGKILL is offered at the next start."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from persistence_helpers import Dialogs

from wxdesk.engine import Scenario
from wxdesk.ui import file_actions, recovery
from wxdesk.ui.document import ScenarioDocument
from wxdesk.ui import start_page
from wxdesk.ui.start_page import startup

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]

# A wxdesk session that edits its scenario the way the controls do, reports each autosave, and waits.
EDITING_SESSION = textwrap.dedent("""
    import sys
    from wxdesk.ui.app import get_qapp
    app = get_qapp(quiet_errors=True)
    from wxdesk.ui.main_window import MainWindow
    window = MainWindow()
    window.features.autosaver.set_interval(0.05)
    window.features.autosaver.autosaved.connect(lambda path: print("AUTOSAVED", path, flush=True))
    window.show()
    name = sys.argv[1]
    document = window.document
    document.update(name=name, goals=["news", "service"], needs=["payments"])
    document.begin_drag("budget_cny")
    for step in range(1, 21):
        document.update(budget_cny=100_000 + step * 10_000)
    document.end_drag()
    document.update(audience=123_456)
    app.exec()
""")


def expected_edits(name: str) -> Scenario:
    return Scenario().with_changes(name=name, goals=["news", "service"], needs=["payments"],
                                   budget_cny=300_000, audience=123_456)


def start_editing_session(name: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", EDITING_SESSION, name], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)
    # Wait until the autosave holds every edit (the last one is the audience).
    while True:
        line = proc.stdout.readline()
        assert line, f"the editing session ended early: {proc.stderr.read()}"
        if line.startswith("AUTOSAVED"):
            saved = json.loads(Path(line.split(" ", 1)[1].strip()).read_text(encoding="utf-8"))
            if saved["scenario"]["audience"] == 123_456:
                return proc


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


@pytest.fixture
def answers(monkeypatch):
    """Scripted answers to the recovery question; records the works offered."""
    offered, script = [], []

    def ask(parent, works):
        offered.append(list(works))
        choice, pick = script.pop(0)
        return choice, pick(works) if pick else None

    monkeypatch.setattr(recovery, "ask_recovery", ask)
    return offered, script


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_session_is_offered_at_the_next_start_with_its_edits(new_window, answers, monkeypatch):
    offered, script = answers
    monkeypatch.setattr(start_page, "can_ask_user", lambda: True)  # as with a display and a person
    proc = start_editing_session("Killed mid-edit")
    try:
        assert recovery.find_recoverable() == [], "a running session's work is not offered to others"
    finally:
        kill(proc)

    script.append((recovery.RESTORE, lambda works: works[0]))
    window = new_window()
    startup(window)  # what the app runs once its window is up
    (work,), = offered
    assert work.scenario == expected_edits("Killed mid-edit")
    assert window.document.scenario == expected_edits("Killed mid-edit")
    assert window.document.is_modified, "restored work is unsaved work"
    assert window.isWindowModified() and window.windowTitle() == "Killed mid-edit[*] — wxdesk"
    assert window.statusBar().currentMessage().startswith("Restored the work autosaved")  # it said nothing
    assert not work.file.exists(), "the crashed session's autosave moved to this session"
    assert window.features.autosaver.file.exists()
    assert recovery.find_recoverable() == [], "offered once, not again while this window has it"


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_several_crashed_sessions_restore_one_keep_the_others(new_window, answers):
    offered, script = answers
    for name in ("First", "Second"):
        kill(start_editing_session(name))

    script.append((recovery.RESTORE, lambda works: next(w for w in works if w.scenario.name == "First")))
    window = new_window()
    assert recovery.offer_recovery(window)
    assert {w.scenario.name for w in offered[0]} == {"First", "Second"}
    assert window.document.scenario.name == "First"

    # The other one stays for the next start, where it can be discarded.
    window.document.undo_stack.setClean()
    window.features.autosaver.clear()
    script.append((recovery.DISCARD, lambda works: works[0]))
    second = new_window()
    assert not recovery.offer_recovery(second)
    assert [w.scenario.name for w in offered[1]] == ["Second"]
    assert recovery.find_recoverable() == []


def test_not_now_keeps_the_work_for_later(new_window, answers, data_home):
    offered, script = answers
    document = ScenarioDocument()
    autosaver = recovery.Autosaver(document)
    document.update(name="Later")
    autosaver.save_now()
    autosaver._lock.unlock()  # as if its process had died

    script.append((recovery.LATER, None))
    window = new_window()
    assert not recovery.offer_recovery(window)
    assert [w.scenario.name for w in offered[0]] == ["Later"]
    assert window.document.scenario == Scenario()
    assert [w.scenario.name for w in recovery.find_recoverable()] == ["Later"]


def test_autosave_follows_edits_and_is_cleared_by_save(new_window, qtbot, tmp_path):
    window = new_window()
    autosaver = window.features.autosaver
    autosaver.set_interval(0.02)
    assert not autosaver.file.exists()
    with qtbot.waitSignal(autosaver.autosaved, timeout=5000):
        window.document.update(name="Typing")
    record = json.loads(autosaver.file.read_text(encoding="utf-8"))
    assert record["scenario"]["name"] == "Typing" and record["path"] is None
    window.features.file_actions.save_to(tmp_path / "typing.json")
    assert not autosaver.file.exists(), "saved work needs no recovery"
    with qtbot.waitSignal(autosaver.autosaved, timeout=5000):
        window.document.update(audience=5)
    record = json.loads(autosaver.file.read_text(encoding="utf-8"))
    assert record["path"] == str(tmp_path / "typing.json")
    window.document.undo_stack.undo()  # back to the saved state
    assert not autosaver.file.exists()


def test_a_normal_close_clears_the_autosave_and_an_unattended_one_keeps_it(new_window, monkeypatch):
    dialogs = Dialogs(monkeypatch)
    window = new_window()
    window.document.update(name="Discarded")
    window.features.autosaver.save_now()
    dialogs.save_answers.append(file_actions.DISCARD)
    assert window.close()
    assert not window.features.autosaver.file.exists()

    other = new_window()
    other.document.update(name="Nobody to ask")
    dialogs.save_answers.append(file_actions.UNATTENDED)
    assert other.close()
    assert other.features.autosaver.file.exists(), "with no one to ask, the work waits for the next start"


def test_an_unreadable_autosave_is_set_aside_not_offered(data_home):
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True)
    (folder / "123-abc.json").write_text("{ half written")
    assert recovery.find_recoverable() == []
    assert (folder / "123-abc.unreadable").exists()


def test_startup_without_anyone_to_ask_offers_nothing_and_keeps_the_work(new_window, answers):
    offered, _script = answers
    document = ScenarioDocument()
    autosaver = recovery.Autosaver(document)
    document.update(name="Waiting")
    autosaver.save_now()
    autosaver._lock.unlock()
    window = new_window()
    startup(window)  # offscreen: no one could answer
    assert offered == []
    assert [w.scenario.name for w in recovery.find_recoverable()] == ["Waiting"]


def test_discard_asks_before_the_work_is_thrown_away(qapp, monkeypatch):
    """One click on Discard deleted the work for good; the question now stays open unless the user confirms."""
    work = recovery.RecoverableWork("ended", Scenario(name="Tea shop", client="Mrs Wang's bakery"), None, 0.0,
                                    Path("/nonexistent/autosave.json"), None)
    assert work.describe().startswith("Mrs Wang's bakery · Tea shop — autosaved")  # the client typed in, first
    dialog = recovery.RecoveryDialog([work])
    try:
        answers = [False, True]
        monkeypatch.setattr(recovery, "confirm_discard", lambda parent: answers.pop(0))
        dialog._finish(recovery.DISCARD)
        assert dialog.choice == recovery.LATER and dialog.result() == 0  # not confirmed: still asking
        dialog._finish(recovery.DISCARD)
        assert dialog.choice == recovery.DISCARD and dialog.chosen is work
    finally:
        dialog.deleteLater()
