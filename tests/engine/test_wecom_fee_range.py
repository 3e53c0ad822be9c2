"""WeCom's fee for customer contacts reads as a range a client can set beside the plan's fees.

bank_care's WeCom card said "about ¥150k a year for your audience" (the likely fee per contact); over its
5 years a client counted ¥750k, beside "Platform and store fees ¥730k" for the whole plan, WeCom's verification
and the app store's fees among them. Each part of the split is a part of the likely total (a median), which lies
below the sum of the parts' means; the card gives the fee's range instead, within which the split's fees fall.
"""

from __future__ import annotations

import datetime as dt

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)


def test_bank_cares_contact_fee_is_a_range_the_plans_fees_agree_with():
    scenario = load_preset("bank_care")
    evaluation = evaluate(scenario, PACK, TODAY)
    assert "wecom" in evaluation.plan.presences
    wecom = next(p for p in evaluation.presences if p.id == "wecom")
    fee = next(r for r in wecom.reasons if r.template == R.WECOM_CONTACT_FEE)
    low, high = float(fee.params["low"]), float(fee.params["high"])
    price = PACK.figures["wecom_contact_fee_cny"]
    contacts = scenario.audience * scenario.china_share - PACK.likely("wecom_free_contacts")
    assert (low, high) == (contacts * price.low, contacts * price.high)
    # And its average, the amount the plan's fees count each year (draws.py).
    assert float(fee.params["average"]) == contacts * price.average
    years = scenario.horizon_years
    fees = evaluation.plan.breakdown["fees"]
    # The plan's fees over the horizon hold the contact fee and more: at least its low end, every year.
    assert low * years <= fees <= high * years + 100_000 * years, (low, high, fees)
    text = Words(pack=PACK).reason(fee)
    assert text == ("Above 2,000 customer contacts WeCom charges a fee for each further contact: ¥165k a year on "
                    "average for your audience (¥120k to ¥225k)."), text
