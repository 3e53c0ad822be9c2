"""A label that shows its text as written, never guessed to be HTML.

QLabel guesses from how a text starts whether it is rich text (Qt.AutoText), so a data pack's
source or a client's name that begins with a tag would show as HTML, links included. wxdesk's
labels say what they show as they are made: plain text (this class, and UnbrokenLabel and
FigureLabel, which set it themselves), or Qt.RichText where a label means to show HTML.
tests/ui/test_labels_plain_text.py finds any label of the window that still guesses.

Why as they are made, rather than by one pass over the finished window: that pass, over some 400
widgets, was about a hundredth of the work before the first paint.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


class PlainLabel(QLabel):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)
