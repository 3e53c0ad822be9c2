"""A figure the pack found reprinted ("Tencent quarterly results, via stockcounterparts and reportify") is
credited in the handout's appendix to its publisher, not to the reprint host or thread it was reached by."""

from __future__ import annotations

import re

import pytest

from wxdesk.engine import load_datapack
from wxdesk.report.assumptions import groups, source_text
from wxdesk.report.command import reader_words

PACK = load_datapack()
REACHED_BY = re.compile(r",?\s+(?:via|reposted by|quoted in|the same text on)\s+(.*)$")


def _reached_by(source: str) -> list[str]:
    """The reprint hosts and threads a source names after "via", "reposted by", "quoted in" or "the same text on"
    ("swing2app docs", "GPlates PR #121", "orangeapp", "api-evangelist/ios plans", "wsjz.net")."""
    found = []
    for part in re.split(r";\s*", source):
        via = REACHED_BY.search(re.sub(r"\([^()]*\)", "", part))
        if via:
            found += [name.strip() for name in re.split(r",\s*|\s+and\s+", via.group(1).removesuffix(" reprints"))]
    return [name for name in found if name]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_no_reprint_host_is_named_as_a_source(lang):
    words = reader_words(lang, "CNY", PACK)
    reprinted = [f for f in PACK.figures.values() if _reached_by(f.source)]
    assert len(reprinted) >= 4  # the pack's QuestMobile, Tencent and Google Play figures
    for figure in reprinted:
        shown = source_text(figure, words)
        hosts = [host for host in _reached_by(figure.source) if host in shown]
        assert hosts == [], (figure.id, shown)
        assert not re.search(r"\bvia\b|reposted|quoted in|same text|转引|转载|引用|同文", shown), (figure.id, shown)


@pytest.mark.parametrize("figure_id,english,chinese", [
    ("wechat_mau_million", "Tencent quarterly results", "腾讯季度业绩"),
    ("google_play_usd", "Google Play console help", "Google Play 管理中心帮助"),
    ("mp_opens_per_month", "QuestMobile Mini Program report, October 2024", "QuestMobile 2024 年 10 月小程序报告"),
    ("mp_users_million", "QuestMobile Mini Program report, October 2024", "QuestMobile 2024 年 10 月小程序报告"),
    ("app_session_min", "QuestMobile 2025 half-year report", "QuestMobile 2025 年半年报告"),
])
def test_a_reprinted_figure_is_credited_to_its_publisher(figure_id, english, chinese):
    figure = PACK.figures[figure_id]
    assert source_text(figure, reader_words("en", "CNY", PACK)) == english
    assert source_text(figure, reader_words("zh_CN", "CNY", PACK)) == chinese
    assert figure.url  # where it was read stays in the pack, for the window's link


def test_the_appendix_rows_carry_the_publishers():
    sources = {row[2] for group in groups(PACK, reader_words("en", "CNY", PACK)) for row in group.rows}
    assert {"Tencent quarterly results", "Google Play console help"} <= sources
    assert not any(host in s for s in sources for host in ("glaucomaclinical", "stockcounterparts", "GPlates"))
