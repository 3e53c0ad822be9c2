"""A sentence that sends the reader to an assumption names it as the assumptions table does.

cross_border_skincare's Service Account card read "（见数据项“制作一次图文群发的成本”）" after the pack had
renamed the figure 每篇图文的制作成本（撰写、排版、配图）: the translation kept a copy of the old label. A
translation now quotes a figure by its id, "{assumption[<id>]}", and the words layer writes the pack's own label.
"""

from __future__ import annotations

import dataclasses
import re
import xml.etree.ElementTree as ET

import pytest

from wxdesk.catalogues import translate_function
from wxdesk.engine import load_datapack
from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import ALL_TEMPLATES, Money, Reason
from wxdesk.paths import resource_path
from wxdesk.words import Words

PACK = load_datapack()
CATALOGUE = ET.parse(resource_path("i18n", "wxdesk_zh_CN.ts"))
# What a Chinese sentence quotes after 见数据项, and an English one after "the assumption".
QUOTED_ZH = re.compile(r"数据项“([^”]+)”")
QUOTED_EN = re.compile(r"the assumption “([^”]+)”")
BY_ID = re.compile(r"\{assumption\[(\w+)\]\}")


def chinese_translations() -> list[str]:
    return [m.findtext("translation") or "" for m in CATALOGUE.iter("message")
            if (m.find("translation").get("type") or "") not in ("vanished", "obsolete")]


def test_every_figure_a_chinese_sentence_quotes_is_one_of_the_packs():
    quoted = [name for text in chinese_translations() for name in QUOTED_ZH.findall(text)]
    assert len(quoted) >= 5
    labels = {figure.label_zh for figure in PACK.figures.values()}
    for name in quoted:
        by_id = BY_ID.fullmatch(name)
        assert (by_id.group(1) in PACK.figures) if by_id else (name in labels), name


def _content_counted(pack=PACK) -> Reason:
    money = {key: Money(1000.0) for key in ("average", "high", "amount", "total")}
    return Reason(R.CONTENT_COUNTED, {"wanted": 4, "years": 3, **money})


def test_a_chinese_sentence_quotes_the_figure_by_the_packs_label_even_after_a_rename():
    words = Words.make("zh_CN", "CNY", PACK, translate_function("zh_CN"))
    said = words.reason(_content_counted())
    assert QUOTED_ZH.findall(said) == [PACK.figures["content_per_message_cny"].label_zh], said
    assert "在方案 3 年预计成本 ¥1,000 中占 ¥1,000" in said
    renamed = dataclasses.replace(PACK.figures["content_per_message_cny"], label_zh="一篇图文的价格")
    pack = dataclasses.replace(PACK, figures={**PACK.figures, "content_per_message_cny": renamed})
    words = Words.make("zh_CN", "CNY", pack, translate_function("zh_CN"))
    assert QUOTED_ZH.findall(words.reason(_content_counted())) == ["一篇图文的价格"]


def test_a_figure_quoted_inside_a_sentence_within_a_sentence_is_named_too():
    words = Words.make("zh_CN", "CNY", PACK, translate_function("zh_CN"))
    outer = Reason("{inner}", {"inner": _content_counted()})
    assert PACK.figures["content_per_message_cny"].label_zh in words.reason(outer)


ENGLISH_QUOTES = [t for t in ALL_TEMPLATES if QUOTED_EN.search(t)]


@pytest.mark.parametrize("template", ENGLISH_QUOTES, ids=lambda t: R.CODES.get(t, "?"))
def test_every_figure_an_english_sentence_quotes_is_one_of_the_packs(template):
    labels = {figure.label for figure in PACK.figures.values()}
    assert all(name in labels for name in QUOTED_EN.findall(template)), template
