"""When the plan is live, in words: one rounding of the weeks, one sentence, a week said as one."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wxdesk.batch.language import words
from wxdesk.engine import evaluate, load_preset
from wxdesk.engine.timeline import Weeks
from wxdesk.words.summary import summary_text
from wxdesk.words.timeline import DAYS_BELOW, live_text, live_weeks, timeline_lines
from wxdesk.words.vocabulary import without_former_names

WEEKS = st.lists(st.floats(min_value=0, max_value=200), min_size=3, max_size=3).map(sorted).map(lambda w: Weeks(*w))


@given(WEEKS)
def test_the_weeks_keep_their_order_and_never_read_zero(weeks):
    low, likely, high = live_weeks(weeks)
    assert 1 <= low <= likely <= high


@given(WEEKS, st.sampled_from(["en", "zh_CN"]))
def test_the_sentence_says_the_weeks_it_was_given(weeks, lang):
    text = live_text(weeks, words(lang))
    low, likely, high = live_weeks(weeks)
    said = [int(n) for n in re.findall(r"\d+", text)]
    days = low != high and weeks.low < DAYS_BELOW  # a low end of days, said as days
    if lang == "en":
        assert not re.search(r"\b1 weeks|\b(\d+) to \1\b", text)
        assert ("about a week" in text) == (likely == 1)
        assert ("a few days to" in text) == days
        said = ([1] if likely == 1 else []) + said  # "a week" is the one week
    assert said == ([likely] if low == high else [likely, high] if days else [likely, low, high])


def test_a_week_and_a_range_of_weeks_in_both_languages():
    # A low end of days (the handout's timeline band starts at 0.2 weeks) is days, not "1 to 2 weeks".
    assert live_text(Weeks(0.2, 0.6, 2.0), words("en")) == ("Live in about a week (a few days to 2 weeks) from the "
                                                            "start of work.")
    assert live_text(Weeks(0.7, 0.9, 2.0), words("en")) == "Live in about a week (1 to 2 weeks) from the start of work."
    assert live_text(Weeks(0.3, 3.2, 8), words("en")) == ("Live in about 3 weeks (a few days to 8) from the start of "
                                                          "work.")
    assert live_text(Weeks(1.6, 7.2, 15), words("en")) == "Live in about 7 weeks (2 to 15) from the start of work."
    assert live_text(Weeks(3, 3, 3), words("en")) == "Live in about 3 weeks from the start of work."
    assert live_text(Weeks(0.7, 0.9, 2.0), words("zh_CN")) == "项目启动后约 1 周上线（1 至 2 周）。"
    # The high end is the range's 90th percentile, not a limit: "慢则约", never "至多" (read as a hard maximum).
    assert live_text(Weeks(0.2, 0.6, 2.0), words("zh_CN")) == "项目启动后约 1 周上线（快则数天，慢则约 2 周）。"
    assert live_text(Weeks(0.3, 3.2, 8), words("zh_CN")) == "项目启动后约 3 周上线（快则数天，慢则约 8 周）。"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("preset", ["factory_staff", "news_publisher", "car_brand"])
def test_the_command_line_says_the_handouts_timeline(preset, lang, pack):
    """The command line's summary and the handout (and the window, which uses the same lines) say the
    same weeks: the command line once said "range 0–2" where the handout said "1 to 2"."""
    evaluation = evaluate(load_preset(preset), pack)
    text = summary_text(evaluation, pack, words(lang))
    # The summary names a presence with its former name once (NamedOnce): its lines are read by the names alone.
    unwrapped = re.sub(r"\s+", "", without_former_names(text))
    for line in timeline_lines(evaluation.plan, evaluation.scenario.live_by, words(lang)):
        assert re.sub(r"\s+", "", without_former_names(line)) in unwrapped
