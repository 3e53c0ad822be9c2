"""Two Compare columns of one name are told apart in words a client reads, never by an example's id or a number.

Comparing the window's example with the same example added from the menu headed the columns
"零售银行：客户服务与理财顾问 (1)" and "零售银行：客户服务与理财顾问 (bank_care)".
"""

from __future__ import annotations

import pytest

from wxdesk.engine import load_preset
from wxdesk.ui import compare_dialog

pytestmark = pytest.mark.gui

WORDS = {"en": ("This window", "Example", " (", ")"), "zh_CN": ("当前窗口", "示例", "（", "）")}


@pytest.fixture
def compare(language, shown_window, qtbot):
    shown_window.document.set_scenario(load_preset("bank_care", language))
    dialog = compare_dialog.open_compare(shown_window)
    qtbot.addWidget(dialog)
    yield dialog
    shown_window.document.undo_stack.setClean()


def test_the_window_and_its_example_are_named_by_where_they_come_from(compare, language, tmp_path, monkeypatch):
    window_words, example_words, opening, closing = WORDS[language]
    name = load_preset("bank_care", language).name
    compare.add_preset("bank_care")
    saved = tmp_path / "bank v2.json"
    saved.write_text(load_preset("bank_care", language).to_json(), encoding="utf-8")
    monkeypatch.setattr(compare_dialog, "ask_compare_paths", lambda parent, folder: [str(saved)])
    compare.add_files()
    assert compare._headings == [f"{name}{opening}{window_words}{closing}",
                                 f"{name}{opening}{example_words}{closing}",
                                 f"{name}{opening}bank v2.json{closing}"]
    assert all("bank_care" not in compare.table.horizontalHeaderItem(c).toolTip() for c in range(3))
    # The same example twice: numbered within its kind.
    compare.add_preset("bank_care")
    assert compare._headings[1] == f"{name}{opening}{example_words} 1{closing}"
    assert compare._headings[3] == f"{name}{opening}{example_words} 2{closing}"
    assert len(set(compare._headings)) == 4


def test_columns_of_different_names_are_headed_by_their_names_alone(compare, language):
    compare.add_preset("car_brand")
    assert compare._headings == [load_preset("bank_care", language).name, load_preset("car_brand", language).name]
