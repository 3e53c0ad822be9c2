"""Where a panel's key fact comes from, in its tooltip, in the reader's language: a Chinese card read
"来源日期 undated，核实于 2026-11-30，可信度 high", the pack's English source and its working notes (figure ids and
all), where the assumptions table and the handout beside it name the same source in Chinese."""

from __future__ import annotations

import re

import pytest

from wxdesk.catalogues import translate_function
from wxdesk.engine import load_datapack
from wxdesk.words import Words
from wxdesk.words.sources import source_text

PACK = load_datapack()
FACTS = [fact for account in PACK.accounts.values() for fact in account.facts]


def test_a_chinese_fact_names_its_source_date_and_confidence_in_chinese():
    w = Words.make("zh_CN", "CNY", PACK, translate_function("zh_CN"))
    for fact in FACTS:
        said = w.fact_source(fact)
        origin = PACK.figures[fact.figure] if fact.figure else PACK.rules[fact.rule]
        assert said.splitlines()[0] == "来源：" + source_text(origin, w), said
        assert not re.search(r"\b(undated|low|medium|high)\b", said), said
        lines = [line for line in said.splitlines() if not line.startswith("http")]  # (an address is as it is)
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", "\n".join(lines)), said  # no figure id from a working note
    payments = next(f for f in FACTS if f.rule == "payments")
    assert "企业微信开发者文档：对外收款" in w.fact_source(payments)
    assert "可信度 中–高" in w.fact_source(payments)


@pytest.mark.parametrize("fact", [f for f in FACTS if f.figure][:5], ids=lambda f: f.figure)
def test_an_english_fact_keeps_the_packs_own_source_and_note(fact):
    w = Words.make("en", "CNY", PACK)
    figure = PACK.figures[fact.figure]
    said = w.fact_source(fact)
    assert said.splitlines()[0] == "Source: " + figure.source
    assert not figure.note or figure.note in said
