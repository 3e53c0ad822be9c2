"""Share as Image in the window: the actions, the dialog, the clipboard, and the presenter preferences."""

from __future__ import annotations

import pytest

from wxdesk import settings
from wxdesk.presenter import Presenter


@pytest.fixture
def fresh_settings(qapp):
    from PySide6.QtCore import QSettings
    QSettings("wxdesk", "wxdesk").clear()
    yield
    QSettings("wxdesk", "wxdesk").clear()


@pytest.fixture
def window(fresh_settings, shown_window):
    """The real main window, wired as at start, holding the food-ordering example."""
    from wxdesk.engine import load_preset
    shown_window.document.load(load_preset("food_ordering"))
    yield shown_window
    shown_window.document.undo_stack.clear()


def test_actions_are_in_the_menus_with_the_shortcut(window):
    actions = window.features.share
    assert actions.share_action in window.file_menu.actions()
    assert actions.share_action in window.toolbar.actions()
    assert actions.copy_action in window.edit_menu.actions()
    assert actions.share_action.shortcut().toString() == "Ctrl+Shift+I"


def test_save_draws_the_evaluation_on_screen_with_the_presenter(window, tmp_path):
    from PySide6.QtGui import QImage

    settings.set_presenter(Presenter("Li Wei", "Acme Digital", "liwei@example.com"))
    actions = window.features.share
    layout = actions.layout(750, no_prices=True)
    assert "Li Wei" in " ".join(layout.block("footer").texts)
    evaluation = window.document.evaluation
    answer = " ".join(layout.block("answer").texts)
    from wxdesk.ui import text
    for presence in evaluation.plan.presences:
        assert text.words(window.document.pack).presence(presence) in answer
    written = actions.save_to(tmp_path / "client.png", 750, no_prices=True)
    assert written is not None and QImage(str(written)).width() == 750


def test_copy_puts_the_image_on_the_clipboard(window):
    from PySide6.QtGui import QGuiApplication

    image = window.features.share.copy()
    assert QGuiApplication.clipboard().image().size() == image.size()
    assert image.width() == 1080


def test_dialog_offers_both_widths_and_the_price_free_variant(qtbot):
    from wxdesk.ui.share_dialog import ShareImageDialog
    dialog = ShareImageDialog()
    qtbot.addWidget(dialog)
    widths = [dialog.width_combo.itemData(i) for i in range(dialog.width_combo.count())]
    assert sorted(widths) == [750, 1080] and dialog.chosen_width() == 1080
    assert not dialog.no_prices.isChecked()


def test_presenter_is_kept_with_the_settings(qtbot, fresh_settings, tmp_path):
    from wxdesk.engine import load_datapack
    from wxdesk.ui.preferences import PreferencesDialog
    dialog = PreferencesDialog(load_datapack())
    qtbot.addWidget(dialog)
    dialog.presenter_boxes["name"].setText("  Zhang   San ")
    dialog.presenter_boxes["company"].setText("Acme 数字")
    dialog.presenter_boxes["contact"].setText("WeChat: zs88")
    dialog.qr_box.setText(str(tmp_path / "qr.png"))
    dialog.apply()
    assert settings.presenter() == Presenter("Zhang San", "Acme 数字", "WeChat: zs88", str(tmp_path / "qr.png"))
    again = PreferencesDialog(load_datapack())
    qtbot.addWidget(again)
    assert again.presenter_boxes["name"].text() == "Zhang San"
    settings.set_presenter(Presenter())
    assert settings.presenter().is_empty
