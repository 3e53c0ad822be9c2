"""The line that names the data pack (About box, "Data pack imported") reads in the window's language.

Reviewed in session 53: the Chinese window said "2026年12月5日 的数据包（wxdesk 自带）：WeChat presence and
app-vs-Mini-Program figures": the pack's English title, and a space between the date and 的.
(Both need their Chinese in resources/i18n: this test fails until the translation of the generic title and the
unspaced "%1的数据包" are there.)
"""

from __future__ import annotations

import pytest

from wxdesk.engine import load_datapack
from wxdesk.ui import i18n
from wxdesk.ui.pack_import import pack_description, pack_title

pytestmark = pytest.mark.gui


def test_the_english_window_names_the_pack_by_its_title(qapp):
    i18n.set_language("en")
    pack = load_datapack()
    assert pack_title(pack) == pack.title
    assert pack_description(pack).endswith(": " + pack.title)


def test_the_chinese_window_names_the_pack_in_chinese_without_a_stray_space(qapp):
    pack = load_datapack()
    i18n.set_language("zh_CN")
    line = pack_description(pack)
    assert pack.title not in line
    assert not any("a" <= ch.lower() <= "z" for ch in pack_title(pack)), pack_title(pack)
    assert "日 的" not in line and "日的数据包" in line, line
