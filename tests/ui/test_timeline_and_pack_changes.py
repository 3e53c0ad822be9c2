"""The window's launch timeline, and what it says on opening a file saved with an older data pack."""

from __future__ import annotations

import json

import pytest
from persistence_helpers import Dialogs, reset_settings

from wxdesk.engine import load_preset
from wxdesk.engine.changelog import changes_since_saved
from wxdesk.engine.timeline import live_by_date
from wxdesk.ui import file_actions, pack_changes
from wxdesk.ui.main_window import MainWindow
from wxdesk.ui.timeline_view import TimelineView

pytestmark = pytest.mark.gui

OLDER_PACK = "2026-11-24"


@pytest.fixture
def dialogs(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    reset_settings()
    yield Dialogs(monkeypatch)
    reset_settings()


@pytest.fixture
def window(qtbot, dialogs):
    win = MainWindow()
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def test_the_plan_area_shows_the_timeline_of_each_evaluation(window, qtbot):
    toggle = window.plan_area.timeline_toggle
    # Folded to one line on a laptop screen, so the panels' reasons stay in view; a click opens it.
    assert window.findChild(TimelineView, "timelineView") is None and toggle.isVisible()
    toggle.click()
    view = window.findChild(TimelineView, "timelineView")
    assert view is not None and view.isVisible()
    for preset, live_by in (("car_brand", ""), ("factory_staff", "2027-06-30")):
        window.document.load(load_preset(preset).with_changes(live_by=live_by))
        qtbot.wait(20)
        evaluation = window.document.evaluation
        assert view.timeline == evaluation.plan.timeline
        assert view.live_by == live_by_date(evaluation.scenario)
        weeks = str(round(evaluation.plan.timeline.weeks.likely))
        assert weeks in toggle.text() and weeks in toggle.toolTip()
        assert (live_by == "") == (evaluation.plan.live_in_time is None)
        # Tall enough for its rows, whatever the width the layout gave it.
        assert view.height() == view.heightForWidth(view.width()) > 0
        assert view.accessibleDescription().startswith("Live in about")
    # Moving only the date redraws the line, though the plan stays the same.
    window.document.update(live_by="2027-09-01")
    assert str(view.live_by) == "2027-09-01"


def older_file(tmp_path, saved_with=OLDER_PACK):
    data = load_preset("car_brand").with_changes(goals=["sell", "relationship"], needs=["payments"],
                                                 saved_with_pack=saved_with).to_dict()
    path = tmp_path / "older.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_opening_a_file_saved_with_an_older_pack_says_which_changes_touch_it(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)
    monkeypatch.setattr(pack_changes, "show_changes", lambda parent, summary, details: shown.append((summary,
                                                                                                    details)))
    actions = window.features.file_actions
    assert actions.open_path(older_file(tmp_path))
    document = window.document
    expected = changes_since_saved(document.scenario, document.pack, document.evaluation.plan.presences)
    assert expected, "the test scenario must be touched by some change since " + OLDER_PACK
    # Said once: in the message box, each change's what and why, and in the status bar.
    assert len(shown) == 1
    summary, details = shown[0]
    assert OLDER_PACK in summary
    assert details == [f"{c.what} Why it matters: {c.why}" for c in expected]
    status = window.statusBar().currentMessage()
    assert status.startswith(summary) and expected[0].what in status
    # Saved with today's pack: nothing to say.
    assert actions.open_path(older_file(tmp_path, document.pack.released))
    assert len(shown) == 1


def test_the_changes_read_in_chinese_in_a_chinese_window(window, tmp_path, monkeypatch):
    from wxdesk.ui import i18n
    i18n.set_language("zh_CN")
    shown = []
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)
    monkeypatch.setattr(pack_changes, "show_changes", lambda parent, summary, details: shown.append(details))
    assert window.features.file_actions.open_path(older_file(tmp_path))
    document = window.document
    expected = changes_since_saved(document.scenario, document.pack, document.evaluation.plan.presences)
    assert shown == [[f"{c.what_zh} 影响：{c.why_zh}" for c in expected]]


def test_unattended_the_status_bar_alone_says_it(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(pack_changes, "show_changes", lambda *args: shown.append(args))
    assert window.features.file_actions.open_path(older_file(tmp_path))  # offscreen: no one to ask
    assert shown == []
    assert OLDER_PACK in window.statusBar().currentMessage()


def test_saving_records_the_pack_it_was_saved_with(window, tmp_path):
    window.document.load(load_preset("car_brand").with_changes(saved_with_pack=OLDER_PACK))
    target = tmp_path / "saved.json"
    assert window.features.file_actions.save_to(target)
    assert json.loads(target.read_text(encoding="utf-8"))["saved_with_pack"] == window.document.pack.released
