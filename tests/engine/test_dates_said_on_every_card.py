"""The date to be live by is said wherever a plan shown parts with the plan on it.

- The plan likely live in time but not at its slowest: a warning says so, with the slowest launch's day. The timeline's
  line said it, but the window shows that line folded, and a presenter's screen said nothing of the date.
- An alternative likely too late for a date the plan likely makes, or likely in time for one the plan likely misses:
  its card says so, first of its notes. A B2B firm's first alternative, 8.6 weeks for its 8, said nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.report.command import reader_words
from wxdesk.words.numbers import date as written_date
from wxdesk.words.words import Words

PACK = load_datapack()
TODAY = dt.date(2026, 12, 7)
LATE = (R.WHY_NOT_LATE,)
IN_TIME = (R.WHY_NOT_IN_TIME,)


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["bank_care", "car_brand", "city_service", "yoga_teacher", "fitness_coaching"]),
       st.integers(-20, 400))
def test_each_plan_shown_says_the_date_where_it_parts_with_the_plan_on_it(preset, days):
    live_by = TODAY + dt.timedelta(days=days)
    scenario = dataclasses.replace(load_preset(preset), live_by=live_by.isoformat())
    ev = evaluate(scenario, PACK, TODAY)
    plan, w = ev.plan, Words(pack=PACK)
    slowest = [r for r in ev.warnings if r.template == R.WARN_LIVE_BY_AT_SLOWEST]
    assert len(slowest) == (plan.live_in_time is True and plan.live_in_time_at_slowest is False)
    for warning in slowest:
        assert plan.slowest_live_date is not None and plan.slowest_live_date > live_by
        text = w.reason(warning)
        assert written_date(live_by, "en") in text and written_date(plan.slowest_live_date, "en") in text, text
    for alt in ev.alternatives:
        said = [r for r in alt.why_not if r.template in LATE + IN_TIME]
        late = plan.live_in_time is True and alt.live_in_time is False
        in_time = plan.live_in_time is False and not plan.live_by_passed and alt.live_in_time is True
        assert [r.template in LATE for r in said] == ([True] if late else [False] if in_time else [])
        for reason in said:
            # Its likely day, on the side of the date its verdict says (whole weeks read alike for a plan at 9.5
            # and an alternative at 8.9, one too late and one in time).
            live = alt.timeline.live_dates(TODAY)["likely"]
            assert (live > live_by) == (reason.template in LATE)
            text = w.reason(reason)
            assert written_date(live_by, "en") in text and written_date(live, "en") in text, text
            # The first of the card's notes, after the lines that take points (as its last line, below a long note,
            # a presenter's card faded it out).
            at = alt.why_not.index(reason)
            assert all(r.impact != 0 for r in alt.why_not[:at]) and all(r.impact == 0 for r in alt.why_not[at:])
    # The plan's own warning where it is likely late gives its likely day too, after the date.
    for warning in (r for r in ev.warnings if r.template in (R.WARN_LIVE_BY, R.WARN_LIVE_BY_WEEK)):
        live = plan.timeline.live_dates(TODAY)["likely"]
        assert live > live_by and written_date(live, "en") in w.reason(warning)


def test_bank_cares_mini_program_and_wecom_makes_the_date_the_plans_app_misses():
    scenario = dataclasses.replace(load_preset("bank_care"), live_by="2027-03-01")
    ev = evaluate(scenario, PACK, TODAY)
    assert ev.plan.live_in_time is False and "native_app" in ev.plan.presences
    first = next(a for a in ev.alternatives if a.presences == ("mini_program", "wecom"))
    said = next(r for r in first.why_not if r.template in IN_TIME)
    text = Words(pack=PACK).reason(said)
    assert text.startswith("Likely in time for your date of 1 March 2027, unlike the plan: likely live on "), text
    zh = reader_words("zh_CN", "CNY", PACK).reason(said)
    assert "2027年3月1日" in zh and "推荐方案赶不上" in zh, zh
