"""The start page: shown at start when there is nothing to recover, opens examples and recent files."""

import pytest
from persistence_helpers import Dialogs, reset_settings

from wxdesk import settings
from wxdesk.engine import Scenario, load_preset
from wxdesk.ui import start_page
from wxdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def shown_pages(window) -> list:
    return [page for page in window.findChildren(start_page.StartPage) if page.isVisible()]


@pytest.fixture
def window(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(start_page, "can_ask_user", lambda: True)
    reset_settings()
    win = MainWindow()
    qtbot.addWidget(win)
    yield win
    reset_settings()


def test_shown_at_start_and_opens_an_example(window, qtbot, monkeypatch):
    Dialogs(monkeypatch)
    start_page.startup(window)
    [page] = shown_pages(window)
    item = next(page.examples.item(i) for i in range(page.examples.count())
                if page.examples.item(i).data(start_page.PRESET_ROLE) == "yoga_teacher")
    page.examples.itemActivated.emit(item)
    assert window.document.scenario == load_preset("yoga_teacher")
    assert window.document.path is None
    assert not page.isVisible()


def test_lists_recent_files_and_opens_them(window, qtbot, monkeypatch, tmp_path):
    Dialogs(monkeypatch)
    path = tmp_path / "client.json"
    path.write_text(Scenario(name="Client").to_json())
    settings.add_recent_file(path)
    page = start_page.show_start_page(window)
    assert page.recent.count() == 1
    page.recent.itemActivated.emit(page.recent.item(0))
    assert window.document.scenario.name == "Client"


def test_can_be_turned_off(window, qtbot):
    page = start_page.show_start_page(window)
    page.show_at_start.setChecked(False)
    page.reject()
    start_page.startup(window)
    assert shown_pages(window) == []
    assert not settings.show_start_page()


def test_not_shown_when_a_file_was_opened(window, tmp_path):
    path = tmp_path / "given.json"
    path.write_text(Scenario(name="Given").to_json())
    window.features.file_actions.open_path(path)
    start_page.startup(window)
    assert shown_pages(window) == []
