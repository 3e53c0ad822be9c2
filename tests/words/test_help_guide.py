"""The user guide (F1) a salesperson reads before a meeting says what the window and the pages say.

- It points to the long image, the salesperson's way to leave the answer in a WeChat chat, by the
  menu names the window shows; it used to name only the PDF and the chart.
- It describes no figure the window no longer shows ("First year before users", "Per user reached").
- The Chinese guide uses the words of every other surface: 适配度 (it said 匹配度), 首年 (第一年),
  users won through ads (通过广告付费获取; it said 买来的那部分用户 … 再买回来的).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from wxdesk.paths import resource_path

CATALOGUE = ET.parse(resource_path("i18n", "wxdesk_zh_CN.ts"))
GUIDES = {"en": resource_path("help", "guide_en.html").read_text(encoding="utf-8"),
          "zh_CN": resource_path("help", "guide_zh_CN.html").read_text(encoding="utf-8")}
# The presenting actions the guide walks through, as the window's menus name them.
ACTIONS = ("Expor&t Report…", "Share as &Image…", "Copy as Ima&ge", "Export C&hart…", "&Copy Summary")


def menu_text(source: str, lang: str) -> str:
    """A menu item's text as the window shows it: no accelerator mark, no ellipsis."""
    if lang == "en":
        text = source
    else:
        text = next(m.findtext("translation") for m in CATALOGUE.iter("message") if m.findtext("source") == source)
    return re.sub(r"\(&\w\)|&(?=\w)", "", text).rstrip("…")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_guide_walks_through_every_way_to_leave_the_answer_by_its_menu_name(lang):
    for source in ACTIONS:
        assert menu_text(source, lang) in GUIDES[lang], (source, menu_text(source, lang))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_guide_describes_no_figure_the_window_does_not_show(lang):
    for gone in ("before users", "Per user reached", "获客前", "每位触达用户"):
        assert gone not in GUIDES[lang]


def test_the_chinese_guide_uses_the_words_of_every_other_surface():
    guide = GUIDES["zh_CN"]
    assert "适配度" in guide and "匹配度" not in guide
    assert "首年" in guide and "第一年" not in guide
    assert "买来" not in guide and "买回来" not in guide


def test_the_english_guide_says_won_through_ads_as_the_slider_does():
    assert "won through ads" in GUIDES["en"]
    assert not re.search(r"\bbought\b|re-buying", GUIDES["en"])
