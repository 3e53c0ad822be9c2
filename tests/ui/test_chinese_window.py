"""A Chinese client sees Chinese: no English word in the Chinese window but names and a short list."""

from __future__ import annotations

import pytest
from visible_text import english_words, visible_texts

from wxdesk.engine import load_preset
from wxdesk.ui import i18n

pytestmark = pytest.mark.gui

# Words that read the same in a Chinese interface: the product, units and codes.
ALLOWED = {
    "wxdesk",  # the product's name
    "Qt",  # Help > About Qt: the toolkit's name
    "MB", "CNY", "USD", "EUR", "ln",  # units and currency codes as written in Chinese too
    "PDF", "JSON",  # file formats
}
# Products', standards' and firms' names, read as they are ("Google Play 开发者账号", "中国区 App Store",
# "iPhone 7 及以上可读 ISO-DEP 标签", "ICP 备案", "微信及 WeChat 合并月活跃账户数" as Tencent reports it).
PRODUCTS = ["Google Play", "App Store", "iOS", "iPhone", "NFC", "ISO-DEP", "ICP", "QuestMobile", "微信及 WeChat"]


@pytest.fixture
def chinese_window(qtbot):
    """The window as a Chinese client starts it: the language chosen before the window opens."""
    from wxdesk.ui.app import get_qapp
    from wxdesk.ui.main_window import MainWindow
    get_qapp()
    i18n.set_language("zh_CN")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1600, 1000)
    win.show()
    qtbot.waitExposed(win)
    return win


def _names(window) -> list[str]:
    """Sources' own titles and addresses: a source keeps its language (the assumptions table names each as the
    Chinese handout does, wxdesk.words.sources: a document's or a description's name in Chinese, a publication's,
    author's or site's as it is written)."""
    from wxdesk.ui import text
    from wxdesk.words.sources import source_text
    pack = window.document.pack
    words = text.words(pack)
    names = [*PRODUCTS, window.document.scenario.client]  # the client's own name ("Maison Verte")
    for figure in pack.figures.values():
        names += [figure.source, figure.url, source_text(figure, words)]
    return names


@pytest.mark.parametrize("preset", ["car_brand", "cross_border_skincare", "fitness_coaching"])
def test_the_chinese_window_shows_no_english(chinese_window, qtbot, preset):
    window = chinese_window
    window.features.file_actions.open_preset(preset)
    window.features.assumptions.dock.show()
    window.features.sensitivity.dock.show()
    qtbot.wait(20)
    texts = visible_texts(window)
    assert load_preset(preset, "zh_CN").name in "\n".join(texts)
    found = english_words(texts, ALLOWED, _names(window))
    assert found == {}, "\n".join(f"{w}: {t!r}" for w, t in found.items())


def test_the_chinese_start_page_shows_no_english(chinese_window, qtbot):
    from wxdesk.ui.start_page import show_start_page
    page = show_start_page(chinese_window)
    qtbot.waitExposed(page)
    page.examples.setCurrentRow(0)  # its description shows too
    texts = visible_texts(page)
    assert load_preset("bank_care", "zh_CN").notes in texts
    found = english_words(texts, ALLOWED, PRODUCTS + ["Maison Verte", "Pulse Coaching"])
    assert found == {}, found


def test_the_chinese_compare_window_shows_no_english(chinese_window, qtbot):
    """A salesperson compares the client's plan with two examples, in Chinese: the examples come in Chinese,
    every row is named in Chinese, and the summary's sentences run on as Chinese sentences do."""
    from wxdesk.ui.compare_dialog import open_compare
    chinese_window.features.file_actions.open_preset("car_brand")
    dialog = open_compare(chinese_window)
    qtbot.waitExposed(dialog)
    examples = dialog.examples_menu.actions()
    assert [a.text() for a in examples][:2] == [load_preset(p, "zh_CN").name for p in ("bank_care", "car_brand")]
    for preset in ("fitness_coaching", "yoga_teacher"):
        next(a for a in examples if a.text() == load_preset(preset, "zh_CN").name).trigger()
    assert [s.name for _label, s in dialog.entries][1:] == [load_preset(p, "zh_CN").name
                                                         for p in ("fitness_coaching", "yoga_teacher")]
    texts = visible_texts(dialog) + [a.text() for a in examples]
    texts += [dialog.table.verticalHeaderItem(r).text() for r in range(dialog.table.rowCount())]
    names = _names(chinese_window) + [s.client for _label, s in dialog.entries]
    found = english_words(texts, ALLOWED, names)
    assert found == {}, "\n".join(f"{w}: {t!r}" for w, t in found.items())
    assert "。 " not in dialog.summary.text() and dialog.summary.text().endswith("。")
    # No row of a field none of the scenarios has (they were not saved with a data pack's date).
    assert "field:saved_with_pack" not in [key for key, _differs in dialog._row_kinds]
    dialog.close()


def test_the_chinese_status_bar_writes_the_pack_date_as_the_pages_do(chinese_window):
    day = chinese_window.document.pack.released  # "2026-11-30" in the pack
    year, month, date = (int(part) for part in day.split("-"))
    shown = chinese_window.pack_label.text()
    assert f"{year}年{month}月{date}日" in shown and day not in shown
