"""Every presence whose launch timeline has it verified pays the verification's yearly fee in its costs, and one the
timeline does not verify pays none: a company's Channels had a verification step in its weeks to launch and no fee in
its costs (as an organisation's Official Account had until the same day)."""

from __future__ import annotations

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine.costs import CostBook
from wxdesk.engine.fees import verification_fee_figure
from wxdesk.engine.timeline import VERIFICATION, plan_timeline

PACK = load_datapack()


@pytest.mark.parametrize("entity", ["company", "individual", "overseas_company"])
def test_a_channels_verified_by_its_timeline_pays_the_fee(entity):
    scenario = load_preset("car_brand").with_changes(entity=entity)
    steps = plan_timeline(("channels",), scenario, PACK).presence("channels").steps
    verified = any(step.id == VERIFICATION for step in steps)
    figure = verification_fee_figure("channels", entity)
    # A company's is verified at the Chinese price; an individual's is verified free, as a person; how an overseas
    # company's is verified no source says, and no fee is assumed.
    assert figure == ("verification_fee_cny" if entity == "company" else "")
    assert verified or not figure
    fees = CostBook(scenario, PACK).own("channels")
    assert any(term.vector.any() for term in fees.terms) == bool(figure)


def test_car_brands_plan_pays_its_channels_verification_every_year():
    scenario = load_preset("car_brand")
    plan = evaluate(scenario, PACK).plan
    assert "channels" in plan.presences and "subscription" in plan.presences and "mini_program" in plan.presences
    # Its Official Account's, its Mini Program's and its Channels' verification, ¥300 a year each, over 5 years.
    assert plan.breakdown["fees"] == pytest.approx(3 * 300 * scenario.horizon_years)
