"""File ▸ New / Open / Save / Save As / Recent / Examples, Undo, the window title and the close guard."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from wxdesk import settings
from wxdesk.engine import Scenario, load_preset, read_scenario_file
from wxdesk.engine.presets import presets_dir
from wxdesk.ui import file_actions, saving
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def edited(window) -> Scenario:
    window.document.update(name="Tea shop", budget_cny=1_234_567, audience=4_321, china_share=0.5,
                           interaction_minutes=7.5, pushes_per_month=12, goals=["news", "experiment"],
                           needs=["offline", "payments"], horizon_years=6, entity="overseas_company",
                           client="Mr Li — 李先生", notes="multi\nline “notes”")
    return window.document.scenario


def test_save_then_open_gives_the_same_scenario_field_by_field(window, dialogs, qtbot, tmp_path):
    scenario = edited(window)
    target = tmp_path / "tea.json"
    dialogs.save_paths.append(str(tmp_path / "tea"))  # the suffix is added
    assert window.features.file_actions.save_as_action.isEnabled()
    window.features.file_actions.save_as_action.trigger()
    assert target.exists()
    assert not window.document.is_modified
    assert window.document.path == target

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.features.file_actions.open_path(target)
    reopened = other.document.scenario
    for field in dataclasses.fields(Scenario):
        if field.name != "saved_with_pack":  # the file records the pack it was saved with
            assert getattr(reopened, field.name) == getattr(scenario, field.name), field.name
    assert reopened.saved_with_pack == window.document.pack.released
    assert other.document.path == target
    assert not other.document.is_modified
    assert settings.recent_files()[0] == target


def test_title_shows_name_and_unsaved_mark(window, tmp_path):
    assert window.windowTitle() == "New scenario[*] — wxdesk"
    assert not window.isWindowModified()
    window.document.update(name="Tea shop")
    assert window.windowTitle() == "Tea shop[*] — wxdesk"
    assert window.isWindowModified()
    window.features.file_actions.save_to(tmp_path / "t.json")
    assert not window.isWindowModified()


def test_save_overwrites_its_own_file_without_asking(window, dialogs, tmp_path):
    path = tmp_path / "s.json"
    window.features.file_actions.save_to(path)
    window.document.update(audience=999)
    window.features.file_actions.save_action.trigger()
    assert read_scenario_file(path).audience == 999
    assert dialogs.asked == []


def test_a_save_that_fails_half_way_leaves_the_old_file_byte_identical(window, dialogs, monkeypatch, tmp_path):
    path = tmp_path / "s.json"
    window.features.file_actions.save_to(path)
    old_bytes = path.read_bytes()
    window.document.update(notes="x" * 1500)
    # Write in small pieces, and let the disk refuse the third one.
    monkeypatch.setattr(saving, "CHUNK_BYTES", 256)
    real_write, calls = saving._write_chunk, []

    def failing_write(file, chunk):
        calls.append(len(chunk))
        if len(calls) == 3:
            file.write(chunk[: len(chunk) // 2])
            raise saving.SaveError(saving._explain(path, file))
        real_write(file, chunk)

    monkeypatch.setattr(saving, "_write_chunk", failing_write)
    assert not window.features.file_actions.save()
    assert len(calls) == 3
    assert path.read_bytes() == old_bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"], "no temporary file is left behind"
    assert dialogs.errors and "could not be saved" in dialogs.errors[0][1]
    assert window.document.is_modified, "the unsaved work is still marked unsaved"
    assert window.document.scenario.notes == "x" * 1500


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_disk_that_fills_during_the_save_leaves_the_old_file_intact(tmp_path):
    """A real failed write: the process may not grow any file past 300 bytes (EFBIG)."""
    path = tmp_path / "s.json"
    path.write_text(Scenario(name="Old").to_json())
    old_bytes = path.read_bytes()
    script = textwrap.dedent(f"""
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from wxdesk.engine import Scenario
        from wxdesk.ui import saving
        resource.setrlimit(resource.RLIMIT_FSIZE, (300, 300))
        try:
            saving.save_scenario(Scenario(name="New", notes="y" * 1800), {str(path)!r})
        except saving.SaveError as exc:
            print("refused:", exc)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("refused:") and "previous file is unchanged" in result.stdout
    assert path.read_bytes() == old_bytes
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_saving_where_it_cannot_says_why(window, dialogs, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    window.document.update(name="Kept")
    assert not window.features.file_actions.save_to(blocker / "s.json")
    assert "does not exist" in dialogs.errors[-1][1]
    assert not window.features.file_actions.save_to(tmp_path)
    assert "is a folder" in dialogs.errors[-1][1]
    assert window.document.is_modified


def test_a_save_that_fails_offers_save_as_where_it_says_why(window, dialogs, tmp_path):
    """With OK alone, a user whose file sat where wxdesk may not write was left to find Save As in the menu."""
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    window.document.update(name="Kept")
    dialogs.failed_save_answers.append(file_actions.SAVE_AS)
    dialogs.save_paths.append(str(tmp_path / "elsewhere.json"))
    assert window.features.file_actions.save_to(blocker / "s.json")
    assert "does not exist" in dialogs.errors[-1][1]
    assert window.document.path == tmp_path / "elsewhere.json" and not window.document.is_modified
    assert (tmp_path / "elsewhere.json").is_file()


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_saving_into_a_read_only_folder_says_so(window, dialogs, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert not window.features.file_actions.save_to(folder / "s.json")
    finally:
        folder.chmod(0o755)
    assert "read-only" in dialogs.errors[-1][1]


def test_closing_with_unsaved_changes_asks(window, dialogs, tmp_path):
    window.show()
    window.document.update(name="Unsaved")
    dialogs.save_answers.append(file_actions.CANCEL)
    assert not window.close()
    assert window.isVisible()
    assert window.document.scenario.name == "Unsaved"

    dialogs.save_answers.append(file_actions.SAVE)
    dialogs.save_paths.append(None)  # Save As cancelled: still nothing lost, still open
    assert not window.close()

    dialogs.save_answers.append(file_actions.SAVE)
    dialogs.save_paths.append(str(tmp_path / "u.json"))
    assert window.close()
    assert read_scenario_file(tmp_path / "u.json").name == "Unsaved"


def test_closing_after_discard_and_without_changes(window, dialogs):
    window.show()
    window.document.update(name="Throwaway")
    dialogs.save_answers.append(file_actions.DISCARD)
    assert window.close()
    window.show()
    window.document.undo_stack.setClean()
    assert window.close()
    assert dialogs.asked == ["Throwaway"]


def test_opening_another_file_with_unsaved_changes_asks_first(window, dialogs, tmp_path):
    other = tmp_path / "other.json"
    other.write_text(Scenario(name="Other").to_json())
    window.document.update(name="Mine")
    dialogs.open_paths.append(str(other))
    dialogs.save_answers.append(file_actions.CANCEL)
    window.features.file_actions.open_action.trigger()
    assert window.document.scenario.name == "Mine"
    dialogs.save_answers.append(file_actions.DISCARD)
    assert window.features.file_actions.open_path(other)
    assert window.document.scenario.name == "Other"
    assert dialogs.asked == ["Mine", "Mine"]


# The window says the problem in plain words (wxdesk.words.file_problems); the command line keeps the engine's.
@pytest.mark.parametrize("content, words", [
    (b"{not json", "is damaged or is not a wxdesk scenario"),
    (b"", "is empty"),
    (b'{"format": "wxdesk-scenario", "version": 99}', "newer version of wxdesk"),
    (b"\xff\xfe\x00garbage", "not a text file"),
    (Scenario().to_json().replace('"china_share": 0.9', '"china_share": 9').encode(), "“On WeChat in mainland China”"),
])
def test_a_broken_or_newer_file_is_refused_and_the_work_kept(window, dialogs, tmp_path, content, words):
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    window.document.update(name="Precious", audience=777)
    before = window.document.scenario
    assert not window.features.file_actions.open_path(bad)
    assert window.document.scenario == before
    assert window.document.is_modified
    assert dialogs.asked == [], "nothing to ask: the file was refused before replacing anything"
    (title, message), = dialogs.errors
    assert words in message and "unchanged" in message
    assert bad.read_bytes() == content


def test_a_missing_recent_file_is_refused_and_dropped_from_the_list(window, dialogs, tmp_path):
    gone = tmp_path / "gone.json"
    settings.add_recent_file(gone)
    assert window.features.file_actions.open_recent(gone) is False
    assert "is not there any more" in dialogs.errors[0][1]
    assert gone not in settings.recent_files()


def test_open_recent_menu_lists_saved_files_and_opens_them(window, dialogs, tmp_path):
    for name in ("a", "b"):
        window.document.update(name=name.upper())
        window.features.file_actions.save_to(tmp_path / f"{name}.json")
    menu = window.features.file_actions.recent_menu
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:2] == ["&1 b.json", "&2 a.json"]
    menu.actions()[1].trigger()
    assert window.document.scenario.name == "A"
    assert window.document.path == tmp_path / "a.json"


def test_opening_an_example_never_overwrites_it(window, dialogs, tmp_path):
    preset_file = presets_dir() / "car_brand.json"
    original = preset_file.read_bytes()
    window.features.file_actions.preset_actions["car_brand"].trigger()
    assert window.document.scenario == load_preset("car_brand")
    assert window.document.path is None
    assert not window.document.is_modified
    window.document.update(budget_cny=1)
    dialogs.save_paths.append(str(tmp_path / "mine.json"))
    assert window.features.file_actions.save()
    assert dialogs.asked[-1] == "save as EV-maker-China-owners-programme.json"  # the client's name, as the handout's
    assert preset_file.read_bytes() == original
    assert not window.features.file_actions.save_to(preset_file)
    assert "examples are kept" in dialogs.errors[-1][1]
    assert preset_file.read_bytes() == original


def test_new_starts_from_the_saved_defaults(window, dialogs):
    settings.set_new_scenario_defaults(Scenario(name="ignored", budget_cny=42_000, goals=("news",)))
    window.document.update(name="Work")
    dialogs.save_answers.append(file_actions.DISCARD)
    window.features.file_actions.new_action.trigger()
    scenario = window.document.scenario
    assert (scenario.budget_cny, scenario.goals, scenario.name) == (42_000, ("news",), Scenario().name)
    assert window.document.path is None and not window.document.is_modified


def test_undo_and_redo_actions(window):
    before = window.document.scenario.audience
    window.document.update(audience=1_000)
    assert window.features.file_actions.undo_action.isEnabled()
    assert "Monthly users" in window.features.file_actions.undo_action.text()
    window.features.file_actions.undo_tool_action.trigger()
    assert window.document.scenario.audience == before
    window.features.file_actions.redo_action.trigger()
    assert window.document.scenario.audience == 1_000
    assert window.features.file_actions.undo_action.shortcut().toString()


def test_suggested_file_names_are_safe():
    assert file_actions.suggested_file_name(Scenario(name='Car: "brand"/shop?')) == "Car-brand-shop.json"
    assert file_actions.suggested_file_name(Scenario(name="  ")) == "Untitled-scenario.json"


def test_title_keeps_its_mark_after_a_language_or_currency_change(window, qtbot):
    from wxdesk.ui import i18n
    window.document.update(name="Marked")
    settings.set_currency("EUR")
    assert window.windowTitle() == "Marked[*] — wxdesk" and window.isWindowModified()
    i18n.set_language("en")
    qtbot.waitUntil(lambda: window.windowTitle() == "Marked[*] — wxdesk")
    assert window.isWindowModified()
