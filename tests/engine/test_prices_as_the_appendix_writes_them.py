"""A card quoting a data-pack price writes it as the handout's appendix writes the figure, so that the amount beside it
multiplies out from the words: with the article's price set to ¥0 – ¥1,500 – ¥2,000, the card read "at ¥1,170 each on
average" beside the appendix's "average ¥1,167", and ¥1,170 × 360 articles is ¥421k, not the ¥420k it gave. Where the
appendix's figure does not multiply out (converted to three significant digits), the card writes it to more digits.

And where the plan without the member that sends the articles would pay for as many, its card says so: car_brand's plan
without its Official Account cost no less, beside the Official Account's card giving it ¥300k of the plan's cost."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.report.command import reader_words
from wxdesk.words.figure_text import average_text

PACK = load_datapack()
FIGURE = "content_per_message_cny"
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _content(evaluation):
    return next(r for p in evaluation.presences for r in p.reasons
                if r.template in R.CONTENT_LINES)


@settings(max_examples=30, deadline=None)
@given(low=st.integers(0, 500), likely=st.integers(0, 3000), high=st.integers(0, 5000),
       lang=st.sampled_from(["en", "zh_CN"]), currency=st.sampled_from(["CNY", "USD"]))
def test_the_cards_average_price_is_the_appendixs(low, likely, high, lang, currency):
    low, likely, high = sorted((low, likely, high))
    if high <= 0:
        return
    values = {"low": float(low), "likely": float(likely), "high": float(high)}
    scenario = load_preset("car_brand").with_changes(overrides={FIGURE: values})
    evaluation = evaluate(scenario, PACK)
    figure = PACK.with_overrides(scenario.overrides).figures[FIGURE]
    w = reader_words(lang, currency, PACK)
    said = w.reason(_content(evaluation))
    appendix = average_text(figure, w)
    if appendix in said:
        return
    # Or the appendix's figure to more digits, where its own would not multiply out to the amount beside it (in
    # dollars, "$119 each" × 360 made $42,840 beside "$42.9k": reasons.Price): within the appendix's last digit.
    card = re.search(r"at (\S+) each on average|平均每篇 ?(\S+?)（", said).group(2 if lang == "zh_CN" else 1)
    shown, written = (NUMBER.search(text).group().replace(",", "") for text in (appendix, card))
    # (The appendix's last digit: its third significant one in dollars, its last written one in yuan.)
    last = (math.floor(math.log10(float(shown))) - 2 if currency != "CNY" else -len(shown.partition(".")[2]))
    assert written != shown and abs(float(written) - float(shown)) <= 0.5 * 10 ** last * (1 + 1e-9), (appendix, said)


def test_the_reviewers_case_multiplies_out():
    values = {"low": 0.0, "likely": 1500.0, "high": 2000.0}
    evaluation = evaluate(load_preset("car_brand").with_changes(overrides={FIGURE: values}), PACK)
    said = reader_words("en", "CNY", PACK).reason(_content(evaluation))
    assert "at ¥1,167 each on average (up to ¥2,000): ¥420k" in said
    # The JSON gives the price to the fen, the amount to the yuan.
    params = _content(evaluation).params_json()
    assert params["average"] == 1166.67 and params["high"] == 2000.0


ANYWAY = (R.CONTENT_COUNTED_ANYWAY, R.CONTENT_COUNTED_ONE_ANYWAY)


@pytest.mark.parametrize("preset", ["car_brand", "food_ordering", "bank_care", "news_publisher", "city_service"])
def test_the_card_says_a_plan_without_it_pays_for_the_articles_exactly_where_it_does(preset):
    scenario = load_preset(preset)
    evaluation = evaluate(scenario, PACK)
    book = CostBook(scenario, PACK)
    articles = book.articles(evaluation.plan.presences)
    for presence in evaluation.presences:
        said = [r.template for r in presence.reasons]
        if articles is None or presence.id != articles[0]:
            assert not set(said) & set(ANYWAY)
            continue
        others = tuple(m for m in evaluation.plan.presences if m != presence.id)
        without = book.articles(others) if others else None
        expected = without is not None and without[1] == articles[1]
        assert bool(set(said) & set(ANYWAY)) == expected, (preset, presence.id)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_car_brands_official_account_says_it_on_every_surface(lang):
    """In the window's card, the handout's and the long image's (a line on what the cost is the cost of), the JSON."""
    from wxdesk.report.answer import build_answer
    evaluation = evaluate(load_preset("car_brand"), PACK)
    card = next(p for p in evaluation.presences if p.id == "subscription")
    w = reader_words(lang, "CNY", PACK)
    line = next(w.reason(r) for r in card.reasons if r.template in R.CONTENT_LINES)
    anyway = {"en": "A plan without it pays for them too: another member, or paid ads, would carry the messages.",
              "zh_CN": "不含它的方案同样要为这些图文付费"}[lang]
    assert anyway in line
    assert (re.search(r"at ¥833\.3 each on average", line) if lang == "en" else "¥833.3" in line)
    answer = build_answer(evaluation, PACK, w)
    assert any(anyway in note for role in answer.roles for note in role.notes)


@pytest.mark.parametrize("preset", ["news_publisher", "car_brand", "cross_border_skincare", "bank_care"])
@pytest.mark.parametrize("currency", ["CNY", "USD", "EUR"])
def test_the_appendix_writes_an_average_as_the_card_multiplies_it_out(preset, currency):
    """news_publisher in euros: the card's "€106.8 each on average" (the digits that make × 1,080 articles read as its
    €115k) stood beside the appendix's "(average €107)", one figure written two ways on one handout."""
    from itertools import chain

    from wxdesk.report import assumptions
    from wxdesk.words.figure_text import quoted_averages

    evaluation = evaluate(load_preset(preset), PACK)
    w = reader_words("en", currency, PACK)
    reasons = list(chain(*(p.reasons for p in evaluation.presences), evaluation.plan.reasons))
    quoted = quoted_averages(reasons, w)
    rows = {label: value for group in assumptions.groups(PACK, w, quoted=quoted) for label, value, *_ in group.rows}
    for figure_id, written in quoted.items():
        said = [w.reason(r) for r in reasons if f"{written} " in w.reason(r)]
        assert said, (figure_id, written)  # the card's own writing, a whole number ("€106.8 each", not "€106.85")
        row = rows[w.label(PACK.figures[figure_id])]
        assert row.endswith(f"(average {written})"), (row, said)
    if (preset, currency) == ("news_publisher", "EUR"):
        assert quoted == {FIGURE: "€106.8"}
