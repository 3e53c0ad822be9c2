"""The Compare window opened from the main window: its first column follows the window's scenario, its
headings read whole or from their start, and its words follow the window's language."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from wxdesk.engine import Scenario, load_preset
from wxdesk.ui import compare_dialog, i18n

pytestmark = pytest.mark.gui


def row_of(dialog, key):
    return [k for k, _ in dialog._row_kinds].index(key)


def cell(dialog, key, column):
    return dialog.table.item(row_of(dialog, key), column).text()


@pytest.fixture
def compare(shown_window, qtbot):
    dialog = compare_dialog.open_compare(shown_window)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    yield dialog
    shown_window.document.undo_stack.setClean()


def test_the_windows_column_follows_its_edits_and_leaves_the_others_be(compare, shown_window, qtbot):
    compare.add_preset("yoga_teacher")
    assert compare.live_column == 0 and cell(compare, "field:budget_cny", 0) == "¥500k"
    other = compare.table.item(row_of(compare, "field:budget_cny"), 1)
    other.setData(Qt.ItemDataRole.UserRole, "kept")  # the other column's cell, as it was laid out
    shown_window.document.update(budget_cny=3_160_000)
    qtbot.waitUntil(lambda: cell(compare, "field:budget_cny", 0) == "¥3.16M")
    assert compare.entries[0][1] == shown_window.document.scenario
    assert "¥3.16M" in cell(compare, "budget", 0)
    # The other column's cells were not set again.
    assert compare.table.item(row_of(compare, "field:budget_cny"), 1).data(Qt.ItemDataRole.UserRole) == "kept"
    assert "follows" in compare.table.horizontalHeaderItem(0).toolTip()


def test_a_hidden_compare_window_catches_up_when_shown_again(compare, shown_window, qtbot, monkeypatch):
    compare.add_preset("yoga_teacher")
    compare.hide()
    refreshes = []
    monkeypatch.setattr(compare, "refresh", lambda: refreshes.append(1) or type(compare).refresh(compare))
    shown_window.document.update(budget_cny=2_000_000)
    shown_window.document.update(budget_cny=3_160_000)
    qtbot.wait(20)
    assert not refreshes and cell(compare, "field:budget_cny", 0) == "¥500k"  # nothing drawn for no one
    compare.show()
    qtbot.waitExposed(compare)
    assert cell(compare, "field:budget_cny", 0) == "¥3.16M" and len(refreshes) == 1


def test_a_removed_windows_column_no_longer_follows(compare, shown_window, qtbot):
    compare.add_preset("yoga_teacher")
    compare.add_preset("car_brand")
    compare.table.selectColumn(0)
    compare.remove_button.click()
    assert compare.live_column is None
    shown_window.document.update(budget_cny=3_160_000)
    qtbot.wait(20)
    assert [label for label, _ in compare.entries] == ["yoga_teacher", "car_brand"]


def _header_lines_fit(dialog):
    header = dialog.table.horizontalHeader()
    metrics = QFontMetrics(header.font())
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for column in range(dialog.table.columnCount()):
        room = header.sectionSize(column) - margin
        shown = dialog.table.horizontalHeaderItem(column).text()
        for line in shown.split("\n"):
            assert metrics.horizontalAdvance(line) <= room, (line, room)
        yield column, shown


@pytest.mark.parametrize("width", [1000, 560])
def test_headings_read_from_their_start_never_cut_at_both_ends(compare, qtbot, width):
    for preset in ("bank_care", "car_brand", "yoga_teacher"):
        compare.add_preset(preset)
    compare.resize(width, 700)
    qtbot.waitUntil(lambda: compare.table.horizontalHeader().sectionSize(0) < width / 4)
    names = [load_preset(p).name for p in ("bank_care", "car_brand", "yoga_teacher")]
    for column, shown in _header_lines_fit(compare):
        if column == 0:
            continue
        whole, read = names[column - 1].replace(" ", ""), shown.replace("\n", "").replace(" ", "")
        assert whole.startswith(read.removesuffix("…")), (shown, whole)  # from its start, and only cut at its end
        assert read == whole or read.endswith("…")
        assert shown.count("\n") < 3
        assert names[column - 1] in compare.table.horizontalHeaderItem(column).toolTip()
    if width == 1000:  # room enough for each name on three lines: read whole
        assert all(" ".join(compare.table.horizontalHeaderItem(c).text().split("\n")) == names[c - 1]
                   for c in (1, 2, 3))


def test_the_dialogs_words_and_its_examples_follow_the_language(compare, shown_window, qtbot, tmp_path):
    compare.add_preset("bank_care")
    own = Scenario(name="My shop", client="Mr Li's", notes="As I wrote them")
    compare.add_scenario("mine", own)
    try:
        i18n.set_language("zh_CN")
        qtbot.waitUntil(lambda: compare.windowTitle() != "Compare Scenarios")
        heading = compare.table.horizontalHeaderItem(0).text()
        assert heading == "新场景" and cell(compare, "field:name", 0) == heading
        chinese = load_preset("bank_care", "zh_CN")
        assert chinese.name != load_preset("bank_care").name
        assert compare.entries[1][1] == chinese
        assert cell(compare, "field:name", 1) == chinese.name and cell(compare, "field:client", 1) == chinese.client
        assert compare.entries[2][1] == own  # the user's own words stay as written
        assert cell(compare, "field:name", 2) == "My shop" and cell(compare, "field:notes", 2) == "As I wrote them"
    finally:
        i18n.set_language("en")
    assert cell(compare, "field:name", 0) == "New scenario"
    assert compare.entries[1][1] == load_preset("bank_care")


def test_an_example_opened_in_the_window_and_left_as_it_came_follows_the_language(compare, shown_window, qtbot):
    """The examples added to the table were read again in the new language, the window's example was not: the
    Chinese table read "Electric-car brand: …" beside 零售银行：客户服务与理财顾问. Edited, it is the user's."""
    shown_window.features.file_actions.open_preset("car_brand")
    compare.add_preset("bank_care")
    qtbot.waitUntil(lambda: compare.entries[0][1] == load_preset("car_brand"))
    try:
        i18n.set_language("zh_CN")
        qtbot.waitUntil(lambda: compare.windowTitle() != "Compare Scenarios")
        chinese = load_preset("car_brand", "zh_CN")
        assert compare.entries[0][1] == chinese
        assert cell(compare, "field:name", 0) == chinese.name and cell(compare, "field:client", 0) == chinese.client
        assert cell(compare, "field:name", 1) == load_preset("bank_care", "zh_CN").name
        # An edit makes it the user's: it reads as the window holds it, in the words it was opened in.
        edited = shown_window.document.scenario.with_changes(budget_cny=2_000_000)
        shown_window.document.set_scenario(edited)
        qtbot.waitUntil(lambda: compare.entries[0][1] == edited)
        assert cell(compare, "field:name", 0) == load_preset("car_brand").name
        shown_window.document.undo_stack.undo()  # the example as it came again: in the table's language
        qtbot.waitUntil(lambda: compare.entries[0][1] == chinese)
    finally:
        i18n.set_language("en")
    assert compare.entries[0][1] == load_preset("car_brand")
    # Edited before a switch, it stays as written too.
    edited = shown_window.document.scenario.with_changes(client="Acme Ltd")
    shown_window.document.set_scenario(edited)
    qtbot.waitUntil(lambda: compare.entries[0][1] == edited)
    try:
        i18n.set_language("zh_CN")
        qtbot.waitUntil(lambda: compare.windowTitle() != "Compare Scenarios")
        assert compare.entries[0][1] == edited and cell(compare, "field:client", 0) == "Acme Ltd"
    finally:
        i18n.set_language("en")

