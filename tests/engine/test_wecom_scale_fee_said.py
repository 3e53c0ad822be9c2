"""WeCom's member-scale fee is said with the verification it is added to, so that the card's figures make the
plan's: factory_staff's WeCom card gave "a member-scale fee of ¥2,700" beside a plan of ¥3,000 a year, and the
other ¥300 was named nowhere for it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.money import yuan_as_written

PACK = load_datapack()


def _scale_fee_line(evaluation):
    return next((r for r in evaluation.presence("wecom").reasons if r.template == R.WECOM_SCALE_FEE), None)


def test_factory_staffs_wecom_card_names_the_whole_yearly_fee():
    evaluation = evaluate(load_preset("factory_staff"), PACK)
    assert evaluation.plan.presences == ("wecom",)
    line = _scale_fee_line(evaluation)
    assert line is not None
    # The plan is WeCom alone, with no build: its first year is its yearly fees, as the card says them.
    assert yuan_as_written(line.params["total"]) == yuan_as_written(evaluation.plan.first_year.likely)
    # The yearly fees, not "the yearly verification": the member-scale fee is no part of the verification.
    assert "WeCom's yearly fees come to ¥3,000: ¥300 for the verification and a member-scale fee of ¥2,700" in line.text


@settings(max_examples=40, deadline=None)
@given(members=st.integers(1_000, 200_000), entity=st.sampled_from(["company", "overseas_company"]))
def test_the_fee_is_the_verification_and_the_scale_fee(members, entity):
    scenario = load_preset("factory_staff").with_changes(audience=members, entity=entity)
    line = _scale_fee_line(evaluate(scenario, PACK))
    if line is None:
        return
    total, verify, fee = (line.params[k] for k in ("total", "verify", "fee"))
    assert verify > 0 and fee > 0 and total == verify + fee
