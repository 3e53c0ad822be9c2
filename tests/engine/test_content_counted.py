"""The articles a plan pays to have produced are said on the card of the account that sends them, exactly where
their price moves the plan's cost: a noodle shop's two Service Account messages a month were most of its cost,
under "Maintenance and content", and nothing said what they were or that an owner who writes them pays nothing."""

import pytest
from hypothesis import given, settings

from scenario_strategies import scenarios

from wxdesk.batch.language import words
from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.cost_reasons import messages_as_written, plan_messages_written
from wxdesk.engine.costs import kept_fit_table, message_sender, plan_costs
from wxdesk.engine.draws import AVERAGE_COLUMN
from wxdesk.engine.fit import push_limit

PACK = load_datapack()
FREE_WRITING = {"content_per_message_cny": {"low": 0, "likely": 0, "high": 0}}
CONTENT = R.CONTENT_LINES


def _said(evaluation):
    return [(p.id, r) for p in evaluation.presences for r in p.reasons if r.template in CONTENT]


def _total(members, scenario) -> float:
    pack = PACK.with_overrides(scenario.overrides)
    return float(plan_costs(members, scenario, pack).total(scenario.audience)[AVERAGE_COLUMN])  # likely (draws.py)


@settings(max_examples=120, deadline=None)
@given(scenarios)
def test_the_articles_are_said_exactly_where_their_price_moves_the_plans_cost(scenario):
    if 0 < scenario.pushes_per_month < 0.01:
        # (1e-304 messages a month: their articles' cost is lost in the sum of the plan's others, 1e5 + 6e-301.)
        scenario = scenario.with_changes(pushes_per_month=0.01)
    evaluation = evaluate(scenario, PACK)
    members = evaluation.plan.presences
    free = scenario.with_changes(overrides={**scenario.overrides, **FREE_WRITING})
    moved = _total(members, scenario) - _total(members, free) > 0
    said = _said(evaluation)
    assert bool(said) == moved, (members, said)
    if said:
        ((account, reason),) = said  # once, on the member that sends them, second after its role
        assert account in members
        # Every message the scenario asks for, written once whichever member sends it or whether it is bought as
        # paid reach, save those an app sends beside accounts that may send fewer (costs.messages_written).
        written = plan_messages_written(members, scenario, PACK)
        # On a member that may send them all: the news's own where it can, else the messages' (roles); where none
        # can (some are bought as ads), the news's or the messages' carrier. Beside an app, without the news, on the
        # account that sends them, never on the app, which sends the rest unwritten.
        roles = evaluation.plan.roles
        beside_app = "native_app" in members and "news" not in scenario.goals
        assert not (beside_app and account == "native_app"), roles
        able = [m for m in members if push_limit(m, PACK) >= written and not (beside_app and m == "native_app")]
        news = [m for m in able if "goal:news" in roles.get(m, ())]
        push = [m for m in able if "push" in roles.get(m, ())]
        if news or push:
            assert account == (news or push)[0], (roles, account)
        if able:
            assert account in able
        assert evaluation.presence(account).reasons[1] is reason
        # As many as the scenario asks for, written as the other message counts are (0.03 a month).
        assert reason.params["wanted"] == messages_as_written(written)
        # Their part of the split: within the plan's upkeep, which holds them, and so within its total.
        assert float(reason.params["amount"]) <= evaluation.plan.breakdown["maintenance"] + 1.0
        assert float(reason.params["total"]) == evaluation.plan.total.likely
    # Written off by the user (the override of 0): nothing counted, nothing said.
    assert not _said(evaluate(free, PACK))


def _articles_part(members, scenario) -> float:
    free = scenario.with_changes(overrides={**scenario.overrides, **FREE_WRITING})
    return _total(members, scenario) - _total(members, free)


def test_a_daily_briefing_costs_its_articles_whichever_member_sends_it():
    """news_publisher's 30 briefings a month cost ¥900k over 3 years by its Official Account; sent by WeCom or an
    app, which may send as many, they cost the same, where WeCom alone read "¥760k less" for sending them unwritten.
    Without the news WeCom's messages cost what an official account's do (city_service's WeCom "would score the same,
    75, and cost ¥251k against ¥629k" for the Official Account's 8 a month), and so do the ads bought as paid reach
    (a bakery's plan dropped its Official Account to buy its 10 messages a month as ads, unwritten, and its first year
    fell from ¥95.4k to ¥52.7k). Beside an app, an account pays for those it sends where the plan's roles give it
    the messages: the app sends the rest, or all of them, as notifications."""
    news = load_preset("news_publisher")
    by_account = _articles_part(("subscription",), news)
    assert by_account == pytest.approx(30 * 36 * 2500 / 3)  # 30 a month × 36 months × the average ¥833.33
    for members in (("wecom",), ("native_app",), ("wecom", "channels")):
        assert _articles_part(members, news) == pytest.approx(by_account), members
    # A Mini Program or Channels alone sends nothing for free: the messages are bought as ads, each written as well.
    for members in (("mini_program",), ("channels",)):
        assert _articles_part(members, news) == pytest.approx(by_account), members
    # Without the news, WeCom's mass messages and the ads are articles as an official account's broadcasts are: the
    # plan decides how a message reaches the users, not what it says.
    shop = news.with_changes(goals=["sell"])
    for members in (("wecom",), ("subscription",), ("mini_program",), ("service", "mini_program")):
        assert _articles_part(members, shop) == pytest.approx(by_account), members
    # Beside an app, its notifications carry the messages in the plan's roles (seen more than an Official Account's
    # or WeCom's, and able to send all 30 where a Service Account may send 4): it sends them all as short notes, and
    # the account, with no messages of its own, pays for none. (WeCom kept to manage staff beside an app had paid for
    # 30 articles a month that the app sent.)
    for members in (("subscription", "native_app"), ("wecom", "native_app"), ("service", "native_app")):
        assert message_sender(members, kept_fit_table(shop, PACK)) == "native_app", members
        assert _articles_part(members, shop) == 0, members
    # At 4 a month a Service Account may send them all and carries them, its broadcasts seen first in the chat list:
    # each is an article. At 5 (past 4.75, where its 4 no longer reach more than the app's notifications of all of
    # them), the roles give the messages to the app, and none is written.
    four = shop.with_changes(pushes_per_month=4)
    assert message_sender(("service", "native_app"), kept_fit_table(four, PACK)) == "service"
    assert _articles_part(("service", "native_app"), four) == pytest.approx(by_account * 4 / 30)
    five = shop.with_changes(pushes_per_month=5)
    assert message_sender(("service", "native_app"), kept_fit_table(five, PACK)) == "native_app"
    assert _articles_part(("service", "native_app"), five) == 0
    # An app alone, without the news, sends short notes written in the course of business (fitness_coaching's daily
    # reminders had read as ¥1.8M of produced articles): none is paid for.
    assert _articles_part(("native_app",), shop) == 0
    assert _articles_part(("native_app", "mini_program"), shop) == 0


def test_the_noodle_shops_articles_are_said_in_both_languages():
    shop = Scenario(name="Noodle shop", budget_cny=60_000, interaction_minutes=2, audience=15_000,
                    pushes_per_month=2, goals=("sell",), needs=("payments",), paid_share=0.0)
    evaluation = evaluate(shop, PACK)
    assert evaluation.plan.presences == ("service", "mini_program")
    ((account, reason),) = _said(evaluation)
    assert account == "service"
    # At the averages (draws.py): 2 a month × 36 months × ¥833.33 (¥0 – ¥500 – ¥2,000) is ¥60,000.
    assert words("en").reason(reason) == (
        "Its 2 articles a month are counted as produced for you, at ¥833.3 each on average (up to ¥2,000): ¥60k of the "
        "plan's likely cost of ¥76.3k over 3 years, none of it if you write them yourself (the assumption “Producing "
        "one article broadcast (writing, layout, images)”). A plan without it pays for them too: another member, or "
        "paid ads, would carry the messages.")
    # The average price beside it, which the amount is made of (2 × ¥833 × 36 months), not the likely one: 2 × ¥500
    # × 36 months is ¥36k, and a client who multiplied them found a slip; nor "up to ¥2,000" alone (¥144k).
    assert "likely ¥500" not in words("en").reason(reason)
    assert words("zh_CN").reason(reason).startswith("每月 2 篇图文按外包代写")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_amount_said_is_the_articles_part_of_the_split(lang):
    """news_publisher's upkeep is its articles alone: the line reads the split's figure (30 × ¥500 × 36 months at the
    likely price read ¥540k beside ¥859k), and the plan's total as the plan's line writes it."""
    w = words(lang)
    evaluation = evaluate(load_preset("news_publisher"), PACK)
    ((account, reason),) = _said(evaluation)
    assert account == "subscription"
    assert w.money(float(reason.params["amount"])) == w.money(evaluation.plan.breakdown["maintenance"])
    assert w.money(float(reason.params["total"])) == w.money(evaluation.plan.total.likely)
    assert w.money(evaluation.plan.breakdown["maintenance"]) in w.reason(reason)


def test_an_individual_writes_her_own_and_is_told_nothing():
    assert not _said(evaluate(load_preset("yoga_teacher"), PACK))


def test_the_articles_are_said_on_the_card_of_the_account_that_publishes_the_news():
    """An Official Account for the news and an app for the messages and the relationship: the app may send the most,
    but the articles are the Official Account's news, and its card says them, not the app's."""
    scenario = Scenario().with_changes(audience=200_000, pushes_per_month=4, goals=["news", "relationship"],
                                       interaction_minutes=15, budget_cny=2_000_000)
    evaluation = evaluate(scenario, PACK)
    assert evaluation.plan.presences == ("subscription", "native_app")
    assert evaluation.plan.roles["subscription"] == ("goal:news",)
    ((account, reason),) = _said(evaluation)
    assert account == "subscription" and reason.params["wanted"] == messages_as_written(4)


def test_bank_cares_app_sends_its_messages_and_no_card_counts_articles():
    """bank_care's roles give its 4 messages a month to its app ("messaging your users"): the app sends them as
    notifications, and no card counts articles. Its app's card had read "Its 4 articles a month … A plan without it
    pays for them too", beside its app alone, which pays for none; then its WeCom's card counted the 4 as articles
    beside the app's line that it messages the users."""
    evaluation = evaluate(load_preset("bank_care"), PACK)
    assert evaluation.plan.presences == ("wecom", "native_app")
    assert "push" in evaluation.plan.roles["native_app"]
    assert _said(evaluation) == []
    assert plan_messages_written(evaluation.plan.presences, evaluation.scenario, PACK) == 0
