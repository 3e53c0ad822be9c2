"""A Chinese flip hint under a slider fills its first line: a two-word name may end a line between its words.

bank_care at 1366×768 read "⇄ 预算低于 ¥208万时，方案以小程序取代" on a first line four characters short of
its column, then "原生应用。新方案…": the name was kept whole, and with it the full stop after it, which
may never start a line. "原生应用" is two words (native · app): a line may end between them, as an English
line may end between "native" and "app", never inside either word.

(bank_care on a budget of ¥7M, where the budget, the session length and the audience all swap the app. Since
likely costs take the figures' averages, its ¥6M budget's nearer audience flip is above, adding a Mini Program
where the plan's first year passes the budget, as its ¥5M's did before with its app's users priced as installs.)
"""

from __future__ import annotations

import pytest
from line_ends import cuts, qt_lines
from PySide6.QtGui import QFontMetricsF

from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.flips import flip_points, flip_reason
from wxdesk.ui import i18n, text
from wxdesk.ui.unbroken_label import UnbrokenLabel
from wxdesk.words.line_breaks import shown

pytestmark = pytest.mark.gui


def _hint_lines(label: UnbrokenLabel, width: float) -> list[str]:
    from PySide6.QtWidgets import QLabel
    return [shown(line) for line in qt_lines(QLabel.text(label), label.font(), width, label)]


def test_bank_cares_chinese_flip_hints_end_their_first_line_between_the_words_of_a_name(qapp):
    i18n.set_language("zh_CN")
    pack = load_datapack()
    points = flip_points(load_preset("bank_care").with_changes(budget_cny=7_000_000), pack)
    label = UnbrokenLabel()
    label.setWordWrap(True)
    metrics = QFontMetricsF(label.font())
    checked = 0
    for field, point in points.items():
        if point is None:
            continue
        hint = "⇄ " + text.render_reason(flip_reason(field, point), pack)
        if "取代原生应用。" not in hint:
            continue
        label.setText(hint)
        # A column with room for the line up to the name's first word, not for the whole name and its "。".
        first = hint[:hint.index("原生应用") + len("原生")]
        width = metrics.horizontalAdvance(first) + 2
        assert width < metrics.horizontalAdvance(first + "应用。")
        label.setFixedWidth(round(width) + 1)
        lines = _hint_lines(label, width)
        assert lines[0] == first, lines
        assert lines[1].startswith("应用。")
        assert cuts(hint, lines) == []  # no word of a name, no figure with its unit, cut
        checked += 1
    # The budget and the session length swap the app for a Mini Program. (The audience did too, below 783k users,
    # until the search weighed the nearer change above: between 2.85M and 5.9M users the plan adds a Mini Program.)
    assert checked == 2
