"""What a plan that takes payments pays for them is said where a client reads the plan.

- WeChat Pay's fee on each payment is in no plan's cost (a share of sales, which wxdesk does not ask): a hotpot chain
  taking payments from 117,600 monthly users found it nowhere. A note says so beside every plan whose roles take
  payments or sell (a sale in WeChat is paid with WeChat Pay, ticked or not), with the pack's figures, and no other.
- A Service Account taking the payments in pages of the business's own names what building them costs: a Swiss watch
  brand's plan, a Service Account alone, showed "Build ¥121k" in its split, and only the card of a Mini Program left
  out of the plan said what a build of that amount was; its next best, the plan with that Mini Program, read
  "Mini Program adds no fee or upkeep of its own".
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.costs import CostBook
from wxdesk.engine.evaluator import _timeline_of
from wxdesk.engine.mp_template import rents_template
from wxdesk.engine.scenario import Scenario
from wxdesk.engine.timeline import PAGES_BUILD

PACK = load_datapack()
TODAY = dt.date(2026, 12, 8)
FEE = PACK.figures["wechat_pay_fee_share"]
FEE_WARNINGS = (R.WARN_PAY_FEE, R.WARN_PAY_FEE_OVERSEAS)

# The watch brand: an overseas company, a third of its audience on WeChat, selling with payments.
WATCH = Scenario().with_changes(name="Swiss watch brand", budget_cny=250_000, interaction_minutes=6, audience=8_000,
                 china_share=0.35, pushes_per_month=2, goals=["news", "relationship", "sell"], needs=["payments"],
                 horizon_years=2, entity="overseas_company", paid_share=0.5)


@settings(max_examples=40, deadline=None)
@given(scenarios)
def test_the_fee_is_said_beside_exactly_the_plans_that_take_payments_or_sell(scenario):
    ev = evaluate(scenario, PACK, TODAY)
    said = [r for r in ev.warnings if r.template in FEE_WARNINGS]
    takes = any("need:payments" in duties or "goal:sell" in duties for duties in ev.plan.roles.values())
    assert len(said) == (1 if takes else 0)
    if not said:
        return
    reason = said[0]
    assert reason.template == (R.WARN_PAY_FEE_OVERSEAS if scenario.entity == "overseas_company" else R.WARN_PAY_FEE)
    assert float(reason.params["percent"]) == round(FEE.likely * 100, 6)
    if reason.template == R.WARN_PAY_FEE:
        assert float(reason.params["low_percent"]) == round(FEE.low * 100, 6)
        assert float(reason.params["high_percent"]) == round(FEE.high * 100, 6)


def test_the_fee_reads_as_the_appendix_writes_the_figure():
    """"1.0%" in the sentence beside the appendix's "1%" read as two figures."""
    ev = evaluate(load_preset("food_ordering"), PACK, TODAY)
    (reason,) = [r for r in ev.warnings if r.template == R.WARN_PAY_FEE]
    assert "0.6% of the amount paid, 0.2% to 1% by your industry" in words("en").reason(reason)
    assert "交易金额的 0.6%，因行业不同在 0.2% 至 1% 之间" in words("zh_CN").reason(reason)


def test_the_service_accounts_card_names_its_payment_pages_build():
    ev = evaluate(WATCH, PACK, TODAY)
    assert ev.plan.presences == ("service",)
    (pages,) = [r for r in ev.presence("service").reasons if r.template == R.SERVICE_PAGES_BUILD]
    # The plan builds nothing else: the split's first-year build is the pages' (the split's parts are whole yuan).
    assert abs(ev.plan.yearly_breakdown[0]["build"] - float(pages.params["cost"])) <= 1
    text = words("en").reason(pages)
    assert words("en").money(float(pages.params["cost"])) in text
    # The next best adds the Mini Program at the same cost: said as the pages it takes the place of.
    first = ev.alternatives[0]
    assert first.presences == ("service", "mini_program")
    templates = {r.template for r in first.why_not}
    assert R.WHY_NOT_SAME_COST_MP_FOR_PAGES in templates and R.WHY_NOT_SAME_COST_PLAIN not in templates


def test_the_line_stands_exactly_where_the_plans_service_account_builds_pages_for_the_payments():
    """Not where the plan's Mini Program takes them (food_ordering), nor where the pages are rented with a template."""
    for scenario in (*(load_preset(p) for p in ("food_ordering", "car_brand", "city_service", "yoga_teacher")),
                     WATCH, WATCH.with_changes(entity="company", audience=5_000)):
        ev = evaluate(scenario, PACK, TODAY)
        lines = [r for p in ev.presences for r in p.reasons if r.template == R.SERVICE_PAGES_BUILD]
        builds = "need:payments" in ev.plan.roles.get("service", ()) and not rents_template(scenario, PACK)
        assert len(lines) == (1 if builds else 0), scenario.name


# A Mini Program made able to carry offline use, hardware and a large app, which a Service Account still cannot
# (the assumption a client may move in Assumptions).
MINI_PROGRAM_MEETS_MORE = {"hard_need_met_from": {"low": 30.0, "likely": 30.0, "high": 30.0}}


@settings(max_examples=25, deadline=None)
@given(st.sets(st.sampled_from(["offline", "hardware", "background", "large_app"])),
       st.sampled_from([("service",), ("service", "wecom"), ("service", "channels")]))
def test_a_service_accounts_payment_pages_are_built_for_the_payments_alone(others, members):
    """The pages take the payments: the needs a Mini Program of the same scope would carry beside them are carried by
    another member, or by none in this plan, and add nothing to the pages' build or its weeks. Sized by every need a
    Mini Program could take on, the watch brand's pages cost ¥138k in the first year where the client also needed
    hardware, ¥17k more than the ¥121k for payments alone."""
    def pages(needs):
        scenario = WATCH.with_changes(needs=needs, overrides=MINI_PROGRAM_MEETS_MORE)
        pack = PACK.with_overrides(scenario.overrides)
        book = CostBook(scenario, pack)
        timeline = _timeline_of(members, scenario, pack, book)
        weeks = [s.weeks for t in timeline.presences for s in t.steps if s.id == PAGES_BUILD]
        return book.pages_build(members), book.built_for(members), weeks

    alone = pages(["payments"])
    assert alone[0] > 0 and alone[1] == {"service": 1} and len(alone[2]) == 1
    assert pages(["payments", *sorted(others)]) == alone
