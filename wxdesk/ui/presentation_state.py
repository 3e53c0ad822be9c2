"""What presentation mode keeps to put back when it ends (wxdesk.ui.presentation).

A module of its own, loaded as a presentation starts: making these two dataclasses (their methods made
and compiled) was most of presentation.py's import, before the first paint, for a mode most starts never enter.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QWidget


@dataclass
class Saved:
    window_state: Qt.WindowState
    scale: float  # the type's, from the screen's height (wxdesk.ui.presentation.font_scale)
    visible: dict[QWidget, bool] = field(default_factory=dict)
    entries: dict[QWidget, bool] = field(default_factory=dict)  # whether each slider's entry box showed
    fonts: dict[QWidget, QFont | None] = field(default_factory=dict)  # None: the widget inherited its font
    tick_fonts: dict[object, QFont | None] = field(default_factory=dict)
    title_points: float | None = None
    legend_points: float | None = None
    axis_sizes: dict[object, AxisSize] = field(default_factory=dict)
    compact: bool = False  # the desk's compact state before presenting
    desk_sizes: list[int] = field(default_factory=list)
    pane_sizes: list[int] = field(default_factory=list)  # the controls' pane and the desk beside it
    roles: dict[QWidget, QPalette.ColorRole] = field(default_factory=dict)  # muted texts' roles, to put back
    # The hidden bars' actions with keys, put on the window while presenting (PresentationMode.keys_kept).
    keys: list[QAction] = field(default_factory=list)
    focus: QWidget | None = None  # what had the keyboard before presenting


@dataclass(frozen=True)
class AxisSize:
    """What sizes a pyqtgraph axis: its fixed size across the plot (None: from its labels)
    and the room its tick labels last needed, which pyqtgraph only shrinks by more than 10 px."""
    fixed: float | None
    text_width: float
    text_height: float
