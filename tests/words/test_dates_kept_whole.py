"""A date is never parted across two lines: "(live on 15" / "April 2027)." ended a long image's timeline line."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from wxdesk.words.line_breaks import keep_together, unbroken_runs
from wxdesk.words.numbers import date as written_date


@given(st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)), st.sampled_from(["en", "zh_CN"]))
def test_every_date_written_is_one_unbroken_run(day, lang):
    said = written_date(day, lang)
    text = (f"Likely in time, though not at the slowest (live on {said})." if lang == "en"
            else f"很可能赶上，但进度最慢时（{said} 上线）赶不上。")
    assert said in unbroken_runs(text)
    # Its spaces no-break ones (and no joiner between a figure and a letter, which has no width either).
    assert said.replace(" ", "\u00a0") in keep_together(text).replace("\u2060", "")


def test_a_figure_beside_a_month_is_not_taken_for_a_date():
    assert unbroken_runs("12 May 20") == []  # no year: not a date as the words write one
