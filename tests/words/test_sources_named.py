"""A source the pack names is named in the handout's appendix, not called a wxdesk estimate.

The list of words a working note starts with held "official" and "agency": "official community post 公众平台群发规则"
was dropped from the broadcasts' sources, and the software copyright certificate's sources with it, its row read
"wxdesk estimate" though the pack gives the Copyright Protection Center and an agency."""

from __future__ import annotations

import re

import pytest

from wxdesk.engine.datapack import Figure
from wxdesk.words import Words
from wxdesk.words.sources import source_text


def _figure(source: str) -> Figure:
    return Figure(id="x", group="fees", label="x", label_zh="x", low=0, likely=1, high=2, unit="CNY",
                  source=source, source_date="2017", checked="2026-12-06", confidence="medium")


@pytest.mark.parametrize("source, named", [
    ("WeChat Service Account docs, Batch Sends; official community post 公众平台群发规则 (last edited 2023-05-11)",
     "WeChat Service Account docs, Batch Sends; official community post 公众平台群发规则"),
    ("agency price list of 60day (1,288)", "agency price list of 60day"),
])
def test_a_source_starting_official_or_agency_is_named(source, named):
    assert source_text(_figure(source), Words()) == named


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_figure_the_pack_sources_is_named_by_its_source(pack, lang):
    """Only wxdesk's own figures (its assumptions, its derivations) read as wxdesk estimates."""
    own = re.compile(r"^(wxdesk|derived)", re.I)
    w = Words.make(lang, "CNY", pack)
    estimated = [fid for fid, figure in pack.figures.items()
                 if not own.match(figure.source) and source_text(figure, w) == w.translate("Report", "wxdesk estimate")]
    assert estimated == []
    said = source_text(pack.figures["software_copyright_cny"], w)
    assert ("Copyright Protection Center" if lang == "en" else "中国版权保护中心") in said, said
