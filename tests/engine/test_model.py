"""Fit, eligibility, best setup, costs and break-even on hand-built scenarios."""

import numpy as np
import pytest

from wxdesk.engine import Scenario, evaluate
from wxdesk.engine.costs import app_costs, mp_costs
from wxdesk.engine.evaluate import break_even_audience


def _eval(pack, **fields):
    return evaluate(Scenario().with_changes(**fields), pack)


def test_individual_cannot_register_service_account(pack):
    ev = _eval(pack, entity="individual", goals=["news", "service"])
    service = ev.account("service")
    assert not service.eligible and service.fit == 0
    assert "cannot register" in service.reasons[0].text
    assert "service" not in ev.best_setup
    assert ev.accounts[-1].id in ("service", "wecom")  # ineligible accounts come last


def test_overseas_company_gets_service_account_not_subscription(pack):
    ev = _eval(pack, entity="overseas_company", goals=["news"])
    assert not ev.account("subscription").eligible
    assert ev.account("service").eligible


def test_subscription_account_cannot_take_wechat_pay(pack):
    with_pay = _eval(pack, goals=["sell"], needs=["payments"])
    without = _eval(pack, goals=["sell"], needs=[])
    sub = with_pay.account("subscription")
    assert any("cannot take WeChat Pay" in r.text for r in sub.reasons)
    assert sub.fit < without.account("subscription").fit
    # ...but it stays eligible: paired with a Mini Program it can still sell.
    assert sub.eligible


def test_push_limit_reason_names_both_numbers(pack):
    ev = _eval(pack, goals=["news"], pushes_per_month=30)
    texts = [r.text for r in ev.account("service").reasons]
    assert "Service Account may message followers only 4 times a month; you want 30." in texts


def test_car_brand_from_the_seed_article(pack):
    """Weekly news through a Subscription Account; selling and booking through Mini Programs."""
    ev = _eval(pack, goals=["news", "sell", "service"], needs=["payments"], pushes_per_month=6,
               audience=300_000, china_share=0.95)
    assert ev.best_setup == ("subscription", "mini_program")
    roles = " ".join(r.text for r in ev.setup_roles)
    assert "Subscription Account for publishing news" in roles
    assert "Mini Program for" in roles and "selling" in roles


@pytest.mark.parametrize("goals, expected", [
    (["employees"], ("wecom",)),
    (["experiment"], ("mini_program",)),
])
def test_single_purpose_setups(pack, goals, expected):
    assert _eval(pack, goals=goals, pushes_per_month=0).best_setup == expected


def test_accounts_sorted_best_first(pack):
    ev = _eval(pack, goals=["news", "sell"])
    fits = [a.fit for a in ev.accounts if a.eligible]
    assert fits == sorted(fits, reverse=True)
    assert [a.id for a in ev.accounts].count("wecom") == 1 and len(ev.accounts) == 4


def test_long_sessions_and_hardware_favour_native_app(pack):
    short = _eval(pack, interaction_minutes=1.5, goals=["sell"]).app_vs_mini_program
    long = _eval(pack, interaction_minutes=40, goals=["sell"], needs=["hardware", "background"]).app_vs_mini_program
    assert short.winner == "mini_program"
    assert long.winner == "native_app"
    assert long.native_app.fit - long.mini_program.fit > short.native_app.fit - short.mini_program.fit


def test_costs_are_ordered_and_mp_is_cheaper_to_build(pack):
    avm = _eval(pack).app_vs_mini_program
    for option in (avm.native_app, avm.mini_program):
        assert 0 <= option.total.low <= option.total.likely <= option.total.high
        assert len(option.yearly) == 3 and len(option.cumulative) == 3
        assert option.cumulative[-1].likely == pytest.approx(option.total.likely, rel=1e-9)
    assert avm.mini_program.launch_cost < avm.native_app.launch_cost


def test_budget_shortfall_is_explained(pack):
    ev = _eval(pack, budget_cny=10_000)
    assert any("below even a Mini Program" in w.text for w in ev.warnings)
    app_reasons = " ".join(r.text for r in ev.app_vs_mini_program.native_app.reasons)
    assert "covers only" in app_reasons


def test_break_even_matches_brute_force(pack):
    """Where paid re-engagement makes the Mini Program dearer per user, a crossing exists."""
    scenario = Scenario().with_changes(pushes_per_month=40, audience=50_000, horizon_years=3)
    app, mp = app_costs(scenario, pack), mp_costs(scenario, pack)
    crossing = break_even_audience(app, mp, scenario.audience)
    assert crossing is not None

    def app_is_cheaper(x):
        return np.median(app.total(x)) < np.median(mp.total(x))

    assert app_is_cheaper(crossing * 1.05) != app_is_cheaper(crossing * 0.95)
    ev = evaluate(scenario, pack)
    assert ev.app_vs_mini_program.break_even_audience == pytest.approx(crossing)


def test_no_break_even_when_one_option_is_always_cheaper(pack):
    scenario = Scenario().with_changes(pushes_per_month=0)
    app, mp = app_costs(scenario, pack), mp_costs(scenario, pack)
    for x in (0, 1e3, 1e6, 1e9):
        assert np.median(mp.total(x)) < np.median(app.total(x))
    assert break_even_audience(app, mp, scenario.audience) is None


def test_overrides_change_the_evaluation(pack):
    base = _eval(pack)
    cheap_app = Scenario().with_changes(overrides={"app_build_cny": 1000, "app_cost_per_install_cny": 0.01})
    changed = evaluate(cheap_app, pack)
    assert changed.app_vs_mini_program.native_app.total.likely < base.app_vs_mini_program.native_app.total.likely
    assert pack.figures["app_build_cny"].likely == 450000  # the pack itself is untouched


def test_deterministic(pack):
    scenario = Scenario().with_changes(goals=["sell", "news"], needs=["offline"], audience=123_456)
    assert evaluate(scenario, pack).to_dict() == evaluate(scenario, pack).to_dict()


def test_json_shape(pack):
    data = _eval(pack).to_dict()
    assert [a["id"] for a in data["accounts"]] and len(data["accounts"]) == 4
    for account in data["accounts"]:
        assert set(account) >= {"id", "fit", "eligible", "reasons"} and 0 <= account["fit"] <= 100
    avm = data["app_vs_mini_program"]
    assert avm["winner"] in ("native_app", "mini_program")
    for option in ("native_app", "mini_program"):
        assert set(avm[option]["cost_cny"]) == {"low", "likely", "high"}
        assert len(avm[option]["yearly_cost_cny"]) == 3
    assert avm["break_even_audience"] is None or avm["break_even_audience"] >= 0
    assert isinstance(data["warnings"], list) and isinstance(data["best_setup"], list)
