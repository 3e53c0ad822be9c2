"""The words layer on its own: numbers, names, facts and sentences for one reader, without Qt."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from currency_marks import carries
from wxdesk.engine import evaluate, load_preset
from wxdesk.engine.reasons import Count, Money, Reason, Term
from wxdesk.words import CURRENCIES, LANGUAGES, PRESENCES, Words, cny_per_unit, numbers

READERS = [(lang, currency) for lang in LANGUAGES for currency in CURRENCIES]


def test_the_words_layer_imports_no_qt():
    code = "import sys, wxdesk.words; sys.exit(any(m.split('.')[0] in ('PySide6', 'pyqtgraph') for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_money_in_both_languages_and_every_currency(pack):
    assert Words.make("zh_CN", "CNY", pack).money(125_000) == "¥12.5万"
    assert Words.make("en", "CNY", pack).money(125_000) == "¥125k"
    assert Words.make("zh_CN", "CNY", pack).money(3e8) == "¥3亿"
    usd = 720_000 / pack.likely("usd_cny")
    assert Words.make("en", "USD", pack).money(720_000) == f"${usd / 1000:.0f}k"
    assert Words.make("en", "EUR", pack).money(780_000).startswith("€")
    assert Words.make("en", "EUR", pack, own_rate=7.8).money(78_000) == "€10k"


def test_counts_numbers_lists_and_dates():
    en, zh = Words("en"), Words("zh_CN")
    assert (zh.count(300_000), en.count(300_000)) == ("30万", "300k")
    assert en.number(12345.5, 1) == zh.number(12345.5, 1) == "12,345.5"
    assert zh.join(["服务号", "订阅号", "小程序"]) == "服务号、订阅号和小程序"
    assert en.join(["a", "b", "c"]) == "a, b and c"
    assert en.date(dt.date(2026, 3, 5)) == "5 March 2026"
    assert zh.date(dt.date(2026, 3, 5)) == "2026年3月5日"
    assert en.share(0.375) == "38%"


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_whole_figures_keep_every_digit(value):
    assert int(numbers.figure(value).replace(",", "")) == value


@given(st.floats(min_value=1e-6, max_value=1e12, allow_nan=False))
def test_figures_keep_four_significant_digits(value):
    shown = float(numbers.figure(value).replace(",", ""))
    assert shown == pytest.approx(value, rel=5e-4)


@given(st.floats(min_value=0, max_value=1e13, allow_nan=False), st.sampled_from(READERS))
def test_money_carries_one_currency_sign(amount, reader):
    lang, currency = reader
    text = Words.make(lang, currency, None, own_rate=7.0).money(amount)
    number = r"([0-9]{1,3}(,[0-9]{3})*|[0-9]{4,})(\.[0-9]+)?(k|M|B|T|万亿|亿|万)?"
    # (In Chinese a dollar or euro amount names its currency after it: "58.4万美元", never "$58.4万".)
    assert re.fullmatch(rf"[¥$€]{number}|{number}(美元|欧元)", text), text
    assert carries(text, currency, lang), text


def test_rates_come_from_the_reader_else_the_pack(pack):
    assert cny_per_unit("CNY", None) == 1.0
    assert cny_per_unit("USD", pack) == pack.likely("usd_cny")
    assert cny_per_unit("USD", pack, own_rate=8.0) == 8.0
    with pytest.raises(ValueError):
        cny_per_unit("JPY", pack)
    with pytest.raises(ValueError):
        Words.make("fr", "CNY", pack)


def test_presence_names_are_spelled_once_in_both_languages():
    assert set(PRESENCES) == {"service", "subscription", "mini_program", "wecom", "channels", "native_app"}
    en, zh = Words("en"), Words("zh_CN")
    assert en.presence("subscription") == "Official Account (formerly Subscription Account)"
    assert zh.presence("subscription") == "公众号（原订阅号）"
    assert (en.presence("channels"), zh.presence("channels")) == ("Channels", "视频号")
    assert (en.presence("wecom"), zh.presence("wecom")) == ("WeCom", "企业微信")
    assert (en.presence("native_app"), zh.presence("native_app")) == ("Native app", "原生应用")
    # Inside an English sentence a common noun is lower-cased; a product name is not.
    assert (en.term("native_app"), en.term("service")) == ("native app", "Service Account")
    assert len({en.presence(p) for p in PRESENCES}) == len({zh.presence(p) for p in PRESENCES}) == len(PRESENCES)


@pytest.mark.parametrize("lang, currency", READERS)
def test_facts_are_filled_in_the_readers_currency(lang, currency, pack):
    words = Words.make(lang, currency, pack)
    other_signs = {"¥", "$", "€"} - {words.currency_symbol}
    for info in pack.accounts.values():
        for fact in info.facts:
            text = words.fact(fact)
            assert "{" not in text, text
            assert not other_signs & set(text), f"{text!r} mixes currencies"
    fee = pack.accounts["service"].facts[1]
    assert words.money(pack.likely("verification_fee_cny")) in words.fact(fee)


def test_fact_numbers_are_grouped_like_every_other_figure(pack):
    contacts = next(f for f in pack.accounts["wecom"].facts if f.figure == "wecom_free_contacts")
    shown = numbers.figure(pack.likely("wecom_free_contacts"))
    assert "," in shown
    assert Words.make("en", "CNY", pack).fact(contacts).startswith(shown)
    assert Words.make("zh_CN", "CNY", pack).fact(contacts).startswith(shown)


def test_figure_values_show_ranges_units_and_percentages(pack):
    words = Words.make("en", "CNY", pack, translate=lambda context, text: f"<{context}:{text}>")
    share = next(f for f in pack.figures.values() if f.unit == "share")
    assert words.figure_values(share).endswith("%")
    per_user = next(f for f in pack.figures.values() if f.unit == "CNY/user")
    assert words.figure_values(per_user).endswith("<units:CNY per user>")


def test_reasons_go_through_the_translation_function_with_reader_money_and_names():
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return "Pay " + text if context == "engine" else text

    words = Words("en", "USD", 7.0, translate)
    reason = Reason("{account} costs {cost}.", {"account": Term("wecom"), "cost": Money(70_000)})
    assert words.reason(reason) == "Pay WeCom costs $10k."
    assert ("engine", "{account} costs {cost}.") in seen


def test_counts_in_a_reason_are_written_the_readers_way():
    reason = Reason("With {users} monthly users.", {"users": Count(40_000)})
    assert Words("zh_CN", "CNY", 1.0, lambda context, text: text).reason(reason) == "With 4万 monthly users."
    assert Words("en", "CNY", 1.0, lambda context, text: text).reason(reason) == "With 40k monthly users."


def test_every_reason_of_an_evaluation_renders_in_both_languages(pack):
    evaluation = evaluate(load_preset("car_brand"), pack)
    plans = (evaluation.plan, *evaluation.alternatives)
    reasons = [r for presence in evaluation.presences for r in presence.reasons]
    reasons += [r for plan in plans for r in (*plan.reasons, *plan.why_not)]
    reasons += [*(evaluation.plan.role_reason(p) for p in evaluation.plan.presences), evaluation.budget,
                *evaluation.warnings]
    for lang, currency in READERS:
        words = Words.make(lang, currency, pack)
        for reason in reasons:
            text = words.reason(reason)
            assert text and "{" not in text


def test_one_point_in_the_appendix_reads_in_the_singular(pack):
    """The pack's cost_points_per_doubling read "1 points" in every English handout's appendix."""
    words = Words.make("en", "CNY", pack)
    assert words.figure_values(pack.figures["cost_points_per_doubling"]) == "1 point"
    assert words.figure_values(pack.figures["extra_account_penalty"]) == "5 points"


def test_one_of_any_counted_unit_reads_in_the_singular(pack):
    """The Sensitivity chart's ends and `sensitivity` read "1 weeks" and "1 new users per user a year": one of any
    counted unit is singular in English, more than one plural, and Chinese nouns carry no number."""
    from wxdesk.words.swings import value_text
    english, chinese = Words.make("en", "CNY", pack), Words.make("zh_CN", "CNY", pack)
    counted = {f.unit: f for f in pack.figures.values()
               if any(word in {"weeks", "users", "minutes", "points", "messages", "contacts", "days", "hours"}
                      for word in english.unit(f.unit).split(" "))}
    assert {"weeks", "points", "users/user/year", "min/user/month"} <= set(counted)
    for figure in counted.values():
        one, two = value_text(figure, 1.0, english).split(" "), value_text(figure, 2.0, english).split(" ")
        plural = next(word for word in two[1:] if word.endswith("s"))
        assert plural not in one and plural[:-1] in one, (one, two)
        assert len(one) == len(two)
        assert value_text(figure, 1.0, chinese).replace("1", "2", 1) == value_text(figure, 2.0, chinese)
    assert value_text(pack.figures["weeks_app_build"], 1.0, english) == "1 week"
    assert value_text(counted["users/user/year"], 1.0, english) == "1 new user per user a year"
    assert value_text(counted["users/user/year"], 3.0, english) == "3 new users per user a year"
