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


def _example_item(page, preset_id):
    return next(page.examples.item(i) for i in range(page.examples.count())
                if page.examples.item(i).data(start_page.PRESET_ROLE) == preset_id)


def test_a_single_click_opens_an_example(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    Dialogs(monkeypatch)
    page = start_page.show_start_page(window)
    qtbot.waitExposed(page)
    item = _example_item(page, "food_ordering")
    page.examples.scrollToItem(item)
    qtbot.mouseClick(page.examples.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.examples.visualItemRect(item).center())
    assert window.document.scenario == load_preset("food_ordering")
    assert not page.isVisible()


def test_the_open_button_opens_the_chosen_example_and_shows_what_it_is(window, qtbot, monkeypatch):
    Dialogs(monkeypatch)
    page = start_page.show_start_page(window)
    assert not page.open_example_button.isEnabled()
    page.examples.setCurrentItem(_example_item(page, "city_service"))  # as the arrow keys would
    assert window.document.scenario != load_preset("city_service")  # choosing is not opening
    assert page.example_description.text() == load_preset("city_service").notes
    assert page.open_example_button.isEnabled()
    page.open_example_button.click()
    assert window.document.scenario == load_preset("city_service")


def test_examples_read_in_chinese_in_the_chinese_window(window, qtbot, monkeypatch):
    from wxdesk.ui import i18n
    Dialogs(monkeypatch)
    i18n.set_language("zh_CN")
    qtbot.wait(10)  # LanguageChange reaches the window through the event loop
    chinese = load_preset("yoga_teacher", "zh_CN")
    page = start_page.show_start_page(window)
    item = _example_item(page, "yoga_teacher")
    assert item.text() == chinese.name and item.toolTip() == chinese.notes
    combo = window.examples_combo
    assert combo.itemText(combo.findData("yoga_teacher")) == chinese.name
    assert window.features.file_actions.preset_actions["yoga_teacher"].text() == chinese.name
    page.examples.setCurrentItem(item)
    page.open_example_button.click()
    assert window.document.scenario.name == chinese.name
    assert chinese.name in window.windowTitle()
    # Back in English, the lists follow; the opened scenario keeps the name it was given.
    i18n.set_language("en")
    qtbot.wait(10)
    assert combo.itemText(combo.findData("yoga_teacher")) == load_preset("yoga_teacher").name
    assert window.features.file_actions.preset_actions["yoga_teacher"].text() == load_preset("yoga_teacher").name


def test_tab_goes_from_the_examples_to_their_open_button_then_to_the_recent_files(window, qtbot):
    """Tab went Examples → Recent files (empty, "No recent files yet") → Open Example, the button under the examples."""
    page = start_page.show_start_page(window)
    qtbot.waitExposed(page)
    page.examples.setCurrentRow(0)  # (the button takes the keyboard once an example is chosen)
    page.examples.setFocus()
    qtbot.waitUntil(page.examples.hasFocus)
    stops = []
    for _ in range(3):
        page.focusWidget().focusNextPrevChild(True)
        stops.append(page.focusWidget())
    assert stops[:2] == [page.open_example_button, page.recent]
