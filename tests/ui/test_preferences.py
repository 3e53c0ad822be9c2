"""Preferences: currency and rates shown (money stays CNY), language, defaults for new scenarios."""

import pytest
from PySide6.QtCore import QSettings

from wxdesk import settings
from wxdesk.engine import Scenario
from wxdesk.ui import i18n
from wxdesk.ui.main_window import MainWindow
from wxdesk.ui.preferences import PreferencesDialog, open_preferences

pytestmark = pytest.mark.gui


def test_defaults_come_from_the_data_pack(pack):
    assert settings.currency() == "CNY"
    assert settings.cny_per_unit("USD") is None
    assert settings.rate("USD", pack) == pack.likely("usd_cny")
    assert settings.rate("EUR", pack) == pack.likely("eur_cny")
    assert i18n.words(pack).money(720_000) == "¥720k"


def test_choosing_a_currency_and_rate_re_renders_money(qtbot, pack):
    dialog = PreferencesDialog(pack)
    qtbot.addWidget(dialog)
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("USD"))
    dialog.rate_boxes["USD"].setValue(8.0)
    with qtbot.waitSignal(settings.notifier().display_changed):
        dialog.accept()
    assert settings.currency() == "USD"
    assert settings.cny_per_unit("USD") == 8.0
    assert i18n.words(pack).money(800_000) == "$100k"
    assert settings.cny_per_unit("EUR") is None, "an untouched rate keeps following the data pack"


def test_cancel_changes_nothing(qtbot, pack):
    dialog = PreferencesDialog(pack)
    qtbot.addWidget(dialog)
    dialog.currency_combo.setCurrentIndex(dialog.currency_combo.findData("EUR"))
    with qtbot.assertNotEmitted(settings.notifier().display_changed):
        dialog.reject()
    assert settings.currency() == "CNY"


def test_damaged_settings_fall_back_to_defaults(pack):
    store = QSettings("wxdesk", "wxdesk")
    store.setValue("display/currency", "XYZ")
    store.setValue("display/rate_USD", "-3")
    store.setValue("scenario/defaults", "{not json")
    store.setValue("files/recent", "[1, 2")
    assert settings.currency() == "CNY"
    assert settings.rate("USD", pack) == pack.likely("usd_cny")
    assert settings.new_scenario_defaults() == Scenario()
    assert settings.recent_files() == []


def test_language_is_stored_and_applied(qtbot, pack):
    dialog = PreferencesDialog(pack)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("zh_CN"))
    with qtbot.waitSignal(settings.notifier().language_changed):
        dialog.accept()
    assert settings.language() == "zh_CN"
    assert i18n.current_language() == "zh_CN"


def test_defaults_for_new_scenarios(qtbot, pack):
    current = Scenario(name="Client X", client="X", budget_cny=90_000, horizon_years=8)
    dialog = PreferencesDialog(pack, current)
    qtbot.addWidget(dialog)
    dialog.use_current_button.click()
    assert "8 years" in dialog.defaults_label.text()
    dialog.accept()
    defaults = settings.new_scenario_defaults()
    assert (defaults.budget_cny, defaults.horizon_years) == (90_000, 8)
    assert (defaults.name, defaults.client) == (Scenario().name, ""), "a client's name is not carried over"
    dialog = PreferencesDialog(pack, current)
    qtbot.addWidget(dialog)
    dialog.reset_defaults_button.click()
    dialog.accept()
    assert settings.new_scenario_defaults() == Scenario()


def test_reached_from_the_edit_menu(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.features.preferences.action in window.edit_menu.actions()
    dialog = open_preferences(window)
    assert isinstance(dialog, PreferencesDialog) and dialog.isVisible()
    dialog.reject()


def test_a_window_qt_deleted_no_longer_follows_the_display_settings(qtbot):
    """A window closed and deleted by Qt, while a Python reference to it lives on, is not redrawn
    when the currency changes (its labels are gone: the redraw raised in the event loop)."""
    from PySide6.QtWidgets import QApplication

    from wxdesk import settings
    from wxdesk.ui import MainWindow
    from wxdesk.ui.app import get_qapp
    get_qapp()
    window = MainWindow()
    gone = []
    window.destroyed.connect(lambda *_: gone.append(True))
    window.deleteLater()
    qtbot.waitUntil(lambda: gone == [True])
    QApplication.processEvents()
    settings.notifier().display_changed.emit()  # pytest-qt fails the test on an exception in a slot
    assert window is not None  # the Python object outlived the window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("wider_by", [0, 37, 260])
def test_the_dialog_is_never_shorter_than_its_wrapped_texts(qtbot, pack, language, wider_by):
    """At 1366×768 in English the money note ("Amounts are stored in CNY; …") got 20 px of the 28 its two lines
    need: Qt's least height for the dialog counted it at one line."""
    from PySide6.QtWidgets import QLabel
    i18n.set_language(language)
    dialog = PreferencesDialog(pack)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.width() + wider_by, dialog.minimumHeight())  # as short as the user can make it
    qtbot.wait(20)
    wrapped = [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible()]
    assert wrapped
    for label in wrapped:
        assert label.height() >= label.heightForWidth(label.width()), label.text()
