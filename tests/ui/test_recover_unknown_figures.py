"""An autosave whose scenario changes a figure the data pack in use lacks is offered, not set aside.

Found by a hostile review (s56): such an autosave (work done with an imported pack, then the bundled one used
again) was moved aside as "unreadable" at the start and the user never told. Importing a pack drops those
changes and keeps the scenario (pack_import.use_pack); recovery does the same, and says which were dropped.
"""

from __future__ import annotations

import json
import time

import pytest
from persistence_helpers import reset_settings
from PySide6.QtWidgets import QApplication, QMessageBox

from wxdesk.engine import Scenario
from wxdesk.ui import recovery
from wxdesk.ui.autosave import RECOVERY_FORMAT
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qapp, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    reset_settings()
    window = MainWindow()
    yield window
    for box in window.findChildren(QMessageBox):
        box.close()
    window.document.undo_stack.setClean()
    window.close()
    window.deleteLater()
    reset_settings()


def write_autosave(scenario: dict) -> None:
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    record = {"format": RECOVERY_FORMAT, "version": 1, "session": "ended", "pid": 1, "saved_at": time.time(),
              "path": None, "scenario": scenario}
    (folder / "ended.json").write_text(json.dumps(record), encoding="utf-8")


def test_the_work_is_restored_without_the_unknown_figure_and_the_user_told(window, monkeypatch):
    known = next(iter(window.document.pack.figures))
    value = window.document.pack.figures[known].likely
    data = Scenario(client="Tea house", budget_cny=654_321).to_dict()
    data["overrides"] = {"nope": 3, known: value}
    write_autosave(data)
    offered = []
    monkeypatch.setattr(recovery, "ask_recovery",
                        lambda parent, works: offered.extend(works) or (recovery.RESTORE, works[0]))

    assert recovery.offer_recovery(window)
    (work,) = offered
    assert work.dropped == ("nope",)
    scenario = window.document.scenario
    assert (scenario.client, scenario.budget_cny) == ("Tea house", 654_321)
    assert list(scenario.overrides) == [known], "only the figure the pack lacks is dropped"
    assert window.document.is_modified
    assert not list(recovery.recovery_dir().glob("*.unreadable")), "nothing set aside"
    QApplication.processEvents()
    told = [box.text() for box in window.findChildren(QMessageBox) if box.isVisible()]
    assert any("“nope”" in said and "dropped" in said for said in told), told


def test_without_the_pack_nothing_is_dropped(window):
    data = Scenario().to_dict()
    data["overrides"] = {"nope": 3}
    write_autosave(data)
    (work,) = recovery.find_recoverable()
    try:
        assert work.dropped == () and "nope" in work.scenario.overrides
    finally:
        work.release()


def test_an_autosave_the_pack_refuses_for_another_reason_is_still_set_aside(window):
    known = next(iter(window.document.pack.figures))
    data = Scenario().to_dict()
    data["overrides"] = {"nope": 3, known: {"low": 5, "likely": 1, "high": 9}}  # low > likely: no scenario
    write_autosave(data)
    assert recovery.find_recoverable(window.document.pack.figures) == []
    assert (recovery.recovery_dir() / "ended.unreadable").exists()
