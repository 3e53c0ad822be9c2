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
