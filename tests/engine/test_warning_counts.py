"""Points to watch say counts as the lines beside them do (issue 10).

A missed date read "likely live in 1 weeks" (or 0 weeks) beside "Live in about a week"; every message
bought as paid reach read "60 of your 60 messages a month".
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Fixed
from wxdesk.engine.timeline import whole_weeks

PACK = load_datapack()
TODAY = dt.date(2026, 12, 1)


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["yoga_teacher", "car_brand", "factory_staff", "fitness_coaching"]),
       st.integers(-400, 30))
def test_a_missed_date_gives_the_weeks_the_timeline_gives(preset, days):
    scenario = dataclasses.replace(load_preset(preset), live_by=(TODAY + dt.timedelta(days=days)).isoformat())
    ev = evaluate(scenario, PACK, TODAY)
    late = [r for r in ev.warnings if r.template in (R.WARN_LIVE_BY, R.WARN_LIVE_BY_WEEK, R.WARN_LIVE_BY_PASSED,
                                                      R.WARN_LIVE_BY_PASSED_WEEK, R.WARN_LIVE_BY_EVEN_QUICKEST)]
    assert len(late) == (ev.plan.live_in_time is False)
    for reason in late:
        weeks = whole_weeks(ev.plan.timeline.weeks.likely)
        assert reason.params["weeks"] == weeks
        # A date gone is said as gone; one before even the quickest launch says the quickest (a date a few days
        # off, or one past, read "likely live … after your date", as if the plan might make it).
        passed = days < 0
        quickest = whole_weeks(ev.plan.timeline.weeks.low)
        before_quickest = ev.plan.timeline.live_dates(TODAY)["low"] > TODAY + dt.timedelta(days=days)
        expected = ((R.WARN_LIVE_BY_PASSED_WEEK if weeks == 1 else R.WARN_LIVE_BY_PASSED) if passed
                    else R.WARN_LIVE_BY_EVEN_QUICKEST if before_quickest and quickest >= 2
                    else R.WARN_LIVE_BY_WEEK if weeks == 1 else R.WARN_LIVE_BY)
        assert reason.template == expected, (days, reason.text)
        if reason.template == R.WARN_LIVE_BY_EVEN_QUICKEST:
            assert reason.params["quickest"] == quickest <= weeks
            # The quickest launch's day, after the date (its weeks, rounded down, read as in time for a date as far).
            earliest = ev.plan.timeline.live_dates(TODAY)["low"]
            assert reason.params["earliest"] == earliest.isoformat()
            assert earliest > TODAY + dt.timedelta(days=days)
    # Where the plan likely misses a date not yet passed, the first next best plan likely in time is named, with its
    # day, as its own card gives it; where none is, or the date has passed, none.
    named = [r for r in ev.warnings if r.template == R.WARN_LIVE_BY_ALTERNATIVE]
    in_time = [alt for alt in ev.alternatives if alt.live_in_time]
    if ev.plan.live_in_time is False and days >= 0 and in_time:
        assert len(named) == 1
        assert tuple(named[0].params["plan"]) == in_time[0].presences
        assert named[0].params["live"] == in_time[0].timeline.live_dates(TODAY)["likely"].isoformat()
        assert any(r.template == R.WHY_NOT_IN_TIME and r.params["live"] == named[0].params["live"]
                   for r in in_time[0].why_not)
    else:
        assert named == []
    # Where none of them is, the best other plan likely in time (with a job for each member), if there is one.
    other = [r for r in ev.warnings if r.template == R.WARN_LIVE_BY_OTHER]
    if ev.plan.live_in_time is not False or days < 0 or in_time:
        assert other == []
    for reason in other:
        members = tuple(reason.params["plan"])
        assert members not in {p.presences for p in (ev.plan, *ev.alternatives)}
        assert dt.date.fromisoformat(reason.params["live"]) <= TODAY + dt.timedelta(days=days)
        # Ranked below every plan shown, and written with their decimals.
        assert float(reason.params["score"]) <= min(p.score for p in (ev.plan, *ev.alternatives)) + 0.05
        assert str(reason.params["best"]) == str(Fixed(ev.plan.score, ev.score_digits))


def test_a_plan_that_misses_the_date_names_the_next_best_plan_that_makes_it():
    """A sole trader's bakery on ¥8,000, to be live in twelve days: the first page said the plan is likely late, and
    only the next best plans' cards on the second said they were likely in time."""
    scenario = load_preset("yoga_teacher").with_changes(
        budget_cny=8_000, interaction_minutes=1.5, audience=1_200, china_share=1.0, pushes_per_month=8,
        goals=["sell", "relationship"], needs=["payments"], horizon_years=1, entity="individual", paid_share=0.0,
        live_by="2026-12-13")
    ev = evaluate(scenario, PACK, TODAY)
    assert ev.plan.live_in_time is False
    from wxdesk.words.words import Words
    texts = [Words.make("en", "CNY", PACK).reason(r) for r in ev.warnings]
    assert "Of the next best plans, Official Account (formerly Subscription Account) is likely live in time, on " \
           "8 December 2026." in texts, texts


def test_every_message_paid_for_is_said_as_all_of_them():
    # The yoga teacher selling only, 60 messages a month on ¥300k: her plan is a Mini Program alone, with no presence
    # that sends a message, so all 60 are bought as paid reach. (As a company, to serve too, with cost not weighed
    # within the budget, hers was a Mini Program alone until every message asked for was costed as written once,
    # whatever carries it, 2026-12-06: an Official Account beside it now writes them for less than ads carry them.)
    scenario = load_preset("yoga_teacher").with_changes(goals=["sell"], pushes_per_month=60.0, budget_cny=300_000.0)
    ev = evaluate(scenario, PACK, TODAY)
    assert ev.plan.presences == ("mini_program",)  # no presence that pushes for free
    assert ev.paid_messages_per_month == scenario.pushes_per_month
    paid = [r for r in ev.warnings if r.template in (R.WARN_PAID_REACH, R.WARN_PAID_REACH_ALL)]
    assert [r.template for r in paid] == [R.WARN_PAID_REACH_ALL]


def test_some_messages_paid_for_are_said_as_a_share():
    scenario = dataclasses.replace(load_preset("yoga_teacher"), pushes_per_month=60.0)  # one push a day free
    ev = evaluate(scenario, PACK, TODAY)
    paid = [r for r in ev.warnings if r.template in (R.WARN_PAID_REACH, R.WARN_PAID_REACH_ALL)]
    assert paid and all(r.template == R.WARN_PAID_REACH and r.params["paid"] < r.params["wanted"] for r in paid)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["yoga_teacher", "car_brand", "factory_staff", "bank_care"]), st.booleans(), st.booleans(),
       st.sampled_from([0.0, 4.0]))
def test_a_scenario_with_no_goal_or_need_says_what_the_plan_is_chosen_for(preset, goals, needs, pushes):
    """With nothing ticked the plan's lines still speak of "your goals and needs"; the points to watch say what it was
    chosen for instead (a client took such a plan for one chosen for a goal)."""
    base = load_preset(preset)
    scenario = base.with_changes(goals=list(base.goals) if goals else [], needs=list(base.needs) if needs else [],
                                 pushes_per_month=pushes)
    ev = evaluate(scenario, PACK, TODAY)
    said = [r.template for r in ev.warnings if r.template in (R.WARN_NO_GOALS, R.WARN_NO_GOALS_MESSAGES)]
    nothing = not scenario.goals and not scenario.needs
    assert said == ([R.WARN_NO_GOALS_MESSAGES if pushes else R.WARN_NO_GOALS] if nothing else [])


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["yoga_teacher", "car_brand", "news_publisher"]),
       st.floats(0, 120, allow_nan=False) | st.sampled_from([4.0001, 30.000001, 4.004, 60.0]))
@example("yoga_teacher", 30.000001)  # one push a day is free: 0.000001 of them paid for
def test_the_messages_paid_for_read_as_more_than_none_and_fewer_than_all(preset, pushes):
    """A file's 4.0001 messages a month, 0.0001 of them beyond what the plan sends for free, read "0 of your 4
    messages a month are … bought as paid reach": a count paid for is written so that it reads above none, and below
    the count asked for where some are free."""
    ev = evaluate(load_preset(preset).with_changes(pushes_per_month=pushes), PACK, TODAY)
    paid = [r for r in ev.warnings if r.template in (R.WARN_PAID_REACH, R.WARN_PAID_REACH_ALL)]
    from wxdesk.words.words import Words
    for reason in paid:
        text = Words.make("en", "CNY", PACK).reason(reason)
        assert not text.startswith("0 of your"), text
        if reason.template == R.WARN_PAID_REACH:
            assert 0 < reason.params["paid"] < reason.params["wanted"], text
            assert reason.params["wanted"] == pytest.approx(pushes, abs=0.01), text
    if pushes == 30.000001 and preset == "yoga_teacher":  # (the count asked for reads apart from the free 30)
        assert any("0.000001 of your 30.000001 messages" in Words.make("en", "CNY", PACK).reason(r) for r in paid)


def test_where_no_plan_shown_makes_the_date_the_best_that_does_is_named():
    """A Shanghai dental clinic to be live in five weeks: its plan and both plans beside it hold a six-week Mini
    Program, and the points to watch said only that the plan would be late."""
    scenario = load_preset("yoga_teacher").with_changes(
        name="Dental clinic", budget_cny=150_000, interaction_minutes=2, audience=5_000, china_share=1.0,
        pushes_per_month=2, goals=["service", "sell"], needs=["payments"], horizon_years=2, entity="company",
        paid_share=0.4, live_by="2027-01-04")
    ev = evaluate(scenario, PACK, TODAY)
    assert ev.plan.live_in_time is False and not any(alt.live_in_time for alt in ev.alternatives)
    other = [r for r in ev.warnings if r.template == R.WARN_LIVE_BY_OTHER]
    assert len(other) == 1
    from wxdesk.words.words import Words
    assert Words.make("en", "CNY", PACK).reason(other[0]) == (
        "The best plan likely live in time is WeCom: it scores 58.1 against the plan's 85.1, its likely first year is "
        "¥150k, and it would likely be live on 8 December 2026.")
