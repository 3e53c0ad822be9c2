"""The window's launch timeline, and what it says on opening a file saved with an older data pack."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from wxdesk.engine import Scenario, load_datapack, load_preset
from wxdesk.engine.changelog import changes_since_saved
from wxdesk.engine.pack_history import changes_to_tell, moved_since_saved
from wxdesk.engine.timeline import live_by_date
from wxdesk.ui import file_actions, pack_changes, text
from wxdesk.ui.main_window import MainWindow
from wxdesk.ui.timeline_view import TimelineView
from wxdesk.words.timeline import live_text

pytestmark = pytest.mark.gui

OLDER_PACK = "2026-11-24"

# The bundled pack's release as the English and the Chinese sentences write it.
_RELEASED = dt.date.fromisoformat(load_datapack().released)
RELEASED_EN = f"{_RELEASED.day} {_RELEASED:%B} {_RELEASED.year}"
RELEASED_ZH = f"{_RELEASED.year}年{_RELEASED.month}月{_RELEASED.day}日"


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
        # The plan's weeks as every surface says them (words.timeline.live_text); the toggle's line may be elided.
        live = live_text(evaluation.plan.timeline.weeks, text.words(window.document.pack))
        assert live in toggle.toolTip() and live.startswith(toggle.text().rstrip("…"))
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


def shop_file(tmp_path):
    """A small shop saved with the older pack: WeCom's payments since then change its plan. (Its Mini Program
    custom-built, as every one was before 4 December 2026: rented as a template, mp_template.py, a Mini Program takes
    its payments beside WeCom with either pack's WeCom.) It sends no messages: since WeCom's mass messages are costed
    as articles, as the Service Account's broadcasts are (2026-12-05), with 4 a month the older pack's Service Account
    + Mini Program and Mini Program + WeCom tie to the yuan and the point, and the older plan was a tie's toss; sending
    none, the older plan is Mini Program + WeCom, as it was (tests/words/test_pack_moves.py's SHOP)."""
    data = Scenario().with_changes(name="Tea shop", goals=["sell", "relationship"], needs=["payments"],
                                   audience=2000, budget_cny=50000, pushes_per_month=0, saved_with_pack=OLDER_PACK,
                                   overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}}).to_dict()
    path = tmp_path / "shop.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _told(document):
    moved = moved_since_saved(document.scenario, document.pack)
    return moved, changes_to_tell(document.scenario, document.pack, document.evaluation.plan.presences, moved)


@pytest.fixture
def box_says(monkeypatch):
    """What the message box would say, each time it is asked: (summary, shown, folded)."""
    said = []
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)
    monkeypatch.setattr(pack_changes, "show_changes", lambda parent, summary, shown, folded: said.append(
        (summary, shown, folded)))
    return said


def _first_lines(texts):
    return [t.split("\n")[0] for t in texts]


def test_opening_a_file_saved_with_an_older_pack_says_which_changes_touch_it(window, tmp_path, box_says):
    actions = window.features.file_actions
    assert actions.open_path(older_file(tmp_path))
    document = window.document
    touching = changes_since_saved(document.scenario, document.pack, document.evaluation.plan.presences)
    assert touching, "the test scenario must be touched by some change since " + OLDER_PACK
    moved, expected = _told(document)
    assert set(touching) <= set(expected)
    # Said once: in the message box, each change's what and why, and in the status bar.
    assert len(box_says) == 1
    summary, shown, folded = box_says[0]
    assert summary.startswith(f"Saved with the data pack of 24 November 2026; {len(expected)} changes since")
    # The changes that moved the answer are shown; the others wait behind Show Details.
    movers = [c for c in expected if moved.effect(c) is not None and moved.effect(c).moved]
    said = {f"{c.what} Why it matters: {c.why}": c for c in expected}
    assert movers and [said[line] for line in _first_lines(shown)] == movers
    assert sorted(_first_lines(shown + folded)) == sorted(said)
    status = window.statusBar().currentMessage()
    assert status.startswith(summary.split("\n")[0]) and all(c.what in status for c in expected)
    # Saved with today's pack: nothing to say.
    assert actions.open_path(older_file(tmp_path, document.pack.released))
    assert len(box_says) == 1


def test_opening_an_older_file_says_how_its_answer_moved(window, tmp_path, box_says):
    assert window.features.file_actions.open_path(shop_file(tmp_path))
    document = window.document
    moved, expected = _told(document)
    [(summary, shown, folded)] = box_says
    # The answer as a whole, under the count of changes: the plan the older pack gave, and the plan now.
    count, answer = summary.split("\n\n")
    assert count.startswith("Saved with the data pack of 24 November 2026;")
    assert answer.startswith(f"With the data pack of {RELEASED_EN} rather than 24 November 2026: ")
    assert "the plan changed from Mini Program + WeCom to WeCom" in answer
    assert document.evaluation.plan.presences == ("wecom",)
    # The change that moved it says what it moved, under its what and why.
    # (The staff's time in chats, counted since 3 December 2026, moved the shop's cost too: shown beside it.)
    payments = next(c for c in expected if "WeCom can take" in c.what)
    [payments_text] = [t for t in shown if t.startswith(payments.what)]
    assert len(shown) == 2 and any("staff's time answering them by chat" in t for t in shown)
    [fit] = moved.effect(payments).fits
    assert fit.after == round(document.evaluation.presence("wecom").fit) and fit.after > fit.before
    assert payments_text.split("\n")[1].startswith(
        f"→ For this scenario: WeCom's fit rose from {fit.before} to {fit.after}; without it the plan would be "
        "Mini Program + WeCom; the likely cost over 3 years fell from ")
    # The others fold away, each saying it moved nothing, or nothing at all when it recorded no older value.
    rates = next(f for f in folded if f.startswith("Exchange rates"))
    assert rates.endswith("\n→ For this scenario: no fit, plan or cost moved.")
    assert "\n" not in next(f for f in folded if "launch timeline" in f)
    status = window.statusBar().currentMessage()
    assert "the plan changed from Mini Program + WeCom to WeCom" in status and "\n" not in status


def test_the_message_box_shows_the_moves_and_folds_the_rest(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(file_actions, "can_ask_user", lambda: True)
    assert window.features.file_actions.open_path(shop_file(tmp_path))
    box = window.findChild(QMessageBox, "packChangesBox")
    assert box is not None and box.isVisible()
    assert "the plan changed from Mini Program + WeCom to WeCom" in box.text()
    assert "→ For this scenario: WeCom's fit rose" in box.informativeText()
    assert box.informativeText().endswith("more changes touch this scenario without moving its answer: "
                                          "Show Details lists them.")
    assert "launch timeline" in box.detailedText() and "launch timeline" not in box.informativeText()
    # Within a laptop's screen.
    assert box.sizeHint().height() < 700
    box.close()


def test_the_changes_read_in_chinese_in_a_chinese_window(window, tmp_path, box_says):
    from wxdesk.ui import i18n
    i18n.set_language("zh_CN")
    assert window.features.file_actions.open_path(shop_file(tmp_path))
    moved, expected = _told(window.document)
    [(summary, shown, folded)] = box_says
    assert sorted(_first_lines(shown + folded)) == sorted(f"{c.what_zh} 影响：{c.why_zh}" for c in expected)
    assert summary.startswith("此场景保存时使用的是2026年11月24日的数据包；")
    assert f"按{RELEASED_ZH}的数据包（而非2026年11月24日的）：" in summary
    assert "方案由“小程序 + 企业微信”变为“企业微信”" in summary
    fit = next(f for e in moved.effects for f in e.movement.fits if "WeCom can take" in e.change.what)
    assert (f"→ 对此场景：企业微信的适配度由 {fit.before} 升至 {fit.after}；"
            "没有这项变化，方案将是“小程序 + 企业微信”") in shown[0]
    assert "→ 对此场景：适配度、方案和成本均无变化。" in "\n".join(folded)
    everything = summary + "".join(shown + folded)
    assert not any(word in everything for word in ("For this scenario", "the plan", "rather than", "November"))


def test_unattended_the_status_bar_alone_says_it(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(pack_changes, "show_changes", lambda *args: shown.append(args))
    assert window.features.file_actions.open_path(older_file(tmp_path))  # offscreen: no one to ask
    assert shown == []
    status = window.statusBar().currentMessage()
    assert "24 November 2026" in status and f"With the data pack of {RELEASED_EN}" in status


def test_saving_records_the_pack_it_was_saved_with(window, tmp_path):
    window.document.load(load_preset("car_brand").with_changes(saved_with_pack=OLDER_PACK))
    target = tmp_path / "saved.json"
    assert window.features.file_actions.save_to(target)
    assert json.loads(target.read_text(encoding="utf-8"))["saved_with_pack"] == window.document.pack.released
