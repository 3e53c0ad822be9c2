"""A price a sentence multiplies out reads, times its count, as the amount beside it: car_brand's card read "at $119
each on average … $42.9k of the plan's likely cost" for 6 articles a month over 5 years, and $119 × 360 is $42,840
($42.8k). Written to three significant digits in a converted currency, the price took the amount's last digit with
it; it now takes as many more digits, up to cents, as the count needs ("$119.05"), and keeps the appendix's figure
where that already multiplies out."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.money import format_figure_money
from wxdesk.engine.reasons import Price
from wxdesk.words import Words

PACK = load_datapack()
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written_number(text: str) -> float:
    return float(NUMBER.search(text).group().replace(",", ""))


@settings(max_examples=300, deadline=None)
@given(st.floats(1, 1e7), st.integers(1, 300).map(lambda months: months * 12),
       st.sampled_from(["CNY", "USD", "EUR"]), st.sampled_from(["en", "zh_CN"]))
def test_a_price_times_its_count_reads_as_the_amount_beside_it(price, times, currency, lang):
    w = Words.make(lang, currency, PACK)
    written = Price(price, times).written_in(w.currency, w.cny_per_unit, w.lang)
    assert w.money(_written_number(written) * w.cny_per_unit * times) == w.money(price * times), written
    # (No more digits than the appendix's figure where that one multiplies out already.)
    appendix = format_figure_money(price, w.currency, 1 / w.cny_per_unit, w.lang)
    if w.money(_written_number(appendix) * w.cny_per_unit * times) == w.money(price * times):
        assert written == appendix


def test_car_brands_articles_in_dollars_multiply_out_to_the_amount_said():
    evaluation = evaluate(load_preset("car_brand"), PACK)
    [line] = [r for p in evaluation.presences for r in p.reasons if r.template in R.CONTENT_LINES]
    assert line.params["wanted"] == 6 and evaluation.scenario.horizon_years == 5
    text = Words.make("en", "USD", PACK).reason(line)
    assert "at $119.05 each on average (up to $286): $42.9k of the plan's likely cost" in text, text
    # In yuan, the appendix's ¥833.3 × 360 is ¥299,988: the ¥300k said.
    assert "at ¥833.3 each on average (up to ¥2,000): ¥300k" in Words.make("en", "CNY", PACK).reason(line)


def test_a_price_takes_whole_digits_before_it_takes_fractions():
    """car_brand's videos, ¥170k a year over 5 years: "$24,300" (the appendix's) × 5 made $121.5k beside "$121k", and
    one more digit was "$24,285.7", a tenth of a dollar on a yearly price; a whole ten, "$24,290", multiplies out."""
    evaluation = evaluate(load_preset("car_brand"), PACK)
    [line] = [r for r in evaluation.presence("channels").reasons if r.template.startswith("Its short videos")]
    text = Words.make("en", "USD", PACK).reason(line)
    assert "at $24,290 a year on average ($4,290 to $51,400): $121k of the plan's likely cost" in text, text


def test_a_price_halfway_between_two_written_figures_reads_as_the_appendix_writes_it():
    """24,999 yuan is €3,205.0 divided by the rate and €3,205.0000000000005 times its reciprocal, as the appendix
    converts it: the sentence read "€3,205" beside the appendix's "€3,210", which times 12 reads as the same €38.5k."""
    w = Words.make("en", "EUR", PACK)
    written = Price(24_999.0, 12).written_in(w.currency, w.cny_per_unit, w.lang)
    assert written == format_figure_money(24_999.0, w.currency, 1 / w.cny_per_unit, w.lang) == "€3,210"
