"""The cost split's key: a swatch and plain words for each part, where the one rich text each entry was
(a coloured "■" and the words) drew them, without a text document measured at every slider move."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from wxdesk.engine.results import COMPONENTS
from wxdesk.ui import text
from wxdesk.ui.cost_split import COMPONENT_COLORS, LEGEND_COLUMNS, LEGEND_GAP, CostSplitLegend
from wxdesk.words.steps import component_names, legend_entry

pytestmark = pytest.mark.gui

SPLITS = [
    {"build": 97_900, "maintenance": 145_000, "staff": 0, "fees": 1_680, "servers": 16_900, "acquisition": 352_000,
     "reach": 0},
    {"build": 2_400_000, "maintenance": 0, "staff": 0, "fees": 300, "servers": 0, "acquisition": 0, "reach": 12_500},
    {"build": 0, "maintenance": 0, "staff": 159_000, "fees": 1_220, "servers": 0, "acquisition": 6_000, "reach": 0},
]


def _rich_text_key(breakdown: dict, parts: tuple[str, ...]) -> QWidget:
    """The key as one rich-text label an entry, as it was drawn before."""
    widget = QWidget()
    layout = QGridLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setHorizontalSpacing(LEGEND_GAP)
    layout.setVerticalSpacing(0)
    names = component_names(QCoreApplication.translate)
    for i, c in enumerate(parts):
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.RichText)
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        label.setFont(font)
        name = legend_entry(names[c], breakdown[c], text.money, QCoreApplication.translate)
        label.setText(f'<span style="color:{COMPONENT_COLORS[c].name()}">■</span> {text.escaped(name)}')
        layout.addWidget(label, i // LEGEND_COLUMNS, i % LEGEND_COLUMNS)
    layout.setColumnStretch(LEGEND_COLUMNS, 1)
    return widget


@pytest.mark.parametrize("split", SPLITS)
def test_the_key_looks_as_its_rich_text_did(qtbot, split):
    from wxdesk.ui.app import get_qapp
    get_qapp()  # the window's fonts and style
    parts = tuple(c for c in COMPONENTS if split[c] > 0)
    legend = CostSplitLegend()
    legend.show_amounts(None)  # names alone first, then the amounts: as a window does
    legend.show_amounts(split, parts)
    before = _rich_text_key(split, parts)
    for widget in (legend, before):
        qtbot.addWidget(widget)
        widget.resize(420, before.sizeHint().height())  # as tall as it asks to be, as in the plan
        widget.show()
        qtbot.waitExposed(widget)
    assert legend.sizeHint().height() == before.sizeHint().height()
    # Each entry where its rich text was, to the pixel (the words may start a fraction of one later: a
    # widget starts on a whole pixel, where the rich text's words followed the swatch's advance).
    old = {c: label.geometry() for c, label in zip(parts, before.findChildren(QLabel))}
    image = legend.grab().toImage()
    for c in COMPONENTS:
        label, swatch = legend.labels[c], legend.swatches[c]
        assert label.textFormat() == swatch.textFormat() == Qt.TextFormat.PlainText
        assert label.isVisibleTo(legend) == swatch.isVisibleTo(legend) == (c in parts)
        if c not in parts:
            continue
        # (A column after a wider entry may start a pixel later: the rich text rounded the swatch and its words up
        # to whole pixels as one width, the key rounds each up on its own; "Staff time in chats ¥159k" shows it.)
        assert 0 <= swatch.geometry().left() - old[c].left() <= 1 and swatch.geometry().top() == old[c].top()
        metrics = QFontMetricsF(label.font())
        words_at = label.geometry().left() + metrics.horizontalAdvance(" ")
        shift = swatch.geometry().left() - old[c].left()
        assert abs(words_at - (old[c].left() + shift + metrics.horizontalAdvance("■ "))) < 1
        assert label.geometry().left() == swatch.geometry().right() + 1
        assert label.text() == " " + legend_entry(component_names(QCoreApplication.translate)[c], split[c],
                                                  text.money, QCoreApplication.translate)
        centre = swatch.geometry().center()
        assert image.pixelColor(centre) == COMPONENT_COLORS[c]
