"""Importing a data pack that changes the plan says so, in one sentence: the import of a pack with a dearer app
install turned bank_care's plan from WeCom + native app to Mini Program + WeCom and said only which pack was used.
The message's sentences write the pack's date alike ("2026年12月7日的数据包" beside "2026年12月7日 的数据包")."""

from __future__ import annotations

import datetime as dt

import pytest

from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.packs import remove_imported_pack
from wxdesk.paths import resource_path
from wxdesk.ui import pack_import, text

pytestmark = pytest.mark.gui

RELEASED = load_datapack().released
NEWER = max(dt.date.today(), dt.date.fromisoformat(RELEASED) + dt.timedelta(days=1)).isoformat()


@pytest.fixture
def told(monkeypatch):
    said: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(pack_import, "tell", lambda parent, title, message, warning=False:
                        said.append((title, message, warning)))
    return said


@pytest.fixture
def window(qtbot, language):
    from wxdesk.ui import MainWindow
    remove_imported_pack()
    win = MainWindow()
    qtbot.addWidget(win)
    win.document.set_scenario(load_preset("bank_care", language))
    yield win
    win.document.undo_stack.setClean()
    remove_imported_pack()


def _pack_file(tmp_path, install_cost: int):
    """The bundled pack, newer, with the app's likely cost per install at `install_cost`."""
    source = resource_path("datapack.toml").read_text(encoding="utf-8")
    start = source.index("[figures.app_cost_per_install_cny]")
    at = source.index("likely = 7\n", start)
    path = tmp_path / "newer.toml"
    path.write_text((source[:at] + f"likely = {install_cost}\n" + source[at + len("likely = 7\n"):])
                    .replace(f'released = "{RELEASED}"', f'released = "{NEWER}"'), encoding="utf-8")
    return path


def test_an_import_that_changes_the_plan_says_what_it_is_now_and_was(window, told, tmp_path, language):
    was = window.document.evaluation.plan.presences
    assert pack_import.import_data_pack(window, str(_pack_file(tmp_path, 25))) is not None
    now = window.document.evaluation.plan.presences
    assert now != was  # the case this is about: a dearer install turns the plan from the app
    (_title, message, _warning), = told
    sentence = pack_import.plan_change_text(was, now)
    assert sentence in message.split("\n\n")
    assert text.plan_name(now) in sentence and text.plan_name(was) in sentence
    assert sentence.index(text.plan_name(now)) < sentence.index(text.plan_name(was))
    assert sentence in window.statusBar().currentMessage()
    # Going back to the bundled pack turns it back, and says so.
    told.clear()
    pack_import.use_bundled_pack(window)
    assert window.document.evaluation.plan.presences == was
    (_title, message, _warning), = told
    assert pack_import.plan_change_text(now, was) in message


def test_an_import_that_keeps_the_plan_says_nothing_of_it(window, told, tmp_path):
    was = window.document.evaluation.plan.presences
    assert pack_import.import_data_pack(window, str(_pack_file(tmp_path, 8))) is not None
    assert window.document.evaluation.plan.presences == was
    (_title, message, _warning), = told
    assert pack_import.plan_change_text(was, was) == ""
    assert text.plan_name(was) not in message
    told.clear()
    pack_import.use_bundled_pack(window)
    assert told == []  # going back is no news


def test_the_packs_date_reads_alike_in_each_sentence(window, told, tmp_path, language):
    assert pack_import.import_data_pack(window, str(_pack_file(tmp_path, 25))) is not None
    (_title, message, _warning), = told
    date = text.words(window.document.pack).pack_date(NEWER)
    said = [part for part in message.split("\n\n") if date in part]
    assert len(said) == 2
    if language == "zh_CN":  # between Chinese characters, no space either side
        assert all(f"{date} " not in part and f" {date}" not in part for part in said), said
        assert all(f"{date}的数据包" in part for part in said), said
    else:
        assert all(f"data pack of {date}".lower() in part.lower() for part in said), said
