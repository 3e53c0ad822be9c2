"""Everything that keeps the user's work: files, undo, autosave and recovery, compare, preferences.

One entry point for wxdesk.ui.features, so that the order of the pieces (file actions
first: the others add their menu items next to them) lives in one place.
"""

from __future__ import annotations


def install_persistence(window) -> None:
    from wxdesk.ui.compare_dialog import install_compare
    from wxdesk.ui.file_actions import install_file_actions
    from wxdesk.ui.preferences import install_preferences
    from wxdesk.ui.recovery import install_recovery
    from wxdesk.ui.start_page import install_start

    install_file_actions(window)
    install_recovery(window)
    install_compare(window)
    install_preferences(window)
    install_start(window)
