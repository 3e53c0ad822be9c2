"""What an evaluation found, as plain values: the plan, its alternatives, every presence, the warnings.

Every view, the handout, the long image and the JSON show these; only evaluator.py makes them.
They hold Python numbers, text and dates, never NumPy's, and this module imports no NumPy, so
that an answer kept from an earlier start (wxdesk.engine.answer_cache) is read back and painted
before NumPy has loaded.
"""

from __future__ import annotations

import datetime as dt

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from wxdesk.engine import reasons as R
from wxdesk.engine.money import whole_yuan
from wxdesk.engine.reasons import Reason, duty_terms
from wxdesk.engine.scenario import Scenario
from wxdesk.engine.scores import score_digits
from wxdesk.engine.timeline import Timeline

CHOICES = ("mini_program", "native_app", "both", "neither")
# The parts every cost total splits into (PlanResult.breakdown), in the order every view lists them.
COMPONENTS = ("build", "maintenance", "staff", "fees", "servers", "acquisition", "reach")


# WeCom's role line by the words its staff's hours are said in (reasons.staff_time_reason); else IN_PLAN_CHATS.
_CHATS_ROLE = {R.STAFF_TIME_UNDER_HOUR: R.IN_PLAN_CHATS_UNDER_HOUR, R.STAFF_TIME_ONE_HOUR: R.IN_PLAN_CHATS_ONE_HOUR}


@dataclass(frozen=True)
class Band:
    """A sampled cost as the views show it: its low and high percentiles of the draws, and its likely value (at
    every figure's average: draws.py)."""

    low: float
    likely: float
    high: float

    def to_dict(self) -> dict[str, float]:
        return {"low": whole_yuan(self.low), "likely": whole_yuan(self.likely), "high": whole_yuan(self.high)}


@dataclass(frozen=True)
class PresenceResult:
    """One presence: its one fit, whether it may be registered, whether the plan holds it."""

    id: str
    fit: float
    eligible: bool
    in_plan: bool
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class PlanResult:
    """A set of presences with its score, roles and costs."""

    presences: tuple[str, ...]
    score: float
    coverage: float
    roles: Mapping[str, tuple[str, ...]]  # presence → dimension names it carries
    reasons: tuple[Reason, ...]
    total: Band
    first_year: Band
    yearly: tuple[Band, ...]
    cumulative: tuple[Band, ...]
    breakdown: Mapping[str, float]  # likely cost over the horizon by component; adds up to total.likely
    yearly_breakdown: tuple[Mapping[str, float], ...]
    within_budget: bool
    users_reached: float
    timeline: Timeline
    # Whether the plan is likely live by the scenario's date (None: no date was given).
    live_in_time: bool | None
    # Whether that date is already past on the day of the evaluation: then not "likely" too late, but too late.
    live_by_passed: bool = False
    # Whether even the slowest launch (the band's high end) is live by that date (None: no date was given). Likely in
    # time but not at the slowest, the handout's "In time for 1 March" stood beside a band whose end ran past the date.
    live_in_time_at_slowest: bool | None = None
    # The day even the slowest launch is live, starting work on the day of the evaluation (None: no date was given):
    # the sentence that the slowest misses the date names it, where its whole weeks ("18 weeks") could make the date.
    slowest_live_date: dt.date | None = None
    # The day the plan is likely live (None: no date was given): the sentence that it is in time names it, where its
    # whole weeks could read past the date (9.73 weeks, 68 days, make 13 February; "about 10 weeks" reads 15 February).
    likely_live_date: dt.date | None = None
    why_not: tuple[Reason, ...] = ()
    # Why a member that carries no goal or need is in the plan all the same (wechat_door_reason).
    no_duty: Mapping[str, Reason] = field(default_factory=dict)
    # Where the plan's WeCom serves, sells or takes payments by its staff's chats (duties.chat_staff): the staff
    # hours a month (costs.chat_staff_hours), which its role line says.
    chat_staff: float | None = None
    # The client's goals no member of the plan does well, said beside the roles (plan_reasons.weak_goals_reason).
    weak_goals: Reason | None = None
    # The plan's score on each dimension (goal, messages, need, session, size), as its coverage weighs them
    # (FitTable.columns): what an analyst checks the coverage and the why-not sentences against.
    columns: Mapping[str, float] = field(default_factory=dict)

    @property
    def close_call(self) -> bool:
        """Whether this alternative scores so near the plan that the model cannot tell the two apart (less than
        the pack's close_call_points below it, plan_reasons.why_not): its first why-not line says so, and the views that
        name it without its lines say it beside its name."""
        return bool(self.why_not) and self.why_not[0].template in (R.WHY_NOT_CLOSE, R.WHY_NOT_HAIR)

    def role_reason(self, presence: str) -> Reason:
        duties = self.roles.get(presence, ())
        if not duties:
            weak = self.weak_goals is not None
            # Alone in its plan, "beside presences that carry each goal better" named presences that are not there;
            # and where no member has a job, there are no goals to carry better.
            alone = len(self.presences) == 1
            idle = not any(self.roles.values())
            weak_template = R.IN_PLAN_SOLE_WEAK_GOALS if alone else R.IN_PLAN_FOR_WEAK_GOALS
            return self.no_duty.get(presence, Reason(weak_template if weak else R.IN_PLAN_SOLE_NO_DUTY
                                                     if alone else R.IN_PLAN_NO_JOBS if idle else R.IN_PLAN_NO_DUTY))
        if presence == "wecom" and self.chat_staff is not None:
            # The hours in the words every sentence that weighs them uses.
            time = R.staff_time_reason(self.chat_staff)
            template = _CHATS_ROLE.get(time.template, R.IN_PLAN_CHATS)
            return Reason(template, {"duties": duty_terms(duties), **time.params})
        return Reason(R.IN_PLAN, {"duties": duty_terms(duties, presence)})

    def to_dict(self, render: Callable[[Reason], str]) -> dict[str, Any]:
        out: dict[str, Any] = {
            "presences": list(self.presences),
            "roles": {p: _role_dict(self.roles.get(p, ())) for p in self.presences},
            "roles_text": {p: render(self.role_reason(p)) for p in self.presences},
            "score": round(self.score),
            "coverage": round(self.coverage),
            "coverage_by_dimension": {name: round(value, 1) for name, value in self.columns.items()},
            "cost_cny": self.total.to_dict(),
            "first_year_cost_cny": self.first_year.to_dict(),
            "yearly_cost_cny": [{"year": i + 1, **b.to_dict()} for i, b in enumerate(self.yearly)],
            "cost_breakdown_cny": {c: whole_yuan(v) for c, v in self.breakdown.items()},
            "within_budget": self.within_budget,
            "users_reached": round(self.users_reached),
            "timeline": self.timeline.to_dict(),
            "live_in_time": self.live_in_time,
            "live_in_time_at_slowest": self.live_in_time_at_slowest,
            "reasons": [r.to_dict(render(r)) for r in self.reasons],
        }
        if self.why_not:
            out["why_not"] = [r.to_dict(render(r)) for r in self.why_not]
            out["close_call"] = self.close_call
        if self.weak_goals is not None:
            out["weak_goals"] = self.weak_goals.to_dict(render(self.weak_goals))
        return out


def _as_written(score: float, digits: int) -> int | float:
    """A score as the views write it, to `digits` decimals (a whole number for none)."""
    return round(score, digits) if digits else round(score)


def _reason_dict(reason: Reason | None, render: Callable[[Reason], str]) -> dict[str, object] | None:
    return None if reason is None else reason.to_dict(render(reason))


def _role_dict(duties: tuple[str, ...]) -> dict[str, Any]:
    return {"goals": [d[5:] for d in duties if d.startswith("goal:")],
            "needs": [d[5:] for d in duties if d.startswith("need:")],
            "messages": any(d.partition(":")[0] == "push" for d in duties)}


def both_open(admissible: Mapping[str, bool]) -> bool:
    """Whether the variants with a Mini Program and with a native app are both admissible (AppOrMiniProgram.both_open,
    and the evaluator's note that says otherwise)."""
    return bool(admissible.get("mini_program", True) and admissible.get("native_app", True))


@dataclass(frozen=True)
class AppOrMiniProgram:
    """"Native app or Mini Program?" as a view of the plan, with the chart's three variants.

    Each variant is the plan's other presences plus a Mini Program, an app, or both,
    scored and costed exactly like the plan itself.
    """

    choice: str  # one of CHOICES
    reason: Reason
    variants: Mapping[str, PlanResult]  # "mini_program", "native_app", "both"
    admissible: Mapping[str, bool]  # whether the variant carries every hard need
    break_even_audience: float | None
    probability_mp_cheaper: float
    # Which of the two is cheaper over the horizon, and where that changes: the sentence under the chart.
    cost_note: Reason
    # Why a variant that adds to the plan costs less, or one that drops from it costs more (None: it
    # does not, or it is the plan): for the variant's card, beside its cost.
    cost_reasons: Mapping[str, Reason | None]
    # Why a variant scores less than it covers (None: it does not, or it is ruled out): for its card, under its
    # score (variant_scores.py). Not in the JSON, which gives each variant's score beside its cost.
    score_reasons: Mapping[str, Reason | None] = field(default_factory=dict)
    # Why a variant the business may open is ruled out: the ticked needs none of its presences can carry (absent
    # where it is admissible, or ruled out because a member is not open to the business: its panel says why).
    ruled_out: Mapping[str, Reason] = field(default_factory=dict)

    @property
    def both_open(self) -> bool:
        """Whether the plan with a Mini Program and the one with a native app are both open to the business: only
        then is which of them costs less, and the chance of it, a choice worth a sentence (cost_note says so)."""
        return both_open(self.admissible)

    def to_dict(self, render: Callable[[Reason], str]) -> dict[str, Any]:
        return {
            "choice": self.choice,
            "text": render(self.reason),
            # A variant that is ruled out has no score, as its card says (a Mini Program no one on WeChat can reach
            # read "score": 14 beside the plan's 5), and says why where a ticked need rules it out (else a member's
            # own panel does: "presences").
            "variants": {k: {"presences": list(v.presences),
                             "score": round(v.score) if self.admissible[k] else None,
                             "admissible": self.admissible[k],
                             "ruled_out": _reason_dict(self.ruled_out.get(k), render),
                             "cost_cny": v.total.to_dict(),
                             "first_year_cost_cny": v.first_year.to_dict(),
                             "cost_reason": _reason_dict(self.cost_reasons.get(k), render)}
                         for k, v in self.variants.items()},
            "break_even_audience": None if self.break_even_audience is None else round(self.break_even_audience),
            "probability_mini_program_cheaper": round(self.probability_mp_cheaper, 3),
            "cost_note": self.cost_note.to_dict(render(self.cost_note)),
        }


@dataclass(frozen=True)
class Evaluation:
    """Everything an evaluation found for one scenario: what every view, the JSON and the handout show."""

    scenario: Scenario
    presences: tuple[PresenceResult, ...]  # in PRESENCES order
    plan: PlanResult
    alternatives: tuple[PlanResult, ...]
    app_or_mini_program: AppOrMiniProgram
    budget: Reason
    warnings: tuple[Reason, ...]
    pack_released: str
    paid_messages_per_month: float

    def presence(self, presence_id: str) -> PresenceResult:
        return next(p for p in self.presences if p.id == presence_id)

    def variant_cost(self, choice: str) -> float:
        """Likely cost over the horizon of the plan with a Mini Program, an app, or both."""
        return self.app_or_mini_program.variants[choice].total.likely

    @property
    def score_digits(self) -> int:
        """The decimals the three best plans' scores are written with (plans.score_digits)."""
        return score_digits([self.plan.score, *(a.score for a in self.alternatives)])

    def plan_dict(self, render: Callable[[Reason], str], plan: PlanResult | None = None) -> dict[str, Any]:
        """The plan (or one of its alternatives) as the JSON gives it, its score and coverage as every
        view writes them (70.7 where a plan that lost would read the plan's own 71): one number, and
        the plan's lines add up to it."""
        plan = self.plan if plan is None else plan
        digits = self.score_digits
        out = plan.to_dict(render)
        out["score"], out["coverage"] = _as_written(plan.score, digits), _as_written(plan.coverage, digits)
        # The same score unrounded (to a ten-thousandth), for sorting many rows: each row writes its scores with the
        # decimals its own three best plans need, so a row's 73 may stand for more than another's 73.37.
        out["score_unrounded"] = round(plan.score, 4)
        return out

    def _variants_as_shown(self, avm: dict[str, Any], digits: int) -> dict[str, Any]:
        """Every chart variant's score as the views write it, with the digits the three best plans take
        (one precision on one screen: "69.0" beside the plan's 70.7, not "69")."""
        for key, variant in avm["variants"].items():
            # A variant ruled out keeps the null its card's "Ruled out" stands for (AppOrMiniProgram.to_dict): written
            # here, its score read "19" beside the plan's 5 in the JSON while the window gave it none.
            if variant["admissible"]:
                variant["score"] = _as_written(self.app_or_mini_program.variants[key].score, digits)
        return avm

    def to_dict(self, render: Callable[[Reason], str] | None = None) -> dict[str, Any]:
        """The analysts' contract (README, "The JSON contract"); texts in English unless `render` says."""
        render = render or (lambda r: r.text)
        digits = self.score_digits
        plan, alternatives = self.plan_dict(render), [self.plan_dict(render, a) for a in self.alternatives]
        return {
            "inputs": self.scenario.to_dict(),
            "plan": plan,
            "presences": [{"id": p.id, "fit": round(p.fit), "eligible": p.eligible, "in_plan": p.in_plan,
                           "reasons": [r.to_dict(render(r)) for r in p.reasons]} for p in self.presences],
            "alternatives": alternatives,
            "app_or_mini_program": self._variants_as_shown(self.app_or_mini_program.to_dict(render), digits),
            "budget": {"code": self.budget.code, "text": render(self.budget), "params": self.budget.params_json()},
            "warnings": [{"code": w.code, "text": render(w), "params": w.params_json()} for w in self.warnings],
            "data_pack": self.pack_released,
        }
