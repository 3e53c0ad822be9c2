"""Whether the plan is in time for the client's date is said as surely as its launch band allows: "In time for 1 March"
stood over a band of 3 to 17 weeks whose end ran past the date (the handout's chart draws that band beside the date)."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.engine import reasons as R
from wxdesk.report.command import reader_words
from wxdesk.words.timeline import live_weeks, timeline_lines

PACK = load_datapack()
TODAY = dt.date(2026, 12, 6)
PRESETS = ("car_brand", "yoga_teacher", "bank_care", "food_ordering")


@settings(max_examples=40, deadline=None)
@given(preset=st.sampled_from(PRESETS), days=st.integers(0, 300), lang=st.sampled_from(["en", "zh_CN"]))
def test_in_time_is_sure_only_when_even_the_slowest_launch_makes_the_date(preset, days, lang):
    live_by = (TODAY + dt.timedelta(days=days)).isoformat()
    scenario = load_preset(preset).with_changes(live_by=live_by)
    plan = evaluate(scenario, PACK, today=TODAY).plan
    dates = plan.timeline.live_dates(TODAY)
    words = reader_words(lang, "CNY", PACK)
    line = timeline_lines(plan, live_by, words)[1]
    date = words.date(dt.date.fromisoformat(live_by))
    assert date in line
    likely_in_time = dates["likely"] <= dt.date.fromisoformat(live_by)
    surely_in_time = dates["high"] <= dt.date.fromisoformat(live_by)
    assert plan.live_in_time is likely_in_time and plan.live_in_time_at_slowest is surely_in_time
    hedged = ("Likely in time", "很可能赶上")
    if surely_in_time:
        assert line.startswith(("In time", "能赶上"))
    elif likely_in_time:
        # The slowest launch's day, which misses the date (its whole weeks might not: 18.4 weeks read "18 weeks").
        assert line.startswith(hedged) and words.date(dates["high"]) in line and dates["high"] > dt.date.fromisoformat(
            live_by)
    else:
        assert not line.startswith(hedged) and not line.startswith(("In time", "能赶上"))


def test_the_handouts_case_reads_likely_in_time_with_the_slowest_weeks():
    scenario = load_preset("car_brand").with_changes(live_by="2027-02-14")
    plan = evaluate(scenario, PACK, today=TODAY).plan
    assert plan.live_in_time and not plan.live_in_time_at_slowest
    slowest, likely = plan.timeline.live_dates(TODAY)["high"], plan.timeline.live_dates(TODAY)["likely"]
    assert plan.slowest_live_date == slowest and plan.likely_live_date == likely
    assert timeline_lines(plan, scenario.live_by, reader_words("en", "CNY", PACK))[1] == (
        f"Likely in time for 14 February 2027, the date you must be live by: likely live on {likely.day} "
        f"{likely:%B} {likely.year}, though not at the slowest (live on {slowest.day} {slowest:%B} {slowest.year}).")


def test_a_date_made_by_days_its_whole_weeks_would_miss_gives_the_likely_day():
    """An overseas company's 9.73 weeks are 68 days: in time for a date 68 days on, where "about 10 weeks" reads two
    days past it. The likely day is said beside "in time", so that the line holds on its own."""
    scenario = load_preset("car_brand")
    weeks = evaluate(scenario, PACK, today=TODAY).plan.timeline.weeks.likely
    live = TODAY + dt.timedelta(days=round(weeks * 7))
    plan = evaluate(scenario.with_changes(live_by=live.isoformat()), PACK, today=TODAY).plan
    assert plan.live_in_time and plan.likely_live_date == live
    for lang in ("en", "zh_CN"):
        w = reader_words(lang, "CNY", PACK)
        line = timeline_lines(plan, scenario.with_changes(live_by=live.isoformat()).live_by, w)[1]
        assert line.count(w.date(live)) == 2, line  # the date to be live by, and the day the plan is likely live


def test_a_date_the_slowest_launchs_whole_weeks_would_make_is_still_missed_by_its_day():
    """car_brand's slowest launch is 18.4 weeks: 12 April 2027 is within "18 weeks" of 6 December 2026, not of 18.4."""
    scenario = load_preset("car_brand").with_changes(live_by="2027-04-12")
    plan = evaluate(scenario, PACK, today=TODAY).plan
    assert live_weeks(plan.timeline.weeks)[2] == 18 and not plan.live_in_time_at_slowest
    line = timeline_lines(plan, scenario.live_by, reader_words("en", "CNY", PACK))[1]
    assert "18 weeks" not in line and "(live on 14 April 2027)" in line
    data = evaluate(scenario, PACK, today=TODAY).to_dict()
    assert data["plan"]["live_in_time"] is True and data["plan"]["live_in_time_at_slowest"] is False


@settings(max_examples=30, deadline=None)
@given(preset=st.sampled_from(PRESETS), days=st.integers(0, 300), lang=st.sampled_from(["en", "zh_CN"]))
def test_the_slowest_launchs_day_is_said_once_where_the_timeline_stands_beside_the_warnings(preset, days, lang):
    """The handout's first page (and the long image, and the text) read "Likely in time for 1 March 2027, … though not
    at the slowest (live on 15 April 2027)" and, four lines on, the warning saying the same. The window, which folds
    the timeline's lines, keeps the warning."""
    from wxdesk.report.answer import build_answer
    from wxdesk.words.summary import summary_text

    scenario = load_preset(preset).with_changes(live_by=(TODAY + dt.timedelta(days=days)).isoformat())
    evaluation = evaluate(scenario, PACK, today=TODAY)
    words = reader_words(lang, "CNY", PACK)
    slowest = evaluation.plan.slowest_live_date
    hedged = evaluation.plan.live_in_time and evaluation.plan.live_in_time_at_slowest is False
    assert hedged == any(r.template == R.WARN_LIVE_BY_AT_SLOWEST for r in evaluation.warnings)
    if not hedged:
        return
    day = words.date(slowest)
    answer = build_answer(evaluation, PACK, words)
    assert sum(day in line for line in (*answer.timeline, *answer.warnings)) == 1
    assert summary_text(evaluation, PACK, words).count(day) == 1


def test_compare_says_the_slowest_day_once():
    """`wxdesk compare` gave the slowest launch's day in its Launch row and again in the Points to watch below it."""
    from wxdesk.engine.compare import compare
    from wxdesk.words.comparison import plan_rows

    # Twelve weeks from today, as the command counts: car_brand is likely live in 8, at the slowest in 18.
    live_by = dt.date.today() + dt.timedelta(weeks=12)
    scenario = load_preset("car_brand").with_changes(live_by=live_by.isoformat())
    words = reader_words("en", "CNY", PACK)
    comparison = compare([scenario, load_preset("car_brand")], PACK)
    slowest = words.date(comparison.evaluations[0].plan.slowest_live_date)
    rows = {key: cells for key, _, cells in plan_rows(comparison, words)}
    assert slowest in rows["timeline"][0] and slowest not in rows["warnings"][0]
