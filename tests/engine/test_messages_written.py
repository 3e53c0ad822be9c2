"""Every message the scenario asks for is written once, whichever member carries it: an official account's broadcast,
WeCom's mass message or an ad bought as paid reach (costs.written_messages). An app sends the messages no account
beside it may send, and without the news, as short notes (costs.messages_written). Counted only for what an
official account or WeCom sent for free, the bakery's plan dropped its Official Account at 10 messages a month and
bought them all as Moments ads, its first year falling from ¥95.4k to ¥52.7k, and a news shop's plan was a Mini
Program "weak at publishing news" whose 30 news a month were all ads."""

import itertools

import numpy as np
import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine.costs import CostBook, kept_fit_table, message_sender, paid_messages_per_month, written_messages
from wxdesk.engine.datapack import PRESENCES
from wxdesk.engine.draws import AVERAGE_ONLY
from wxdesk.engine.fit import push_limit, staff_only, writes_own_articles
from wxdesk.engine.results import COMPONENTS

PACK = load_datapack()
FREE_WRITING = {"content_per_message_cny": {"low": 0, "likely": 0, "high": 0}}
# Every plan a ranking may hold: each set of presences.
PLANS = tuple(c for n in range(1, len(PRESENCES) + 1) for c in itertools.combinations(PRESENCES, n))


def _likely(scenario: Scenario) -> np.ndarray:
    """Every plan's likely first-year cost, then every plan's likely cost over the horizon (draws.py)."""
    pack = PACK.with_overrides(scenario.overrides)
    return CostBook(scenario, pack).first_year_and_total(PLANS, at=AVERAGE_ONLY)[:, 0]


def _writing(scenario: Scenario) -> np.ndarray:
    """What the articles add to each plan's likely costs: the same plans with the articles written for nothing."""
    free = scenario.with_changes(overrides={**scenario.overrides, **FREE_WRITING})
    return _likely(scenario) - _likely(free)


@settings(max_examples=150, deadline=None)
@given(scenarios, st.floats(0.01, 200))
# A Service Account beside an app wrote 1 message a month; at 5, past its 4, the app sent them unwritten (found by
# hypothesis): ¥2,500 a year less for more messages.
@example(Scenario().with_changes(audience=0, china_share=1.0, pushes_per_month=1, goals=[], needs=[], paid_share=0),
         4.0)
def test_asking_for_more_messages_never_makes_any_plan_cheaper(scenario, more):
    """For every plan, first year and horizon alike, save by the articles an account stops sending where the last
    messages move the plan's messages from that account to its app (costs.messages_written: a Service Account beside
    an app sends 4 written articles at 4 a month, the app sends all 5 as notes at 5); no other part may fall.
    From some messages a month, not from none: the first message gives a WeChat member beside an app a job, which can
    make it the plan's way in (costs.wechat_door), and users won through WeChat cost less than app installs; that is
    the door's rule, not the messages' cost."""
    assume(scenario.pushes_per_month > 0)
    asked = scenario.with_changes(pushes_per_month=scenario.pushes_per_month + more)
    fewer, more_costs = _likely(scenario), _likely(asked)
    # What each plan's articles cost at the fewer messages, where its messages leave an account for its app.
    moved = np.array([_sender(plan, scenario) not in (None, "native_app") and _sender(plan, asked) == "native_app"
                      for plan in PLANS] * 2)
    floor = fewer - np.where(moved, _writing(scenario), 0.0)
    assert (more_costs >= floor - 1e-9 * np.abs(fewer)).all(), [
        (PLANS[i % len(PLANS)], fewer[i], more_costs[i]) for i in np.flatnonzero(more_costs < floor - 1e-9 * fewer)]


def _sender(plan: tuple[str, ...], scenario: Scenario) -> str | None:
    """The member that carries the plan's messages, as its roles give them (FitTable.carriers)."""
    return message_sender(plan, kept_fit_table(scenario, PACK.with_overrides(scenario.overrides)))


def _written_beside_an_app(plan: tuple[str, ...], wanted: float, scenario: Scenario) -> float:
    """Of `wanted` messages a month, those a plan with an app pays to have written without the news: none where its
    roles give the messages to the app; where an account carries them, as many as it may send for free, the app
    sending the rest as short notes."""
    sender = _sender(plan, scenario)
    if sender == "native_app":
        return 0.0
    accounts = [m for m in plan if m != "native_app"] if sender is None else [sender]
    return min(wanted, max((push_limit(m, PACK.with_overrides(scenario.overrides)) for m in accounts), default=0.0))


@settings(max_examples=60, deadline=None)
@given(scenarios)
def test_the_writing_of_the_messages_costs_the_same_in_every_plan(scenario):
    """N messages a month at the price's average, every month of the horizon, in every plan: those sent for free or
    bought as paid reach alike; none for a business's own staff or for an individual. Without the news, an app sends
    short notes written in the course of business, not produced articles (fitness_coaching's 60 daily reminders had
    read as ¥1.8M of articles): the plan pays only for those an account sends beside it where its roles give the
    messages to that account (its Service Account had read 60 written beside its own line that it sends 4; WeCom
    kept to manage staff paid for 30 a month that the app sent)."""
    writing = _writing(scenario)
    plans = len(PLANS)
    first_year, horizon = writing[:plans], writing[plans:]
    expected = 0.0 if staff_only(scenario) or writes_own_articles(scenario) else scenario.pushes_per_month
    assert written_messages(scenario) == expected
    notes = "news" not in scenario.goals
    each = np.array([_written_beside_an_app(plan, expected, scenario) if notes and "native_app" in plan else expected
                     for plan in PLANS])
    price = PACK.average("content_per_message_cny")
    assert first_year == pytest.approx(each * 12 * price, rel=1e-9, abs=1e-6)
    assert horizon == pytest.approx(each * 12 * price * scenario.horizon_years, rel=1e-9, abs=1e-6)


def test_messages_bought_as_paid_reach_are_written_as_well():
    """The Mini Program alone sends nothing for free: all of the scenario's messages are ads, and each is written, as
    the Official Account's broadcasts are; the ads themselves are the reach part, which the writing leaves alone."""
    shop = Scenario().with_changes(audience=3_000, pushes_per_month=10, goals=["service", "sell"], needs=["payments"])
    assert paid_messages_per_month(("mini_program",), shop, PACK) == 10
    writing = dict(zip(PLANS, _writing(shop)[:len(PLANS)], strict=True))
    assert writing[("subscription", "mini_program")] > 0
    assert writing[("mini_program",)] == pytest.approx(writing[("subscription", "mini_program")])
    free = shop.with_changes(overrides=FREE_WRITING)
    reach = [CostBook(s, PACK.with_overrides(s.overrides)).plan(("mini_program",)).component_likely(s.audience)
             [COMPONENTS.index("reach")] for s in (shop, free)]
    assert reach[0] == pytest.approx(reach[1]) and (reach[0] > 0).all()


def test_a_news_shop_publishes_its_news_rather_than_buying_it_all_as_ads():
    """The reviewer's news_small: 2,000 users, 30 news a month. The plan was a Mini Program "weak at publishing news",
    all 30 bought as ads; an Official Account sends them all for free, and the writing is the same either way."""
    shop = Scenario().with_changes(budget_cny=200_000, audience=2_000, pushes_per_month=30, goals=["news"], needs=[],
                                   paid_share=0.2, china_share=0.9, horizon_years=3, entity="company")
    evaluation = evaluate(shop, PACK)
    assert paid_messages_per_month(evaluation.plan.presences, shop, PACK) < shop.pushes_per_month
    assert evaluation.plan.weak_goals is None


BAKERY_8 = Scenario().with_changes(budget_cny=100_000, audience=3_000, pushes_per_month=8, goals=["service", "sell"],
                                   needs=["payments"], paid_share=0.2, china_share=0.9, horizon_years=3)


def test_the_bakerys_plan_costs_no_less_for_more_messages():
    """The reviewer's bakery_8 → bakery_10: 8 → 10 messages a month dropped the Official Account for a Mini Program
    that bought all 10 as ads, and the first year fell from ¥95.4k to ¥52.7k."""
    ten = BAKERY_8.with_changes(pushes_per_month=10)
    eight_plan, ten_plan = evaluate(BAKERY_8, PACK).plan, evaluate(ten, PACK).plan
    assert ten_plan.first_year.likely >= eight_plan.first_year.likely
    assert paid_messages_per_month(ten_plan.presences, ten, PACK) < ten.pushes_per_month
