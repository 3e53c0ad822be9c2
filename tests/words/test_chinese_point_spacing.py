"""A Chinese flip sentence sets a space between a count in digits and the 时 after it, as it does after its other
counts: "月活用户少于 4,300 时 … 月活略低于 4,300时" read two ways in one paragraph."""

from __future__ import annotations

import re

from wxdesk.batch.language import words
from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.flips import flip_points

PACK = load_datapack()


def test_a_point_in_digits_is_set_apart_from_the_chinese_after_it():
    # (cross_border_skincare on ¥60k swaps its Service Account and Mini Program for WeCom below 1,800 users, a point in
    # digits; food_ordering's on ¥40k, at 5,440, went when every message asked for was costed as written once,
    # whatever carries it, 2026-12-06.)
    scenario = load_preset("cross_border_skincare").with_changes(budget_cny=60_000)
    point = flip_points(scenario, PACK, ["audience"])["audience"]
    text = words("zh_CN").reason(point.reason)
    assert "月活略低于 1,800 时" in text, text
    assert not re.search(r"\d时", text), text


def test_a_point_in_ten_thousands_keeps_no_space_before_the_chinese_after_it():
    scenario = load_preset("news_publisher").with_changes(budget_cny=150_000)
    point = flip_points(scenario, PACK, ["audience"])["audience"]
    text = words("zh_CN").reason(point.reason)
    assert "万时" in text and "万 时" not in text, text
