"""pyqtgraph, configured once, for the charts that load it (after the window's first paint).

Imported after PySide6, so that pyqtgraph binds to PySide6 and never to another Qt
binding that happens to be installed. Nothing on the first frame imports this module.
"""

import PySide6.QtCore  # noqa: F401 - before pyqtgraph on purpose (see module docstring)

import pyqtgraph as pg

# Antialiased curves cost little at these few points and read far better.
pg.setConfigOptions(antialias=True)

__all__ = ["pg"]
