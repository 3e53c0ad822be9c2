"""The launch timeline: how many weeks until each presence of a plan is live.

Each presence needs a fixed list of steps (registration and verification, ICP filing,
building, platform review, and for an app its store paperwork); each step's weeks come
from a sourced `weeks_*` figure of the data pack. Steps run one after another within a
presence, except paperwork that the sources say to start while the product is built
(the ICP filing); presences run side by side, so the slowest presence sets the plan's
date.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from wxdesk.engine.capability import needs_built_in
from wxdesk.engine.datapack import DataPack
from wxdesk.engine.mp_template import rents_template
from wxdesk.engine.scenario import Scenario

DAYS_PER_WEEK = 7

# What each step is called in the JSON, and the figure that sizes it.
VERIFICATION = "verification"
REGISTRATION = "registration"
DEVELOPER_ACCOUNTS = "developer_accounts"
ICP_FILING = "icp_filing"
BUILD = "build"
TEMPLATE_SETUP = "template_setup"  # a Mini Program rented as a SaaS template (mp_template.py), in place of its build
PAGES_BUILD = "pages_build"  # a Service Account's payment pages (costs.service_pay_pages), built as a Mini Program is
PAGES_TEMPLATE_SETUP = "pages_template_setup"  # the same pages rented as a template, as its Mini Program would be
REVIEW = "review"
SOFTWARE_COPYRIGHT = "software_copyright"
STORE_REVIEW = "store_review"

# A stage of a presence's launch: one step (its id and its figure), or steps run side by side.
StepPlan = tuple[str, str]
Stage = StepPlan | tuple[StepPlan, ...]


def whole_weeks(value: float) -> int:
    """Whole weeks, at least one: a step is never said to take no time (every sentence that gives weeks,
    the timeline's lines and a missed date's warning alike). Rounded from the tenth the JSON gives (Weeks.to_dict),
    halves up, as a reader rounds it: 9.46 weeks read "9.5" in the JSON beside "about 9 weeks" in the text, and
    Python's round() takes 8.5 to 8."""
    return max(1, math.floor(round(value, 1) + 0.5))


@dataclass(frozen=True)
class Weeks:
    """A duration: low, likely and high, in weeks (the likely weeks at the figures' averages: _figure_weeks)."""

    low: float
    likely: float
    high: float

    def __add__(self, other: Weeks) -> Weeks:
        return Weeks(self.low + other.low, self.likely + other.likely, self.high + other.high)

    def scaled(self, low: float, likely: float, high: float) -> Weeks:
        return Weeks(self.low * low, self.likely * likely, self.high * high)

    def to_dict(self) -> dict[str, float]:
        return {"low": round(self.low, 1), "likely": round(self.likely, 1), "high": round(self.high, 1)}


NO_TIME = Weeks(0.0, 0.0, 0.0)


@dataclass(frozen=True)
class Step:
    """One step of one presence: what it is, the figure behind it, and when it runs."""

    id: str
    figure: str
    weeks: Weeks
    start: Weeks  # the weeks of the steps before it

    @property
    def end(self) -> Weeks:
        return self.start + self.weeks

    def to_dict(self) -> dict[str, Any]:
        return {"step": self.id, "figure": self.figure, "weeks": self.weeks.to_dict(),
                "start_weeks": self.start.to_dict(), "end_weeks": self.end.to_dict()}


@dataclass(frozen=True)
class PresenceTimeline:
    """The steps that take one presence live, each starting when the steps before it end."""

    presence: str
    steps: tuple[Step, ...]

    @cached_property
    def weeks(self) -> Weeks:
        """Live when its last step ends (steps side by side end at their own pace)."""
        if not self.steps:
            return NO_TIME
        return Weeks(max(s.end.low for s in self.steps), max(s.end.likely for s in self.steps),
                     max(s.end.high for s in self.steps))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.presence, "weeks": self.weeks.to_dict(),
                "steps": [step.to_dict() for step in self.steps]}


@dataclass(frozen=True)
class Timeline:
    """The plan's launch timeline: its presences side by side."""

    presences: tuple[PresenceTimeline, ...]

    @cached_property
    def weeks(self) -> Weeks:
        """The plan is live when its slowest presence is: the longest of each band end."""
        if not self.presences:
            return NO_TIME
        return Weeks(max(p.weeks.low for p in self.presences),
                     max(p.weeks.likely for p in self.presences),
                     max(p.weeks.high for p in self.presences))

    def presence(self, presence_id: str) -> PresenceTimeline:
        return next(p for p in self.presences if p.presence == presence_id)

    def live_dates(self, today: dt.date) -> dict[str, dt.date]:
        """The earliest, likely and latest day the whole plan is live, starting work today."""
        weeks = self.weeks
        return {key: today + dt.timedelta(days=round(value * DAYS_PER_WEEK))
                for key, value in (("low", weeks.low), ("likely", weeks.likely), ("high", weeks.high))}

    def meets(self, live_by: dt.date, today: dt.date) -> bool:
        """Whether the plan is likely live by `live_by`, starting work `today`."""
        return self.live_dates(today)["likely"] <= live_by

    def to_dict(self) -> dict[str, Any]:
        return {"weeks": self.weeks.to_dict(), "presences": [p.to_dict() for p in self.presences]}


def plan_timeline(presences: tuple[str, ...], scenario: Scenario, pack: DataPack,
                  known: dict[str, PresenceTimeline] | None = None, pay_pages: bool = False,
                  carried: Mapping[str, int] | None = None) -> Timeline:
    """The steps and weeks until each presence of a plan is live, in the plan's order.

    `known` keeps each presence's timeline for the next plan of the same scenario and pack
    (an evaluation asks for five or six plans that share most of their members).
    `pay_pages`: the plan's Service Account takes its payments in pages built for it (costs.service_pay_pages), which
    are built, and filed, before it takes any: city_service's Service Account, costed with pages priced as a Mini
    Program of the same scope, was said to be live in a week (its verification alone), "in time, unlike the plan".
    `carried`: the special needs the plan's app, Mini Program and Service Account's payment pages each carry
    (duties.needs_carried), by which each build's weeks grow, as its cost does (costs.CostBook.built_for); else those
    each could carry.
    """
    unknown = [p for p in presences if p not in _STEP_PLANS]
    if unknown:
        raise ValueError(f"No launch steps are known for '{unknown[0]}'.")
    known = {} if known is None else known
    carried = {} if carried is None else carried
    # (A build's timeline is kept with the count of needs it carries: two plans may build one presence to two sizes.)
    names = [_PAGES_KEY if p == "service" and pay_pages else p for p in presences]
    keys = [f"{name}:{carried[p]}" if p in carried else name for p, name in zip(presences, names, strict=True)]
    for p, key in zip(presences, keys, strict=True):
        if key not in known:
            pages = p == "service" and pay_pages
            known[key] = _presence_timeline(p, scenario, pack, _service_with_pages if pages else None, carried.get(p))
    return Timeline(tuple(known[key] for key in keys))


def _presence_timeline(presence: str, scenario: Scenario, pack: DataPack,
                       stages: Callable[[Scenario], list[Stage]] | None = None,
                       needs: int | None = None) -> PresenceTimeline:
    steps: list[Step] = []
    start = NO_TIME
    # Each stage is one step, or steps that run side by side; the next stage waits for all.
    for stage in (stages or _STEP_PLANS[presence])(scenario):
        stage_steps: list[Step] = []
        for step_id, figure_id in (stage if isinstance(stage[0], tuple) else (stage,)):
            if figure_id == "weeks_mp_build" and rents_template(scenario, pack):
                # A rented template is set up, not built: its weeks, whatever the needs it serves (payments). The
                # pages of a Service Account are rented alike where the Mini Program would be (costs.CostBook), and
                # named as pages: "Set up the rented template" stood in a plan that "holds no Mini Program".
                step_id = PAGES_TEMPLATE_SETUP if step_id == PAGES_BUILD else TEMPLATE_SETUP
                figure_id = "weeks_mp_template"
            weeks = _figure_weeks(pack, figure_id)
            if step_id == BUILD:
                weeks = _sized_by_needs(weeks, presence, scenario, pack, needs)
            elif step_id == PAGES_BUILD:  # of a Mini Program's scope, as their cost is (costs.CostBook._shared_parts)
                weeks = _sized_by_needs(weeks, "mini_program", scenario, pack, needs)
            stage_steps.append(Step(step_id, figure_id, weeks, start))
        steps += stage_steps
        start = Weeks(max(s.end.low for s in stage_steps), max(s.end.likely for s in stage_steps),
                      max(s.end.high for s in stage_steps))
    return PresenceTimeline(presence, tuple(steps))


def _figure_weeks(pack: DataPack, figure_id: str) -> Weeks:
    """A step's weeks: its likely weeks at the figure's average, as every likely cost takes its figures
    (Figure.average), and its low and high at the figure's ends. At the most common value, bank_care's app read
    "Live in about 33 weeks" on the page whose appendix says the likely figures are the averages, by which its steps
    take 37."""
    fig = pack.figures[figure_id]
    return Weeks(fig.low, fig.average, fig.high)


def _sized_by_needs(weeks: Weeks, presence: str, scenario: Scenario, pack: DataPack,
                    count: int | None = None) -> Weeks:
    # Each special need the presence's build takes on (payments, offline use, hardware...: `count`, those it carries in
    # the plan, else those it could carry, fit.needs_built_in) adds the same share of work to the build as it adds to
    # the build's cost.
    count = len(needs_built_in(presence, scenario, pack)) if count is None else count
    scope = pack.figures["scope_per_need"]
    return weeks.scaled(1 + count * scope.low, 1 + count * scope.average, 1 + count * scope.high)


def _is_overseas(scenario: Scenario) -> bool:
    return scenario.entity == "overseas_company"


def _verification(scenario: Scenario) -> tuple[str, str]:
    # Documents from abroad take longer to prepare and review.
    figure = "weeks_verification_overseas" if _is_overseas(scenario) else "weeks_verification"
    return (VERIFICATION, figure)


def _verification_only(scenario: Scenario) -> list[Stage]:
    return [_verification(scenario)]


def _subscription_steps(scenario: Scenario) -> list[Stage]:
    # An individual's Official Account cannot be verified: registering it is the step.
    if scenario.entity == "individual":
        return [(REGISTRATION, "weeks_verification")]
    return [_verification(scenario)]


def _mini_program_steps(scenario: Scenario) -> list[Stage]:
    build = (BUILD, "weeks_mp_build")
    # The filing is started while the Mini Program is built ("start 20–30 working days
    # before going live"); Mini Programs of overseas companies need none.
    stage = build if _is_overseas(scenario) else ((ICP_FILING, "weeks_icp_filing"), build)
    return [_verification(scenario), stage, (REVIEW, "weeks_mp_review")]


def _service_with_pages(scenario: Scenario) -> list[Stage]:
    # Its verification, then its pages built as a Mini Program of the same scope is, filed alongside (a web site served
    # in mainland China needs an ICP filing; an overseas company's pages, served from abroad, none); no platform review.
    build = (PAGES_BUILD, "weeks_mp_build")
    return [_verification(scenario), build if _is_overseas(scenario) else ((ICP_FILING, "weeks_icp_filing"), build)]


# The key under which a plan's known timelines keep a Service Account with payment pages (plan_timeline).
_PAGES_KEY = "service+pages"


def _channels_steps(_scenario: Scenario) -> list[Stage]:
    return [(VERIFICATION, "weeks_channels_verification")]


def _native_app_steps(_scenario: Scenario) -> list[Stage]:
    # Chinese app stores need an ICP filing for every app (Apple's China storefront too),
    # through a Chinese entity or publisher, filed while the app is built; Chinese Android
    # stores need a Chinese software copyright certificate, applied for once the app exists.
    return [(DEVELOPER_ACCOUNTS, "weeks_developer_accounts"),
            ((BUILD, "weeks_app_build"), (ICP_FILING, "weeks_icp_filing")),
            (SOFTWARE_COPYRIGHT, "weeks_software_copyright"), (STORE_REVIEW, "weeks_store_review")]


_STEP_PLANS = {
    "service": _verification_only,
    "subscription": _subscription_steps,
    "mini_program": _mini_program_steps,
    "wecom": _verification_only,
    "channels": _channels_steps,
    "native_app": _native_app_steps,
}

# Every figure a step may read; the data pack tests hold the pack to it.
TIMELINE_FIGURES = ("weeks_verification", "weeks_verification_overseas", "weeks_channels_verification",
                    "weeks_developer_accounts", "weeks_icp_filing", "weeks_mp_build", "weeks_app_build",
                    "weeks_mp_review", "weeks_store_review", "weeks_software_copyright", "scope_per_need",
                    "weeks_mp_template")


def live_by_date(scenario: Scenario) -> dt.date | None:
    """The scenario's must-be-live-by date, if it has one ("" or absent means none)."""
    value = getattr(scenario, "live_by", "") or ""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value) if value else None
