"""File ▸ Import Data Pack… says why a pack is refused from the kind the engine gave (DataPackError.problem).

Each refusal is a real bad pack file; the window's message is checked word for word, as it read when the
window worked the kind out again from the engine's English (the sentences did not change, only where the
kind comes from). And the window no longer reads the file again to find out: a file gone since it was
refused is still said as it was refused.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pack_texts import BUNDLED_PACK, RELEASED, dated, with_figure

from wxdesk import errors
from wxdesk.engine import DataPackError
from wxdesk.engine import packs
from wxdesk.engine.packs import user_pack_path
from wxdesk.errors import FileProblem
from wxdesk.ui import pack_import
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

BUNDLED = BUNDLED_PACK
KEPT = "wxdesk keeps the data pack it has.\n\n"


def _day(iso: str) -> str:
    """A date as the English window writes it ("4 December 2026")."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B} {day.year}"


@pytest.fixture
def window(qtbot, dialogs):
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    win.document.undo_stack.setClean()


@pytest.fixture
def told(monkeypatch):
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(pack_import, "tell",
                        lambda parent, title, message, warning=False: said.append((title, message)))
    return said


def _refused(window, told, path: Path) -> str:
    """The message the window shows for `path`, refused; the pack in use is kept."""
    pack = window.document.pack
    assert pack_import.import_data_pack(window, str(path)) is None
    assert window.document.pack is pack
    (title, message), = told
    assert title == "Data pack not imported"
    assert message.startswith(KEPT), message
    return message[len(KEPT):]


# A conversion within its range that leaves the examples' costs beyond any finite number (the loader takes it).
UNUSABLE = with_figure(BUNDLED, "install_conversion", value="1e-300")

PACKS = {
    "damaged": ("figures = [",
                "“pack.toml” is damaged or is not a wxdesk data pack. Choose the data pack file (.toml) you were "
                "sent, or ask for a new copy."),
    "misspelt_section": (BUNDLED.replace("[sampling]", "[samplin]"),
                         "“pack.toml” has a section named “samplin”, which a data pack does not hold. Did you mean "
                         "“sampling”? Correct the name, and import the file again."),
    "unknown_section": (BUNDLED + "\n[zzzzqqq]\na = 1\n",
                        "“pack.toml” has a section named “zzzzqqq”, which a data pack does not hold. Correct or "
                        "remove it, and import the file again."),
    "misspelt_key": (BUNDLED.replace("likely = 450000", "lickely = 450000", 1),
                     "“pack.toml” cannot be used: its entry “figures.app_build_cny” holds a name wxdesk does not "
                     "know. Did you mean “likely”? Correct it, and import the file again."),
    "bad_value": (with_figure(BUNDLED, "app_build_cny", value="-1"),
                  "“pack.toml” cannot be used: its entry “figures.app_build_cny” is incomplete or holds a value "
                  "wxdesk does not accept. Correct it and import the file again, or ask whoever sent the pack for "
                  "a corrected one."),
    "older": (dated("2001-01-01"),
              f"“pack.toml” is dated 1 January 2001, older than the data pack that comes with wxdesk "
              f"({_day(RELEASED)}), so wxdesk keeps the newer figures. Nothing needs to be done."),
    "older_and_unusable": (dated("2001-01-01", UNUSABLE),
                           f"“pack.toml” is dated 1 January 2001, older than the data pack that comes with wxdesk "
                           f"({_day(RELEASED)}), so wxdesk keeps the newer figures. Nothing needs to be done."),
    "future": (dated("2999-01-01"),
               "“pack.toml” is dated 1 January 2999, later than today. Check the date on this computer, or ask "
               "whoever sent the pack for a corrected one."),
    "unusable": (UNUSABLE,
                 "“pack.toml” cannot be used: with its figures, wxdesk cannot work out an answer. Ask whoever sent "
                 "the pack for a corrected one."),
}


@pytest.mark.parametrize("case", PACKS)
def test_a_refused_pack_is_said_from_the_kind_the_engine_gave(window, told, tmp_path, case):
    text, said = PACKS[case]
    path = tmp_path / "pack.toml"
    path.write_text(text, encoding="utf-8")
    assert _refused(window, told, path) == said
    assert not user_pack_path().exists()


def test_a_pack_that_cannot_be_copied_is_said_so(window, told, tmp_path, monkeypatch):
    """A file stands where the data folder goes (permissions would not stop a test run as root)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    monkeypatch.setattr(packs, "user_pack_path", lambda: blocker / "wxdesk" / "datapack.toml")
    path = tmp_path / "pack.toml"
    path.write_text(BUNDLED, encoding="utf-8")
    assert _refused(window, told, path) == (
        f"wxdesk could not copy “{path}” into its own folder: the disk may be full or read-only. Free some disk "
        "space, and import the file again.")


def test_a_pack_too_large_is_said_with_a_packs_limit(window, told, tmp_path):
    path = tmp_path / "pack.toml"
    path.write_text("#" * (5 * 1024 * 1024 - 1024), encoding="utf-8")  # under a scenario's limit, over a pack's
    assert _refused(window, told, path) == ("“pack.toml” is 5.0 MB, larger than any file wxdesk opens (at most "
                                            "4.0 MB). Check that you chose the right file.")


def test_a_missing_pack_is_said_to_be_gone(window, told, tmp_path):
    path = tmp_path / "gone.toml"
    assert _refused(window, told, path) == (f"“{path}” is not there any more: it may have been moved, renamed or "
                                            "deleted. Choose it again from where it is now.")


def test_the_window_reads_the_kind_off_the_refusal_not_the_file(tmp_path):
    """The file is not read again: one gone since it was refused is said as it was refused."""
    path = tmp_path / "pack.toml"
    path.write_text(BUNDLED.replace("[sampling]", "[samplin]"), encoding="utf-8")
    with pytest.raises(DataPackError) as refused:
        packs.import_pack(path)
    path.unlink()
    assert pack_import.pack_problem(path, refused.value) == \
        FileProblem(errors.PACK_UNKNOWN_SECTION, str(path), "samplin", "sampling")


def test_a_refusal_without_a_kind_is_said_in_general_terms(tmp_path):
    path = tmp_path / "pack.toml"
    refusal = DataPackError(f"Data pack {path}, changelog: the newest change to 'figures.x' leaves it at 1, but "
                            "the pack holds 2.")
    assert pack_import.pack_problem(path, refusal) == FileProblem(errors.PACK_INVALID, str(path))
