"""A handout in dollars or euros names its rate on every page: its first amounts ("Your budget of $57.1k …") stood
pages before the appendix's one sentence on the rate; in yuan the footer is as it was."""

from __future__ import annotations

import pytest

from pdf_text import pdf_text
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.report.command import reader_words
from wxdesk.report.handout import write_report

PACK = load_datapack()


@pytest.mark.parametrize(("currency", "lang", "rate"), [("USD", "en", "1 USD = 7 CNY"),
                                                        ("EUR", "zh_CN", "1 EUR = 7.8 元人民币"),
                                                        ("CNY", "en", None)])
def test_each_page_names_the_rate_its_amounts_were_converted_at(tmp_path, qapp, currency, lang, rate):
    path = tmp_path / "handout.pdf"
    words = reader_words(lang, currency, PACK)
    write_report(evaluate(load_preset("cross_border_skincare", lang), PACK), PACK, path, words)
    pages = [page for page in pdf_text(path).split("\f") if page.strip()]
    assert len(pages) >= 5
    for page in pages:
        flat = " ".join(page.split())
        if rate is None:
            assert "CNY ·" not in flat and "元人民币 ·" not in flat
        else:
            assert f"{rate} ·" in flat, flat[-200:]
