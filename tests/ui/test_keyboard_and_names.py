"""The toolbar's Example box from the keyboard, the scenario named by its client, and the cards' ⓘ signs named by
what they open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wxdesk.engine import load_preset
from wxdesk.ui import file_actions, i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(qtbot, window):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


# (The offscreen platform opens a combo box's list without raising it or grabbing the keyboard; a desktop does both.)
POPUP = pytest.mark.qt_log_ignore("^This plugin does not support (raise|grabbing)", extend=True)


@POPUP
def test_arrow_keys_on_the_closed_example_box_open_its_list_and_load_nothing(shown, qtbot, dialogs):
    """Down on the closed box loaded the next example at each press, asking about unsaved changes each time."""
    window = shown
    window.document.update(client="West Lake Tea House")  # unsaved work: a load would ask
    before = window.document.scenario
    combo = window.examples_combo
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_PageDown):
        qtbot.keyClick(combo, key)
        assert dialogs.asked == []
        assert window.document.scenario == before
        assert combo.currentIndex() == 0
        combo.hidePopup()
    qtbot.keyClick(combo, Qt.Key.Key_C)  # typing a letter does not choose the example it starts either
    assert dialogs.asked == [] and window.document.scenario == before
    combo.hidePopup()


@POPUP
def test_a_choice_in_the_examples_list_asks_once_and_cancelling_keeps_the_work(shown, qtbot, dialogs):
    window = shown
    window.document.update(client="West Lake Tea House")
    before = window.document.scenario
    combo = window.examples_combo
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # opens the list
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    for _ in range(2):  # down the list: nothing loaded while moving in it
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert dialogs.asked == []
    dialogs.save_answers.append(file_actions.CANCEL)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the choice: asked once, and cancelled
    qtbot.waitUntil(lambda: dialogs.asked != [])
    assert dialogs.asked == ["West Lake Tea House"]
    assert window.document.scenario == before and window.document.is_modified
    assert combo.currentIndex() == 0
    dialogs.save_answers.append(file_actions.DISCARD)
    combo.activated.emit(combo.findData("car_brand"))  # a click on an item in the list: loads it, as before
    assert window.document.scenario == load_preset("car_brand")


@pytest.mark.parametrize(("language", "name"), [("en", "New scenario"), ("zh_CN", "新场景")])
def test_a_new_scenario_is_named_by_its_client(window, qtbot, dialogs, tmp_path, language, name):
    """The title and the unsaved-changes question read "New scenario" for West Lake Tea House, whose Save As
    suggested West-Lake-Tea-House.json."""
    i18n.set_language(language)
    qtbot.waitUntil(lambda: window.windowTitle() == f"{name}[*] — wxdesk")  # (as the window retranslates)
    window.document.update(client="West Lake Tea House")
    assert window.windowTitle() == "West Lake Tea House[*] — wxdesk"
    dialogs.save_answers.append(file_actions.CANCEL)
    assert not window.features.file_actions.new_scenario()  # asked, and cancelled: the work stays
    assert dialogs.asked == ["West Lake Tea House"]
    assert window.document.scenario.client == "West Lake Tea House"
    # A name of the user's own stays, after the client's; a file's name is what a question names once saved.
    window.document.update(name="Spring launch")
    assert window.windowTitle() == "West Lake Tea House · Spring launch[*] — wxdesk"
    window.document.update(client="")
    assert window.windowTitle() == "Spring launch[*] — wxdesk"
    window.document.update(client="West Lake Tea House", name="New scenario")
    window.features.file_actions.save_to(tmp_path / "tea.json")
    assert window.windowTitle() == "tea.json[*] — West Lake Tea House — wxdesk"
    assert window.document.file_or_display_name() == "tea.json"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_cards_sign_is_named_by_what_it_opens(shown, qtbot, language):
    """Both cards' ⓘ signs read "More" alike to a screen reader: each names its card."""
    i18n.set_language(language)
    qtbot.wait(20)
    cards = list(shown.variant_cards.values())
    names = [card.more.accessibleName() for card in cards]
    assert len(set(names)) == len(names)
    for card, sign_name in zip(cards, names):
        assert card.title.text() and card.title.text() in sign_name
        assert sign_name != card.title.text()
    shown.document.set_scenario(load_preset("bank_care", language))  # another plan: other titles, named again
    qtbot.wait(20)
    for card in cards:
        assert card.title.text() in card.more.accessibleName()
    if language == "zh_CN":
        assert not any("More" in card.more.accessibleName() for card in cards)
