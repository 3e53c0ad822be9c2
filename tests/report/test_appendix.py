"""The handout's appendix: every figure, grouped, with a source a client could look up."""

from __future__ import annotations

import re

import pytest

from currency_marks import carries, mark, named_after
from wxdesk.engine import load_datapack
from wxdesk.report.assumptions import groups, source_text, value_text
from wxdesk.words import Words


def test_every_figure_appears_once_in_a_named_group():
    pack = load_datapack()
    found = [row[0] for group in groups(pack, Words.make("en", "CNY", pack)) for row in group.rows]
    assert sorted(found) == sorted(f.label for f in pack.figures.values())
    assert len(groups(pack, Words.make("en", "CNY", pack))) >= 6


def test_sources_carry_no_working_notes():
    pack = load_datapack()
    words = Words.make("en", "CNY", pack)
    for figure in pack.figures.values():
        text = source_text(figure, words)
        assert text, figure.id
        assert not re.search(r"calibration|§|pigcms|assum|basis", text, re.IGNORECASE), (figure.id, text)
        assert "(" not in text or ")" in text, (figure.id, text)
    # Named sources stay: the client can look them up.
    assert "QuestMobile October 2024 Mini Program report" in source_text(pack.figures["mp_session_min"], words)
    assert source_text(pack.figures["weight_goal"], words) == "wxdesk estimate"


@pytest.mark.parametrize("currency", ["CNY", "USD", "EUR"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_every_amount_in_the_appendix_is_in_the_reader_currency(lang, currency):
    """The pack holds amounts in yuan and a few fees in US dollars; the appendix shows each in one currency."""
    pack = load_datapack()
    words = Words.make(lang, currency, pack)
    shown = [row[1] for group in groups(pack, words) for row in group.rows]
    symbol = {"CNY": "¥", "USD": "$", "EUR": "€"}[currency]
    others = "".join(s for s in "¥$€" if s != symbol or named_after(currency, lang))
    # (In Chinese a dollar or euro amount names its currency after it, "42.9美元": that name, and no other.)
    own_name = mark(currency, lang) if named_after(currency, lang) else None
    names = "|".join(n for n in ("元", "美元", "欧元") if n != own_name)
    money = [f for f in pack.figures.values() if f.unit.split("/")[0] in ("CNY", "USD") and "/" + f.unit[-3:]
             not in ("/USD", "/EUR")]
    assert len(money) >= 15
    for figure in money:
        value = value_text(figure, words)
        # The value, with its average after it where a cost takes the figure at its average.
        cells = [cell for cell in shown if cell == value or cell.startswith((value + " (", value + "（"))]
        assert cells, (figure.id, value)
        assert carries(value.split(" ")[0].split("/")[0].split("（")[0], currency, lang), (figure.id, value)
        for cell in cells:
            own = cell.replace(mark(currency, lang), "") if named_after(currency, lang) else cell
            assert not re.search(rf"[{re.escape(others)}]|CNY|USD|EUR|{names}", own), (figure.id, cell)
    # Converted at the rates the reader sees: a fee of 99 US dollars a year.
    dollar_fee = next(f for f in money if f.unit == "USD/year")
    expected = dollar_fee.likely * pack.likely("usd_cny") / words.cny_per_unit
    written = float(re.search(r"[\d,]+(\.\d+)?", value_text(dollar_fee, words)).group(0).replace(",", ""))
    assert written == pytest.approx(expected, rel=0.005)
    if currency == "USD":  # the pack's own currency reads as written (no catalogue here: English units)
        assert value_text(dollar_fee, words) == ("99美元 a year" if lang == "zh_CN" else "$99 a year")
    # A fee of a few yuan keeps its size: neither rounded to nothing nor written to a thousandth of a cent.
    small = next(f for f in money if f.unit == "CNY/contact/year")
    digits = re.sub(r"[^\d]", "", value_text(small, words).split(" – ")[0]).lstrip("0")
    assert 1 <= len(digits) <= 3, value_text(small, words)


def test_exchange_rates_stay_rates():
    pack = load_datapack()
    words = Words.make("en", "USD", pack)
    rate = pack.figures["usd_cny"]
    assert value_text(rate, words) == f"{rate.likely:g} CNY per USD"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_source_with_a_bracket_taken_out_keeps_latin_and_chinese_apart(lang):
    """"WeChat 公众号（原订阅号）docs" loses its bracket, not the space the bracket stood for."""
    pack = load_datapack()
    words = Words.make(lang, "CNY", pack)
    touching = {figure.id: source_text(figure, words) for figure in pack.figures.values()
                if re.search(r"[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9][\u4e00-\u9fff]", source_text(figure, words))}
    assert not touching
    # The pack wrote this once; a source written so again keeps its space.
    from dataclasses import replace
    figure = replace(pack.figures["subscription_broadcasts_per_month"],
                     source="WeChat 公众号（原订阅号）docs, Batch Sends (1 broadcast a day)")
    assert source_text(figure, words) == "WeChat 公众号 docs, Batch Sends"


def test_no_row_says_its_period_twice():
    """"Mini Program maintenance per year — 9% – 15% – 25% of the build cost a year" said the year twice; and
    the appendix calls users "won through ads", as the window does."""
    pack = load_datapack()
    words = Words.make("en", "CNY", pack)
    for group in groups(pack, words):
        for label, value, *_ in group.rows:
            if value.endswith((" a year", "/year")):
                assert not re.search(r"\b(per|a) year\b", label, re.IGNORECASE), (label, value)
            assert "bought" not in label, label


@pytest.mark.parametrize(("lang", "said"), [("en", "7 CNY per USD; these pages use your own rate, 7.2"),
                                            ("zh_CN", "7 元/美元；本文件按您自己设定的汇率 7.2 换算")])
def test_the_rate_row_names_the_readers_own_rate_where_the_pages_use_it(lang, said):
    """A handout in dollars at a rate set in Preferences said "converted at 1 USD = 7.2 CNY" above a row of 7."""
    from wxdesk.catalogues import translate_function
    pack = load_datapack()
    own = Words.make(lang, "USD", pack, translate_function(lang), own_rate=7.2)
    rows = {label: value for group in groups(pack, own) for label, value, _source, _date in group.rows}
    words = Words.make(lang, "USD", pack, translate_function(lang))
    assert rows[words.label(pack.figures["usd_cny"])] == said
    # At the pack's own rate, or in another currency, the row is the pack's alone.
    plain = {label: value for group in groups(pack, words) for label, value, _source, _date in group.rows}
    assert plain[words.label(pack.figures["usd_cny"])] == said.split("；")[0].split(";")[0]


@pytest.mark.parametrize("lang, mark", [("en", "except those marked *, which were set for this scenario"),
                                        ("zh_CN", "标 * 的数据为本场景单独设定")])
def test_the_appendix_explains_its_mark_only_where_a_figure_bears_it(tmp_path, qapp, lang, mark):
    """Every example's appendix read "figures marked * were set for this scenario" above tables where no figure bore
    the mark: it is said where the scenario sets a figure of its own, and that figure is marked."""
    import json

    from pdf_text import pdf_text, squeeze

    from wxdesk import cli
    from wxdesk.engine import load_preset

    scenario = load_preset("bank_care").with_changes(overrides={"content_per_message_cny": 100.0})
    own = tmp_path / "own.json"
    own.write_text(json.dumps(scenario.to_dict()), encoding="utf-8")
    texts = {}
    for name, source in (("preset", ["--preset", "bank_care"]), ("own", [str(own)])):
        out = tmp_path / f"{name}.pdf"
        assert cli.main(["report", *source, "-o", str(out), "--lang", lang]) == 0
        texts[name] = squeeze(pdf_text(out))
    assert squeeze(mark) not in texts["preset"] and "*" not in texts["preset"]
    assert squeeze(mark) in texts["own"] and texts["own"].count("*") >= 2  # the sentence, and the figure marked
