"""The window against hostile files and edits: it never dies from an evaluation, shows file text as text,
survives a hostile recovery folder, never overwrites another window's save unasked, and exports charts
without leaving a broken file."""

from __future__ import annotations

import errno
import json
import os
import time

import pytest
from hostile import BUNDLED_PACK, hostile_input, write
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from wxdesk.engine import Scenario, load_datapack
from wxdesk.ui import file_actions, recovery
from wxdesk.ui.app import get_qapp

pytestmark = pytest.mark.gui
REAL_SHOW_ERROR = file_actions.show_error  # before any test replaces it
# Every weight at 0 but the goals' one: in range, and not all 0, yet a scenario with no goal leaves
# the fit nothing to weigh (the shape of the crash in issue 12 under the plan model).
ONLY_GOALS_WEIGHED = {f.id: {"low": 0.0, "likely": 0.0, "high": 0.0} for f in load_datapack().figures.values()
                      if f.unit == "weight" and f.id != "weight_goal"}


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    get_qapp()
    from wxdesk.ui import MainWindow
    errors = []
    monkeypatch.setattr(file_actions, "show_error", lambda parent, title, message: errors.append(message))
    # A failed save says why in its question (Save As… or Cancel): recorded as an error, and cancelled.
    monkeypatch.setattr(file_actions, "ask_save_failed",
                        lambda parent, message: errors.append(message) or file_actions.CANCEL)
    win = MainWindow()
    win.errors = errors
    qtbot.addWidget(win)
    yield win
    win.document.undo_stack.setClean()


def _row(model, figure_id):
    return next(r for r in range(model.rowCount()) if model.figure_id(r) == figure_id)


def test_the_document_keeps_the_last_answer_when_an_edit_cannot_be_computed(qapp):
    """The document alone (no window): the edit is kept and undoable, the last answer stays, the reason is told."""
    from wxdesk.ui.document import ScenarioDocument
    get_qapp()
    document = ScenarioDocument(Scenario().with_changes(goals=["sell"], needs=[], pushes_per_month=0,
                                                        overrides=ONLY_GOALS_WEIGHED))
    problems = []
    document.problem_changed.connect(problems.append)
    good = document.evaluation
    with hostile_input():
        document.update(goals=[])  # inside QUndoStack.push: an exception here once ended the process
        assert document.scenario.goals == () and document.evaluation is good
        assert document.problem and problems == [document.problem]
    with hostile_input():
        document.undo_stack.undo()
        assert document.problem is None and problems[-1] is None
        document.undo_stack.redo()
        assert document.problem
    document.undo_stack.clear()


def test_weights_set_to_zero_then_a_goal_unticked_keeps_the_window_alive(window):
    """The segfault of issue 12: weights set to 0 in the Assumptions table, then a goal box clicked."""
    from wxdesk.ui.assumptions import LIKELY
    document = window.document
    document.update(goals=["sell"], needs=[], pushes_per_month=0)
    model = window.features.assumptions.dock.panel.model
    for fid in ONLY_GOALS_WEIGHED:
        assert model.setData(model.index(_row(model, fid), LIKELY), "0")
    good = document.evaluation
    with hostile_input():
        window.controls.goal_boxes["sell"].click()  # the edit that once ended the process
        assert document.scenario.goals == (), "the edit is kept"
        assert document.evaluation is good, "the last good answer stays on screen"
        assert document.problem and "divide by zero" in document.problem
        notice = window.features.problem_notice
        assert notice.isVisibleTo(window) and "divide by zero" in notice.text()
    with hostile_input():
        document.undo_stack.undo()  # and undoable
        assert document.scenario.goals == ("sell",) and document.problem is None
        assert not window.features.problem_notice.isVisibleTo(window)
        document.undo_stack.redo()
        assert document.problem


def test_a_file_whose_figures_cannot_be_computed_is_refused_and_the_sliders_still_move(window, qtbot, tmp_path):
    """Opened, such a file showed its name beside the previous scenario's answer, which Export and Save then
    wrote out as the file's (session 53): it is refused whole, and the scenario on screen stays, in use."""
    path = write(tmp_path / "s.json", json.dumps({**Scenario().to_dict(), "goals": [], "needs": [],
                                                  "pushes_per_month": 0, "overrides": ONLY_GOALS_WEIGHED}))
    before = window.document.scenario
    with hostile_input():
        assert not window.features.file_actions.open_path(path)
        assert window.document.scenario == before and window.document.path is None
        assert not window.document.problem
        slider = window.controls.budget.slider
        slider.setFocus()
        for _ in range(3):
            qtbot.keyClick(slider, Qt.Key.Key_Right)
        assert window.document.scenario.budget_cny != before.budget_cny
        assert window.document.undo_stack.canUndo()


def test_html_in_a_refused_file_is_shown_as_text(window, monkeypatch, tmp_path):
    shown = []

    class Box(QMessageBox):
        def exec(self):  # Qt's name
            shown.append((self.text(), self.textFormat()))
            return 0

    monkeypatch.setattr(file_actions, "show_error", REAL_SHOW_ERROR)
    monkeypatch.setattr(file_actions, "QMessageBox", Box)
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)
    bad = write(tmp_path / "bad.json", json.dumps({**Scenario().to_dict(), '<a href="http://x">click</a>': 1}))
    with hostile_input():
        assert not window.features.file_actions.open_path(bad)
        assert shown and 'click</a>' in shown[0][0]
        assert shown[0][1] == Qt.TextFormat.PlainText


def test_text_from_the_pack_is_plain_text_on_screen(qtbot, tmp_path):
    from wxdesk.ui import MainWindow
    from wxdesk.ui.document import ScenarioDocument
    html = '<a href="http://evil">Evil</a><img src="x">'
    # Names are the words layer's; a key fact is the pack's own text that a panel shows.
    fact = '{ text = "One broadcast a day, into the Official Accounts folder without an alert"'
    assert fact in BUNDLED_PACK
    text = BUNDLED_PACK.replace(fact, f"{{ text = '{html}'", 1)
    pack = load_datapack(write(tmp_path / "html.toml", text))
    get_qapp()
    with hostile_input():
        window = MainWindow(ScenarioDocument(Scenario().with_changes(goals=["news"]), pack))
        qtbot.addWidget(window)
        window.show()
        window.set_desk_compact(False)  # the key facts show (a panel makes them when they first do)
        showing = [label for label in window.findChildren(QLabel) if "<a href" in label.text()]
        assert showing, "the fact is on screen"
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in showing)


def _autosave(folder, session, scenario=None, **record):
    data = {"format": recovery.RECOVERY_FORMAT, "version": 1, "session": session, "saved_at": time.time(),
            "path": None, "scenario": (scenario or Scenario(name=session)).to_dict(), **record}
    (folder / f"{session}.json").write_text(json.dumps(data), encoding="utf-8")


def test_a_hostile_recovery_folder_still_offers_the_good_autosaves(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True)
    _autosave(folder, "good-one")
    _autosave(folder, "good-next-to-garbage-lock")
    (folder / "good-next-to-garbage-lock.lock").write_bytes(b"\x00\xffgarbage\n\n\n")
    _autosave(folder, "far-future", saved_at=1e20)
    _autosave(folder, "nan-time", saved_at=None)
    (folder / "nested.json").write_text('{"format": "wxdesk-recovery", "scenario": ' + "[" * 100000 + "]" * 100000
                                        + "}", encoding="utf-8")
    (folder / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    (folder / "not-a-scenario.json").write_text(json.dumps({"format": recovery.RECOVERY_FORMAT, "scenario": 5}))
    _autosave(folder, "bad-override", scenario=Scenario(), overrides_ignored=True)
    data = json.loads((folder / "bad-override.json").read_text())
    data["scenario"]["overrides"] = {"session_spread": 0}
    (folder / "bad-override.json").write_text(json.dumps(data))
    (folder / "huge.json").write_bytes(b" " * (7 * 1024 * 1024))
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / "folder.json").mkdir()
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.json")
    bad = ["nested", "binary", "not-a-scenario", "bad-override", "huge", "zero", "folder", "fifo"]
    with hostile_input():
        found = recovery.find_recoverable(load_datapack().figures)  # pytest-timeout catches a hang
        names = sorted(w.session for w in found)
        assert names == ["far-future", "good-next-to-garbage-lock", "good-one", "nan-time"], names
        for work in found:
            assert work.describe()  # a time that can be shown
            assert work.saved_at <= time.time() + 86400
            work.release()
        left = {p.name for p in folder.iterdir()}
        for name in bad:
            if name != "folder" and (name != "fifo" or hasattr(os, "mkfifo")):
                assert f"{name}.unreadable" in left, (name, left)
    with hostile_input():
        assert sorted(w.session for w in recovery.find_recoverable()) == names, "offered again next time"
    for w in recovery.find_recoverable():
        w.release()


def test_a_lock_held_by_a_running_wxdesk_is_still_respected(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = recovery.recovery_dir()
    folder.mkdir(parents=True)
    _autosave(folder, "busy")
    held = QLockFile(str(folder / "busy.lock"))
    assert held.tryLock(0)
    try:
        assert recovery.find_recoverable() == []
    finally:
        held.unlock()


def test_two_windows_on_one_file_the_second_save_asks(qtbot, monkeypatch, tmp_path):
    from wxdesk.ui import MainWindow
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = write(tmp_path / "shared.json", Scenario(name="Shared").to_json())
    asked = []
    monkeypatch.setattr(file_actions, "ask_overwrite_changed", lambda parent, p: asked.append(p) or answers.pop(0))
    get_qapp()
    first, second = MainWindow(), MainWindow()
    for w in (first, second):
        qtbot.addWidget(w)
        assert w.features.file_actions.open_path(path)
    first.document.update(audience=111)
    assert first.features.file_actions.save() and asked == []
    second.document.update(audience=222)
    with hostile_input():
        answers = [file_actions.CANCEL]
        assert not second.features.file_actions.save()
        assert asked == [path.absolute()] or asked == [path]
        assert json.loads(path.read_text())["audience"] == 111, "the first window's save is kept"
        assert second.document.is_modified
    with hostile_input():
        answers = [file_actions.OVERWRITE]
        assert second.features.file_actions.save()
        assert json.loads(path.read_text())["audience"] == 222
    first.document.update(audience=333)
    with hostile_input():  # and now the first window is the one that asks
        answers = [file_actions.CANCEL]
        assert not first.features.file_actions.save()
        assert len(asked) == 3
    for w in (first, second):
        w.document.undo_stack.setClean()


def test_a_save_onto_a_link_loop_or_a_device_says_why(window, tmp_path):
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    window.document.update(name="Kept")
    for target in (tmp_path / "a.json", "/dev/null"):
        with hostile_input():
            assert not window.features.file_actions.save_to(target)
            assert window.errors and ("loop" in window.errors[-1] or "ordinary file" in window.errors[-1])
            assert window.document.is_modified and window.document.scenario.name == "Kept"


@pytest.mark.parametrize("suffix", [".svg", ".png"])
def test_a_chart_export_that_fails_half_way_keeps_the_old_file(window, monkeypatch, tmp_path, suffix):
    from wxdesk.ui import export
    target = tmp_path / f"chart{suffix}"
    target.write_bytes(b"last week's chart")

    def full_disk_svg(path, size):
        path.write_text('<svg width="1">half', encoding="utf-8")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def truncated_png(image):
        return b"\x89PNG\r\n"  # a PNG cut short, as a failing encoder or a nearly full disk may leave one

    if suffix == ".svg":
        monkeypatch.setattr(export, "_size_in_pixels", full_disk_svg)
    else:
        from wxdesk.share import png
        monkeypatch.setattr(png, "png_bytes", truncated_png)
    with hostile_input():
        with pytest.raises(export.ExportError):
            export.export_chart(window.chart, target)
        assert target.read_bytes() == b"last week's chart"
        assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_chart_export_onto_the_open_scenario_is_refused(window, tmp_path):
    from wxdesk.ui import export
    path = write(tmp_path / "s.json", Scenario().to_json())
    assert window.features.file_actions.open_path(path)
    before = path.read_bytes()
    with hostile_input():
        with pytest.raises(export.ExportError, match="made from"):
            os.link(path, tmp_path / "same.png")
            export.export_chart(window.chart, tmp_path / "same.png", inputs=(window.document.path,))
        assert path.read_bytes() == before


def test_a_data_pack_source_written_as_html_shows_as_written_in_tooltips(qtbot):
    """Qt renders a tooltip as HTML when it looks like HTML; text from a file must not be."""
    from PySide6.QtGui import QTextDocument

    from wxdesk.ui import text
    hostile = '<a href="http://example.invalid">click</a><img src=x>'
    tip = text.plain_tooltip(hostile)
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == hostile  # shown literally, as the file wrote it
