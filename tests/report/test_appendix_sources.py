"""The Chinese handout's appendix names its sources for a Chinese reader: a Chinese document or a
plain description in Chinese, a proper name (publication, author, site) as it is written."""

from __future__ import annotations

import re

import pytest

from wxdesk.engine import load_datapack
from wxdesk.report.assumptions import groups, source_text
from wxdesk.words.source_names import chinese_source_names
from wxdesk.words import Words

# English words that say what a source is, never part of a proper name: a row reading
# "WeChat Mini Program docs" or "Verification guides" in a Chinese handout is untranslated.
DESCRIBING = re.compile(r"\b(docs|help|guides?|reports?|notice|announcement|comparison|results|discussion|"
                        r"notes|guidance|benchmark|verification|registration|fees|enrollment|review)\b",
                        re.IGNORECASE)


def _english_parts(pack):
    """The sources of the pack's figures and of its rules (the panels' key facts cite both in their tooltips)."""
    english = Words.make("en", "CNY", pack)
    return {part for origin in (*pack.figures.values(), *pack.rules.values())
            for part in source_text(origin, english).removeprefix("wxdesk estimate, based on ").split("; ")}


def test_every_source_of_the_pack_is_named_in_chinese_or_kept_as_a_proper_name():
    """A source the pack gains is decided in resources/i18n/sources_zh.toml, not left in English by default."""
    pack = load_datapack()
    names = chinese_source_names()
    undecided = sorted(p for p in _english_parts(pack) if p != "wxdesk estimate" and not names.decided(p))
    assert undecided == []
    # Nothing is both translated and kept, and nothing kept is a description.
    assert not names.kept & set(names.translated)
    assert [p for p in names.kept if DESCRIBING.search(p)] == []


def test_the_chinese_appendix_shows_no_described_source_in_english():
    pack = load_datapack()
    chinese = Words.make("zh_CN", "CNY", pack, _catalogue())
    sources = [row[2] for group in groups(pack, chinese) for row in group.rows]
    english_descriptions = [s for s in sources if DESCRIBING.search(s)]
    assert english_descriptions == []
    assert "微信小程序开发文档：分包加载" in sources
    assert "QuestMobile 2024 年 10 月小程序报告" in sources  # the publisher's name kept, its report named
    assert "it472 2025" in sources  # a site's name as it is written
    assert all("; " not in s for s in sources)  # several sources part with the Chinese semicolon


def test_the_english_appendix_is_unchanged():
    pack = load_datapack()
    english = Words.make("en", "CNY", pack)
    sources = [row[2] for group in groups(pack, english) for row in group.rows]
    assert "WeChat Mini Program docs, subpackages" in sources
    # The sources said as they are (pack of 6 December 2026): the certificate names the centre and the agency,
    # Mini Program upkeep its benchmark. The broadcasts' community post is named, by its Chinese title.
    assert "Copyright Protection Center, reported by Xinhua; app.60day.cn" in sources
    assert "wsjz 2025; CSBMK-202510 software benchmark, as transcribed in a public GitHub file" in sources
    assert "WeChat Service Account docs, Batch Sends; official community post 公众平台群发规则" in sources
    chinese_titles = ("公众号", "公众平台群发规则")
    assert not any(re.search(r"[\u4e00-\u9fff]", s) for s in sources
                   if not any(title in s for title in chinese_titles))


def _catalogue():
    from wxdesk import catalogues
    translate = catalogues.translate_function("zh_CN")
    if translate is None:
        pytest.skip("the Chinese catalogue is not built")
    return translate


@pytest.mark.parametrize(("lang", "word"), [("en", "undated"), ("zh_CN", "未注明日期")])
def test_an_undated_source_reads_one_way_in_the_appendix_and_the_assumptions_table(qapp, lang, word):
    """The appendix wrote 未注明日期 where the assumptions table and a key fact's tooltip wrote 无日期."""
    from wxdesk.report.command import reader_words
    pack = load_datapack()
    w = reader_words(lang, "CNY", pack)
    undated = [f for f in pack.figures.values() if f.source_date == "undated"]
    assert undated
    dates = {row[0]: row[3] for group in groups(pack, w) for row in group.rows}
    assert {dates[w.label(f)] for f in undated} == {word} == {w.date_words("undated")}
