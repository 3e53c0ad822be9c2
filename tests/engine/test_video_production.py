"""Videos are paid for with the video goal, whichever member of the plan shows them.

Production (channels_production_cny) was part of Channels' own cost, so a plan whose native app carried the video
goal had its videos free: a Mini Program and an app for 20 million users wanting video showed the app's upkeep
alone, ¥446k less over three years than the same plan would pay with Channels showing the same videos.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings

from scenario_strategies import scenarios

from wxdesk.engine import Scenario, load_datapack
from wxdesk.engine.costs import CostBook
from wxdesk.engine.duties import films_videos, member_duties
from wxdesk.engine.fit import fit_table

PACK = load_datapack()
TODAY = dt.date(2026, 12, 3)
VIDEO = Scenario().with_changes(goals=["video"], audience=20e6, interaction_minutes=30, pushes_per_month=0,
                                budget_cny=5e6, needs=[])


def test_an_app_that_carries_the_video_goal_pays_for_the_videos():
    # A Mini Program and an app, the app showing the videos (the plan for these 20 million users until a WeChat
    # presence beside an app that does every job stopped counting as their way in: Channels alone is now).
    members = ("mini_program", "native_app")
    table = fit_table(VIDEO, PACK)
    assert "goal:video" in member_duties(members, table, VIDEO, PACK)["native_app"]
    assert films_videos(members, table, VIDEO, PACK)
    # The production sits in the plan's maintenance, every year: the plan costs more by at least its low figure
    # a year than with production at nothing.
    free = VIDEO.with_changes(overrides={"channels_production_cny": 0})
    paid, unpaid = (CostBook(s, PACK.with_overrides(s.overrides)).plan(members).part("maintenance", s.audience).sum(
        axis=1).mean() for s in (VIDEO, free))
    assert paid > unpaid + 3 * PACK.figures["channels_production_cny"].low


def test_an_individual_films_her_own_videos_whatever_shows_them():
    her = VIDEO.with_changes(entity="individual")
    table = fit_table(her, PACK)
    assert not films_videos(("channels",), table, her, PACK)
    assert not films_videos(("mini_program", "native_app"), table, her, PACK)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios)
def test_a_plans_cost_holds_the_videos_exactly_where_it_shows_videos(scenario):
    """A company's plan that holds Channels or carries the video goal pays for producing videos; no other plan
    does: its cost is the same with production at nothing."""
    table = fit_table(scenario, PACK)
    free = scenario.with_changes(overrides={**scenario.overrides, "channels_production_cny": 0})
    book, free_book = CostBook(scenario, PACK), CostBook(free, PACK.with_overrides(free.overrides))
    for members in (("channels",), ("native_app",), ("mini_program", "native_app"), ("subscription", "wecom")):
        carried = any("goal:video" in duties for duties in member_duties(members, table, scenario, PACK).values())
        shows = scenario.entity != "individual" and ("channels" in members or carried)
        assert films_videos(members, table, scenario, PACK) == shows
        paid = book.plan(members).yearly(scenario.audience).mean() - free_book.plan(members).yearly(
            scenario.audience).mean()
        assert (paid > 0) == shows, (members, paid)
