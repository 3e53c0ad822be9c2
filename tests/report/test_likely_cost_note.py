"""The year table says what its likely costs are: every figure at its average, which the appendix gives beside its
range, so that a client multiplies the averages out and finds each part (bank_care's users won through ads read
¥4.40M in the table where a client's own sum of the appendix's likely values gave ¥1.35M, when the likely cost was
the median of the draws)."""

from __future__ import annotations

import pytest

from pdf_text import pdf_text, squeeze

from wxdesk import cli
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.cost_reasons import _per_unit


@pytest.mark.parametrize("lang, said", [
    ("en", "The likely cost takes every figure at its average, given in the appendix beside its range"),
    ("zh_CN", "预计值按每项数据的平均值计算（附录中列在其区间旁）"),
])
def test_the_year_tables_note_says_a_likely_cost_takes_the_appendixs_averages(tmp_path, qapp, lang, said):
    out = tmp_path / "bank.pdf"
    assert cli.main(["report", "--preset", "bank_care", "-o", str(out), "--lang", lang]) == 0
    pages = [squeeze(page) for page in pdf_text(out).split("\f")]
    total = {"en": "5yearsinall", "zh_CN": "5年合计"}[lang]
    [page] = [page for page in pages if total in page]
    assert squeeze(said) in page  # beside the table it explains


def test_bank_cares_users_won_through_ads_are_the_averages_multiplied_out():
    """The users won through ads each year (5 % of 1.5M), at the average price of one as the plan wins them (through
    WeChat's door or as app installs, each install opened only so often), bought once and again each year as the
    average share of them is lost: the split's part, to the yuan but for rounding."""
    pack = load_datapack()
    scenario = load_preset("bank_care")
    plan = evaluate(scenario, pack).plan
    price = _per_unit("acquisition", plan.presences, scenario, pack)
    replaced = pack.figures["yearly_replacement"].average
    bought = scenario.audience * scenario.paid_share
    expected = bought * price * (1 + scenario.horizon_years * replaced)
    assert plan.breakdown["acquisition"] == pytest.approx(expected, abs=3)
