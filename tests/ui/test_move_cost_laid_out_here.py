"""Whether a label's text is one LaidOutText measures as QLabel does is answered once per text (as
unbroken_label._laid_out_here says), not at each of the text's measures: a new text is measured at several
widths (its size hint, its minimum, its height where it is laid out)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from wxdesk.ui import unbroken_label
from wxdesk.ui.app import get_qapp
from wxdesk.ui.unbroken_label import UnbrokenLabel

pytestmark = pytest.mark.gui


class _Counted:
    """The pattern _laid_out_here searches a text with, counting the texts searched."""

    def __init__(self, pattern, searched: list):
        self._pattern, self._searched = pattern, searched

    def search(self, text, *args):
        self._searched.append(text)
        return self._pattern.search(text, *args)


def test_a_text_is_looked_at_once_whatever_it_is_measured_for(monkeypatch):
    get_qapp()
    searched: list[str] = []
    monkeypatch.setattr(unbroken_label, "_NOT_LAID_OUT_HERE", _Counted(unbroken_label._NOT_LAID_OUT_HERE, searched))
    getattr(unbroken_label._laid_out_here, "cache_clear", lambda: None)()  # (the text was never asked about)
    label = UnbrokenLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    text = "Likely cost: ¥1,234,567.89 over 3 years for a text no other test shows, 7 times."
    label.setText(text)
    shown = label.qt_sizes()  # (QLabel's size hint and minimum, as QLabel measures them)
    assert shown is not None
    heights = [label.qt_height_for_width(width) for width in (80, 120, 200, 400, 80)]
    assert all(height is not None and height > 0 for height in heights)
    assert shown == label.qt_sizes()
    assert len(searched) == 1  # (once for the text shown, however many measures)
