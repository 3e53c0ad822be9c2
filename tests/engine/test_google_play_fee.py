"""Google Play's one-off developer fee is paid only where some of the audience is outside mainland China, where the
app is published there: Google Play is not available in mainland China (the data pack's label and note). bank_care's
app, for an audience all on WeChat in China, paid it."""

from __future__ import annotations

import pytest

from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.costs import CostBook
from wxdesk.engine.results import COMPONENTS

PACK = load_datapack()
FEES = COMPONENTS.index("fees")


def _first_year_fees(china_share: float) -> float:
    scenario = load_preset("bank_care").with_changes(china_share=china_share)
    return float(CostBook(scenario, PACK).plan(("native_app",)).component_likely(scenario.audience)[FEES, 0])


def test_an_app_for_an_audience_all_in_mainland_china_pays_no_google_play_fee():
    fee = PACK.average("google_play_usd") * PACK.average("usd_cny")
    assert fee > 0
    assert _first_year_fees(0.95) - _first_year_fees(1.0) == pytest.approx(fee, abs=1e-6)
