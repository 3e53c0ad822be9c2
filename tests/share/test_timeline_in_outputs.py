"""The launch timeline reaches the client: in the long image and on the handout's first page."""

import datetime as dt

import pytest

from wxdesk.engine import evaluate, load_datapack, load_preset
from wxdesk.words.timeline import timeline_lines
from wxdesk.report.command import reader_words

PACK = load_datapack()


def _words(lang):
    return reader_words(lang, "CNY", PACK)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_image_says_when_the_plan_is_live(lang):
    from wxdesk.share import layout_image
    evaluation = evaluate(load_preset("car_brand"), PACK)
    layout = layout_image(evaluation, PACK, _words(lang), 1080, flips={})
    texts = layout.block("timeline").texts
    weeks = str(round(evaluation.plan.timeline.weeks.likely))
    assert any(weeks in t for t in texts)
    assert len(texts) == 1 + 1 + len(evaluation.plan.presences)  # heading, the plan, each presence


def test_the_date_check_sits_beside_the_budget_check():
    today = dt.date(2026, 11, 30)
    scenario = load_preset("car_brand").with_changes(live_by="2026-12-14")
    plan = evaluate(scenario, PACK, today=today).plan
    lines = timeline_lines(plan, scenario.live_by, _words("en"))
    assert plan.live_in_time is False
    likely = today + dt.timedelta(days=round(plan.timeline.weeks.likely * 7))
    assert lines[1] == ("Likely too late for 14 December 2026, the date you must be live by: likely live on "
                        f"{likely.day} {likely:%B %Y}.")
    assert all("weeks" in line or "week" in line for line in lines[2:])


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_date_gone_by_is_too_late_in_the_timeline_as_in_the_warning(lang):
    """A date to be live by before the day of the evaluation: the timeline's line says it is too late, not "likely"
    too late, as the warning beside it says the date has passed."""
    scenario = load_preset("car_brand").with_changes(live_by="2026-11-01")
    evaluation = evaluate(scenario, PACK, today=dt.date(2026, 11, 30))
    words = _words(lang)
    line = timeline_lines(evaluation.plan, scenario.live_by, words)[1]
    warning = next(words.reason(r) for r in evaluation.warnings if r.template.startswith("Your date to be live by"))
    date = words.date(dt.date(2026, 11, 1))
    assert date in line and date in warning
    assert evaluation.plan.live_by_passed and evaluation.plan.live_in_time is False
    if lang == "en":
        assert line == "Too late for 1 November 2026, the date you must be live by: it has passed."
    else:
        assert "很可能" not in line and "已过" in line
    # The day before that date, the same plan is only likely too late.
    before = evaluate(scenario, PACK, today=dt.date(2026, 10, 31)).plan
    assert not before.live_by_passed
    assert timeline_lines(before, scenario.live_by, words)[1].startswith(("Likely too late", "很可能"))
