"""A presence says once, for all the goals or special needs it names, what it would say of each alike.

An overseas company's scenario that asked for running in the background and for a large app read on its Service
Account's card "… it runs no program of yours, so it has no way of running in the background." and, next, the same
sentence ending "… of shipping a large app." (in Chinese "因此无法大体积应用", which is not a sentence: now
"因此无法支持…"). A Mini Program's card read "A weak fit for publishing news. The plan's Channels covers that." and
the same of short video.
"""

from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack
from wxdesk.engine import reasons as R
from wxdesk.engine.fit import alike_in_one_sentence, fit_table, is_eligible, presence_reasons, weak_fit_reasons
from wxdesk.batch.language import words

PACK = load_datapack()
SAID_OF_EACH = {R.NEED_OFFICIAL_ARTICLES: "need", R.NEED_WECOM_CHATS: "need", R.NEED_CHANNELS_VIDEOS: "need",
                R.NEED_APP_NO_LIMITS: "need", R.WEAK_GOAL: "goal", R.STRONG_GOAL: "goal"}

BACKGROUND_AND_LARGE = Scenario().with_changes(
    audience=40_000, budget_cny=30_000, interaction_minutes=2, pushes_per_month=0,
    goals=["video", "relationship", "news"], needs=["background", "large_app"], entity="overseas_company",
    paid_share=0.5, china_share=1.0, horizon_years=1)


def _point(reason: R.Reason) -> R.Reason:
    return reason.params["point"] if reason.template == R.COVERED_IN_PLAN else reason


def _named(reasons) -> Counter:
    """Each goal or need the presence's alike sentences name, with how many of them name it."""
    found: Counter = Counter()
    for reason in reasons:
        point = _point(reason)
        if point.template in SAID_OF_EACH:
            named = point.params[SAID_OF_EACH[point.template]]
            found.update((point.template, str(one)) for one in ([named] if isinstance(named, str) else named))
    return found


def test_a_service_account_without_either_need_says_so_once_in_english_and_chinese():
    service = evaluate(BACKGROUND_AND_LARGE, PACK).presence("service")
    english = [words("en").reason(r) for r in service.reasons]
    chinese = [words("zh_CN").reason(r) for r in service.reasons]
    assert sum("no way of" in line for line in english) == 1
    assert any(line.endswith("so it has no way of running in the background or shipping a large app.")
               for line in english)
    assert sum("因此无法" in line for line in chinese) == 1
    assert any(line.endswith("因此无法支持后台运行或大体积应用。") for line in chinese)


def test_members_the_plans_app_covers_say_it_once_for_both_needs():
    evaluation = evaluate(BACKGROUND_AND_LARGE, PACK)
    assert "native_app" in evaluation.plan.presences
    for presence in ("wecom", "channels"):
        lines = [words("en").reason(r) for r in evaluation.presence(presence).reasons]
        said = [line for line in lines if "no way of" in line]
        assert len(said) == 1 and said[0].endswith(
            "no way of running in the background or shipping a large app. The plan's native app covers that.")


def test_goals_a_presence_is_strong_or_weak_at_are_named_in_one_sentence():
    scenario = Scenario().with_changes(audience=2_000, budget_cny=150_000, interaction_minutes=2, pushes_per_month=4,
                                       goals=["service", "sell", "news", "video"], entity="company")
    evaluation = evaluate(scenario, PACK)
    said = {presence.id: [words("en").reason(r) for r in presence.reasons] for presence in evaluation.presences}
    assert any(line == "A strong fit for serving customers and selling." for line in said["service"]), said["service"]
    assert sum(line.startswith("A strong fit for") for line in said["service"]) == 1


def _check(scenario: Scenario) -> None:
    evaluation = evaluate(scenario, PACK)
    table = fit_table(scenario, PACK)
    english = words("en")
    for presence in evaluation.presences:
        if not is_eligible(presence.id, scenario, PACK):
            continue
        # Every goal and need the presence's sentences named one by one, named once, none lost and none added.
        one_by_one = _named(weak_fit_reasons(presence_reasons(presence.id, table, scenario, PACK), presence.fit, PACK))
        assert _named(presence.reasons) == one_by_one, presence.id
        assert set(one_by_one.values()) <= {1}
        # And no two of its sentences alike but for those: each kind said once (per member that covers it, and on a
        # member's card once of what it carries in the plan and once of the rest: see alike_in_one_sentence).
        carried = evaluation.plan.roles.get(presence.id, ()) if presence.in_plan else ()
        kinds = [(r.template, str(r.params.get("member")), _point(r).template, str(_point(r).params.get("account")),
                  r.about in carried) for r in presence.reasons if _point(r).template in SAID_OF_EACH]
        assert len(kinds) == len(set(kinds)), presence.id
        lines = [english.reason(r) for r in presence.reasons]
        assert len(lines) == len(set(lines)), presence.id


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_each_need_is_named_once_on_a_card_and_no_sentence_repeats(scenario):
    _check(scenario)


def test_the_scenario_that_showed_it():
    _check(BACKGROUND_AND_LARGE)


def test_a_members_sentences_on_what_it_carries_are_said_apart_from_the_rest():
    """A sentence on a duty the member carries is a reason for the plan (the handout's "why this plan"), read by the
    goal it is about: one sentence of a goal carried and one not would be taken as a reason, or left out, whole."""
    employees = R.Reason(R.STRONG_GOAL, {"goal": R.goal("employees")}, 6.0, "goal:employees")
    service = R.Reason(R.STRONG_GOAL, {"goal": R.goal("service")}, 4.0, "goal:service")
    sell = R.Reason(R.STRONG_GOAL, {"goal": R.goal("sell")}, 2.0, "goal:sell")
    apart = alike_in_one_sentence([employees, service, sell], carried=("goal:employees", "goal:sell"))
    assert [(r.about, r.impact, list(r.params["goal"]) if isinstance(r.params["goal"], R.Terms) else r.params["goal"])
            for r in apart] == [("goal:employees", 8.0, ["goal:employees", "goal:sell"]),
                                ("goal:service", 4.0, "goal:service")]
    assert [words("en").reason(r) for r in apart] == ["A strong fit for managing employees and selling.",
                                                      "A strong fit for serving customers."]
    assert len(alike_in_one_sentence([employees, service, sell])) == 1
