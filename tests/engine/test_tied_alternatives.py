"""Two of the best plans at the same score say why one comes first (issue 10: why this plan and not the next).

city_service's next best and third both score 74; each card compared itself with the plan only, so their
order went unexplained. A tie is ranked by cost, and the later one now says so.
"""

from __future__ import annotations

from hypothesis import given, settings

from tests.engine.scenario_strategies import scenarios

from wxdesk.engine import Scenario, evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.money import shown_difference
from wxdesk.words.words import Words

PACK = load_datapack()


# (Each with its form for two amounts that read alike once rounded.)
AHEAD = (R.WHY_NOT_TIE_AHEAD, R.WHY_NOT_TIE_AHEAD_ALIKE)
FIRST_YEAR = (R.WHY_NOT_TIE_AHEAD_FIRST_YEAR, R.WHY_NOT_TIE_AHEAD_FIRST_YEAR_ALIKE)


def _ties(ev):
    return [r for alt in ev.alternatives for r in alt.why_not if r.template in AHEAD]


def _check(ev) -> None:
    for ahead, alt in zip(ev.alternatives, ev.alternatives[1:]):
        said = [r for r in alt.why_not if r.template in AHEAD]
        # Level, or level as written (the cheaper a hair ahead for its cost).
        level = (abs(ahead.score - alt.score) < 1e-6
                 or round(ahead.score, ev.score_digits) == round(alt.score, ev.score_digits))
        tied = level and alt.total.likely - ahead.total.likely >= 0.5
        assert bool(said) == tied, (ahead.presences, alt.presences)
        for reason in said:
            assert tuple(reason.params["plan"]) == ahead.presences
            assert float(reason.params["cost"]) > 0 and reason.impact == 0
        # Level as written, and no cheaper over the horizon: ahead for a cheaper first year, which is said.
        first = [r for r in alt.why_not if r.template in FIRST_YEAR]
        assert not (first and said)
        if first:
            # (The difference of the two first years as written: money.shown_difference.)
            assert level and float(first[0].params["cost"]) == shown_difference(alt.first_year.likely,
                                                                                ahead.first_year.likely)
        # Level as written, no dearer, and behind: a hair below the plan ahead of it, said as the plan's own is.
        hair = [r for r in alt.why_not if r.template == R.WHY_NOT_HAIR_AHEAD]
        assert bool(hair) == (level and not said and not first and alt.score < ahead.score - 1e-6), \
            (ahead.score, alt.score)
        for reason in hair:
            assert tuple(reason.params["plan"]) == ahead.presences
        # Level on score and on cost (first year and horizon): said so, the two level.
        even = [r for r in alt.why_not if r.template == R.WHY_NOT_TIE_AHEAD_EVEN]
        assert bool(even) == (level and not said and not first and not hair
                              and abs(alt.total.likely - ahead.total.likely) < 0.5
                              and abs(alt.first_year.likely - ahead.first_year.likely) < 0.5), \
            (ahead.presences, alt.presences)
    # The next best is compared with the plan alone.
    assert all(r.template not in AHEAD for alt in ev.alternatives[:1] for r in alt.why_not)
    # Level with the plan on score and cost: said as such, never as "scores 69.2 against the plan's 69.2".
    for alt in ev.alternatives:
        # (Both at 0 is not level: the plan lost fewer points beyond 0, which its card says first.)
        level = (abs(ev.plan.score - alt.score) < 1e-6 and abs(alt.total.likely - ev.plan.total.likely) < 0.5
                 and not ev.plan.score == alt.score == 0)
        first = alt.why_not[0].template
        if level:
            larger = len(alt.presences) > len(ev.plan.presences)
            assert first == (R.WHY_NOT_TIE_LARGER if larger else R.WHY_NOT_TIE_EVEN), (alt.presences, first)
        else:
            assert first not in (R.WHY_NOT_TIE_LARGER, R.WHY_NOT_TIE_EVEN)


# city_service with long sessions, a ¥10M budget and one message a month: its next best, the Service Account alone, and
# its third, the Service Account with a Mini Program, score alike as written (64.830 and 64.829), and the third costs
# ¥295k over 5 years against ¥294k. (It was fitness_coaching's app with an idle Official Account or Service Account,
# whose totals, at the averages, draws.py, now read alike, ¥3.53M both, and take the sentence's other form; before it,
# city_service's, whose two such plans were no longer shown: plans.next_best.)
LEVEL_CASE = {"audience": 80_000, "budget_cny": 10_000_000, "interaction_minutes": 25, "pushes_per_month": 1}


def test_a_third_plan_level_with_the_next_best_says_it_scores_the_same_as_that_one_which_costs_less():
    ev = evaluate(load_preset("city_service").with_changes(**LEVEL_CASE), PACK)
    # Level as written (the cheaper a hair ahead, its first year weighed for its cost).
    assert round(ev.alternatives[0].score, ev.score_digits) == round(ev.alternatives[1].score, ev.score_digits)
    (reason,) = _ties(ev)
    assert reason in ev.alternatives[1].why_not
    # Said in the JSON (and so in every view) with the amount the two plans' costs differ by.
    texts = [r["text"] for r in ev.to_dict()["alternatives"][1]["why_not"]]
    more = Words().money(shown_difference(ev.alternatives[1].total.likely, ev.alternatives[0].total.likely))
    years = ev.scenario.horizon_years
    assert any(t.startswith("Scores the same as ") and t.endswith(f", which costs {more} less over {years} years.")
               for t in texts), texts
    _check(ev)


def test_a_plan_level_with_the_next_best_says_why_it_comes_first():
    # A tie with the plan is made here by a pack without the 5 points each extra presence takes: fitness_coaching with
    # 500k users, long sessions and a ¥400k budget ranks its app with an Official Account level with the app alone.
    # (It was city_service selling to 40M users, whose larger plan, with nothing to do, is no longer shown.) The smaller
    # plan is recommended, and the next best's card says so. (No message a month since 6 December 2026: with 8, the
    # Official Account beside the app pays for them written, where the app alone sends short notes.)
    scenario = load_preset("fitness_coaching").with_changes(audience=500_000, budget_cny=400_000,
                                                            interaction_minutes=25, pushes_per_month=0)
    # (And without the verification fee, which an Official Account pays too since 7 December 2026.)
    flat = PACK.with_overrides({"extra_account_penalty": {"low": 0, "likely": 0, "high": 0},
                                "verification_fee_cny": {"low": 0, "likely": 0, "high": 0}})
    ev = evaluate(scenario, flat)
    (alt, *_) = ev.alternatives
    assert abs(alt.score - ev.plan.score) < 1e-6 and len(alt.presences) > len(ev.plan.presences)
    texts = [r["text"] for r in ev.to_dict()["alternatives"][0]["why_not"]]
    assert texts[0] == ("Scores the same as the plan; at the same cost, wxdesk recommends the plan with fewer "
                        "presences to run."), texts
    assert not any(t.startswith("Scores ") and "against the plan's" in t for t in texts)
    _check(ev)


@settings(max_examples=30, deadline=None)
@given(scenarios)
def test_a_tie_among_the_best_plans_is_said_exactly_where_there_is_one(scenario):
    _check(evaluate(scenario, PACK))


def _never_reads_level_with_the_plan(ev) -> None:
    """No alternative says "Scores X against the plan's X": a score that reads as the plan's, to the decimals
    shown, is a hair below it and says so."""
    for alt in ev.alternatives:
        first = alt.why_not[0]
        if first.template == R.WHY_NOT_LOWER:
            assert first.params["score"] != first.params["best"], first.params
        if first.template == R.WHY_NOT_HAIR:
            assert 0 < ev.plan.score - alt.score < 0.1  # (written alike even to one decimal)


def test_a_plan_ahead_by_a_hair_says_so_rather_than_two_equal_scores():
    # bank_care with a fifth of its customers on WeChat in mainland China: its app alone at 68.99, WeCom beside it (for
    # the staff and the advisers' contact) a hair behind at 68.98, the coverage it adds a hair less than its effort and
    # cost take; both read 69. (It was 11M users for news, service and staff in 2-minute sessions, the plan with a
    # Mini Program besides a hair behind: a hair only while the app's users won through ads were priced at WeChat's
    # rate beside WeCom and the Official Account; priced as installs, costs.wechat_door, the plan without the Mini
    # Program falls out of the three best and the one with it is the plan.)
    ev = evaluate(load_preset("bank_care").with_changes(china_share=0.2), PACK)
    assert ev.score_digits == 0
    first = ev.alternatives[0].why_not[0]
    assert first.template == R.WHY_NOT_HAIR
    text = ev.to_dict()["alternatives"][0]["why_not"][0]["text"]
    assert text == f"Scores a hair below the plan's {ev.to_dict()['plan']['score']}: the two read alike once rounded."
    _never_reads_level_with_the_plan(ev)


@settings(max_examples=30, deadline=None)
@given(scenarios)
def test_no_alternative_reads_level_with_the_plan(scenario):
    _never_reads_level_with_the_plan(evaluate(scenario, PACK))


def test_a_plan_ahead_for_its_cheaper_first_year_alone_says_so():
    """Two next best plans at 64.5 each, the first dearer over 3 years: it is ahead for a cheaper first year (a cost is
    weighed by its first year), which the card below says: WeCom + Native app, whose first year is ¥3.77M, against a
    Mini Program + Native app at ¥3.83M, the cheaper over 3 years. (A business selling and keeping customers, with
    690,375 users, 10-minute sessions and 8 messages a month, found by a random search on 7 December 2026; earlier
    cases went as the model's costs moved: a news and service business with 30,000 users, until an app meeting a
    special need was taken to need installing, a shop of 1.33M users whose WeCom paid for articles its app sent, two
    apps with an idle WeChat presence beside each, 300 users for news, service and staff, WeCom alone beside a Mini
    Program, a Service Account and an Official Account for 300 users, and a 33-user plan of every need, when an app
    sending its messages alone was no longer taken to pay for them written.)"""
    scenario = Scenario().with_changes(budget_cny=5_093_000, interaction_minutes=10, audience=690_375, china_share=0.7,
                                       pushes_per_month=8, goals=["sell", "experiment", "employees", "relationship"],
                                       needs=[], horizon_years=3, entity="company", paid_share=0.1)
    ev = evaluate(scenario, PACK)
    second, third = ev.alternatives[:2]
    assert round(second.score, ev.score_digits) == round(third.score, ev.score_digits)
    assert second.total.likely > third.total.likely and second.first_year.likely < third.first_year.likely
    [note] = [r for r in third.why_not if r.template in FIRST_YEAR]
    assert tuple(note.params["plan"]) == second.presences
    _check(ev)


def test_cross_border_skincares_third_says_it_is_a_hair_below_the_next_best():
    """With 500k users, a ¥500k budget, 3-minute sessions and one message a month its next best (44.91) and third
    (44.86) read 45 and 45 once no score is written to hundredths: the third says why it comes after the second, as
    a plan a hair below the plan does. (Found on the example as it is, whose third was then the plan with an idle
    WeCom: engine.plans.next_best. On ¥400k, at the averages, draws.py, the scores are written to tenths.)"""
    ev = evaluate(load_preset("cross_border_skincare").with_changes(audience=500_000, budget_cny=500_000,
                                                                    interaction_minutes=3, pushes_per_month=1), PACK)
    assert ev.score_digits == 0
    second, third = ev.alternatives
    assert 0 < second.score - third.score < 0.1
    assert any(r.template == R.WHY_NOT_HAIR_AHEAD and tuple(r.params["plan"]) == second.presences
               for r in third.why_not)
    _check(ev)


def test_fitness_coachings_two_idle_accounts_beside_its_app_say_they_are_level():
    """Its app with an idle Service Account, then with an idle Official Account: the same score and cost (each a
    verification of ¥300 a year), in an order nothing on the cards explained."""
    ev = evaluate(load_preset("fitness_coaching"), PACK)
    first, second = ev.alternatives
    assert first.score == second.score and first.total.likely == second.total.likely  # the case itself
    texts = [r["text"] for r in ev.to_dict()["alternatives"][1]["why_not"]]
    assert first.presences == ("service", "native_app")
    assert "Scores and costs the same as Service Account + native app: the two are level." in texts, texts
    _check(ev)
