"""The launch timeline in words: when the plan is live, whether in time, and each presence's weeks.

In the words layer (not the report) because the window's first frame says it too, and the
window's first frame loads no report code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from wxdesk.engine import reasons as R
from wxdesk.engine.reasons import Reason
from wxdesk.engine.results import PlanResult
from wxdesk.engine.timeline import PresenceTimeline, Weeks, whole_weeks
from wxdesk.words.words import Words


# A low end under half a week is days, not a week: whole_weeks would write it as 1.
DAYS_BELOW = 0.5


def live_weeks(weeks: Weeks) -> tuple[int, int, int]:
    """(low, likely, high) whole weeks to go live, as every surface says them (rounding keeps their order)."""
    return whole_weeks(weeks.low), whole_weeks(weeks.likely), whole_weeks(weeks.high)


def presence_weeks_text(part: PresenceTimeline, w: Words) -> str:
    """"Mini Program: about 9 weeks": one presence's likely weeks, as the handout lists and the chart heads it."""
    weeks = whole_weeks(part.weeks.likely)
    template = (w.translate("Report", "{presence}: about a week") if weeks == 1
                else w.translate("Report", "{presence}: about {weeks} weeks"))
    return template.format(presence=w.presence(part.presence), weeks=weeks)


def live_text(weeks: Weeks, w: Words) -> str:
    """"Live in about 7 weeks (2 to 15) from the start of work.": the plan's weeks, a week said as one."""
    low, likely, high = live_weeks(weeks)
    # Each sentence spelled out in its own call, so that the catalogue's update finds all six.
    if low == high:
        template = (w.translate("Report", "Live in about a week from the start of work.") if likely == 1
                    else w.translate("Report", "Live in about {likely} weeks from the start of work."))
    elif weeks.low < DAYS_BELOW:
        # A low end of days, which whole weeks would write as 1 (a step is never said to take no time): "(1 to 2
        # weeks)" stood over the handout's timeline, whose band starts at 0.2 weeks (factory_staff, news_publisher).
        if likely == 1:
            template = w.translate(
                "Report", "Live in about a week (a few days to {high} weeks) from the start of work.")
        else:
            template = w.translate(
                "Report", "Live in about {likely} weeks (a few days to {high}) from the start of work.")
    elif likely == 1:
        template = w.translate("Report", "Live in about a week ({low} to {high} weeks) from the start of work.")
    else:
        template = w.translate("Report", "Live in about {likely} weeks ({low} to {high}) from the start of work.")
    return template.format(likely=likely, low=low, high=high)


def plan_line_count(plan: PlanResult) -> int:
    """How many of timeline_lines are the plan's own (when it is live, and whether in time where a date is given),
    before each presence's weeks."""
    return 1 if plan.live_in_time is None else 2


def timeline_lines(plan: PlanResult, live_by: str, w: Words) -> tuple[str, ...]:
    """The launch timeline in words: the plan's weeks, whether it makes the date, each presence's."""
    lines = [live_text(plan.timeline.weeks, w)]
    if plan.live_in_time is not None:
        # Each sentence spelled out in its own call, so that the catalogue's update finds all four.
        if plan.live_in_time and plan.live_in_time_at_slowest is False:
            # In time at the likely launch, not at the slowest: "In time for 1 March" stood over a band whose end ran
            # past the date (the live line beside it says "3 to 17 weeks"; the handout's chart draws that band).
            # The slowest launch's day, not its whole weeks: 18.4 weeks misses a date that "18 weeks" makes.
            # The likely day too, in each sentence but the passed date's: its whole weeks can read past the date it
            # makes (an overseas company's 9.73 weeks, 68 days, make 13 February; "about 10 weeks" reads 15 February).
            template = w.translate(
                "Report", "Likely in time for {date}, the date you must be live by: likely live on {likely}, though "
                          "not at the slowest (live on {slowest}).")
        elif plan.live_in_time:
            template = w.translate("Report", "In time for {date}, the date you must be live by: likely live on "
                                             "{likely}.")
        elif plan.live_by_passed:
            # "Likely too late" beside the warning that the date has passed read as a chance of making it.
            template = w.translate("Report", "Too late for {date}, the date you must be live by: it has passed.")
        else:
            template = w.translate("Report", "Likely too late for {date}, the date you must be live by: likely live "
                                             "on {likely}.")
        lines.append(template.format(date=w.date(dt.date.fromisoformat(live_by)),
                                     likely=w.date(plan.likely_live_date) if plan.likely_live_date else "",
                                     slowest=w.date(plan.slowest_live_date) if plan.slowest_live_date else ""))
    lines += [presence_weeks_text(part, w) for part in plan.timeline.presences]
    return tuple(lines)


# The points the engine gives with the warnings that are notes on the cost, said under the cost split in every view
# (cost_notes), not among the points to watch: WeChat Pay's fee on each payment, which no plan's cost holds, stood
# beside every plan that takes payments as a "⚠" like a date missed, and took a line of a laptop's desk.
COST_NOTES = (R.WARN_PAY_FEE, R.WARN_PAY_FEE_OVERSEAS)


def cost_notes(warnings: Iterable[Reason]) -> tuple[Reason, ...]:
    """The evaluation's warnings that are notes on its cost (COST_NOTES), said under the cost split."""
    return tuple(r for r in warnings if r.template in COST_NOTES)


def points_to_watch(warnings: Iterable[Reason]) -> tuple[Reason, ...]:
    """The evaluation's warnings less its notes on the cost (cost_notes): the window's points to watch."""
    return tuple(r for r in warnings if r.template not in COST_NOTES)


def warnings_beside_timeline(warnings: Iterable[Reason]) -> tuple[Reason, ...]:
    """The plan's warnings where its timeline's lines stand beside them (the handout, the long image, the text): all
    but the one that the timeline's date line says already, and the notes on the cost (cost_notes). The window folds
    those lines, and so keeps that warning (reasons.WARN_LIVE_BY_AT_SLOWEST); the handout's first page read "Likely in
    time for 1 March 2027, … though not at the slowest (live on 15 April 2027)" and, four lines on, "The plan is likely
    live in time for your date of 1 March 2027, but not at its slowest: that would be 15 April 2027"."""
    return tuple(r for r in points_to_watch(warnings) if r.template != R.WARN_LIVE_BY_AT_SLOWEST)
