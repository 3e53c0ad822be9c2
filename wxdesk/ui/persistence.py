"""Everything that keeps the user's work: files, undo, autosave and recovery, compare, preferences.

One entry point for wxdesk.ui.features, so that the order of the pieces (file actions
first: the others add their menu items next to them) lives in one place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def show_labels_as_plain_text(window) -> None:
    """Labels that guess their format (Qt's default) show text as it is, never as HTML.

    Account names, roles and reasons come from the data pack or the scenario file; a label
    that means to show HTML says so explicitly (Qt.RichText) and is left alone.
    """
    for label in window.findChildren(QLabel):
        if label.textFormat() == Qt.TextFormat.AutoText:
            label.setTextFormat(Qt.TextFormat.PlainText)


def install_persistence(window) -> None:
    from wxdesk.ui.compare_dialog import install_compare
    from wxdesk.ui.file_actions import install_file_actions
    from wxdesk.ui.preferences import install_preferences
    from wxdesk.ui.recovery import install_recovery
    from wxdesk.ui.start_page import install_start

    from wxdesk.ui.pack_import import announce_pack_fallback

    show_labels_as_plain_text(window)
    install_file_actions(window)
    install_recovery(window)
    install_compare(window)
    install_preferences(window)
    install_start(window)
    announce_pack_fallback(window)
