"""Where the articles written for the client are most of the plan's first year, the budget's sentence names them.

A kindergarten's handout read "您的预算 ¥12万比方案首年的预计成本 ¥12.9万少 ¥9,000；能满足您需求的方案都超出这笔
预算" beside a key whose "维护与内容 ¥60万" (94% of its cost) read like software upkeep: it is 12
articles a month written for it at ¥833.3 each, ¥120k a year, the whole budget, none of it if it writes them
itself.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk import cli
from wxdesk.batch.language import translate_function
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.scenario import Scenario
from wxdesk.report.answer import build_answer
from wxdesk.words import Words
from wxdesk.words.articles import FIRST_YEAR_SHARE, articles_note, plan_articles
from wxdesk.words.summary import summary_text

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)
KINDERGARTEN = {"name": "Bilingual kindergarten", "budget_cny": 120000, "interaction_minutes": 10, "audience": 1500,
                "china_share": 1.0, "pushes_per_month": 12, "goals": ("news", "service", "relationship"), "needs": (),
                "horizon_years": 5, "entity": "company", "paid_share": 0.1}
SAID = {"en": "Of the plan's likely first-year cost of ¥129k, ¥120k is 12 articles a month written for you, at ¥833.3 "
              "each on average; written in-house, they would cost nothing.",
        "zh_CN": "方案首年预计成本 ¥12.9万中，¥12万是每月 12 篇外包代写的图文，平均每篇 ¥833.3；"
                 "如果由您自己撰写，这部分为零。"}


def _words(lang: str, currency: str = "CNY") -> Words:
    return Words.make(lang, currency, PACK, translate_function(lang))


def _kindergarten():
    return evaluate(Scenario(**KINDERGARTEN), PACK, TODAY)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_kindergartens_budget_sentence_names_its_articles(lang):
    evaluation, w = _kindergarten(), _words(lang)
    answer = build_answer(evaluation, PACK, w, {})
    # The handout's budget sentence and the long image's, each followed by the same one.
    assert answer.budget == w.sentences([w.reason(evaluation.budget), SAID[lang]])
    assert answer.budget.endswith(SAID[lang]) and answer.budget_beside_score.endswith(SAID[lang])
    # And the text summary's, as its lines wrap it.
    assert _flat(SAID[lang], lang) in _flat(summary_text(evaluation, PACK, w), lang)


@pytest.mark.parametrize("currency", ["CNY", "USD", "EUR"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_articles_multiply_out_to_the_amount_said(lang, currency):
    """12 a month × 12 months × the price as written reads as the amount said, in every currency."""
    evaluation, w = _kindergarten(), _words(lang, currency)
    note = articles_note(evaluation, w)
    line = plan_articles(evaluation)
    per_year = float(line.params["wanted"]) * 12
    written = line.params["average"].written_in(w.currency, w.cny_per_unit, w.lang)
    assert written in note  # (as the card and the appendix write it)
    price = float(re.search(r"\d[\d,]*(?:\.\d+)?", written).group().replace(",", ""))
    amount = float(line.params["amount"]) / int(line.params["years"])
    assert w.money(price * per_year * w.cny_per_unit) == w.money(amount), note
    assert w.money(amount) in note and w.money(evaluation.plan.first_year.likely) in note


def test_where_the_articles_are_not_most_of_the_first_year_nothing_is_added():
    """car_brand's 6 articles a month are ¥60k of its ¥1.19M first year: its budget sentence stands alone."""
    evaluation, w = evaluate(load_preset("car_brand"), PACK, TODAY), _words("en")
    line = plan_articles(evaluation)
    assert line is not None
    yearly = float(line.params["amount"]) / int(line.params["years"])
    assert yearly < FIRST_YEAR_SHARE * evaluation.plan.first_year.likely
    assert articles_note(evaluation, w) == ""
    assert build_answer(evaluation, PACK, w, {}).budget == w.reason(evaluation.budget)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_handout_says_it_beside_the_budget(tmp_path, qapp, lang):
    source = tmp_path / "kindergarten.json"
    source.write_text(Scenario(**KINDERGARTEN).to_json(), encoding="utf-8")
    out = tmp_path / "handout.pdf"
    assert cli.main(["report", str(source), "-o", str(out), "--lang", lang]) == 0
    assert squeeze(SAID[lang]) in squeeze(pdf_text(out))  # (PDF text drops a hyphen at a line's end)


def _flat(text: str, lang: str) -> str:
    """The text as read, whatever its line breaks: English words one space apart; Chinese without spaces."""
    return " ".join(text.split()) if lang == "en" else "".join(text.split())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_note_writes_apart_the_amounts_the_budgets_sentence_writes_apart(lang):
    """A kindergarten whose first year is nearly all articles read "… ¥300 short of the plan's likely first-year cost
    of ¥120,300", then "Of the plan's likely first-year cost of ¥120k, ¥120k is 12 articles a month"."""
    ev = evaluate(Scenario().with_changes(name="Kindergarten", budget_cny=120_000, audience=300, goals=["news"],
                                          pushes_per_month=12, paid_share=0.0), PACK, TODAY)
    w = _words(lang)
    budget, note = w.reason(ev.budget), articles_note(ev, w)
    assert "¥120,300" in budget and "¥120,000" in budget
    assert "¥120,300" in note and "¥120,000" in note and "¥120k" not in note and "¥12万" not in note
