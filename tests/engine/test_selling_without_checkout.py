"""A presence is never called good for selling beside the sentence that says it cannot sell for this business.

cross_border_skincare's Channels card read "✓ A strong fit for selling." over "✗ Channels sells through a
WeChat shop, which needs a mainland business licence; an overseas company cannot open one." The score
for selling of a presence that sells by taking the payment, where this business may not take it there, is
capped at the pack's sell_fit_without_checkout.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.fit import can_take_payments
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 3)
CAP = PACK.likely("sell_fit_without_checkout")


def _says_good_for_selling(reason: R.Reason) -> bool:
    if reason.template == R.STRONG_GOAL:
        return reason.params["goal"] == R.goal("sell")
    if reason.template == R.STRONG_GOALS_WEAK_FIT:
        return R.goal("sell") in reason.params["goals"]
    return False


def _check(evaluation) -> None:
    scenario = evaluation.scenario
    for presence in evaluation.presences:
        if PACK.payments[presence.id] and not can_take_payments(presence.id, scenario, PACK):
            assert not any(_says_good_for_selling(r) for r in presence.reasons), presence.id


def test_an_overseas_companys_channels_card_no_longer_says_it_is_good_for_selling():
    evaluation = evaluate(load_preset("cross_border_skincare"), PACK, TODAY)
    _check(evaluation)
    channels = [Words(pack=PACK).reason(r) for r in evaluation.presence("channels").reasons]
    assert "A strong fit for selling." not in channels
    assert "A weak fit for selling." in channels
    assert any("cannot open one" in text for text in channels)


def test_the_cap_lowers_the_fit_only_where_the_business_cannot_take_payments():
    skincare = load_preset("cross_border_skincare")
    overseas = evaluate(skincare, PACK, TODAY).presence("channels").fit
    at_home = evaluate(skincare.with_changes(entity="company"), PACK, TODAY).presence("channels").fit
    uncapped = PACK.with_overrides({"sell_fit_without_checkout": {"low": 100, "likely": 100, "high": 100}})
    assert evaluate(skincare, uncapped, TODAY).presence("channels").fit > overseas
    # A company at home opens the shop: its Channels keeps the table's score for selling.
    assert evaluate(skincare.with_changes(entity="company"), uncapped, TODAY).presence("channels").fit == at_home


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_no_presence_is_good_for_selling_where_it_cannot_take_the_payment(scenario):
    _check(evaluate(scenario.with_changes(goals=list(dict.fromkeys((*scenario.goals, "sell")))), PACK, TODAY))
