"""Flip points at the model's own jumps and bends (flips.known_points), and narrow ranges met there."""

from dataclasses import replace

import numpy as np
import pytest

from wxdesk.engine import Scenario, load_preset
from wxdesk.engine.evaluator import best_plan
from wxdesk.engine.flips import flip_points, flip_reason
from wxdesk.engine.mp_template import rents_template
from wxdesk.batch.language import words

YOGA = load_preset("yoga_teacher")
# The reviewer's scenarios (model review, 2026-12-06): a plan that wins only a narrow range, stepped over by the grid.
VIDEO_STUDIO = Scenario(budget_cny=304_000, interaction_minutes=4.1, audience=1250, china_share=0.66, paid_share=0.41,
                        pushes_per_month=0, goals=("video",), needs=(), horizon_years=9, entity="company")
SERVICE_VIDEO_SHOP = Scenario(budget_cny=307_000, interaction_minutes=0.5, audience=12_300, china_share=0.81,
                              paid_share=0.61, pushes_per_month=8, goals=("service", "video"), needs=(),
                              horizon_years=6, entity="company")


def _plan(scenario, pack, field, value):
    return best_plan(replace(scenario, **{field: float(value)}), pack)


@pytest.mark.parametrize("audience, direction", [(YOGA.audience, "above"), (30_000.0, "below"), (150_000.0, "below")])
def test_a_flip_at_the_templates_limit_is_the_limit_itself(pack, audience, direction):
    """The yoga teacher's point was found at 20,001.4 and read "Between 20.1k and 141k … Above 20k monthly users a
    Mini Program is priced as a custom build": one point, two figures. The template serves up to its limit (<=), so
    the plan changes at the limit itself, written as the limit is."""
    limit = pack.likely("mp_template_max_users")
    scenario = YOGA.with_changes(audience=audience)
    point = flip_points(scenario, pack, ["audience"])["audience"]
    ends = [point.value] if point.until is None else [point.value, point.until]
    assert limit in ends
    at_limit = YOGA.with_changes(audience=limit)
    past_limit = YOGA.with_changes(audience=limit + 1)  # the first count a client types past it
    assert rents_template(at_limit, pack) and not rents_template(past_limit, pack)
    # The promise: the plan of the template's side holds at the limit, and a step past it the other plan wins.
    assert _plan(YOGA, pack, "audience", limit) != _plan(YOGA, pack, "audience", limit + 1)
    if point.value == limit:  # (from 150k users the limit is the range's far end)
        assert point.direction == direction
        new_side, old_side = (limit + 1, limit) if direction == "above" else (limit, limit + 1)
        assert _plan(scenario, pack, "audience", new_side) == point.winner
        assert _plan(scenario, pack, "audience", old_side) == point.current_winner

def test_the_yoga_teachers_range_and_its_template_limit_read_one_figure_in_both_languages(pack):
    up = flip_reason("audience", flip_points(YOGA, pack, ["audience"])["audience"])
    en = words("en").reason(up)
    # (The far end written to the person where the Mini Program comes back: "and only there" holds a person past it.)
    # (Both ends, and the limit beside them, in full where one end needs every figure.)
    assert en.startswith("Between 20,000 and 141,665 monthly users, and only there, the plan drops the Mini Program. "
                         "Above 20,000 monthly users a Mini Program is priced as a custom build"), en
    assert "20.1k" not in en and "19.9k" not in en
    zh = words("zh_CN").reason(up)
    assert zh.startswith("仅当月活用户在 20,000 至 141,665 之间时，方案去掉小程序。月活用户超过 20,000 时"), zh
    assert "2.01万" not in zh
    down = flip_reason("audience", flip_points(YOGA.with_changes(audience=30_000), pack, ["audience"])["audience"])
    en_down = words("en").reason(down)
    # (The limit in full, as the Mini Program's card writes it: mp_template.template_limit.)
    assert en_down.startswith("Below 20,000 monthly users the plan adds a Mini Program. Up to 20,000 monthly users a "
                              "Mini Program is priced as a rented template"), en_down
    assert "19.9k" not in en_down and "1.99万" not in words("zh_CN").reason(down)


def test_a_plan_that_wins_only_where_its_first_year_meets_the_budget_is_found(pack):
    """The video studio's plan is Channels at 1,250 users, and from about 58.3k to 60k users the Official Account
    alone, whose first year reaches the ¥304k budget there: the grid (16 points a decade) stepped over it and the
    window said "No audience size changes the plan."."""
    point = flip_points(VIDEO_STUDIO, pack, ["audience"])["audience"]
    assert point is not None and point.direction == "above" and point.until is not None
    assert point.value < 59_000 < point.until
    assert _plan(VIDEO_STUDIO, pack, "audience", 59_000) == point.winner != point.current_winner
    assert "and only there" in point.reason.text


def test_the_nearer_of_two_changes_either_side_is_the_flip(pack):
    """At ¥307k the service-and-video shop's plan adds Channels from about ¥428k, nearer than the ¥205k below where it
    swaps its Mini Program: the walk met both sides' changes at the same grid distance and said only the lower."""
    point = flip_points(SERVICE_VIDEO_SHOP, pack, ["budget_cny"])["budget_cny"]
    assert point is not None and point.direction == "above"
    assert _plan(SERVICE_VIDEO_SHOP, pack, "budget_cny", 430_000) == point.winner
    # No change nearer on either side: walked in steps finer than the grid's, both ways, as far as the point.
    reach = abs(np.log10(point.value / point.current))
    for end in (point.current * 10 ** reach, point.current / 10 ** reach):
        walk = np.geomspace(point.current, end, 80)[1:-1]
        inside = [v for v in walk if abs(np.log10(v / end)) > 0.001]
        assert all(_plan(SERVICE_VIDEO_SHOP, pack, "budget_cny", v) == point.current_winner for v in inside)


def test_the_plan_named_past_a_range_holds_just_past_the_figure_written(pack):
    """bank_care: "Between 1.95M and 2M monthly users the plan swaps the native app for a Mini Program. … Above 2M
    the plan is Mini Program + WeCom + Native app." The point was 2,004,854 users: at 2,003,000 the plan was still the
    range's. Written onto the next plan's side ("Above 2.01M"), 2M to 2.01M went unsaid. The far end is found to the
    person and the plan past it said past that same figure. (Since 7 December 2026, when its WeCom stopped paying for
    articles its app sends, the range ran from 1,968,161 to 1,991,118 users; since its app is built for the needs its
    roles give it, the plan adds a Mini Program from 1,967,184 to 4,039,452 users, then gives way to Mini Program +
    WeCom.)"""
    bank = load_preset("bank_care")
    point = flip_points(bank, pack, ["audience"])["audience"]
    assert point is not None and point.until is not None and point.until_why is not None and not point.back
    above = float(point.until_why.params["value"])
    assert above == point.until_kept == point.until - 1
    after = point.until_why.params["plan"]
    assert _plan(bank, pack, "audience", above) == point.winner
    assert _plan(bank, pack, "audience", 1_990_000) == point.winner
    assert _plan(bank, pack, "audience", above + 1) == tuple(after)
    assert _plan(bank, pack, "audience", above * 1.001) == tuple(after)
    assert "and 4,039,452 monthly users" in words("en").reason(flip_reason("audience", point))
    assert ("Above 4,039,452 the new plan's likely first year, ¥5.28M, is beyond your budget of ¥5M: the plan is then "
            "Mini Program + WeCom, up to 5,747,558.") in words("en").reason(flip_reason("audience", point))
