"""Features that attach themselves to the main window once its core views exist.

The main window composes the scenario controls, account panels and chart; each
feature below adds its own menus, actions and docks through one install function,
so that the window does not grow a method for every feature.
"""

from __future__ import annotations


def install_features(window) -> None:
    """Called once at the end of MainWindow.__init__."""
    from wxdesk.ui.persistence import install_persistence
    install_persistence(window)
    from wxdesk.ui.assumptions import install_assumptions
    install_assumptions(window)
    from wxdesk.ui.presenting import install_presenting
    install_presenting(window)
