"""WeCom's yearly fees: the verification, and the member-scale fee the data pack's note describes.

The pack (verification_fee_cny's note, wecom_scale_fee_*) and the references say a verified
enterprise of 1,001–10,000 members pays 2,700 a year beside the 300 verification, 29,700
above 10,000. A plan for managing staff alone counts its audience as the members.
"""

import datetime as dt

import numpy as np
import pytest

from wxdesk.engine import evaluate, load_datapack
from wxdesk.engine.costs import CostBook
from wxdesk.engine.presets import load_preset
from wxdesk.engine.scenario import Scenario
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)


def _staff(audience: float) -> Scenario:
    return Scenario().with_changes(goals=["employees"], needs=[], audience=audience, paid_share=0.0,
                                   pushes_per_month=0, horizon_years=3, china_share=1.0, entity="company")


def test_factory_staff_pays_the_scale_fee_its_pack_note_states():
    ev = evaluate(load_preset("factory_staff"), PACK, TODAY)
    assert ev.plan.presences == ("wecom",)
    yearly = PACK.likely("verification_fee_cny") + PACK.likely("wecom_scale_fee_medium_cny")
    assert yearly == 3000  # 300 + 2,700: 1,001–10,000 members
    assert ev.plan.first_year.likely == pytest.approx(yearly)
    assert ev.plan.total.likely == pytest.approx(3 * yearly)
    assert ev.plan.breakdown["fees"] == pytest.approx(3 * yearly)
    # The WeCom panel says where the fee comes from.
    wecom = ev.presence("wecom")
    assert any(r.code == "wecom_scale_fee" for r in wecom.reasons)
    text = next(Words().reason(r) for r in wecom.reasons if r.code == "wecom_scale_fee")
    assert "3,000 staff" in text and "¥2,700" in text


@pytest.mark.parametrize(("members", "scale_fee"), [(1000, 0), (1001, 2700), (10000, 2700), (10001, 29700)])
def test_each_tier_of_members_pays_its_fee(members, scale_fee):
    scenario = _staff(members)
    book = CostBook(scenario, PACK)
    costs = book.plan(("wecom",))
    fees = costs.part("fees", members)
    assert fees.mean(axis=0) == pytest.approx([300 + scale_fee] * 3)
    # The ranking's rows hold the same fee as the plan's own figures.
    rows = book.first_year_and_total([("wecom",), ("subscription",)])
    assert rows[0].mean() == pytest.approx(300 + scale_fee)
    assert rows[2].mean() == pytest.approx(3 * (300 + scale_fee))
    # (An Official Account pays its verification alone, and no member-scale fee: that is WeCom's.)
    assert rows[1].mean() == pytest.approx(300) and rows[3].mean() == pytest.approx(900)
    assert costs.totals_at(np.array([float(members)]))[0].mean() == pytest.approx(
        3 * (300 + scale_fee))


def test_customers_are_not_members():
    """A customer-facing plan with WeCom does not count its customers as WeCom members."""
    scenario = _staff(50_000).with_changes(goals=["employees", "relationship"])
    costs = CostBook(scenario, PACK).plan(("wecom",))
    assert (costs.scale_fee(50_000) == 0).all()
