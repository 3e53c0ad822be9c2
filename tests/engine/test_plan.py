"""The plan on hand-built scenarios: eligibility, vetoes, roles, why-not, costs and the JSON contract."""

import numpy as np

from wxdesk.engine.money import yuan_as_written
from wxdesk.engine import Scenario, evaluate, load_preset, preset_ids
from wxdesk.engine.costs import CostBook
from wxdesk.engine.datapack import PRESENCES, WECHAT_PRESENCES
from wxdesk.engine.draws import AVERAGE_COLUMN
from wxdesk.engine.evaluator import break_even_audience
from wxdesk.words.words import Words


def _eval(pack, **fields):
    return evaluate(Scenario().with_changes(**fields), pack)


def test_individual_cannot_register_service_account(pack):
    ev = _eval(pack, entity="individual", goals=["news", "service"])
    service = ev.presence("service")
    assert not service.eligible and service.fit == 0 and not service.in_plan
    assert "cannot be registered" in service.reasons[0].text


def test_overseas_company_gets_no_official_account(pack):
    ev = _eval(pack, entity="overseas_company", goals=["news"])
    assert not ev.presence("subscription").eligible
    assert ev.presence("service").eligible and ev.presence("mini_program").eligible


def test_official_account_cannot_take_payments_so_the_plan_adds_a_presence_that_can(pack):
    ev = _eval(pack, goals=["news"], needs=["payments"], pushes_per_month=20)
    sub = ev.presence("subscription")
    # Its point against it, said with the member that covers it where the plan holds it too.
    points = [r.params["point"] if r.code == "covered_in_plan" else r for r in sub.reasons]
    assert any(r.code == "payments_no" for r in points)
    assert any(p in ev.plan.presences for p in ("service", "mini_program", "native_app", "channels"))
    assert ev.plan.presences != ("subscription",)


def test_push_limit_reason_names_both_numbers(pack):
    ev = _eval(pack, goals=["news"], pushes_per_month=30)
    texts = [r.text for r in ev.presence("service").reasons]
    assert "Service Account may message followers only 4 times a month; you want 30." in texts


def test_car_brand_from_the_seed_article(pack):
    """Weekly news through the Official Account; selling and booking through a Mini Program."""
    ev = evaluate(load_preset("car_brand"), pack)
    assert {"subscription", "mini_program"} <= set(ev.plan.presences)
    assert "goal:news" in ev.plan.roles["subscription"]
    assert {"goal:sell", "need:payments"} <= set(ev.plan.roles["mini_program"])
    # The Service Account fits well alone, and its panel says why it is left out.
    service = ev.presence("service")
    assert not service.in_plan and service.reasons[0].code.startswith("not_in_plan")


def test_a_background_need_vetoes_the_mini_program_for_that_need(pack):
    ev = _eval(pack, goals=["sell"], needs=["background"], interaction_minutes=2)
    assert "native_app" in ev.plan.presences
    assert all("need:background" not in duties for p, duties in ev.plan.roles.items() if p != "native_app")
    assert ev.app_or_mini_program.choice in ("native_app", "both")
    assert not ev.app_or_mini_program.admissible["mini_program"]


def test_no_audience_on_wechat_gives_no_wechat_presence_and_says_why(pack):
    ev = _eval(pack, china_share=0.0, goals=["service"])
    assert ev.plan.presences == ("native_app",)
    assert all(not ev.presence(p).eligible for p in WECHAT_PRESENCES)
    assert ev.warnings[0].code == "warn_no_china"
    assert ev.presence("service").reasons[0].code == "no_wechat_audience"


def test_customer_relationships_bring_wecom_into_a_customer_facing_plan(pack):
    # No messages a month, since WeCom's messages are costed as articles (2026-12-05): with the default 4, Mini Program
    # + WeCom pays for them as a Service Account + Mini Program does, the two cover alike (the Service Account's fit
    # for the contact and WeCom's for the messages are each the other's) and WeCom's contact fees leave it 0.02 points
    # behind, 71.80 against 71.82. With none, the Mini Program alone sells and WeCom joins it for the contact.
    without = _eval(pack, goals=["sell"], needs=["payments"], pushes_per_month=0)
    with_relationship = _eval(pack, goals=["sell", "relationship"], needs=["payments"], pushes_per_month=0)
    assert "wecom" not in without.plan.presences
    assert "wecom" in with_relationship.plan.presences
    assert "goal:relationship" in with_relationship.plan.roles["wecom"]


def test_short_video_brings_channels_in_and_staff_alone_keeps_it_out(pack):
    brand = _eval(pack, goals=["video", "sell"], needs=["payments"], audience=200_000, budget_cny=1e6)
    assert "channels" in brand.plan.presences
    factory = evaluate(load_preset("factory_staff"), pack)
    assert factory.plan.presences == ("wecom",)


def test_scale_moves_the_plan_a_chain_gets_its_own_app(pack):
    fields = {"goals": ["sell", "service"], "needs": ["payments"], "interaction_minutes": 3, "pushes_per_month": 8,
                  "paid_share": 0.1}
    shop = _eval(pack, audience=3_000, budget_cny=200_000, **fields)
    chain = _eval(pack, audience=20_000_000, budget_cny=30_000_000, **fields)
    assert "native_app" not in shop.plan.presences
    assert "native_app" in chain.plan.presences and "mini_program" in chain.plan.presences
    assert chain.app_or_mini_program.choice == "both"
    assert [p.fit for p in shop.presences] != [p.fit for p in chain.presences]


def test_paid_reach_only_for_messages_no_member_sends_free(pack):
    fields = {"goals": ["news", "sell"], "needs": ["payments"], "pushes_per_month": 20, "audience": 100_000}
    ev = _eval(pack, **fields)
    free = max(20 if p in ("subscription", "wecom", "native_app") else 4 if p == "service" else 0
               for p in ev.plan.presences)
    assert free >= 20  # the plan holds a member that sends 20 a month for free...
    assert ev.plan.breakdown["reach"] == 0 and ev.paid_messages_per_month == 0  # ...so nothing is bought
    mp_only = CostBook(Scenario().with_changes(**fields), pack).plan(("mini_program",))
    assert (mp_only.part("reach", 100_000) > 0).all()


def test_budget_shortfall_says_by_how_much_and_which_plan_it_covers(pack):
    ev = _eval(pack, goals=["sell", "news"], needs=["payments"], budget_cny=60_000, audience=20_000)
    assert ev.budget.code in ("budget_short_other", "budget_short_none", "budget_short_other_points",
                              "budget_short_none_points")
    gap = float(ev.budget.params["gap"])
    # The gap between the amounts as written (three significant digits each), as a client subtracts them.
    assert gap == float(yuan_as_written(ev.plan.first_year.likely)) - 60_000
    if ev.budget.code.startswith("budget_short_other"):
        assert "would cover" in ev.budget.text


def test_alternatives_say_why_they_lost(pack):
    ev = evaluate(load_preset("car_brand"), pack)
    assert len(ev.alternatives) == 2
    for alt in ev.alternatives:
        assert alt.score <= ev.plan.score
        # Its score, and the causes that make most of its gap (its fit for publishing news, and for the first its
        # audience size too, then its cost), and a note: no more than the heading, three causes and a note.
        assert 1 <= len(alt.why_not) <= 5


def test_a_clearly_dearer_alternative_says_its_cost_against_the_plans(pack):
    """car_brand's first alternative, Channels + Native app at ¥7.88M over 5 years against the plan's ¥3.84M (¥2.61M
    against ¥1.12M in the first year), was compared only with the second alternative ("Costs more than Mini Program +
    Channels + Native app … though it lacks a Mini Program"): that note left no room for its cost against the plan.
    (At the averages, draws.py, its first year is ¥2.85M against the plan's ¥1.19M: 2.4 times, no longer 2.3.)"""
    ev = evaluate(load_preset("car_brand"), pack)
    first = ev.alternatives[0]
    texts = [Words(pack=pack).reason(r) for r in first.why_not]
    assert any(t.startswith("Its likely first-year cost is 2.4 times the plan's") for t in texts), texts
    assert any(t.startswith("Costs more than Mini Program + Channels + Native app") for t in texts), texts


def test_no_second_verdict_in_any_preset(pack):
    for preset in preset_ids():
        ev = evaluate(load_preset(preset), pack)
        has_app, has_mp = "native_app" in ev.plan.presences, "mini_program" in ev.plan.presences
        expected = "both" if has_app and has_mp else "native_app" if has_app else (
            "mini_program" if has_mp else "neither")
        assert ev.app_or_mini_program.choice == expected, preset
        assert [p.id for p in ev.presences if p.in_plan] == list(ev.plan.presences)


def test_break_even_matches_brute_force(pack):
    # (Its Mini Program built at every audience: a rented template, mp_template.py, is cheaper than the app at any.
    # With the news, the app's pushes are written as the Mini Program's ads are: sent alone without it, they are
    # short notes, and the app alone is cheaper at every audience.)
    scenario = Scenario().with_changes(pushes_per_month=40, audience=50_000, horizon_years=3, goals=["sell", "news"],
                                       overrides={"mp_template_max_users": {"low": 0, "likely": 0, "high": 0}})
    book = CostBook(scenario, pack.with_overrides(scenario.overrides))
    app, mp = book.plan(("native_app",)), book.plan(("mini_program",))
    crossing = break_even_audience(book.cheaper_flips(("native_app",), ("mini_program",)), scenario.audience)
    assert crossing is not None

    def app_is_cheaper(x):
        return app.total(x)[AVERAGE_COLUMN] < mp.total(x)[AVERAGE_COLUMN]  # the likely totals (draws.py)

    assert app_is_cheaper(crossing * 1.05) != app_is_cheaper(crossing * 0.95)
    # Found to a part in 4,096 of its bracket of the search grid: just below it, the other side.
    assert app_is_cheaper(crossing * (1 - 1e-3)) != app_is_cheaper(crossing)


def test_totals_at_agrees_with_the_parts(pack):
    scenario = Scenario().with_changes(goals=["service", "relationship"], audience=80_000)
    costs = CostBook(scenario, pack).plan(("wecom", "mini_program"))
    for audience in (0.0, 1_000.0, 80_000.0, 3e6):
        assert np.allclose(costs.totals_at(np.array([audience]))[0], costs.total(audience))


def test_overrides_change_the_evaluation_and_leave_the_pack_alone(pack):
    # (60,000 users: beyond the largest audience a rented template serves, the Mini Program is built.)
    scenario = Scenario().with_changes(goals=["sell"], needs=["payments"], audience=60_000)
    dear = scenario.with_changes(overrides={"mp_build_cny": 5_000_000})
    assert evaluate(dear, pack).variant_cost("mini_program") > evaluate(scenario, pack).variant_cost("mini_program")
    assert pack.figures["mp_build_cny"].likely == 80_000


def test_deterministic(pack):
    scenario = Scenario().with_changes(goals=["sell", "news"], needs=["offline"], audience=123_456)
    assert evaluate(scenario, pack).to_dict() == evaluate(scenario, pack).to_dict()


def test_json_contract(pack):
    data = evaluate(load_preset("car_brand"), pack).to_dict()
    assert set(data) >= {"inputs", "plan", "presences", "alternatives", "warnings", "app_or_mini_program", "budget"}
    plan = data["plan"]
    assert set(plan) >= {"presences", "roles", "score", "cost_cny", "yearly_cost_cny", "cost_breakdown_cny"}
    assert set(plan["cost_breakdown_cny"]) == {"build", "maintenance", "staff", "fees", "servers", "acquisition",
                                               "reach"}
    assert [p["id"] for p in data["presences"]] == list(PRESENCES)
    for presence in data["presences"]:
        assert set(presence) >= {"id", "fit", "eligible", "in_plan", "reasons"}
        for reason in presence["reasons"]:
            assert set(reason) >= {"code", "text", "impact", "params"}
            assert reason["code"] != "other"
    for alt in data["alternatives"]:
        assert set(alt) >= set(plan) and alt["why_not"]
    assert data["inputs"]["format"] == "wxdesk-scenario" and data["inputs"]["version"] == 2


def test_the_plan_carries_its_launch_timeline_and_checks_the_date(pack):
    import datetime as dt
    today = dt.date(2026, 11, 30)
    scenario = load_preset("car_brand")
    free = evaluate(scenario, pack, today=today)
    weeks = free.plan.timeline.weeks
    assert 0 < weeks.low <= weeks.likely <= weeks.high and free.plan.live_in_time is None
    assert {p.presence for p in free.plan.timeline.presences} == set(free.plan.presences)
    soon = evaluate(scenario.with_changes(live_by=(today + dt.timedelta(weeks=2)).isoformat()), pack, today=today)
    late = evaluate(scenario.with_changes(live_by=(today + dt.timedelta(weeks=60)).isoformat()), pack, today=today)
    assert soon.plan.live_in_time is False and any(w.code.startswith("warn_live_by") for w in soon.warnings)
    assert late.plan.live_in_time is True and not any(w.code.startswith("warn_live_by") for w in late.warnings)
    data = soon.to_dict()
    assert data["plan"]["live_in_time"] is False
    assert data["plan"]["timeline"]["weeks"]["likely"] == round(weeks.likely, 1)
    assert all("timeline" in alt for alt in data["alternatives"])
