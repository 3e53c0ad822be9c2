"""The data pack's figures as a client reads them on the cards and in the appendix, in both languages:
every amount with its currency, every number grouped alike, large numbers in 亿/万 or millions, units
said once."""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from currency_marks import carries
from wxdesk.batch.language import translate_function, words
from wxdesk.engine import evaluate, load_preset
from wxdesk.engine.reasons import WECOM_CONTACT_FEE, Money, Reason
from wxdesk.words import CURRENCIES, LANGUAGES, Words, numbers
from wxdesk.words.units import MONEY_UNITS

READERS = [(lang, currency) for lang in LANGUAGES for currency in CURRENCIES]
_ENGLISH_SIZES = {"": 1, " million": 10**6, " billion": 10**9}
_CHINESE_SIZES = {"": 1, "万": 10**4, "亿": 10**8}


def _money_figures(pack, fact):
    return [pack.figures[f] for f in re.findall(r"\{(\w+)\}", fact.text) if pack.figures[f].unit in MONEY_UNITS]


def test_every_amount_of_money_is_money_to_the_words_layer(pack):
    """An amount in yuan, per year, per review or per contact, is money; an exchange rate is not."""
    amounts = {f.unit for f in pack.figures.values() if f.unit == "CNY" or f.unit.startswith("CNY/")}
    assert amounts - set(MONEY_UNITS) == {"CNY/USD", "CNY/EUR"}


@pytest.mark.parametrize("lang, currency", READERS)
def test_every_amount_in_a_fact_carries_the_readers_currency(lang, currency, pack):
    """"Overseas companies can verify one (700 a review)" named no currency; now ¥700, $97 or €89."""
    w = Words.make(lang, currency, pack, translate_function(lang))
    quoted = [(fact, figure) for info in pack.accounts.values() for fact in info.facts
              for figure in _money_figures(pack, fact)]
    assert {figure.unit for _, figure in quoted} >= {"CNY/year", "CNY/review"}
    for fact, figure in quoted:
        amount = w.money(figure.likely)
        assert carries(amount, currency, lang) and amount in w.fact(fact), w.fact(fact)
        if currency == "CNY":  # an amount a fact quotes is never rounded away (a price of a few fen would be)
            assert float(amount[1:].replace(",", "")) == pytest.approx(figure.likely, rel=5e-3)


def _read(text: str, sizes: dict[str, int]) -> float:
    match = re.fullmatch(r"([0-9,]+(?:\.[0-9]+)?)(.*)", text)
    assert match and match.group(2) in sizes, text
    return float(match.group(1).replace(",", "")) * sizes[match.group(2)]


@given(st.integers(min_value=0, max_value=10**13))
def test_large_figures_read_the_same_in_both_languages(value):
    """949 million and 9.49亿, 100,000 and 10万: the same number to four significant digits, never 百万 or 千."""
    english, chinese = numbers.large(value, "en"), numbers.large(value, "zh_CN")
    assert _read(english, _ENGLISH_SIZES) == pytest.approx(value, rel=5e-4)
    assert _read(chinese, _CHINESE_SIZES) == pytest.approx(value, rel=5e-4)
    assert ("亿" in chinese) == (value >= 10**8) and ("万" in chinese) == (10**4 <= value < 10**8)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_unit_is_said_once_and_large_numbers_as_readers_write_them(lang, pack):
    """The appendix said "100 thousand messages a day" under a label "in thousands", "100 千条消息/天",
    "949 百万用户", "7 iPhone 机型代数"."""
    w = Words.make(lang, "CNY", pack, translate_function(lang))
    for figure in pack.figures.values():
        label, value = w.label(figure), w.figure_values(figure)
        assert not re.search(r"in thousands|in millions|（千|百万|千条", label + " " + value), (label, value)
        assert not re.search(r"\d thousand|\d million (?!users)|机型代数", value), value
    assert w.figure_values(pack.figures["mp_nfc_min_iphone"]) == "iPhone 7"
    assert w.figure_values(pack.figures["template_messages_thousands_per_day"]) == (
        "100,000 messages a day" if lang == "en" else "10万条/天")  # no space between 万 and 条
    mau = next(f for f in pack.accounts["channels"].facts if f.figure == "wechat_mau_million")
    assert ("its 1.414 billion monthly users" if lang == "en" else "微信 14.14亿月活用户") in w.fact(mau)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_whole_numbers_in_a_sentence_are_grouped_like_the_fact_beside_it(lang, pack):
    """The WeCom card said "Above 2000 customer contacts" beside "2,000 customer contacts free"."""
    w = words(lang)
    shown = w.reason(Reason(WECOM_CONTACT_FEE, {"free": 2000, "average": Money(110), "low": Money(80),
                                                "high": Money(150)}))
    assert "2,000" in shown and "2000" not in shown
    # (factory_staff wrote it first; its staff are no customer contacts now, and bank_care's customers are)
    evaluation = evaluate(load_preset("bank_care"), pack)
    wecom = next(p for p in evaluation.presences if p.id == "wecom")
    texts = [w.reason(r) for r in wecom.reasons if r.template == WECOM_CONTACT_FEE]
    assert texts and all("2,000" in t for t in texts)


def test_plain_counts_of_ten_thousand_and_more_read_in_wan_in_chinese(pack):
    """The appendix wrote "100,000 – 300,000 – 1,000,000 月活用户"; a Chinese reader writes 10万 – 30万 – 100万."""
    pivot = pack.figures["scale_pivot_users"]
    zh = Words.make("zh_CN", "CNY", pack, translate_function("zh_CN")).figure_values(pivot)
    en = Words.make("en", "CNY", pack).figure_values(pivot)
    assert zh.startswith("10万 – 30万 – 100万") and en.startswith("100,000 – 300,000 – 1 million")


@given(st.lists(st.floats(0, 100), min_size=1, max_size=3))
def test_best_plans_scores_never_read_alike_unless_they_are_alike_to_a_tenth(scores):
    shown = Words.plan_scores(scores)
    for score, text in zip(scores, shown):
        # Half a unit of the last digit shown, and the float error of 1.75 read back from "1.8".
        assert float(text) == pytest.approx(score, abs=(0.05 if "." in text else 0.5) + 1e-9)
    for score, text in zip(scores[1:], shown[1:]):
        if text == shown[0]:
            assert round(score, 1) == round(scores[0], 1)
    # Whole numbers where every other plan is a point or more from the plan (or level with it), and no two
    # plans that lost read alike though apart; decimals where one does, so that the scores shown differ as
    # the plans do.
    # (Two that even one decimal writes alike tie as written, as equal ones do: no hundredths are written.)
    rest = scores[1:]
    close = any(0 < abs(scores[0] - s) < 1 and round(scores[0], 1) != round(s, 1) for s in rest) or any(
        one != other and round(one) == round(other) and round(one, 1) != round(other, 1)
        for i, one in enumerate(rest) for other in rest[i + 1:])
    assert all(("." in text) == close for text in shown)


def test_a_chinese_figure_keeps_its_unit_beside_wan_and_yi_alike(pack):
    """The appendix read "2万 月活用户" a few rows below "1万名成员" and "14.14亿用户/月": every figure's value
    closes the space after 万 or 亿 before its unit, whichever way its unit is named."""
    from wxdesk.words.figure_text import value_text
    w = Words.make("zh_CN", "CNY", pack, translate_function("zh_CN"))
    shown = {figure.id: value_text(figure, w) for figure in pack.figures.values()}
    assert not [text for text in shown.values() if re.search(r"[万亿] (?=[\u4e00-\u9fff])", text)]
    assert shown["scale_pivot_users"] == "10万 – 30万 – 100万月活用户"
    # (The template's largest audience is written in full, as every sentence writes it: mp_template.WRITTEN_IN_FULL.)
    assert shown["mp_template_max_users"] == "20,000 月活用户"


@pytest.mark.parametrize(("share", "said"), [(0.0047, "0.47%"), (0.00001, "0.001%"), (0.9996, "99.9%"), (0.375, "38%"),
                                             (0.0, "0%"), (1.0, "100%"),
                                             (0.000001, "0.0001%"), (1e-9, "<0.0001%")])
def test_a_share_in_a_sentence_is_written_out_where_a_table_writes_less_or_more_than(share, said):
    """"Your budget of ¥500k covers only <1% of the plan's likely first-year cost of ¥106M" read as a table's
    shorthand in a sentence: the sentence gives the share's first figures, the table keeps "<1%"."""
    assert Words.share_in_a_sentence(share) == said
    assert numbers.share(0.0047) == "<1%"


@pytest.mark.parametrize(("lang", "currency", "said"), [
    ("en", "USD", "US dollars ($) at 1 USD = 7 CNY"), ("zh_CN", "EUR", "欧元（€），按 1 EUR = 7.8 元人民币换算"),
    ("en", "CNY", "yuan (¥)")])
def test_a_caption_in_dollars_or_euros_names_its_rate(pack, lang, currency, said):
    """A long image in dollars, forwarded, named no rate at all; the handout's first pages neither."""
    w = Words.make(lang, currency, pack, translate_function(lang))
    assert w.currency_with_rate() == said
    assert w.rate_note() == ("" if currency == "CNY" else said.split("at ")[-1].split("按 ")[-1].removesuffix("换算"))


@given(st.floats(min_value=0.1, max_value=10), st.floats(min_value=0, max_value=5), st.floats(min_value=0, max_value=5),
       st.sampled_from(["×", "weight"]))
def test_a_multiplier_reads_bei_in_chinese_and_times_in_english(low, up, further, unit):
    """The Chinese appendix read "应用服务器费用相对小程序的倍数 × 1.5 – 2.3 – 3（平均 × 2.267）" beside "1.5 倍"
    a few rows on: every multiplier reads 倍 after its figures in Chinese, "×" before them in English, its average
    too."""
    from wxdesk.engine import load_datapack
    from wxdesk.words.figure_text import average_text, value_text
    base = next(f for f in load_datapack().figures.values() if f.unit == "×")
    figure = dataclasses.replace(base, unit=unit).with_values(low, low + up, low + up + further)
    chinese, english = words("zh_CN"), words("en")
    for said in (value_text(figure, chinese), average_text(figure, chinese)):
        assert said.endswith(" 倍") and "×" not in said, said
    for said in (value_text(figure, english), average_text(figure, english)):
        assert said.startswith("× ") and "倍" not in said and re.search(r"\d", said), said


def test_a_chinese_count_of_monthly_users_or_opens_reads_as_a_count_not_a_rate(pack):
    """The appendix read "14.14亿用户/月" (a rate, as if users arrived each month) and "70 次打开/月": monthly users
    read 月活用户 however the pack scales them, and opens a month 次/月."""
    from wxdesk.words.figure_text import value_text
    w = Words.make("zh_CN", "CNY", pack, translate_function("zh_CN"))
    monthly = [f for f in pack.figures.values() if f.unit in ("users/month", "million users/month")]
    assert {f.unit for f in monthly} == {"users/month", "million users/month"}
    for figure in monthly:
        assert value_text(figure, w).endswith("月活用户"), value_text(figure, w)
    opens = [value_text(f, w) for f in pack.figures.values() if f.unit == "opens/month"]
    assert opens and all(text.endswith(" 次/月") for text in opens), opens


@example(0.005)
@given(st.floats(min_value=0.0, max_value=1.0))
def test_a_sampled_chance_is_never_written_as_a_certainty(value):
    """The chart's chance read "100%" in one plan beside ">99%" in another: 1,000 samples agreeing show no certainty."""
    written = numbers.chance(value)
    assert written not in ("0%", "100%")
    # As any share is written, save where that reads as a certainty (0.005 too: half a percent rounds to even, "0%").
    shared = numbers.share(value)
    assert written == (shared if shared not in ("0%", "100%") else "<1%" if value < 0.5 else ">99%")


@example(0.005)
@example(0.995)
@given(st.floats(min_value=0.0, max_value=1.0))
def test_a_share_reads_none_or_all_only_where_it_is(value):
    written = numbers.share(value)
    assert (written == "0%") == (value == 0) and (written == "100%") == (value == 1)
