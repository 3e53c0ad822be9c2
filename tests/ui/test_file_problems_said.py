"""A file the window cannot open, import or save is told in the window's language, with no English left in.

A reviewer running the window in Chinese met "broken.json: The file is not valid JSON (line 2, column 1:
expecting value)" inside a Chinese dialog: the engine's sentence, written for the command line. Here every
text the window reads from its catalogue comes back with its letters replaced by "文" (a stand-in for a
translation that exists), so any English that did not go through the catalogue (the engine's sentences,
the system's error strings) still shows as ASCII letters beside the file's name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QFileDevice, QTranslator

from wxdesk.engine import Scenario
from wxdesk.paths import resource_path
from wxdesk.ui import i18n, pack_import, saving
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
LETTERS = re.compile(r"[A-Za-z]")


# The contexts of the sentences about files (and of the field names they quote).
FILE_CONTEXTS = {"FileProblems", "FileActions", "fields", "DataPack", "saving"}


class EveryTextTranslated(QTranslator):
    """Each text about files in the catalogue's place, its letters turned into 文 and its %1 places kept."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context not in FILE_CONTEXTS:
            return None  # the real catalogue's
        return re.sub(r"(%\d)|[A-Za-z]", lambda found: found.group(1) or "文", source)


@pytest.fixture
def chinese(qapp):
    i18n.set_language("zh_CN")
    translator = EveryTextTranslated()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(qtbot, dialogs, chinese):
    win = MainWindow()
    yield win
    win.document.undo_stack.setClean()
    win.close()
    win.deleteLater()


def untranslated(message: str, *names: str) -> list[str]:
    """The English words in `message` besides the files it names (and their folders)."""
    for name in sorted(names, key=len, reverse=True):
        message = message.replace(name, "")
    return re.findall(r"[A-Za-z][A-Za-z']*", message)


SCENARIOS = {
    "broken.json": b"{\n",
    "empty.json": b"",
    "list.json": b"[1, 2]",
    "other.json": b'{"colour": "red"}',
    "newer.json": b'{"format": "wxdesk-scenario", "version": 99}',
    "binary.json": b"\xff\xfe\x00garbage",
    "share.json": Scenario().to_json().replace('"china_share": 0.9', '"china_share": 9').encode(),
    "missing_field.json": Scenario().to_json().replace('"audience": 50000.0,', "").encode(),
    "extra_field.json": Scenario().to_json().replace('"audience"', '"colour": 1, "audience"').encode(),
    "unknown_figure.json": Scenario().to_json().replace('"overrides": {}', '"overrides": {"nope": 3}').encode(),
    "nan.json": Scenario().to_json().replace('"china_share": 0.9', '"china_share": NaN').encode(),
    "twice.json": Scenario().to_json().replace('"audience"', '"budget_cny": 0, "audience"').encode(),
    "utf16.json": Scenario().to_json().encode("utf-16"),
}


@pytest.mark.parametrize("name", SCENARIOS)
def test_a_scenario_file_that_cannot_be_used_is_told_in_the_window_language(window, dialogs, tmp_path, name):
    path = tmp_path / name
    path.write_bytes(SCENARIOS[name])
    assert not window.features.file_actions.open_path(path)
    (title, message), = dialogs.errors
    assert name in message, "the message names the file"
    # An entry the file holds and a scenario does not is the file's own word, quoted: what to remove.
    assert untranslated(message, name, "“colour”", "“nope”") == [], message
    assert not LETTERS.search(title)


@pytest.mark.parametrize("make", ["missing", "folder", "device"])
def test_a_file_that_cannot_be_read_is_told_in_the_window_language(window, dialogs, tmp_path, make):
    path = {"missing": tmp_path / "gone.json", "folder": tmp_path / "folder.json", "device": Path("/dev/null")}[make]
    if make == "folder":
        path.mkdir()
    if make == "device" and not path.exists():
        pytest.skip("no /dev/null here")
    assert not window.features.file_actions.open_path(path)
    (_title, message), = dialogs.errors
    assert str(path) in message
    assert untranslated(message, str(path)) == [], message


def test_the_english_window_says_what_is_wrong_in_plain_words(qtbot, dialogs, tmp_path):
    """In English as well: no JSON parser's words, and what to do."""
    win = MainWindow()
    qtbot.addWidget(win)
    path = tmp_path / "broken.json"
    path.write_bytes(b"{\n")
    assert not win.features.file_actions.open_path(path)
    (_title, message), = dialogs.errors
    assert "“broken.json” is damaged or is not a wxdesk scenario" in message and "line 2" in message
    assert "expecting" not in message and "JSON" not in message and "column" not in message
    assert "Open another copy" in message and "Your current scenario is unchanged." in message


def _newer_pack_text() -> str:
    text = resource_path("datapack.toml").read_text(encoding="utf-8")
    return re.sub(r'released = "[^"]+"', 'released = "2026-12-31"', text, count=1)


PACKS = {
    "misspelt_section.toml": lambda: _newer_pack_text().replace("[sampling]", "[samplin]"),
    "misspelt_key.toml": lambda: _newer_pack_text().replace("likely = 450000", "lickely = 450000", 1),
    "out_of_range.toml": lambda: _newer_pack_text().replace("likely = 450000", "likely = -1", 1),
    "not_toml.toml": lambda: "figures = [",
    "old.toml": lambda: re.sub(r'released = "[^"]+"', 'released = "2001-01-01"',
                               resource_path("datapack.toml").read_text(encoding="utf-8"), count=1),
    "future.toml": lambda: re.sub(r'released = "[^"]+"', 'released = "2999-01-01"',
                                  resource_path("datapack.toml").read_text(encoding="utf-8"), count=1),
}


@pytest.mark.parametrize("name", PACKS)
def test_a_data_pack_that_is_refused_is_told_in_the_window_language(window, monkeypatch, tmp_path, name):
    told = []
    monkeypatch.setattr(pack_import, "tell", lambda parent, title, message, warning=False: told.append(message))
    path = tmp_path / name
    path.write_text(PACKS[name](), encoding="utf-8")
    pack = window.document.pack
    assert pack_import.import_data_pack(window, str(path)) is None
    assert window.document.pack is pack
    message, = told
    assert name in message
    # The misspelt names are the file's own words, quoted: what the user has to correct.
    assert untranslated(message, name, "samplin", "sampling", "figures.app_build_cny", "likely") == [], message


def test_the_misspelt_section_is_named_with_the_one_meant(qtbot, dialogs, monkeypatch, tmp_path):
    win = MainWindow()
    qtbot.addWidget(win)
    told = []
    monkeypatch.setattr(pack_import, "tell", lambda parent, title, message, warning=False: told.append(message))
    path = tmp_path / "pack.toml"
    path.write_text(PACKS["misspelt_section.toml"](), encoding="utf-8")
    assert pack_import.import_data_pack(win, str(path)) is None
    assert "“pack.toml” has a section named “samplin”" in told[0] and "Did you mean “sampling”?" in told[0]
    win.document.undo_stack.setClean()


def test_a_pack_set_aside_at_start_is_told_in_the_window_language(window, monkeypatch):
    told = []
    monkeypatch.setattr(pack_import, "tell", lambda parent, title, message, warning=False: told.append(message))
    pack_import.announce_pack_fallback(window, "wxdesk uses the data pack that came with it (of 2026-11-24), "
                                               "because the one imported earlier cannot be used; ...")
    message, = told
    from wxdesk.engine.packs import SET_ASIDE_NAME, user_pack_path
    assert untranslated(message, str(user_pack_path().with_name(SET_ASIDE_NAME)), str(user_pack_path())) == [], \
        message


class _RefusingFile:
    """A QSaveFile that failed with a reason only the system's English names."""

    def error(self):
        return QFileDevice.FileError.OpenError

    def errorString(self):  # noqa: N802 - Qt's name
        return "Stale file handle"


def test_a_save_that_fails_for_a_reason_only_the_system_names_is_told_in_the_window_language(chinese, tmp_path):
    path = tmp_path / "s.json"
    message = saving._explain(path, _RefusingFile())
    assert str(path) in message and untranslated(message, str(path)) == [], message


def test_saves_that_fail_are_told_in_the_window_language(window, dialogs, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    window.document.update(name="Kept")
    for target in (blocker / "s.json", tmp_path):
        assert not window.features.file_actions.save_to(target)
        _title, message = dialogs.errors[-1]
        assert untranslated(message, str(target), str(target.parent)) == [], message
