"""A whole number reads the same wherever a sentence puts it: grouped, in a sentence within a sentence too."""

from __future__ import annotations

import pytest

from wxdesk.engine import load_datapack, load_preset
from wxdesk.engine.flips import FLIP_AUDIENCE_BETWEEN_UNITS, flip_points
from wxdesk.engine.reasons import Reason
from wxdesk.words.words import Words

PACK = load_datapack()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_whole_number_within_a_nested_sentence_is_grouped(lang):
    """A flip's range is a sentence within the flip's: "Between 2M and 2001407 monthly users" read beside
    "Above 2,001,407 the plan is …" (bank_care, its far end written whole to keep it apart from the near end)."""
    inner = Reason(FLIP_AUDIENCE_BETWEEN_UNITS, {"low": 490, "high": 2_001_407, "change": "x"})
    outer = Reason("{flip} {then}", {"flip": inner, "then": Reason("Above {value}.", {"value": 2_001_407})})
    text = Words(lang=lang, pack=PACK).reason(outer)
    assert "2001407" not in text and text.count("2,001,407") == 2, text


def test_bank_cares_range_and_the_plan_past_it_are_written_as_every_count_is():
    """Its far end written to the person ("Between 1,967,184 and 4,039,452"), the plan past it said past that same
    figure ("Above 4,039,452 the new plan's …"): both grouped as counts are written, never a bare run of digits."""
    point = flip_points(load_preset("bank_care"), PACK)["audience"]
    assert point is not None and point.until is not None and point.until_why is not None
    w = Words(pack=PACK)
    text, after = w.reason(point.reason), w.reason(point.until_why)
    far = text.split(" and ", 1)[1].split(" ", 1)[0]
    past = after.split("Above ", 1)[1].split(" ", 1)[0].rstrip(",")
    assert far == past == "4,039,452", (text, after)
    assert "4039452" not in text + after and float(point.until_why.params["value"]) == 4_039_452
