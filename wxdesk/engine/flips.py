"""Flip points: the budget, session length or audience at which the plan changes.

For each of the three slider fields, the field alone is moved away from the scenario's
value over a log grid that spans everything a scenario allows (finer within a decade of
the scenario's value, where a plan that wins only a narrow range is met first), the engine's own plan
ranking (the one evaluate() uses) is asked which plan wins at each grid point, and the
first change nearest the current value is narrowed by bisection to about half a
percent. A field whose every value keeps the same plan has no flip point (None). A flip point's
sentence says what changes in the plan (the presences it adds, drops or swaps) and why the new
plan wins there (flip_why), from the two plans as the ranking scores them past the point. The point is written rounded
away from the scenario's value, so that any value a client types past it as written gets the new plan (WRITTEN_WITHIN);
a range's far end is found to a typed step and written as the last value the range holds, and the plan past it is said
past that same figure (FAR_END_WITHIN).

`search_flip_points()` is a generator that yields after every evaluation, so a view
can spread the search over the event loop; `flip_points()` runs it to the end.
"""

from __future__ import annotations

import math
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from collections.abc import Generator, Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from wxdesk.engine.datapack import DataPack
from wxdesk.engine.evaluator import _ranked, best_plan, evaluate, ranked_plans
from wxdesk.engine.mp_template import rents_template, template_kind, template_limit
from wxdesk.engine.money import covers, directed_in, format_money_directed, yuan_as_written
from wxdesk.engine.costs import chat_staff_hours, sorted_once
from wxdesk.engine.plans import Candidate, Ranking
from wxdesk.engine.reasons import CODES, Count, Fixed, Held, Members, Money, Plan, Reason, staff_time, template_codes
from wxdesk.engine.scores import score_digits
from wxdesk.engine.scenario import MAX_AUDIENCE, MAX_BUDGET_CNY, MAX_MINUTES, SLIDER_FIELDS, Scenario

FIELDS = SLIDER_FIELDS

# The search grid per field: the scenario's own limits, about two to four points a decade.
GRIDS = {
    "budget_cny": np.concatenate([[0.0], np.geomspace(100.0, MAX_BUDGET_CNY, 21)]),
    "interaction_minutes": np.geomspace(0.1, MAX_MINUTES, 17),
    "audience": np.concatenate([[0.0], np.geomspace(1.0, MAX_AUDIENCE, 19)]),
}
# Near the scenario's own value the grid is finer: a plan that wins only a narrow range close by
# (a step of a slider or two) is the flip a user meets first, and two points a decade step over it.
NEAR_DECADES = 2.0
NEAR_POINTS_PER_DECADE = 16
# (A hundredth of a percent: at half a percent car_brand's one budget boundary read "below ¥990k" from ¥1M and
# "above ¥994k" from ¥950k, where the plan changes between ¥992.0k and ¥992.5k; at a tenth, with audiences written to
# three figures, food_ordering's one audience flip read "Above 4.7M" from 15,000 users and "Above 4.71M" from 80,000.
# Some four more evaluations a bisection, a few ms of a search that runs while the window rests.)
RELATIVE_PRECISION = 0.0001
# How far from the point its written value may lie (relative). The point is written rounded away from the scenario's
# value, so that every value a client types past it as written gets the new plan: "Above 21 minutes per session the
# plan adds a native app" stood for a point at 21.147, and at 21.1 the plan was unchanged. Rounded away, it is
# written to the fewest figures (at least its field's own) that keep it this close: 21.2, not 22 (4% off, a sentence
# that hides how near the point is); 7.2 for 7.132 (a tenth, what the window's box types). One percent, because
# three figures rounded away always land within it (the third figure's step is at most a hundredth of the value), so
# that an amount or a count, written to three everywhere, never needs a fourth the formatter would round off.
WRITTEN_WITHIN = 0.01
# How close (in the field's own units) the far end of a range is found: every value a client types past its far end as
# written (a step of a person, a hundredth of a minute, a cent of a dollar at the least) gets the plan said past it,
# today's ("…, and only there, …") or another, named ("Above 2,004,853 the plan is …": bank_care's "Between 1.95M and
# 2M … Above 2.01M the plan is …" said nothing of the values between, where the plan changes at 2,004,854 users). The
# near end is found so too, since "and only there" speaks of today's side of it as well, and a range written to the
# person at one end is not begun at a rounded figure at the other: rounded towards the near end to three figures,
# bank_care's far end of 3,908,799.96 users read "Between 3.91M and 6.67M monthly users, and only there, the plan drops
# the native app", and from 3,908,800 to 3,909,999 users the plan still dropped it. Each end is written to the fewest
# figures that bring it within a typed step of where the plan changes (_range_ends). Some twenty to thirty more
# evaluations an end, a few ms.
FAR_END_WITHIN = {"budget_cny": 1e-6, "audience": 1e-6, "interaction_minutes": 1e-8}
# The finest step a client types past a range's far end, in the field's units (a budget's, in the reader's currency,
# is money.directed_in's: a whole unit or a cent).
TYPED_STEP = {"audience": 1.0, "interaction_minutes": 0.01}
# How far past the point (relative) the two plans are weighed for the sentence that says why the new one wins.
WHY_PAST = 0.001

# Sentences, English templates that double as translation keys (see TEMPLATES): where the field
# crosses the point ({change}, one of the FLIP_ADDS/DROPS/SWAPS clauses), then why, where it can be said.
FLIP_BUDGET_ABOVE = "With a budget above {value} {change}."
FLIP_BUDGET_BELOW = "With a budget below {value} {change}."
FLIP_MINUTES_ABOVE = "Above {value} minutes per session {change}."
FLIP_MINUTES_BELOW = "Below {value} minutes per session {change}."
FLIP_AUDIENCE_ABOVE = "Above {value} monthly users {change}."
FLIP_AUDIENCE_BELOW = "Below {value} monthly users {change}."
# The same where the new plan holds only so far, and past its other end another plan wins: news_publisher read "Below
# 320k monthly users the plan swaps the Official Account … for WeCom and Channels", while from 280k down the Official
# Account alone wins again.
FLIP_BUDGET_BETWEEN = "With a budget between {low} and {high} {change}."
FLIP_MINUTES_BETWEEN = "Between {low} and {high} minutes per session {change}."
FLIP_AUDIENCE_BETWEEN = "Between {low} and {high} monthly users {change}."
# The same where the lower count is under a thousand and the higher is not: "Between 530 and 680k" read as 530k to
# 680k (bank_care). (A lower count of thousands is written with its comma, "2,000", and reads as it is.)
FLIP_AUDIENCE_BETWEEN_UNITS = "Between {low} users and {high} monthly users {change}."
# A range past whose far end the plan is as it is today: "…, and only there, …" says so in the sentence itself, where a
# sentence of its own ("Below 270k the plan is as it is today.") took a line the column under the sliders has not.
FLIP_BUDGET_ONLY_BETWEEN = "With a budget between {low} and {high}, and only there, {change}."
FLIP_MINUTES_ONLY_BETWEEN = "Between {low} and {high} minutes per session, and only there, {change}."
FLIP_AUDIENCE_ONLY_BETWEEN = "Between {low} and {high} monthly users, and only there, {change}."
FLIP_AUDIENCE_ONLY_BETWEEN_UNITS = "Between {low} users and {high} monthly users, and only there, {change}."
# What changes, said against the plan of now: presences added, dropped, or one set for another.
FLIP_ADDS = "the plan adds {added}"
FLIP_DROPS = "the plan drops {dropped}"
FLIP_SWAPS = "the plan swaps {dropped} for {added}"
# The sentence and why the new plan wins there: what the move changed in its favour, and where that
# only tipped a balance, what the new plan has for it.
FLIP_WITH_WHY = "{flip} {why}"
# Sessions move the fit of both plans, and the plan can change before the presence it gains suits
# sessions better than the one it loses: city_service's plan takes an app above 4.5 min while the cards
# say a Mini Program suits sessions under 5 min better. So the sentence says the balance tipped, never
# that the new plan suits sessions of that length better.
FLIP_WHY_SESSIONS = "At that session length the balance of fit tips to the new plan."
# The same where the new plan covers more there: its coverage and the plan's, as the plans' own lines write them, so
# that a client sees what tipped ("the balance of fit tips" alone left a client to guess why: default, 7.6 minutes).
# Short, as the sentence it replaces: the column under the sliders shows every input at 1920×1080 only so.
# "Of your goals and needs", as FLIP_WHY_MORE says it: "covers 67.5 out of 100, the current plan 65.4 (64.7 today)"
# beside "Plan score: 59.7 out of 100" read as a second score for the plan.
FLIP_WHY_SESSIONS_MORE = "There the new plan covers {alt} out of 100 of your goals and needs, the current plan {best}."
# The same where the move changed the plan of now's coverage too (sessions are part of the fit): its figure of today
# beside them, as FLIP_WHY_MORE_THERE says it (city_service: 73 there, 79 today).
FLIP_WHY_SESSIONS_MORE_THERE = ("There the new plan covers {alt} out of 100 of your goals and needs, the current plan "
                                "{best} ({now} today).")
# The same where the two read alike once rounded (the default scenario's 63.7 against 63.7 at 7.6 minutes).
FLIP_WHY_SESSIONS_HAIR = "There the new plan covers a little more, by less than a point out of 100."
FLIP_WHY_AUDIENCE = "An audience of that size suits the new plan better."
# Where the staff the plan's WeCom chats take weighs most: at that audience, or not at all in the new plan.
# The audience's sentences name the point their figures are taken at: after "Between 2.2M and 4.3M monthly users …"
# (bank_care), "At that audience the plan's likely first-year cost would be ¥5.56M" left a client to guess which end.
# Their figures are the plans' just past the point, where the new plan wins: "At 20k monthly users … ¥145k"
# (yoga_teacher) stood where at 20,000 users the plan still costs ¥39.2k, and ¥145k is its cost at 20,001. The point
# reads "just over 20k" (or "just under") wherever figures are taken there.
FLIP_POINT_JUST_OVER = "just over {point}"
FLIP_POINT_JUST_UNDER = "just under {point}"
FLIP_WHY_STAFF = "At {point} monthly users the plan's WeCom chats would take {time}; the new plan needs fewer."
FLIP_WHY_CHEAPER = "At {point} monthly users the new plan costs less in its first year."
# The same where, at that audience, the plan of now would cost more in its first year than the budget: the
# amounts are said, since the new plan is cheaper at any audience and only the budget makes it win there
# (food_ordering: above 260k users, ¥416k against a budget of ¥300k).
FLIP_WHY_CHEAPER_OVER = ("At {point} monthly users the plan's likely first-year cost would be {plan_cost} against your "
                         "budget of {budget}; the new plan's is {cost}.")
# The same where the new plan's first year is beyond the budget too: it is nearer, not within (news_publisher:
# below 300k users, ¥528k and ¥413k against a budget of ¥400k).
FLIP_WHY_CHEAPER_OVER_BOTH = ("At {point} monthly users the plan's likely first-year cost would be {plan_cost} "
                              "against your budget of {budget}; the new plan's, {cost}, is closer to it.")
FLIP_WHY_CHEAPER_BUDGET = ("The new plan's likely first-year cost of {cost}, against {plan_cost} now, is less of a "
                           "stretch for a smaller budget.")
# The same two where the two first years read alike once rounded: "the new plan's, ¥1.45M, is closer to it" stood
# beside the plan's ¥1.45M (a one-year horizon's flip by audience).
FLIP_WHY_CHEAPER_OVER_BOTH_ALIKE = ("At {point} monthly users the plan's likely first-year cost would be {plan_cost} "
                                    "against your budget of {budget}; the new plan's is a little closer to it, though "
                                    "the two read alike once rounded.")
FLIP_WHY_CHEAPER_BUDGET_ALIKE = ("The new plan's likely first-year cost is a little below the {plan_cost} of now, "
                                 "though the two read alike once rounded: a little less of a stretch for a smaller "
                                 "budget.")
FLIP_WHY_FEWER = ("The new plan covers as much with fewer presences to run; at that point this outweighs its dearer "
                  "first year.")
FLIP_WHY_FEWER_BUDGET = ("The new plan covers as much with fewer presences to run, and a budget that large covers its "
                         "likely first-year cost of {cost}.")
FLIP_WHY_MORE = ("The new plan covers more of your goals and needs ({alt} against {best} out of 100); at that "
                 "point this outweighs its dearer first year.")
# A new plan that covers less and costs more, with fewer presences to run: what it has for it is said, the coverage it
# gives up beside it (bank_care at 2.5M users: "With a budget above ¥6.2M the plan drops the Mini Program." and no
# why, its WeCom + app covering 80.9 against 82.0 at ¥6.87M a first year against ¥3.62M).
FLIP_WHY_FEWER_LESS = ("The new plan has fewer presences to run, though it covers less of your goals and needs ({alt} "
                       "against {best} out of 100); at that point this outweighs its dearer first year.")
FLIP_WHY_FEWER_LESS_BUDGET = ("The new plan has fewer presences to run, though it covers less of your goals and needs "
                              "({alt} against {best} out of 100), and a budget that large covers its likely first-year "
                              "cost of {cost}.")
FLIP_WHY_FEWER_LESS_SHORT = ("The new plan has fewer presences to run, though it covers less of your goals and needs "
                             "({alt} against {best} out of 100); at that budget this outweighs the shortfall against "
                             "its likely first-year cost of {cost} ({plan_cost} for the current plan).")
# The same where the move changed the present plan's coverage too (audience size is part of the fit): the
# figures are those at the point, and the present plan's figure of now is said beside them, so that no one
# reads the plan as covering 65 where every other line says 66 (yoga_teacher at 150k users).
FLIP_WHY_MORE_THERE = ("At that point the new plan covers more of your goals and needs, {alt} out of 100 against "
                       "{best} for the current plan there ({now} today); this outweighs its dearer first year.")
FLIP_WHY_MORE_BUDGET = ("The new plan covers more of your goals and needs ({alt} against {best} out of 100), and a "
                        "budget that large covers its likely first-year cost of {cost}.")
# A budget just past the point that still falls short of the new plan's first year: the shortfall is
# said, so that no one reads the point as the budget the new plan needs (yoga_teacher: ¥71.1k, ¥108k),
# and the plan of now's first year beside it, so that no one reads the new plan as the cheaper one
# (fitness_coaching: more budget, a plan at ¥3.20M in place of one at ¥2.40M).
FLIP_WHY_FEWER_SHORT = ("The new plan covers as much with fewer presences to run; at that budget this outweighs the "
                        "shortfall against its likely first-year cost of {cost} ({plan_cost} for the current plan).")
FLIP_WHY_MORE_SHORT = ("The new plan covers more of your goals and needs ({alt} against {best} out of 100); at that "
                       "budget this outweighs the shortfall against its likely first-year cost of {cost} ({plan_cost} "
                       "for the current plan).")
# An audience flip where a Mini Program stops (or starts) being priced as a rented template (mp_template.py): the
# plan's cost jumps there for that reason alone, and the sentence says it, so that no one reads a ¥4,500 Mini Program
# at 20k users and a ¥100k one at 20,001 as two answers (yoga_teacher's audience flip gave only the cost).
# (The flip's own why follows it: FLIP_THEN.)
FLIP_WHY_TEMPLATE_ENDS = ("Above {limit} monthly users a Mini Program is priced as a custom build, no longer as a "
                          "rented template.")
FLIP_WHY_TEMPLATE_STARTS = ("Up to {limit} monthly users a Mini Program is priced as a rented template instead of a "
                            "custom build.")
# Where the new plan holds only up to a larger audience and its first year there is beyond the budget: why the range
# ends is said (car_brand's "Between 440k and 830k … for a native app. An audience of that size suits the new plan
# better." read as if a larger audience stopped suiting the app; above 830k its ¥3.3M first year outweighs that).
# (Short: the column under the sliders has no line to spare at 1920×1080; the budget is on its slider above.)
FLIP_UNTIL_OVER_BUDGET = ("Above {value} the new plan's likely first year, {cost}, is beyond your budget of {budget}: "
                          "the plan is then {plan}.")
FLIP_UNTIL_OVER_BUDGET_UP_TO = ("Above {value} the new plan's likely first year, {cost}, is beyond your budget of "
                                "{budget}: the plan is then {plan}, up to {end}.")
FLIP_UNTIL_OVER_BUDGET_JUST = ("Above {value} the new plan's likely first year, {cost}, is beyond your budget of "
                               "{budget}: just past it the plan is {plan}.")
# The same past a range said "…, and only there, …" (the plan is then as it is today).
FLIP_UNTIL_OVER_BUDGET_BACK = ("Above {value} the new plan's likely first year, {cost}, is beyond your budget of "
                               "{budget}.")
# What the plan is past a range's far end where it is another plan again, and no budget says why (bank_care's "Between
# 2.2M and 4.3M monthly users the plan adds a Mini Program" left a client to find by trial that above 4.3M the plan is
# Mini Program + WeCom; the yoga teacher's range that drops the Mini Program did not say it returns above 160k: now
# "…, and only there, …").
FLIP_UNTIL_ABOVE = "Above {value} the plan is {plan}."
FLIP_UNTIL_BELOW = "Below {value} the plan is {plan}."
# The same where the plan named gives way in its turn further on: how far it holds, written into its own range, so
# that the sentence is true of every value it covers. A mass quiz at 50M users read "Below 2,770,175 the plan is
# Channels + Native app", while from some 650k down the plan was today's again (_next_range_end).
FLIP_UNTIL_ABOVE_UP_TO = "Above {value}, up to {end}, the plan is {plan}."
FLIP_UNTIL_BELOW_DOWN_TO = "Below {value}, down to {end}, the plan is {plan}."
# Past a range said "…, and only there, …", the plan as it is now, where it gives way in its turn further on: how far
# it holds (_next_range_end). A shop on ¥5,000 read "Between 20,000 and 141,136 monthly users, and only there, the plan
# swaps the Mini Program for a Service Account", and nothing of the native app its plan takes on from some 2.5M users.
FLIP_UNTIL_BACK_UP_TO = "Above {value}, up to {end}, the plan is as it is now."
FLIP_UNTIL_BACK_DOWN_TO = "Below {value}, down to {end}, the plan is as it is now."
FLIP_UNTIL_OVER_BUDGET_BACK_UP_TO = ("Above {value} the new plan's likely first year, {cost}, is beyond your budget of "
                                     "{budget}: the plan is as it is now, up to {end}.")
# Where that range is too narrow for its end to be written apart from its start.
FLIP_UNTIL_JUST_ABOVE = "Just above {value} the plan is {plan}."
FLIP_UNTIL_JUST_BELOW = "Just below {value} the plan is {plan}."
# A flip's sentences, one after another.
FLIP_THEN = "{flip} {then}"
# A budget short of the first year takes points off the plan's score: said, so that no one reads "no budget
# changes the plan" as "the budget does not matter" beside a score the budget lowered.
NO_FLIP_BUDGET = "No budget changes the plan; a budget short of its first-year cost lowers only its score."
NO_FLIP_MINUTES = "No session length changes the plan."
NO_FLIP_AUDIENCE = "No audience size changes the plan."

TEMPLATES = tuple(v for k, v in dict(globals()).items()
                  if (k.startswith(("FLIP_", "NO_FLIP_"))) and isinstance(v, str))

_FLIP_TEMPLATES = {
    (field, direction): globals()[f"FLIP_{name}_{direction.upper()}"]
    for field, name in (("budget_cny", "BUDGET"), ("interaction_minutes", "MINUTES"), ("audience", "AUDIENCE"))
    for direction in ("above", "below")
}
_BETWEEN_TEMPLATES = {"budget_cny": FLIP_BUDGET_BETWEEN, "interaction_minutes": FLIP_MINUTES_BETWEEN,
                      "audience": FLIP_AUDIENCE_BETWEEN}
_ONLY_BETWEEN_TEMPLATES = {"budget_cny": FLIP_BUDGET_ONLY_BETWEEN, "interaction_minutes": FLIP_MINUTES_ONLY_BETWEEN,
                           "audience": FLIP_AUDIENCE_ONLY_BETWEEN}
_NO_FLIP_TEMPLATES = {"budget_cny": NO_FLIP_BUDGET, "interaction_minutes": NO_FLIP_MINUTES,
                      "audience": NO_FLIP_AUDIENCE}
# Fit points closer than this read as the same coverage (the views write coverage as whole points).
_SAME_COVERAGE = 0.5


class WrittenPoint(Money):
    """A budget point as its sentence writes it, rounded away from the scenario's value (or a range's far end towards
    its near end) in the reader's own currency: its value the amount in yuan a yuan reader reads (the JSON's, and any
    writer's that knows no other currency); the `point` itself, whether it is rounded `up`, and the `reach` (see
    money.directed_in) kept, so that Words writes it in dollars or euros rounded the same way (written_in). Converted
    after its rounding in yuan, "Above $57.1k" stood below a point of ¥412k, on the plan of now's side."""

    point: float
    up: bool
    reach: float | None

    def __new__(cls, point: float, up: bool, reach: float | None = None) -> WrittenPoint:
        number = super().__new__(cls, float(directed_in(point, up, reach_cny=reach)))
        number.point, number.up, number.reach = float(point), up, reach
        return number

    def __getnewargs__(self) -> tuple[float, bool, float | None]:  # type: ignore[override]
        return self.point, self.up, self.reach

    def written_in(self, currency: str, cny_per_unit: float, lang: str, in_full: bool = False) -> str:
        """The amount in `currency` (1 unit = `cny_per_unit` yuan), rounded onto the point's side there (`in_full`: to
        the unit, beside an amount it would read alike with: Words._told_apart)."""
        return format_money_directed(self.point, self.up, currency, cny_per_unit, lang, self.reach, in_full)

    # Equal to another only where it is the same point rounded the same way: two points that read alike in yuan may
    # not in dollars (a view skips a repaint for reasons equal to the ones it shows).
    def __eq__(self, other: object) -> bool:
        if isinstance(other, WrittenPoint):
            return (self.point, self.up, self.reach) == (other.point, other.up, other.reach)
        return float.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = float.__hash__


@dataclass(frozen=True)
class FlipPoint:
    """Past `value` (above or below the scenario's own value) `winner` is recommended instead."""

    field: str
    value: float
    direction: str  # "above" or "below"
    winner: tuple[str, ...]  # the plan past the flip point
    current: float  # the scenario's value of the field
    current_winner: tuple[str, ...]
    why: Reason | None = None  # why the winner wins past the point (flip_why), where it can be said
    # Where, further on the same side, `winner` gives way to another plan (None: it holds to the end of the range).
    until: float | None = None
    until_why: Reason | None = None  # what the plan is past `until`, and why where it can be said (FLIP_UNTIL_…)
    back: bool = False  # past `until` the plan is the plan of today again
    # Where there is an `until`, the last value found where `winner` still holds, within FAR_END_WITHIN of `until` (a
    # typed step: _typed_ends), and the last found on the scenario's side of the point where the plan of today still
    # holds, within FAR_END_WITHIN of `value`.
    until_kept: float | None = None
    value_kept: float | None = None
    # The far end is the template's limit (known_points): written in full, as the limit is everywhere, and the near
    # end in the same style ("Between 5,270 and 20,000 monthly users …", not "… and 20k").
    until_at_limit: bool = False

    @property
    def change(self) -> Reason:
        """What changes in the plan: the presences it adds, drops, or swaps."""
        added = Members(p for p in self.winner if p not in self.current_winner)
        dropped = Held(p for p in self.current_winner if p not in self.winner)
        if added and dropped:
            return Reason(FLIP_SWAPS, {"dropped": dropped, "added": added})
        if added:
            return Reason(FLIP_ADDS, {"added": added})
        return Reason(FLIP_DROPS, {"dropped": dropped})

    @property
    def reason(self) -> Reason:
        # A point at the template's limit is written as the limit is everywhere, in full ("Above 20,000 monthly users",
        # as the Mini Program's card says "for up to 20,000 monthly users"): "20k" beside it read one number two ways.
        at_limit = self.field == "audience" and _about_template_limit(self.why)
        if self.until is None:
            flip = Reason(_FLIP_TEMPLATES[(self.field, self.direction)],
                          {"value": _point_written(self.field, self.value, self.current, at_limit),
                           "change": self.change})
        else:
            near, far = _ends_written(self.field, self.value, self.until, self.current, self.until_kept,
                                      self.value_kept, at_limit or self.until_at_limit)
            low, high = (near, far) if self.direction == "above" else (far, near)
            template = (_ONLY_BETWEEN_TEMPLATES if self.back else _BETWEEN_TEMPLATES)[self.field]
            if self.field == "audience" and float(low) < 1000 <= float(high):
                template = FLIP_AUDIENCE_ONLY_BETWEEN_UNITS if self.back else FLIP_AUDIENCE_BETWEEN_UNITS
            flip = Reason(template, {"low": low, "high": high, "change": self.change})
        why = self.why if self.until_why is None else self.until_why if self.why is None else \
            Reason(FLIP_THEN, {"flip": self.why, "then": self.until_why})
        return flip if why is None else Reason(FLIP_WITH_WHY, {"flip": flip, "why": why})


def flip_why(field: str, direction: str, value: float, past: tuple[Candidate, Candidate],
             now: tuple[Candidate, Candidate], budget: float | None = None, digits: int = 0,
             hours: float = 0.0, point: Money | Count | float | int | None = None,
             priced: tuple[Candidate, Candidate] | None = None) -> Reason | None:
    """Why the new plan outscores the plan of now just past a flip point at `value`.

    `past` and `now` are (new plan, plan of now) as the ranking scores them past the point and at
    the scenario's own value. What the move changed in the new plan's favour is said: its fit
    (sessions or audience) or its first-year cost against the budget; where the new plan is the
    dearer one, the move only made its cost weigh less, and what it has for it is said as well
    (as much fit with fewer presences to run, or more fit), with a budget that now covers it. Coverage is
    written with `digits` decimals, as the plan's own lines write it (score_digits): "59" beside the plan's
    "covers … at 58.6" read as two figures for one. Where the staff the plan's WeCom chats would take past the
    point weighs most, that is said, with their hours a month there (`hours`: costs.chat_staff_hours). An audience's
    sentences name the point as the flip writes it (`point`), just past which their figures are taken.
    """
    where = None if point is None else Reason(FLIP_POINT_JUST_OVER if direction == "above" else FLIP_POINT_JUST_UNDER,
                                              {"point": point})
    new, old = past
    new_now, old_now = now
    coverage = new.coverage - old.coverage
    moved_fit = coverage - (new_now.coverage - old_now.coverage)
    moved_cost = (old.money_penalty - new.money_penalty) - (old_now.money_penalty - new_now.money_penalty)
    moved_staff = (old.staff_penalty - new.staff_penalty) - (old_now.staff_penalty - new_now.staff_penalty)
    if moved_staff > 0 and moved_staff >= max(moved_fit, moved_cost) and old.staff_penalty > new.staff_penalty:
        return Reason(FLIP_WHY_STAFF, {**staff_time(hours), "point": where})
    if field == "interaction_minutes":
        if moved_fit <= 0:
            return None
        alt, best = Fixed(new.coverage, digits), Fixed(old.coverage, digits)
        if new.coverage <= old.coverage:  # the move narrowed a gap the other parts of the score then closed
            return Reason(FLIP_WHY_SESSIONS)
        if alt.text() == best.text() or new.coverage - old.coverage < 1:
            return Reason(FLIP_WHY_SESSIONS_HAIR)
        now_shown = Fixed(old_now.coverage, digits)
        if now_shown.text() != best.text():
            return Reason(FLIP_WHY_SESSIONS_MORE_THERE, {"alt": alt, "best": best, "now": now_shown})
        return Reason(FLIP_WHY_SESSIONS_MORE, {"alt": alt, "best": best})
    if moved_fit > 0 and moved_fit >= moved_cost:
        return Reason(FLIP_WHY_AUDIENCE)
    if moved_cost <= 0:
        return None
    cost, plan_cost = Money(new.first_year_likely), Money(old.first_year_likely)
    if new.first_year_likely < old.first_year_likely:
        alike = yuan_as_written(new.first_year_likely) == yuan_as_written(old.first_year_likely)
        if field == "budget_cny":
            return (Reason(FLIP_WHY_CHEAPER_BUDGET_ALIKE, {"plan_cost": plan_cost}) if alike
                    else Reason(FLIP_WHY_CHEAPER_BUDGET, {"cost": cost, "plan_cost": plan_cost}))
        # (The amounts said where the sentence names them: `priced`, the two plans a typed step past the point.)
        said_new, said_old = priced or (new, old)
        new_year, old_year = said_new.first_year_likely, said_old.first_year_likely
        if budget is not None and not covers(budget, old_year) and new_year < old_year:
            alike = yuan_as_written(new_year) == yuan_as_written(old_year)
            template = (FLIP_WHY_CHEAPER_OVER if covers(budget, new_year) else
                        FLIP_WHY_CHEAPER_OVER_BOTH_ALIKE if alike else FLIP_WHY_CHEAPER_OVER_BOTH)
            return Reason(template, {"cost": Money(new_year), "plan_cost": Money(old_year), "budget": Money(budget),
                                     "point": where})
        return Reason(FLIP_WHY_CHEAPER, {"point": where})
    raised = field == "budget_cny" and direction == "above"
    covered = raised and covers(value, new.first_year_likely)
    short = raised and not covered
    if abs(coverage) < _SAME_COVERAGE and old.presence_penalty > new.presence_penalty:
        if covered or short:
            return (Reason(FLIP_WHY_FEWER_BUDGET, {"cost": cost}) if covered
                    else Reason(FLIP_WHY_FEWER_SHORT, {"cost": cost, "plan_cost": plan_cost}))
        return Reason(FLIP_WHY_FEWER)
    if coverage <= -_SAME_COVERAGE and old.presence_penalty > new.presence_penalty:
        less = {"alt": Fixed(new.coverage, digits), "best": Fixed(old.coverage, digits)}
        if covered or short:
            return (Reason(FLIP_WHY_FEWER_LESS_BUDGET, {**less, "cost": cost}) if covered
                    else Reason(FLIP_WHY_FEWER_LESS_SHORT, {**less, "cost": cost, "plan_cost": plan_cost}))
        return Reason(FLIP_WHY_FEWER_LESS, less)
    if coverage >= _SAME_COVERAGE:
        scores = {"alt": Fixed(new.coverage, digits), "best": Fixed(old.coverage, digits)}
        if covered or short:
            return (Reason(FLIP_WHY_MORE_BUDGET, {**scores, "cost": cost}) if covered
                    else Reason(FLIP_WHY_MORE_SHORT, {**scores, "cost": cost, "plan_cost": plan_cost}))
        now_shown = Fixed(old_now.coverage, digits)
        if now_shown.text() != scores["best"].text():
            return Reason(FLIP_WHY_MORE_THERE, {**scores, "now": now_shown})
        return Reason(FLIP_WHY_MORE, scores)
    return None


def _at_template_limit(scenario: Scenario, there: Scenario, pack: DataPack, point: float,
                       members: tuple[str, ...]) -> bool:
    """Whether an audience flip lies where a Mini Program of either plan stops being a rented template (the bisection
    finds the point to RELATIVE_PRECISION, so a point within twice that of the template's largest audience is it)."""
    limit = pack.likely("mp_template_max_users")
    return ("mini_program" in members and rents_template(scenario, pack) != rents_template(there, pack)
            and abs(point - limit) <= 2 * RELATIVE_PRECISION * max(limit, 1.0) + 1)


def _template_why(now_template: bool, pack: DataPack, why: Reason | None) -> Reason:
    """The flip's why with the template's limit first: where the scenario's Mini Program is a template now, past the
    point it is built; where it is built now, past the point it is rented."""
    limit = Reason(FLIP_WHY_TEMPLATE_ENDS if now_template else FLIP_WHY_TEMPLATE_STARTS,
                   {"limit": template_limit(pack)})
    return limit if why is None else Reason(FLIP_THEN, {"flip": limit, "then": why})


_End = Money | Count | float | int


def _one_style(field: str, near: _End, far: _End, at_limit: bool) -> tuple[_End, _End]:
    """An audience flip's ends as its sentences write them: in full at the template's limit, as the limit is written
    everywhere (mp_template.template_limit), and both in one style where one needs every figure ("Between 20,000 and
    141,665", not "20k and 141,665")."""
    if field == "audience" and (at_limit or isinstance(near, Count) != isinstance(far, Count)):
        return round(float(near)), round(float(far))
    return near, far


def _point_written(field: str, value: float, current: float, at_limit: bool) -> _End:
    """A flip point as its sentence writes it (_shown_value, in one style: _one_style)."""
    shown = _shown_value(field, value, current)
    return _one_style(field, shown, shown, at_limit)[0]


def _ends_written(field: str, value: float, until: float, current: float, kept: float | None,
                  value_kept: float | None, at_limit: bool) -> tuple[_End, _End]:
    """A range's near and far ends as its sentences write them (_range_ends, in one style: _one_style)."""
    return _one_style(field, *_range_ends(field, value, until, current, kept, value_kept), at_limit)


def _about_template_limit(why: Reason | None) -> bool:
    """Whether a flip's why starts with the template's limit (_template_why)."""
    if why is None:
        return False
    first = why.params.get("flip") if why.template == FLIP_THEN else why
    return isinstance(first, Reason) and first.template in (FLIP_WHY_TEMPLATE_ENDS, FLIP_WHY_TEMPLATE_STARTS)


def no_flip_reason(field: str) -> Reason:
    return Reason(_NO_FLIP_TEMPLATES[field])


def flip_reason(field: str, point: FlipPoint | None) -> Reason:
    """The sentence for one field, whether or not it has a flip point."""
    return point.reason if point is not None else no_flip_reason(field)


def _shown_value(field: str, value: float, current: float, at_least: int = 2) -> Money | Count | float | int:
    """The flip point as its sentence writes it, rounded away from the scenario's value (_written_past): a budget as
    every amount is written, to three significant figures, an audience to three, minutes to two (`at_least`), each to
    more where fewer would lie further than WRITTEN_WITHIN from the point."""
    return _written(field, value, value > current, at_least)


def _written(field: str, value: float, up: bool, at_least: int = 2) -> Money | Count | float | int:
    """`value` rounded up (or down) to as few figures as its field is written with and keep it within WRITTEN_WITHIN.

    A count is written to three figures (1.07M), as every count is (money.format_count) and as the budget's amounts
    are; an end of a range that three figures would write at or past its other end (_range_ends asks for four) is
    written whole, rounded the same way. Never finer than a whole person: a point at 53.2 users written 53.2 reads
    "53" (format_count), short of the point."""
    if field == "budget_cny":
        return WrittenPoint(value, up)
    if field == "audience":
        return Count(_directed(value, 3, up, finest=0)) if at_least <= 3 else _directed_whole(value, up)
    shown = _directed(value, at_least, up)
    for digits in range(at_least + 1, 5):
        if abs(shown - value) <= WRITTEN_WITHIN * value:
            break
        shown = _directed(value, digits, up)
    return int(shown) if shown == int(shown) else shown


def _range_ends(field: str, value: float, until: float, current: float, kept: float | None = None,
                value_kept: float | None = None) -> tuple[Money | Count | float | int, Money | Count | float | int]:
    """A range's near end (the flip point) and far end as its sentences write them, each rounded into the range (the
    near end away from the scenario's value, the far end towards the near end), so that every value a client types
    between the two as written gets the new plan; apart and in their order, both to more figures where fewer would
    write them alike or crossed. bank_care's range from 1.97M to 1.99M users read "Between 2M and 2M" (then "Above 2M
    the plan is …") to two figures; to three it reads "Between 1.97M and 1.99M". Where the far end is found to a typed
    step (`kept`: the last value found where the new plan holds, FlipPoint.until_kept), it is written to as many
    figures as bring it within a typed step of where the plan changes (_end_written), so that the plan said past it
    holds from a typed step on; so is the near end (`value_kept`, the last found short of the point where today's plan
    holds), so that "…, and only there, …" holds past both, and no end is rounded beside one in full: bank_care at
    10M users read "Between 3.91M and 6.67M …, and only there, the plan drops the native app", which it dropped from
    6,679,401 users down, and still from 3,909,999 to 3,908,800."""
    near: Money | Count | float | int = 0
    far: Money | Count | float | int = 0
    for at_least in (2, 3, 4):
        near = (_shown_value(field, value, current, at_least) if value_kept is None
                else _end_written(field, value, value_kept, value > current))
        far = (_written(field, until, until < value, at_least) if kept is None
               else _end_written(field, kept, until, until < value))
        if float(far) != float(near) and (float(far) > float(near)) == (until > value):
            break
    return near, far


def _end_written(field: str, kept: float, until: float, up: bool) -> Money | Count | float | int:
    """An end of a range found to a typed step (_range_ends): `kept` (a value on the new plan's side) rounded up (or
    down) into the range to the fewest figures, three at the least, that bring it within a typed step of `until` (a
    value found on the other side), a whole person or a hundredth of a minute at the finest, so that the figure as
    written is on the new plan's side and one typed step past it on the other's. A budget is rounded so in the reader's
    own currency (WrittenPoint's reach). The yoga teacher's Mini Program comes back above 141,665 users, not "above
    141k": from 141,001 to 141,665 it was still dropped. (A near end at a point where the model jumps reads as the
    point, "20k" for a Mini Program rented up to 20,000 users, as "above 20k" does.)"""
    if field == "budget_cny":
        return WrittenPoint(kept, up, reach=until)
    step = TYPED_STEP[field]
    finest = round(math.log10(step))
    # (The value typed, on the step's grid: 5.22 minutes, not its binary neighbour 5.2199…, which rounded down read 5.21
    # where the plan still held at 5.22.)
    typed = Decimal(repr(kept))
    for digits in range(3, 17):
        shown = _directed(typed, digits, up, finest)
        if abs(shown - until) <= step or Decimal(kept).adjusted() - (digits - 1) <= finest:
            break
    if field == "audience":
        return Count(shown) if len(Decimal(shown).normalize().as_tuple().digits) <= 3 else int(shown)
    return int(shown) if shown == int(shown) else shown


def _directed(value: float | Decimal, digits: int, up: bool, finest: int | None = None) -> float:
    """`value` rounded up (or down) to `digits` significant figures, never finer than 10**finest where given: exactly,
    in Decimal, so that a point rounded up is never written below itself (7.132 → 7.14, never 7.13 by a float's
    slip)."""
    if value <= 0:
        return 0.0
    exact = Decimal(value)
    step = exact.adjusted() - (digits - 1)
    if finest is not None:
        step = max(step, finest)
    return float(exact.quantize(Decimal(1).scaleb(step), rounding=ROUND_CEILING if up else ROUND_FLOOR))


def _directed_whole(value: float, up: bool) -> int:
    """A count rounded up (or down) to a whole person."""
    return math.ceil(value) if up else math.floor(value)


def _winner(scenario: Scenario, pack: DataPack, field: str, value: float) -> tuple[str, ...]:
    moved: dict[str, Any] = {field: float(value)}
    return best_plan(replace(scenario, **moved), pack)


def _winner_and_first_years(scenario: Scenario, pack: DataPack, audience: float,
                            ) -> tuple[tuple[str, ...], dict[tuple[str, ...], float]]:
    """The plan at `audience`, and every plan's likely first year there, from the one ranking."""
    ranking = _ranked(replace(scenario, audience=float(audience)), pack)[1]
    return ranking[0].members, _years_ranked(ranking)


def _between(lo: float, hi: float) -> float:
    return math.sqrt(lo * hi) if lo > 0 else (lo + hi) / 2


def search_grid(field: str, current: float, known: Iterable[float] = ()) -> np.ndarray:
    """The values tried for `field`: its grid over everything a scenario allows, and within
    NEAR_DECADES of `current` NEAR_POINTS_PER_DECADE a decade, and the `known` points where the model jumps or bends
    (known_points) within the grid's span, in ascending order."""
    grid = GRIDS[field]
    if current <= 0:
        near = np.zeros(0)
    else:
        steps = np.arange(-NEAR_POINTS_PER_DECADE * NEAR_DECADES, NEAR_POINTS_PER_DECADE * NEAR_DECADES + 1)
        near = current * 10.0 ** (steps / NEAR_POINTS_PER_DECADE)
        near = near[(near >= grid[grid > 0].min()) & (near <= grid.max())]
    marks = np.array([float(v) for v in known], dtype=float)
    marks = marks[(marks >= grid.min()) & (marks <= grid.max())]
    return sorted_once(np.concatenate([grid, near, marks]))


def known_points(scenario: Scenario, pack: DataPack, field: str) -> tuple[float, ...]:
    """Where the model itself jumps or bends along `field`, so that a plan that wins only a narrow range there is not
    stepped over by the grid, and a flip point there is that point exactly.

    The audience: the largest a rented template serves (mp_template.rents_template: up to it a template, past it a
    custom build, the Mini Program's cost jumps there; the grid tries the value just past it too, _marks_on_grid). The
    budget: each admissible
    plan's likely first year, where its points for the budget start (plans._budget_penalties). Between two such
    budgets every plan's score is flat or rises at the one rate all plans short of the budget share, so the plan
    changes at most once there and every plan that wins anywhere wins at one of them. (For the audience, where a plan's
    first year meets the budget is found on the walk: _budget_crossings.)"""
    if field == "audience":
        limit = pack.likely("mp_template_max_users")
        if limit > 0 and template_kind(scenario, pack):
            return (float(limit),)
        return ()
    if field == "budget_cny":
        return tuple(sorted(set(_first_years(scenario, pack).values())))
    return ()


def _marks_on_grid(field: str, known: tuple[float, ...]) -> tuple[float, ...]:
    """The known points and, where the model jumps there (the audience's template limit), the value just past each:
    a plan that wins only from the jump on is met on the grid, and the change found there is the jump itself."""
    if field != "audience":
        return known
    return (*known, *(math.nextafter(mark, math.inf) for mark in known))


def _first_years(scenario: Scenario, pack: DataPack) -> dict[tuple[str, ...], float]:
    """Every admissible plan's likely first year at the scenario's audience, as the ranking found them (it finds them
    all, for the points every plan's cost takes)."""
    return _years_ranked(_ranked(scenario, pack)[1])


def _years_ranked(ranking: Ranking) -> dict[tuple[str, ...], float]:
    """Every plan's likely first year as `ranking` found it."""
    found = (ranking.get(members) for members in ranking.sets.sets)
    return {c.members: c.first_year_likely for c in found if c is not None}


def _budget_crossings(low: float, low_years: dict[tuple[str, ...], float], high: float,
                      high_years: dict[tuple[str, ...], float], budget: float) -> list[float]:
    """The audiences strictly between `low` and `high` where some plan's likely first year meets the budget: there its
    points for the budget start, and a plan held back only by them is at its best against the others (video_flip: the
    Official Account alone wins only from 58.3k to 60k users, around 58.9k, where its first year reaches the ¥304k
    budget). A first year is a fixed amount and an amount per user on either side of the template's limit (costs.py),
    which is on the grid, so the straight line between the two ends finds it."""
    found = set()
    for members, at_low in low_years.items():
        at_high = high_years.get(members)
        if at_high is None or at_low == at_high or (at_low - budget) * (at_high - budget) >= 0:
            continue
        where = low + (budget - at_low) * (high - low) / (at_high - at_low)
        if low < where < high:
            found.add(where)
    return sorted(found)


def _search_field(scenario: Scenario, pack: DataPack, field: str, current_winner: tuple[str, ...],
                  digits: int = 0) -> Generator[None, None, FlipPoint | None]:
    current = float(getattr(scenario, field))
    known = known_points(scenario, pack, field)
    grid = search_grid(field, current, _marks_on_grid(field, known))
    todo = {"below": [float(v) for v in grid[grid < current][::-1]],  # nearest first
            "above": [float(v) for v in grid[grid > current]]}

    def distance(v: float) -> float:
        return abs(math.log1p(v) - math.log1p(current))

    # Walk outward from the current value, always to the nearer untried grid point, until a side changes winner
    # (met: the last value that keeps it, the first that does not, and the plan there) or both run out.
    last = {"below": current, "above": current}
    # The audience's: every plan's first year at `last`, for where one meets the budget between two grid values.
    years = dict.fromkeys(last, _first_years(scenario, pack)) if field == "audience" else {}
    met: dict[str, tuple[float, float, tuple[str, ...]]] = {}

    def step(side: str) -> Generator[None, None, None]:
        value = todo[side].pop(0)
        if field != "audience":
            winner = _winner(scenario, pack, field, value)
            yield
        else:
            winner, at_value = _winner_and_first_years(scenario, pack, value)
            yield
            ends = sorted(((last[side], years[side]), (value, at_value)), key=lambda end: end[0])
            crossings = _budget_crossings(*ends[0], *ends[1], scenario.budget_cny)
            if side == "below":
                crossings.reverse()
            for crossing in crossings:  # (nearest first)
                found = _winner(scenario, pack, field, crossing)
                yield
                if found != current_winner:
                    todo[side].insert(0, value)  # (walked on from, past the range that starts here)
                    met[side] = (last[side], crossing, found)
                    return
                last[side] = crossing
            years[side] = at_value
        if winner != current_winner:
            met[side] = (last[side], value, winner)
        else:
            last[side] = value

    while (todo["below"] or todo["above"]) and not met:
        below, above = todo["below"], todo["above"]
        yield from step("below" if below and (not above or distance(below[0]) <= distance(above[0])) else "above")
    if not met:
        return None

    # Bisection between the last value that keeps the winner and the first that does not.
    side, (keep, value, at_grid) = next(iter(met.items()))
    change, nearer, keep_near = yield from _bisect(scenario, pack, field, keep, value, current_winner, known)
    # The other side walked on as far as that point: a change met there first is nearer (budget_flip, at ¥307k: the
    # plan adds Channels from ¥428k, nearer than the ¥205k below, where the grid steps met both at the same distance).
    other = "above" if side == "below" else "below"
    while todo[other] and other not in met and distance(last[other]) < distance(change):
        yield from step(other)
    if other in met:
        other_keep, other_value, other_grid = met[other]
        other_change, other_nearer, other_keep_near = yield from _bisect(scenario, pack, field, other_keep, other_value,
                                                                         current_winner, known)
        if distance(other_change) < distance(change):
            side, value, at_grid, change, nearer = other, other_value, other_grid, other_change, other_nearer
            keep_near = other_keep_near
    winner = nearer or at_grid
    below, above = todo["below"], todo["above"]
    further = below if side == "below" else above
    # Where the plan just past the point is the one at the grid value too, it holds that far; where it is not, the
    # plan gave way again before the grid value, and the walk on starts at the point. (Walked on from the grid value,
    # bank_care's Mini Program + WeCom read "Between 2M and 2,001,407 monthly users", where an app joins it at 1.99M.)
    if winner == at_grid:
        until, after, kept = yield from _holds_until(scenario, pack, field, winner, value, further)
    else:
        until, after, kept = yield from _holds_until(scenario, pack, field, winner, change, [value, *further])
    if until is not None:
        # The far end found to within a typed step, so that the range holds up to it as written and the plan past it
        # (today's: "…, and only there, …"; or another, "Above X the plan is …") from a typed step on: bank_care's
        # "Between 1.95M and 2M … Above 2.01M the plan is Mini Program + WeCom + Native app" left 2M to 2.01M unsaid,
        # where the plan changes at 2,004,854 users. The plan past it is the one met there.
        kept, until = yield from _far_end(scenario, pack, field, winner, kept, until,  # type: ignore[arg-type]
                                          outward=1.0 if side == "above" else -1.0)
        kept, until = yield from _typed_ends(scenario, pack, field, winner, kept, until)
        after = _winner(scenario, pack, field, until)
        yield
    else:
        kept = None
    back = until is not None and after is not None and tuple(after) == tuple(current_winner)
    # The point found as closely as a range's far end, and moved onto the values a client types: a range's near end so
    # that "…, and only there, …" is true past either end, and a range whose far end is written to the person is not
    # begun at a rounded one (bank_care read "Between 1,950,000 and 2,004,853 monthly users", the plan changing at
    # 1,949,479); any point so that it is where the plan changes, to the unit, wherever it is written in full or read
    # from the JSON (the example shop read "With a budget below ¥212,056 the plan drops the Mini Program", found to a
    # hundredth of a percent, and from ¥212,057 to ¥212,070 the plan had dropped it already).
    found_near, change = yield from _far_end(scenario, pack, field, current_winner, keep_near, change, False)
    found_near, change = yield from _typed_ends(scenario, pack, field, current_winner, found_near, change)
    # (A point with no range past it is written as before, _point_written: its near end is a range's alone.)
    kept_near: float | None = found_near if until is not None else None
    # The two plans as the ranking scores them just past the point: why the one wins there. (A tenth of a percent
    # past it: at the point itself, found to a hundredth, the two all but tie, and what tipped them read as nothing:
    # food_ordering's sessions at 7.58 minutes, where the new plan covers a little more a step on.)
    moved: dict[str, Any] = {field: float(change) * (1 + WHY_PAST if side == "above" else 1 / (1 + WHY_PAST))}
    there = replace(scenario, **moved)
    past = ranked_plans(there, pack, winner, current_winner)
    yield
    now = ranked_plans(scenario, pack, winner, current_winner)
    yield
    why = None
    at_limit = field == "audience" and _at_template_limit(scenario, there, pack, change, (*winner, *current_winner))
    # The point and the range's ends as the flip's own sentence writes them (FlipPoint.reason): its why and what
    # follows the range say them alike.
    far_at_limit = field == "audience" and kept is not None and kept in known
    ends = None if until is None else _ends_written(field, change, until, current, kept, kept_near,
                                                    at_limit or far_at_limit)
    if None not in past and None not in now:
        point = _point_written(field, change, current, at_limit) if ends is None else ends[0]
        # An audience's sentences say the plans' first years and the staff's hours "at just over" the point as written:
        # taken there, a typed step past it, where a client checks them (bank_care read "At just over 1,968,161 monthly
        # users the plan's likely first-year cost would be ¥5.55M", its cost 0.1 % past the point, where at 1,968,162
        # users it is ¥5.54M). Which plan wins, and why, is weighed 0.1 % past it as before.
        priced: tuple[Candidate, Candidate] | None = None
        at = there
        if field == "audience":
            typed = replace(scenario, audience=float(point) + (1 if side == "above" else -1) * TYPED_STEP[field])
            new_there, old_there = ranked_plans(typed, pack, winner, current_winner)
            yield
            if new_there is not None and old_there is not None:
                priced, at = (new_there, old_there), typed
        why = flip_why(field, side, change, (past[0], past[1]), (now[0], now[1]),  # type: ignore[arg-type]
                       scenario.budget_cny, digits, chat_staff_hours(at, pack), point, priced)
    if at_limit:
        why = _template_why(rents_template(scenario, pack), pack, why)
    until_why = None
    if until is not None and ends is not None and after is not None:  # (ends: found where there is an `until`)
        # Past the far end the plan of today again ("…, and only there, …"), or another plan, named.
        # "Above X …": X the range's far end as written, the last typed value the range holds, so that the two
        # sentences leave no value unsaid (bank_care: "Between 1,950,000 and 2,004,853 monthly users … Above 2,004,853
        # the plan is Mini Program + WeCom + Native app", where "… and 2M … Above 2.01M …" said nothing of 2,003,000).
        params: dict[str, Any] = {"value": ends[1]}
        reach = "whole"
        if not back:
            params["plan"] = Plan(after)
            reach, end = yield from _next_range_end(scenario, pack, field, after, until, further, side, ends[1])
            if end is not None:
                params["end"] = end
            until_why = Reason(_UNTIL_TEMPLATES[(side, reach)], params)
        else:
            _, end = yield from _next_range_end(scenario, pack, field, tuple(current_winner), until, further, side,
                                                ends[1])
            if end is not None:
                params["end"] = end
                until_why = Reason(FLIP_UNTIL_BACK_UP_TO if side == "above" else FLIP_UNTIL_BACK_DOWN_TO, params)
        if field == "audience" and side == "above":
            # Just past the far end, the new plan and the one that takes over: where the new plan's first year is
            # beyond the budget and the other's is cheaper, the budget is why it gives way there (the yoga teacher's
            # Official Account alone gives way at 160k to a dearer plan: no budget said there).
            held, taking = ranked_plans(replace(scenario, audience=float(until)), pack, winner, after)
            yield
            if (held is not None and taking is not None and not covers(scenario.budget_cny, held.first_year_likely)
                    and taking.first_year_likely < held.first_year_likely):
                template = (_OVER_BUDGET_TEMPLATES[reach] if not back else
                            FLIP_UNTIL_OVER_BUDGET_BACK_UP_TO if "end" in params else FLIP_UNTIL_OVER_BUDGET_BACK)
                until_why = Reason(template, {**params, "cost": Money(held.first_year_likely),
                                              "budget": Money(scenario.budget_cny)})
    return FlipPoint(field, change, side, winner, current, current_winner, why, until, until_why, back, kept,
                     kept_near, far_at_limit)


_UNTIL_TEMPLATES = {("above", "whole"): FLIP_UNTIL_ABOVE, ("below", "whole"): FLIP_UNTIL_BELOW,
                    ("above", "to"): FLIP_UNTIL_ABOVE_UP_TO, ("below", "to"): FLIP_UNTIL_BELOW_DOWN_TO,
                    ("above", "just"): FLIP_UNTIL_JUST_ABOVE, ("below", "just"): FLIP_UNTIL_JUST_BELOW}
_OVER_BUDGET_TEMPLATES = {"whole": FLIP_UNTIL_OVER_BUDGET, "to": FLIP_UNTIL_OVER_BUDGET_UP_TO,
                          "just": FLIP_UNTIL_OVER_BUDGET_JUST}


def _next_range_end(scenario: Scenario, pack: DataPack, field: str, after: tuple[str, ...], until: float,
                    further: list[float], side: str, start: _End,
                    ) -> Generator[None, None, tuple[str, _End | None]]:
    """How far `after`, the plan met just past a range's far end (`until`, written `start`), holds in its turn:
    ("whole", None) where it holds over the rest of the grid on that `side`; ("to", end) where it gives way, `end` its
    last value found, written into its own range (towards `start`) to as few figures as keep it there and apart from
    `start`, in `start`'s style; ("just", None) where no figure can. Walked over the grid as the range was, and
    its end found as closely as a flip point (_holds_until)."""
    beyond = [v for v in further if (v > until if side == "above" else v < until)]
    gives_way, _, last = yield from _holds_until(scenario, pack, field, after, until, beyond)
    if last is None or gives_way is None:
        return "whole", None
    inward = side == "below"  # (rounded towards the range's start: up below it, down above it)
    if field == "audience" and not isinstance(start, Count):
        # A start written to the person has an end written so too, found as closely as the start was (_far_end,
        # _typed_ends): bank_care's "Above 1,991,118, up to 3,940,000" read as exact, three figures written out in
        # full, where the plan held on to 3,948,565.
        last, gives_way = yield from _far_end(scenario, pack, field, after, last, gives_way)
        last, _ = yield from _typed_ends(scenario, pack, field, after, last, gives_way)
        whole = _directed_whole(last, inward)
        return ("to", whole) if _apart(whole, start, inward) else ("just", None)
    for at_least in (3, 4, 5, 6):
        end = _one_style(field, start, _written(field, last, inward, at_least), False)[1]
        if _apart(end, start, inward):
            return "to", end
    return "just", None


def _apart(end: _End, start: _End, inward: bool) -> bool:
    """Whether `end`, as written, stands past `start` on the range's own side (below it where `inward`)."""
    return float(end) < float(start) if inward else float(end) > float(start)


def _holds_until(scenario: Scenario, pack: DataPack, field: str, winner: tuple[str, ...], reached: float,
                 further: list[float],
                 ) -> Generator[None, None, tuple[float | None, tuple[str, ...] | None, float | None]]:
    """Where, walking on from `reached` (a value where `winner` wins) over the `further` grid values on that side,
    `winner` first gives way to another plan, found as closely as the flip point itself, that plan, and the last value
    found where `winner` still wins; (None, None, None) where it holds to the end of the range."""
    keep = reached
    for value in further:
        found = _winner(scenario, pack, field, value)
        yield
        if found != winner:
            change = value
            break
        keep = value
    else:
        return None, None, None
    until, there, kept = yield from _bisect(scenario, pack, field, keep, change, winner,
                                            known_points(scenario, pack, field))
    return until, there or found, kept


def _far_end(scenario: Scenario, pack: DataPack, field: str, winner: tuple[str, ...], kept: float, until: float,
             ask: bool = True, outward: float = 0.0) -> Generator[None, None, tuple[float, float]]:
    """The last value where `winner` wins and the first where it does not, from `kept` and `until` (as _bisect found
    them), narrowed to FAR_END_WITHIN of each other. A known point (_bisect returns one exactly, the value just short
    of it kept) is asked itself (`ask`; a range's far end: the template's limit is the largest audience a template
    serves; a near end is the point as found, and "above 20k" reads past it); where `winner` wins there, the first
    value where it does not is the next float `outward` (the sign of the way out of the range, where the two found are
    one: a bisection that met the limit itself kept it)."""
    width = FAR_END_WITHIN[field]
    if ask:
        found = _winner(scenario, pack, field, until)
        yield
        if found == winner:  # (a known point, on the winner's side)
            kept, until = until, math.nextafter(until, math.copysign(math.inf, outward or until - kept))
    while abs(until - kept) > width:
        middle = (kept + until) / 2
        if middle in (kept, until):  # (as close as floats are)
            break
        found = _winner(scenario, pack, field, middle)
        yield
        if found == winner:
            kept = middle
        else:
            until = middle
    return kept, until


def _bisect(scenario: Scenario, pack: DataPack, field: str, keep: float, change: float, kept: tuple[str, ...],
            known: tuple[float, ...] = ()) -> Generator[None, None, tuple[float, tuple[str, ...] | None, float]]:
    """Narrow down where `kept`, the plan at `keep`, gives way, to RELATIVE_PRECISION: the first value found where
    another plan wins, that plan (None where none was met between the two), and the last value found where `kept`
    still wins. Where one of the `known` points where
    the model jumps (known_points) lies between the two last values, and the plan is `kept` just short of it and the
    other just past it, the point is that one exactly: the yoga teacher's Mini Program, a template up to 20,000 users,
    read "Between 20.1k and 141k … Above 20k monthly users a Mini Program is priced as a custom build" for a point
    found at 20,001.4."""
    there = None
    while abs(change - keep) > RELATIVE_PRECISION * max(abs(change), abs(keep)):
        middle = _between(min(keep, change), max(keep, change))
        found = _winner(scenario, pack, field, middle)
        yield
        if found == kept:
            keep = middle
        else:
            change, there = middle, found
    for mark in known:
        if min(keep, change) <= mark <= max(keep, change):
            short, past = math.nextafter(mark, keep), math.nextafter(mark, change)
            found_short = _winner(scenario, pack, field, short)
            yield
            found_past = _winner(scenario, pack, field, past)
            yield
            if found_short == kept and found_past != kept:
                return mark, found_past, short
    return change, there, keep


# How many typed steps _typed_ends walks from where the plan was found to change.
TYPED_WALK = 6


def _typed_ends(scenario: Scenario, pack: DataPack, field: str, held: tuple[str, ...], kept: float, until: float,
                ) -> Generator[None, None, tuple[float, float]]:
    """`kept` (where `held` wins) and `until` (where it does not) moved onto the values a client types (TYPED_STEP:
    whole people, hundredths of a minute), the last of them where `held` wins and the next: where two plans all but
    tie the ranking may change its choice back and forth within a person (bank_care at 10M users dropped its app at
    6,679,800 users and at 6,679,799.8111662, not at 6,679,799.8111672 nor at 6,679,801), and the end is written where
    the values typed change plan. A budget's typed values are its reader's currency's, and the two found are kept;
    so are they where the plan alternates further than TYPED_WALK steps."""
    step = TYPED_STEP.get(field)
    if step is None or until == kept:
        return kept, until
    out = 1 if until > kept else -1
    index = math.floor(kept / step) if out > 0 else math.ceil(kept / step)

    def typed(at: int) -> float:
        return at * step if step >= 1 else round(at * step, 2)
    for _ in range(TYPED_WALK):  # (onto `held`'s side where the typed value next to `kept` is not)
        found = _winner(scenario, pack, field, typed(index))
        yield
        if found == held:
            break
        index -= out
    else:
        return kept, until
    for _ in range(TYPED_WALK):
        found = _winner(scenario, pack, field, typed(index + out))
        yield
        if found != held:
            return typed(index), typed(index + out)
        index += out
    return kept, until


def search_flip_points(scenario: Scenario, pack: DataPack, fields: Iterable[str] = FIELDS,
                       ) -> Generator[None, None, dict[str, FlipPoint | None]]:
    """Yield after each evaluation; return {field: nearest FlipPoint or None}."""
    # The answer of now: its plan, and the decimals its lines write scores and coverage with.
    evaluation = evaluate(scenario, pack)
    current_winner = evaluation.plan.presences  # (best_plan's choice, exactly)
    digits = score_digits([evaluation.plan.score, *(a.score for a in evaluation.alternatives)])
    yield
    found: dict[str, FlipPoint | None] = {}
    for field in fields:
        found[field] = yield from _search_field(scenario, pack, field, current_winner, digits)
    return found


def flip_points(scenario: Scenario, pack: DataPack,
                fields: Iterable[str] = FIELDS) -> dict[str, FlipPoint | None]:
    """The nearest flip point of each field (None where the recommendation never changes)."""
    search = search_flip_points(scenario, pack, fields)
    while True:
        try:
            next(search)
        except StopIteration as done:
            found: dict[str, FlipPoint | None] = done.value
            return found


CODES.update(template_codes(dict(globals())))  # this module's templates' codes (reasons.CODES)
