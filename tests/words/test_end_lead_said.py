"""The plan's lead at one end of a figure's range is said the way round it reads: the Sensitivity bar's tooltip read
"the plan leads its first alternative by -0.0 points" at the end where the plan changes."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from wxdesk.report.command import reader_words
from wxdesk.words.swings import end_lead_text


@given(st.floats(-100, 100), st.sampled_from(["en", "zh_CN"]))
def test_no_lead_reads_negative_or_as_a_lead_of_nothing(lead, lang):
    said = end_lead_text(lead, reader_words(lang, "CNY", None))
    assert "-" not in said and "−" not in said
    if lang == "en":
        if round(abs(lead), 1) == 0:
            assert said == "the plan and its first alternative score alike"
        elif lead > 0:
            assert said.startswith("the plan leads its first alternative by ") and f"{lead:.1f}" in said
        else:
            assert said.startswith("its first alternative leads the plan by ") and f"{-lead:.1f}" in said


def test_the_reviewers_end_and_an_end_the_plan_cannot_be_measured_at():
    w = reader_words("en", "CNY", None)
    assert end_lead_text(-0.04, w) == "the plan and its first alternative score alike"
    assert end_lead_text(-2.26, w) == "its first alternative leads the plan by 2.3 points"
    assert end_lead_text(-math.inf, w) == "the plan can no longer meet every need you ticked"


@given(st.floats(-3, 3), st.floats(0.01, 20), st.floats(-0.05, 0.05))
def test_the_headlines_rounding_never_moves_an_end_across_zero(at_end, base, rounding):
    """An end's lead moves with the headline's rounding (the caption's "leads by 1.5" over 1.44), but never across 0:
    car_brand's Official Account visibility at its low gives another plan the lead by 0.007, and the tooltip read "the
    plan leads its first alternative by 0.1 points; at this value the plan becomes Channels + Native app"."""
    from wxdesk.words import swings

    written = base + rounding  # the answer's lead as written (lead_as_written), the headline's
    original = swings.lead_as_written
    swings.lead_as_written = lambda evaluation: written
    try:
        moved = swings.end_lead(at_end, base, object())  # type: ignore[arg-type]
    finally:
        swings.lead_as_written = original
    assert (moved > 0) == (at_end > 0)
    if (at_end + rounding > 0) == (at_end > 0):
        assert math.isclose(moved, at_end + rounding, abs_tol=1e-12)


def test_car_brands_end_where_the_plan_changes_is_not_said_as_its_lead():
    from wxdesk.engine import evaluate, load_datapack, load_preset
    from wxdesk.engine.sensitivity import sensitivity
    from wxdesk.words.swings import end_lead
    pack = load_datapack()
    scenario = load_preset("car_brand")
    answer, swept = evaluate(scenario, pack), sensitivity(scenario, pack)
    w = reader_words("en", "CNY", pack)
    ends = [end for swing in swept.swings for end in (swing.at_low, swing.at_high) if end.plan != swept.base.plan]
    assert ends
    for end in ends:
        said = end_lead_text(end_lead(end.lead, swept.base.lead, answer), w, answer.score_digits)
        assert not said.startswith("the plan leads"), said
