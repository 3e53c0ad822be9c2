"""The Compare window's cells never end a line inside a figure and its unit or a product's name, and read back
as written.

In Chinese, at 1920 × 1080 with food_ordering, bank_care and yoga_teacher, the budget row read
"…预计成本 ¥24.6" / "万。" and "¥442" / "万": a figure parted from its unit."""

from __future__ import annotations

import pytest
from line_ends import INVISIBLE, cuts, kept_runs
from PySide6.QtGui import QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from wxdesk.engine import load_preset
from wxdesk.ui import i18n
from wxdesk.ui.compare_dialog import CompareDialog

pytestmark = pytest.mark.gui


def _view_lines(text: str, option: QStyleOptionViewItem, width: float) -> list[str]:
    """The lines a table view sets a cell's text in at `width` (Qt's views wrap at word boundaries or anywhere)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), option.font)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(wrap)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.translate({ord(c): None for c in INVISIBLE if c != "\u00a0"}).replace("\u00a0", " ")
            .replace("\u2028", "") for line in lines]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_cell_parts_a_figure_from_its_unit(qtbot, pack, language):
    i18n.set_language(language)
    scenarios = [(p, load_preset(p, language)) for p in ("food_ordering", "bank_care", "yoga_teacher")]
    dialog = CompareDialog(pack, scenarios)
    qtbot.addWidget(dialog)
    table = dialog.table
    delegate = table.itemDelegate()
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    found = []
    checked = 0
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is None or not item.text():
                continue
            written = item.text()
            assert not any(c in written for c in INVISIBLE), "the item holds its text as written"
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, table.model().index(row, column))
            laid_out = option.text
            metrics = QFontMetricsF(option.font)
            widest_run = max((metrics.horizontalAdvance(written[a:b]) for a, b in kept_runs(written)), default=0)
            # Every column width the table may give it, from its least up to one line, where each run fits a line.
            least = max(table.horizontalHeader().minimumSectionSize(), int(widest_run) + margin + 2)
            for width in range(least, int(metrics.horizontalAdvance(written)) + margin + 8, 6):
                lines = _view_lines(laid_out, option, width - margin)
                assert "".join(lines).replace(" ", "") == written.replace("\n", "").replace(" ", "")
                found += [f"{width}px {written[:12]}…: {cut}" for cut in cuts(written, lines)]
                checked += 1
    assert checked > 100
    assert found == [], found[:10]


def test_the_chinese_budget_row_keeps_its_figures_whole_at_the_reviewed_width(qtbot, pack):
    """The dialog as reviewed: three Chinese examples in a 1200 × 700 dialog."""
    i18n.set_language("zh_CN")
    dialog = CompareDialog(pack, [(p, load_preset(p, "zh_CN")) for p in ("food_ordering", "bank_care", "yoga_teacher")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.resize(1200, 700)
    qtbot.wait(50)
    table = dialog.table
    row = [key for key, _differs in dialog._row_kinds].index("budget")
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    for column in range(table.columnCount()):
        option = QStyleOptionViewItem()
        table.itemDelegate().initStyleOption(option, table.model().index(row, column))
        written = table.item(row, column).text()
        lines = _view_lines(option.text, option, table.columnWidth(column) - margin)
        assert cuts(written, lines) == [], lines
        # The row is as tall as the lines the cell is drawn in.
        assert table.rowHeight(row) >= len(lines) * QFontMetricsF(option.font).lineSpacing()
