"""Fit scores (0–100): how well each presence, and each set of presences, serves a scenario.

A fit is a weighted mean of dimension scores: one per goal, the messages a month, each
special need, the session length and the audience size. A presence's fit is that mean
for the presence alone; a plan's coverage is the same mean with each dimension served
by the plan's best member for it (the audience size also weighs its least suited member:
see CoverageLayout). So a presence has one fit, and the plan adds roles, never a second
fit (see docs/plan-model.md).
"""

from __future__ import annotations

import math
from collections import Counter, OrderedDict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from types import MappingProxyType
from typing import Any, TypeVar

import numpy as np

from wxdesk.engine import reasons as R
# (Named here as well, where the rest of the engine has always found them.)
from wxdesk.engine.capability import can_meet as can_meet, can_take_payments as can_take_payments
from wxdesk.engine.capability import needs_built_in as needs_built_in
from wxdesk.engine.datapack import PRESENCES, WECHAT_PRESENCES, DataPack, HashOnce
from wxdesk.engine.fees import verification_fee, verification_fee_figure, wecom_scale_fee
from wxdesk.engine.mp_template import rents_template, template_kind, template_limit
from wxdesk.engine.reasons import Count, Either, Money, Reason, Share, Term, Terms
from wxdesk.engine.recent import kept
from wxdesk.engine.scenario import Scenario
from wxdesk.engine.timeline import whole_weeks

NEUTRAL = 50.0
T = TypeVar("T")

_PUSH_LIMITS = {
    "service": "service_broadcasts_per_month",
    "subscription": "subscription_broadcasts_per_month",
    "wecom": "wecom_messages_per_month",
    "mini_program": "mini_program_free_pushes_per_month",
    "channels": "channels_messages_per_month",
}
_VISIBILITY = {
    "service": "visibility_service",
    "subscription": "visibility_subscription",
    "wecom": "visibility_wecom",
    "native_app": "visibility_native_app",
}


@dataclass(frozen=True)
class Dimension:
    """One column of the fit table: a goal, the messages, a need, the session length or the audience size."""

    name: str  # "goal:sell", "push" (or "push:staff"), "need:payments", "session", "scale"
    weight: float
    customer_facing: bool

    @cached_property
    def kind(self) -> str:
        return self.name.partition(":")[0]

    @cached_property
    def what(self) -> str:
        return self.name.partition(":")[2]


def dimensions(scenario: Scenario, pack: DataPack) -> list[Dimension]:
    dims = [Dimension(f"goal:{g}", pack.likely("weight_goal"), g != "employees") for g in scenario.goals]
    if scenario.pushes_per_month > 0:
        # Messages to staff are a job of their own ("messaging staff"), not messaging followers.
        name = "push:staff" if staff_only(scenario) else "push"
        dims.append(Dimension(name, pack.likely("weight_push"), not staff_only(scenario)))
    dims += [Dimension(f"need:{n}", pack.likely("weight_need"), True) for n in scenario.needs]
    dims.append(Dimension("session", pack.likely("weight_session"), True))
    dims.append(Dimension("scale", pack.likely("weight_scale"), True))
    # A dimension weighed at nothing leaves the mean, but a special need stays: it is a hard need whatever its
    # weight, and the plan's member that meets it is found on its column (an analyst's weight_need of 0 stopped
    # every evaluation with a special need on a missing column).
    return [d for d in dims if d.weight > 0 or d.kind == "need"]


def staff_only(scenario: Scenario) -> bool:
    """A scenario about staff alone: its messages go to employees, not customers."""
    return scenario.goals == ("employees",)


def customer_contacts(scenario: Scenario) -> float:
    """WeCom customer contacts per user of the audience: those on WeChat in mainland China.

    Staff are members of the enterprise, not customer contacts, so a scenario about staff
    alone has none (WeCom's fee per contact above its free allowance does not apply).
    """
    return 0.0 if staff_only(scenario) else scenario.china_share


def wecom_members_per_user(scenario: Scenario) -> float:
    """WeCom members per user of the audience, for WeCom's member-scale fee.

    In a scenario about staff alone the audience is the staff, each a member. Otherwise the
    audience is customers and the staff are not counted: the enterprise is taken to stay
    within the small tier (no scale fee), as the data pack's note on the fee says.
    """
    return 1.0 if staff_only(scenario) else 0.0


# The other presence that messages followers, for one a business may not register: the Official Account takes
# individuals, the Service Account overseas companies (the pack's eligibility facts).
_MESSAGES_INSTEAD = {"service": "subscription", "subscription": "service"}


def is_wechat(presence: str) -> bool:
    return presence in WECHAT_PRESENCES


def reach_factor(pack: DataPack, china_share: float) -> float:
    floor = pack.likely("reach_floor")
    return floor + (1 - floor) * china_share


def push_limit(presence: str, pack: DataPack) -> float:
    """Messages a month the presence may send to each follower for free (an app: no limit)."""
    if presence == "native_app":
        return math.inf
    return pack.likely(_PUSH_LIMITS[presence])


def _visibility(presence: str, pack: DataPack) -> float:
    figure = _VISIBILITY.get(presence)
    return pack.likely(figure) if figure else 0.0


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, x))))


def session_lean(scenario: Scenario, pack: DataPack) -> float:
    """0 = sessions clearly Mini-Program-sized, 1 = clearly app-sized (logistic in log-minutes)."""
    pivot, spread = pack.likely("session_pivot_min"), pack.likely("session_spread")
    return _logistic((math.log(scenario.interaction_minutes) - math.log(pivot)) / spread)


def scale_lean(scenario: Scenario, pack: DataPack) -> float:
    """0 = a small audience, 1 = a very large one (logistic in log-users around the pivot)."""
    pivot, spread = pack.likely("scale_pivot_users"), pack.likely("scale_spread")
    return _logistic((math.log1p(scenario.audience) - math.log1p(pivot)) / spread)


def is_eligible(presence: str, scenario: Scenario, pack: DataPack) -> bool:
    if presence == "native_app":
        return True
    if scenario.china_share <= 0:
        return False  # WeChat cannot reach anyone in the audience
    return scenario.entity in pack.eligibility[presence]


def presence_score(presence: str, dim: Dimension, scenario: Scenario, pack: DataPack) -> float:
    """How well one presence alone serves one dimension, 0–100, before WeChat reach."""
    if dim.kind == "goal":
        score = pack.affinity[presence][dim.what]
        if dim.what == "sell" and pack.payments[presence] and not can_take_payments(presence, scenario, pack):
            # The presence sells by taking the payment, which this business may not do there (an individual's
            # WeChat Pay, an overseas company's WeChat Shop): it can still show the goods and send buyers on.
            # Left at the table's score, the card would call it a strong fit for selling beside the sentence
            # that says it cannot sell.
            return min(score, pack.likely("sell_fit_without_checkout"))
        return score
    if dim.kind == "push":
        if staff_only(scenario):
            # Messages to one's own staff go through the workplace tool, not to followers.
            return {"wecom": 100.0, "native_app": 100.0 * _visibility(presence, pack)}.get(presence, 0.0)
        limit = push_limit(presence, pack)
        return 100.0 * _visibility(presence, pack) * min(1.0, limit / scenario.pushes_per_month)
    if dim.kind == "session":
        lean, table = session_lean(scenario, pack), pack.session_fit[presence]
        return (table["short"] * (1 - lean) + table["long"] * lean) * sessions_held(presence, scenario, pack)
    if dim.kind == "scale":
        lean, table = scale_lean(scenario, pack), pack.scale_fit[presence]
        return table["small"] * (1 - lean) + table["large"] * lean
    if dim.what == "payments":
        return 100.0 if can_take_payments(presence, scenario, pack) else 0.0
    return pack.capability[dim.what][presence]


def moving_column(dim: Dimension, scenario: Scenario, pack: DataPack) -> Sequence[float]:
    """Every presence's score (presence_score) on the session or the size dimension, in PRESENCES order:
    the lean found once for the column rather than once per presence."""
    if dim.kind == "session":
        lean, fits, low, high = session_lean(scenario, pack), pack.session_fit, "short", "long"
        held = _sessions_held(scenario, pack)
        return [(fits[p][low] * (1 - lean) + fits[p][high] * lean) * share for p, share in zip(PRESENCES, held)]
    return _size_scores(scenario, pack)


def _size_scores(scenario: Scenario, pack: DataPack) -> Sequence[float]:
    """Every presence's score on the audience size, in PRESENCES order (presence_score's, for all at once)."""
    return _at_audience(scenario, pack)[0]


def _at_audience(scenario: Scenario, pack: DataPack) -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(_size_scores, _sessions_held): kept for the last audience and pack, since a fit table at a new audience or
    session length asks for them three times (the size's column, the session's, the app's session sentence). By
    the pack itself (held, and immutable), and the audience's value, type and sign, which are all they read of the
    scenario (scale_lean)."""
    global _LAST_AUDIENCE
    audience = scenario.audience
    key = (audience, type(audience), math.copysign(1.0, audience))
    last = _LAST_AUDIENCE  # (read once: another thread may set it meanwhile)
    if last is not None and last[0] is pack and last[1] == key:
        return last[2]
    lean = scale_lean(scenario, pack)
    sizes = tuple(pack.scale_fit[p]["small"] * (1 - lean) + pack.scale_fit[p]["large"] * lean for p in PRESENCES)
    held = ((1.0,) * len(PRESENCES) if not pack.likely("weight_scale") > 0
            else tuple(min(1.0, size / NEUTRAL) for size in sizes))
    _LAST_AUDIENCE = (pack, key, (sizes, held))
    return sizes, held


_LAST_AUDIENCE: tuple[DataPack, tuple[object, ...], tuple[tuple[float, ...], tuple[float, ...]]] | None = None


def sessions_held(presence: str, scenario: Scenario, pack: DataPack) -> float:
    """The share of its session score a presence keeps: 1 where the audience's size suits it (its size score at
    NEUTRAL or above), else that score over NEUTRAL. Why: a presence hosts the sessions only of the users who come
    to it, and an app that few of 300 users would install hosts few of their long visits; scored in full, 15-minute
    sessions made a ¥600k app a small shop's plan (an app's size score is 0 for a few thousand users, and rises to
    NEUTRAL around scale_pivot_users). Not where an analyst weighs the size at nothing (weight_scale 0)."""
    return _sessions_held(scenario, pack)[PRESENCES.index(presence)]


def _sessions_held(scenario: Scenario, pack: DataPack) -> Sequence[float]:
    return _at_audience(scenario, pack)[1]


# The key under which a table notes that an evaluation has been made at it (FitTable.evaluated).
_EVALUATED = ("evaluated",)


@dataclass(frozen=True)
class FitTable:
    """Every presence's score on every dimension, after reach: the one source of all fits."""

    dims: tuple[Dimension, ...]
    scores: np.ndarray  # (presences, dimensions), rows in PRESENCES order
    weights: np.ndarray
    raw: np.ndarray  # the same before WeChat's reach: what each presence could do with a full audience
    # What the table shares with the tables of the same scenario at other audiences.
    basis: FitBasis = field(compare=False, repr=False)
    # What is found on the table and kept with it (coverages, columns and carriers of plans; see keep). Made with
    # the table, not when first asked for as a cached property, whose first reading takes a lock: a slider move
    # makes a new table and reads each of these.
    _coverages: dict[tuple[tuple[str, ...], ...], np.ndarray] = field(default_factory=dict, compare=False,
                                                                      repr=False)
    # Each set of plans' columns, with each plan's place among them (CoverageLayout.places).
    _columns: dict[tuple[tuple[str, ...], ...], tuple[np.ndarray, Mapping[tuple[str, ...], int]]] = field(
        default_factory=dict, compare=False, repr=False)
    _carriers: dict[tuple[str, ...], Mapping[str, str]] = field(default_factory=dict, compare=False, repr=False)
    _kept: dict[tuple[object, ...], Any] = field(default_factory=dict, compare=False, repr=False)

    def row(self, presence: str) -> np.ndarray:
        row: np.ndarray = self.scores[PRESENCES.index(presence)]
        return row

    @property
    def jobs(self) -> np.ndarray:
        """Which dimensions are jobs a member can carry (goals, messages, needs)."""
        return self.basis.jobs

    def coverage(self, members: Sequence[str]) -> float:
        """The weighted mean of each dimension's best member (0 for no member)."""
        if not members:
            return 0.0
        if len(members) == 1:
            return float(self.alone[PRESENCES.index(members[0])])
        return float(self.coverages([members])[0])

    @cached_property
    def alone(self) -> np.ndarray:
        """Each presence's coverage on its own, in PRESENCES order: its fit before clamping.

        Asked for every presence of every evaluation, so found for all in one call. A plan of one presence
        is served on every dimension by that presence itself (it is its own best member, and the one
        whose session and size count), so its per-dimension scores are its row of the table as it is:
        the same (presences, dimensions) array that coverages() builds for the six, weighed alike,
        without laying the six out as plans at every audience (tests/engine/test_costs_cache.py).
        """
        alone: np.ndarray = self.scores @ self.weights / self.basis.weight_sum
        return alone

    def coverages(self, member_sets: Sequence[Sequence[str]]) -> np.ndarray:
        """Coverage of many plans at once.

        Goals, messages and needs take the plan's best member. Session length and
        audience size are judged on the members that carry a job, those that are the
        sole best member for some goal, the messages or a need: a member that carries
        nothing cannot make the plan suit sessions or size better. (Where no member is
        the sole best at anything, all of them count.) The size also weighs the working
        member it suits least (CoverageLayout).
        """
        # A plan's own tuple as it is, not copied; a ranking's plans (a HashOnce of tuples) as they are.
        key = member_sets if type(member_sets) is HashOnce else tuple(map(tuple, member_sets))
        found = self._coverages.get(key)
        if found is None:
            layout = self.basis.coverage_layout(key, self.scores)
            best = layout.best(self.scores, self.raw)
            found = self._coverages[key] = best @ self.weights / self.basis.weight_sum
            found.setflags(write=False)  # kept for the next evaluation at this table's audience and session
            best.setflags(write=False)
            self._columns[key] = (best, layout.places)  # each plan's columns, for the sentences that compare two
        return found

    def columns(self, members: Sequence[str]) -> np.ndarray:
        """A plan's score on each dimension, as its coverage weighs them: what a sentence comparing two
        plans on one dimension reads (not each dimension's best member, which the audience size is not).
        Read from the columns the ranking's coverages laid out where the plan is among them (an evaluation
        compares the plan with its alternatives at every slider move), else laid out for it alone."""
        if not members:
            return np.zeros(len(self.dims))  # (no member covers anything: coverage() gives 0)
        plan = tuple(members)
        # (By the plans' places, kept with their layout: `plan in key` and key.index(plan) walked the sixty-odd plans
        # twice, some 7 µs, at each of the nine or so sentences of a move that compare two plans.)
        for best, places in self._columns.values():
            place = places.get(plan)
            if place is not None:
                found: np.ndarray = best[place]
                return found
        basis = self.basis
        layout = coverage_layout([plan], self.scores, basis.jobs, basis.moving, basis.sized)
        columns: np.ndarray = layout.best(self.scores, self.raw)[0]
        return columns

    def keep(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept with this table under `key`: for what follows from the scenario without its budget (a
        table is made for one audience and session length of its basis: FitBasis.at), which a budget move finds
        ready. `key` must name what else `make` reads: the signs of the audience and the session length, which
        the table is kept by without (0.0 and -0.0 are one table).

        Kept only from the second evaluation at the table on (see evaluated): a drag of the audience or the
        session length meets each table once, and what it kept there would only wait for the collector."""
        kept = self._kept
        if key in kept:
            found: T = kept[key]
            return found
        value: T = make()
        if _EVALUATED in kept:
            kept[key] = value
        return value

    def evaluated(self) -> None:
        """Note that an evaluation has been made at this table: the next ones keep what they find (keep)."""
        self._kept[_EVALUATED] = True

    def carriers(self, members: Sequence[str]) -> Mapping[str, str]:
        """Dimension → the member that serves it best (the earlier member on a tie); a need that members meet
        alike goes to the one of them that carries the most goals (duties.member_duties: payments go with selling).

        Why needs apart: a need is met or not (every presence that takes payments scores alike), so the earlier
        member took it, whatever it was for: food_ordering's Service Account took the payments while its Mini
        Program served and sold, where the order is paid.

        Found once per plan and table (read only): a ranking's costs ask it of each plan three times or more
        (its payment pages, its staff's chats, its videos), and the why-not sentences again."""
        key = tuple(members)
        found = self._carriers.get(key)
        if found is None:
            found = self._carriers[key] = MappingProxyType(self._find_carriers(key))
        return found

    def _find_carriers(self, members: tuple[str, ...]) -> dict[str, str]:
        """carriers_on(self, members), from the plan's carriers on this table's basis: only the columns an audience
        or a session move refills (never a job) are read again; every other column is the basis's own, the same
        numbers in every table made from it (FitBasis.at), so its carrier is too. A slider move asked it afresh
        of each plan read."""
        moving = self.basis.moving
        if not members or not moving:
            return carriers_on(self, members)
        kept = self.basis.keep(("carriers", members), lambda: carriers_on(self, members))
        found = dict(kept)  # (in the order of the dimensions, as carriers_on gives them)
        # (The members' rows, then their moving columns: two plain takes, not np.ix_'s index arrays.)
        best = self.scores[[PRESENCES.index(m) for m in members]].take(moving, axis=1).argmax(axis=0).tolist()
        for j, i in zip(moving, best, strict=True):
            found[self.dims[j].name] = members[i]
        return found

    def index(self, dim_name: str) -> int:
        return next(j for j, d in enumerate(self.dims) if d.name == dim_name)


def carriers_on(table: FitTable, members: tuple[str, ...]) -> dict[str, str]:
    """FitTable.carriers, found from the whole table."""
    rows = table.scores[[PRESENCES.index(m) for m in members]]
    best = rows.argmax(axis=0)  # the first of equal scores: the earlier member (np.argmax's own method)
    carriers = {dim.name: members[int(i)] for dim, i in zip(table.dims, best, strict=True)}
    if len(members) > 1:
        goals = Counter(carriers[dim.name] for dim in table.dims if dim.kind == "goal")
        for j, dim in enumerate(table.dims):
            if dim.kind == "need":
                column = rows[:, j].tolist()
                top = max(column)
                tied = [m for m, score in zip(members, column, strict=True) if score == top]
                carriers[dim.name] = max(tied, key=goals.__getitem__)  # (the first of equal counts)
    return carriers


@dataclass(frozen=True)
class CoverageLayout:
    """What the coverage of some plans takes from the columns no slider drag changes.

    Which members carry a job depends on the goal, message and need columns alone, so
    for the plans of one scenario it is found once; a move of the audience or session slider
    then fills in only the size and session columns (the best working member's score), and
    the weighted mean is taken
    over the same (plans, dimensions) array as a fresh computation builds.

    The audience size (`sized`) also weighs the working member it suits least: the plan's
    column is its best working member's score less what the least suited falls short of
    the middle of the scale (NEUTRAL) before WeChat's reach, never below that member's own
    score. Why: a long session can go to the member that suits it, but a job rests on its
    member whatever the audience's size. An app few of 300 users would install cannot carry their messages,
    and with the best member alone a Mini Program beside it made the size fit the plan at 85:
    a ¥600k app became 300 users' messaging channel. A member the size suits (at NEUTRAL or
    above) takes nothing, so the chains whose app suits their millions keep their Mini Program
    beside it; and a plan of one presence keeps its own score (shortfall and floor cancel).
    """

    fixed: np.ndarray  # (plans, dimensions): each plan's score per dimension; `moving` columns refilled
    working: np.ndarray  # (plans, presences): the members whose scores judge sessions and size
    moving: tuple[int, ...]  # the columns that follow the audience or the session length (never a job)
    sized: tuple[int, ...] = ()  # the audience size's column (among `moving`), where there is one
    plans: tuple[tuple[str, ...], ...] = ()  # the plans, in the rows' order

    @cached_property
    def places(self) -> Mapping[tuple[str, ...], int]:
        """Each plan's row (the first, as tuple.index finds it)."""
        places: dict[tuple[str, ...], int] = {}
        for i, members in enumerate(self.plans):
            places.setdefault(members, i)
        return places

    def best(self, scores: np.ndarray, raw: np.ndarray) -> np.ndarray:
        """Each plan's score per dimension, (plans, dimensions), for a table's `scores` (and the same before
        WeChat's reach, `raw`: how far a member falls short of suiting the size is the size's alone)."""
        if not self.moving:
            return self.fixed
        best = self.fixed.copy()
        moving = list(self.moving)
        best[:, moving] = np.where(self.working[:, :, None], scores[None, :, moving], -np.inf).max(axis=1)
        if self.sized:
            sized, working = list(self.sized), self.working[:, :, None]
            least = np.where(working, scores[None, :, sized], np.inf).min(axis=1)
            short = np.maximum(0.0, NEUTRAL - np.where(working, raw[None, :, sized], np.inf).min(axis=1))
            best[:, sized] = np.maximum(least, best[:, sized] - short)
        return best


def coverage_layout(member_sets: Sequence[Sequence[str]], scores: np.ndarray, jobs: np.ndarray,
                    moving: tuple[int, ...], sized: tuple[int, ...] = ()) -> CoverageLayout:
    mask = np.zeros((len(member_sets), len(PRESENCES)), dtype=bool)
    for i, members in enumerate(member_sets):
        mask[i, [PRESENCES.index(m) for m in members]] = True
    masked = np.where(mask[:, :, None], scores[None, :, :], -np.inf)  # (plans, presences, dims)
    best = masked.max(axis=1)
    on_top = masked == best[:, None, :]
    sole = on_top.sum(axis=1) == 1
    working = (on_top & sole[:, None, :] & jobs[None, None, :]).any(axis=2) & mask
    idle = ~working.any(axis=1)
    working[idle] = mask[idle]
    context = np.where(working[:, :, None], scores[None, :, :], -np.inf).max(axis=1)
    fixed = np.where(jobs[None, :], best, context)
    fixed.setflags(write=False)  # shared by the tables at every audience
    return CoverageLayout(fixed, working, moving, sized, tuple(map(tuple, member_sets)))


@dataclass(frozen=True, eq=False)
class FitBasis:
    """The part of a fit table that neither the audience nor the session length changes, shared
    across moves of their sliders.

    Only the size dimension ("scale") follows the audience, and only the session dimension the
    session length; neither is a job, so every other column, the weights, and the plans'
    coverage layouts stay as they are while either slider moves, and a move recomputes those
    two columns (`at`). A table built from a kept basis holds exactly the numbers of one built
    afresh: the same cells, multiplied and summed the same way.
    """

    dims: tuple[Dimension, ...]
    raw: np.ndarray  # (presences, dims) before reach; the moving columns are refilled by `at`
    reached: np.ndarray  # (presences, dims): WeChat's reach where it applies, else 1
    weights: np.ndarray
    moving: tuple[int, ...]  # the columns of the dimensions that follow the audience or the session length
    layouts: dict[tuple[tuple[str, ...], ...], CoverageLayout] = field(default_factory=dict)
    # What else follows from the same scenario without its audience and session length (see `keep`).
    kept: dict[tuple[object, ...], Any] = field(default_factory=dict)
    # The tables `at` made, by the values their moving columns follow: a move of the budget (or back
    # to where a drag has been) finds its table, with the coverages found on it, ready.
    tables: OrderedDict[tuple[float, float], FitTable] = field(default_factory=OrderedDict)
    # Each presence's last sentence on each moving dimension (moving_reason), with the score, the value and
    # the audience it was written for: an audience move leaves the session's sentences as they were (but one
    # that names the audience), a session move the audience size's. Only the last: the dimension that moves
    # writes a new one at every step.
    moving_reasons: dict[tuple[str, int], tuple[float, float, Reason | None, float]] = field(default_factory=dict)

    @cached_property
    def sized(self) -> tuple[int, ...]:
        """The audience size's column among the moving ones, where there is one (CoverageLayout.sized)."""
        return tuple(j for j in self.moving if self.dims[j].kind == "scale")

    @cached_property
    def jobs(self) -> np.ndarray:
        jobs: np.ndarray = np.array([d.kind in ("goal", "push", "need") for d in self.dims], dtype=bool)
        return jobs

    @cached_property
    def weight_sum(self) -> np.floating:
        """The weights' sum, which every fit and coverage divides by: found once, not per table and reason."""
        total: np.floating = self.weights.sum()
        return total

    @cached_property
    def shares(self) -> np.ndarray:
        """Each dimension's share of the weights."""
        shares: np.ndarray = self.weights / self.weight_sum
        return shares

    def at(self, scenario: Scenario, pack: DataPack) -> FitTable:
        """The table at the scenario's audience and session length."""
        return kept(self.tables, (scenario.audience, scenario.interaction_minutes),
                    lambda: self._table(scenario, pack), _TABLES_LIMIT)

    def _table(self, scenario: Scenario, pack: DataPack) -> FitTable:
        raw = self.raw.copy()
        for j in self.moving:
            raw[:, j] = moving_column(self.dims[j], scenario, pack)
        return FitTable(self.dims, raw * self.reached, self.weights, raw, self)

    def moving_reason(self, presence: str, j: int, raw: float, scenario: Scenario, pack: DataPack) -> Reason | None:
        """The presence's sentence on the moving dimension at column `j`, with the points it moves, for its
        score `raw` there: the last one kept while the value the column follows (the session length or the
        audience) and the score stay the same, which are all the sentence reads of the scenario."""
        dim = self.dims[j]
        follows = scenario.interaction_minutes if dim.kind == "session" else scenario.audience
        last = self.moving_reasons.get((presence, j))
        # A session sentence that names the audience (the app's, for an audience too small for many to install
        # it: SESSION_LONG_FEW) is kept for that audience alone.
        if (last is not None and last[0] == raw and last[1] == follows
                and (last[2] is None or "users" not in last[2].params or last[3] == scenario.audience)):
            return last[2]
        reason = _weighed_reason(presence, dim, raw, float(self.weight_sum), scenario, pack)
        self.moving_reasons[presence, j] = (raw, follows, reason, scenario.audience)
        return reason

    def keep(self, key: tuple[object, ...], make: Callable[[], T]) -> T:
        """`make()`, kept with this basis under `key`: for what follows from the scenario without its
        audience and session length, and the pack (the plans worth ranking, their roles, the
        presences' sentences on every other dimension)."""
        if key in self.kept:
            found: T = self.kept[key]
            return found
        value: T = make()
        self.kept[key] = value
        return value

    def coverage_layout(self, member_sets: tuple[tuple[str, ...], ...], scores: np.ndarray) -> CoverageLayout:
        """The plans' layout, found from the first table's `scores` and kept (see CoverageLayout)."""
        layout = self.layouts.get(member_sets)
        if layout is None:
            layout = self.layouts[member_sets] = coverage_layout(member_sets, scores, self.jobs, self.moving,
                                                                 self.sized)
        return layout


# Dimensions whose scores follow the audience or the session length (scale_lean, session_lean): the
# columns a slider drag moves. Neither is a job, so no plan's working members depend on them.
_MOVING_KINDS = ("session", "scale")
_TABLES_LIMIT = 128  # a table is a few small arrays; a drag visits up to a few dozen values


def fit_basis(scenario: Scenario, pack: DataPack) -> FitBasis:
    dims = tuple(dimensions(scenario, pack))
    moving = tuple(j for j, d in enumerate(dims) if d.kind in _MOVING_KINDS)
    reach = reach_factor(pack, scenario.china_share)
    raw = np.array([[0.0 if j in moving else presence_score(p, d, scenario, pack) for j, d in enumerate(dims)]
                    for p in PRESENCES], dtype=float)
    reached = np.array([[reach if d.customer_facing and is_wechat(p) else 1.0 for d in dims] for p in PRESENCES])
    weights = np.array([d.weight for d in dims], dtype=float)
    for array in (raw, weights):
        array.setflags(write=False)  # shared by the tables at every audience
    return FitBasis(dims, raw, reached.reshape(raw.shape), weights, moving)


def fit_table(scenario: Scenario, pack: DataPack) -> FitTable:
    return fit_basis(scenario, pack).at(scenario, pack)


def fit_inputs(scenario: Scenario, pack: DataPack) -> tuple[Any, ...]:
    """What a fit basis depends on beyond the audience, the session length and the pack's figures.

    With the pack's figures and the cost inputs, which choose the shared cost store
    (costs.cost_inputs), these decide everything fit_basis and the plans' enumeration
    read: keep them in step (tests/engine/test_costs_cache.py compares evaluations made
    after others with fresh ones).
    """
    return (scenario.goals, scenario.needs, scenario.pushes_per_month,
            scenario.china_share, scenario.entity, _tables_token(pack))


class _Tables:
    """Stands for one set of the pack's score tables in a cache key (they are never changed)."""

    def __init__(self, tables: tuple[object, ...]):
        self.tables = tables  # held, so that their ids stay theirs while this token lives


_tokens: dict[tuple[int, ...], _Tables] = {}


def _tables_token(pack: DataPack) -> _Tables:
    # A pack with overrides is a new pack sharing its tables, so the tables' identity is the key.
    tables = (pack.affinity, pack.capability, pack.session_fit, pack.scale_fit, pack.payments, pack.eligibility)
    ids = tuple(id(t) for t in tables)
    token = _tokens.get(ids)
    if token is None:
        if len(_tokens) >= _TOKEN_LIMIT:
            _tokens.clear()
        token = _tokens[ids] = _Tables(tables)
    return token


_TOKEN_LIMIT = 64


def presence_fit(presence: str, table: FitTable, scenario: Scenario, pack: DataPack) -> float:
    """The presence's one fit: 0 where it cannot be registered."""
    if not is_eligible(presence, scenario, pack):
        return 0.0
    return _clamp(table.coverage((presence,)))


def _clamp(value: float) -> float:
    return min(100.0, max(0.0, value))


# ---------------------------------------------------------------- reasons for one presence

# The weight the template's sentence carries among a card's points: a point in favour, the least of them.
TEMPLATE_POINT = 0.01


def presence_reasons(presence: str, table: FitTable, scenario: Scenario, pack: DataPack,
                     steady: Sequence[Reason | None] | None = None) -> list[Reason]:
    """Why a presence alone fits as it does, most important first.

    `steady` is what steady_reasons gave for the same scenario at another audience or session length.
    """
    if not is_eligible(presence, scenario, pack):
        if scenario.china_share <= 0:
            return [Reason(R.NO_WECHAT_AUDIENCE, {}, -100.0)]
        said = {"entity": Term(scenario.entity), "account": Term(presence)}
        instead = _MESSAGES_INSTEAD.get(presence)
        if instead is not None and is_eligible(instead, scenario, pack):
            return [Reason(R.INELIGIBLE_INSTEAD, {**said, "instead": Term(instead)}, -100.0)]
        return [Reason(R.INELIGIBLE, said, -100.0)]
    if steady is None:
        steady = steady_reasons(presence, table, scenario, pack)
    weight_sum = float(table.basis.weight_sum)
    raw = table.raw[PRESENCES.index(presence)].tolist()
    out = []
    basis = table.basis
    for j in range(len(table.dims)):
        reason = basis.moving_reason(presence, j, raw[j], scenario, pack) if j in basis.moving else steady[j]
        if reason is not None and reason.template == R.PAYMENTS_YES_PAGES and rents_template(scenario, pack):
            # (Said here, not with the steady sentences, which are kept for every audience: a template follows it.)
            reason = Reason(R.PAYMENTS_YES_RENTED_PAGES, reason.params, reason.impact, reason.about)
        if reason is not None:
            out.append(reason)
    if not scenario.goals and not scenario.needs and scenario.pushes_per_month <= 0:
        out.append(Reason(R.NO_GOALS))
    if is_wechat(presence) and scenario.china_share < 1:
        reach = reach_factor(pack, scenario.china_share)
        lost = sum(d.weight * raw[j] * (1 - reach)
                   for j, d in enumerate(table.dims) if d.customer_facing) / weight_sum
        out.append(Reason(R.REACH, {"share": Share(scenario.china_share), "rest": Share(1 - scenario.china_share)},
                          -lost))
    if presence == "wecom":
        contacts = scenario.audience * customer_contacts(scenario)
        free = pack.likely("wecom_free_contacts")
        if contacts > free:
            price = pack.figures["wecom_contact_fee_cny"]
            above = contacts - free  # (the fee's average is what the cost takes: draws.py)
            out.append(Reason(R.WECOM_CONTACT_FEE, {"free": int(free), "average": Money(above * price.average),
                                                    "low": Money(above * price.low),
                                                    "high": Money(above * price.high)}, -0.5))
        members = scenario.audience * wecom_members_per_user(scenario)
        # (Fees at their averages, as the costs take them: the same as their likely values for a fee without a range.)
        scale_fee = wecom_scale_fee(members, pack.average)
        if scale_fee > 0:
            # The fee the costs charge each year beside the verification (fees.py), so the panel says why.
            verify = verification_fee(presence, scenario.entity, pack.average)
            out.append(Reason(R.WECOM_SCALE_FEE, {"members": round(members), "total": Money(verify + scale_fee),
                                                  "verify": Money(verify), "fee": Money(scale_fee)}, -0.5))
    out.sort(key=lambda r: -abs(r.impact))
    if presence == "mini_program" and rents_template(scenario, pack):
        # Its cost basis first, where it is a rented template rather than the custom build every Mini Program was
        # priced as (mp_template.py): a client reading the plan's cost must see what it is the cost of. A point in its
        # favour (the handout lists a card's points by their sign), of no fit points: it moves the cost, not the fit.
        weeks = pack.figures["weeks_mp_template"]
        rent = pack.figures["mp_template_rent_cny"]
        kinds = Reason(R.MP_TEMPLATE_KINDS_INDIVIDUAL if scenario.entity == "individual" else R.MP_TEMPLATE_KINDS)
        out.insert(0, Reason(R.MP_TEMPLATE, {"kinds": kinds, "rent_low": Money(rent.low), "rent_high": Money(rent.high),
                                             "limit": template_limit(pack),
                                             "low": whole_weeks(weeks.low), "high": whole_weeks(weeks.high)},
                             TEMPLATE_POINT))
    elif presence == "mini_program" and template_kind(scenario, pack) and pack.likely("mp_template_max_users") > 0:
        # The same business with a smaller audience would rent one: the card says why this one is priced as built,
        # so that the cost beside it (and the audience flip where it changes) reads as the model's, not a mistake.
        # First, as the template's line is: a card shows its first few lines, and last it was seen in none of them.
        out.insert(0, Reason(R.MP_CUSTOM_OVER_TEMPLATE, {"users": Count(scenario.audience),
                                                         "limit": template_limit(pack)},
                             -TEMPLATE_POINT))
    if presence == "native_app" and scenario.entity == "overseas_company":
        # How it can be published, first: every Chinese store, the App Store China included, lists an app only with an
        # app ICP filing that only a Chinese entity can make, so the company publishes through one (the plan's warning
        # said so only once the app was in the plan). A drawback of no fit points, as the template's line is a point
        # of none.
        out.insert(0, Reason(R.WARN_OVERSEAS_APP, {}, -TEMPLATE_POINT))
    # Its strongest drawback among its first two: a panel and the text summary show the first few, and city_service's
    # WeCom read three lines in its favour while its ¥200k a year of contact fees, and its app's sessions too short
    # for an app, stood fourth and fifth (the handout, which prints them all, had them).
    drawback = next((i for i, r in enumerate(out) if r.impact < 0), None)
    if drawback is not None and drawback > 1:
        out.insert(1, out.pop(drawback))
    return out


def few_would_install_once(reasons: list[Reason]) -> list[Reason]:
    """An app's reasons, where the plan does not hold it, with "few of your users would install it" said once: where its
    session sentence says so (SESSION_LONG_FEW), the audience's sentence (SCALE_SMALL) said it again, a line below
    ("Sessions of 10 min would suit an app, but few of 20.1k monthly users would install one …", then "With 20.1k
    monthly users few would install an app …"). The session sentence carries the points of both, as it speaks for both.
    (On a card of the plan's own app the two read apart, as a strength and a point to watch: IN_PLAN_WORDING.)"""
    session = next((i for i, r in enumerate(reasons) if r.template == R.SESSION_LONG_FEW), None)
    scale = next((i for i, r in enumerate(reasons) if r.template == R.SCALE_SMALL), None)
    if session is None or scale is None:
        return reasons
    said = reasons[session]
    both = replace(said, impact=said.impact + reasons[scale].impact)
    return [both if i == session else r for i, r in enumerate(reasons) if i != scale]


def steady_reasons(presence: str, table: FitTable, scenario: Scenario, pack: DataPack) -> tuple[Reason | None, ...]:
    """The presence's sentence on each dimension neither the audience nor the session length moves,
    with the points it moved (None for no sentence, and in the place of a moving dimension): the
    same at every audience and session length, so an evaluation keeps them for the next move."""
    if not is_eligible(presence, scenario, pack):
        return ()
    weight_sum = float(table.basis.weight_sum)
    raw = table.raw[PRESENCES.index(presence)].tolist()
    # (WeChat's reach is the basis's, which follows neither the audience nor the session length: it may be read here.)
    reached = table.basis.reached[PRESENCES.index(presence)].tolist()
    return tuple(None if j in table.basis.moving else
                 _weighed_reason(presence, dim, raw[j], weight_sum, scenario, pack, reached[j])
                 for j, dim in enumerate(table.dims))


def _weighed_reason(presence: str, dim: Dimension, raw: float, weight_sum: float,
                    scenario: Scenario, pack: DataPack, reach: float = 1.0) -> Reason | None:
    # The points the dimension moves before WeChat's reach: what reach takes is the reach
    # sentence's own points, so that a sentence's sign is the side it speaks for and the
    # points are not counted twice.
    impact = dim.weight * (raw - NEUTRAL) / weight_sum
    reason = _dimension_reason(presence, dim, raw, scenario, pack, reach)
    return None if reason is None else Reason(reason.template, reason.params, impact, dim.name)


def _dimension_reason(presence: str, dim: Dimension, raw: float, scenario: Scenario,
                      pack: DataPack, reach: float = 1.0) -> Reason | None:
    if dim.kind == "goal":
        template = _goal_template(raw, pack)
        if template == R.STRONG_GOAL and raw * reach < pack.likely("strong_fit_from"):
            # Strong for the users it reaches, not once those it misses are counted: a plan it serves the goal in
            # covers it at the lower score (`reach`: WeChat's, where the goal is the audience's), and its card says
            # which it is strong for, beside its sentence on the share it reaches.
            template = R.STRONG_GOAL_REACHED
        # (A strong fit for the goal as it meets it; a weak fit for the goal as the business wants it.)
        said_of = presence if template in STRONG_GOALS else ""
        return Reason(template, {"goal": R.goal(dim.what, said_of)}) if template else None
    if dim.kind == "push":
        return push_reason(presence, scenario, pack)
    if dim.kind == "session":
        return _session_reason(presence, raw, scenario, pack)
    if dim.kind == "scale":
        if presence != "native_app":
            return None
        large = raw >= NEUTRAL
        if staff_only(scenario):  # (its own staff, who install what their employer asks: SCALE_SMALL_STAFF)
            return Reason(R.SCALE_LARGE_STAFF if large else R.SCALE_SMALL_STAFF, {"users": Count(scenario.audience)})
        return Reason(R.SCALE_LARGE if large else R.SCALE_SMALL, {"users": Count(scenario.audience)})
    return need_reason(presence, dim.what, scenario, pack)


# A presence's sentences that call it strong at a goal: for the whole audience, or for the users it reaches.
STRONG_GOALS = (R.STRONG_GOAL, R.STRONG_GOAL_REACHED)


def _goal_template(score: float, pack: DataPack) -> str | None:
    """Only clearly strong or clearly weak goals are worth a sentence."""
    if score >= pack.likely("strong_fit_from"):
        return R.STRONG_GOAL
    if score < pack.likely("weak_fit_below"):
        return R.WEAK_GOAL
    return None


def as_said(value: float) -> int | float:
    """A count or a length as a sentence gives it: whole where it is whole ("4 messages"), else to a hundredth, as a
    scenario file may hold it (the window sets tenths): a file's session of 7.55 minutes read "Sessions of 7.5 min"
    under the inputs' "7.55", and one of 0.04 "Sessions of 0 min"; under a hundredth, to two significant digits."""
    if value == int(value):
        return int(value)
    if abs(value) >= 0.01:
        return round(value, 2)
    # Under a hundredth, to two significant digits, in decimals: a file's 0.0001 minutes read "Sessions of 0 min are
    # short", 0.005 "of 0.01 min", 1e-7 "of 1e-07 min". (Past twelve decimals, as Python writes it.)
    places = R.decimal_places(f"{abs(value):.2g}")
    return R.Fixed(value, places) if places <= 12 else float(f"{value:.2g}")


# The sentences that say a count of messages, and the same for one message ("Your 1 messages a month fit …").
_ONE_MESSAGE = {R.PUSH_FITS_SERVICE: R.PUSH_FITS_SERVICE_ONE, R.PUSH_FITS_FOLDER: R.PUSH_FITS_FOLDER_ONE,
                R.PUSH_FITS_FOLDER_OWN: R.PUSH_FITS_FOLDER_OWN_ONE, R.PUSH_STAFF_WECOM: R.PUSH_STAFF_WECOM_ONE}


def push_reason(presence: str, scenario: Scenario, pack: DataPack) -> Reason:
    reason = _push_reason(presence, scenario, pack)
    if reason.template in _ONE_MESSAGE and reason.params.get("wanted") == 1:
        return replace(reason, template=_ONE_MESSAGE[reason.template])
    return reason


def _push_reason(presence: str, scenario: Scenario, pack: DataPack) -> Reason:
    params = {"account": Term(presence), "wanted": as_said(scenario.pushes_per_month)}
    if staff_only(scenario) and presence != "native_app":
        # The same rule as presence_score: messages to staff are work notices, not posts to followers.
        if presence == "wecom":
            return Reason(R.PUSH_STAFF_WECOM, {"wanted": params["wanted"]})
        return Reason(R.PUSH_STAFF_NOT_HERE)
    if presence == "native_app":
        # (yoga_teacher with none of her students on WeChat in mainland China read of Chinese Android phones' caps.)
        return Reason(R.PUSH_APP if scenario.china_share > 0 else R.PUSH_APP_ABROAD)
    if presence == "mini_program":
        return Reason(R.PUSH_NONE_MP)
    if presence == "channels":
        return Reason(R.PUSH_NONE_CHANNELS)
    limit = push_limit(presence, pack)
    params["limit"] = int(limit)
    if scenario.pushes_per_month > limit:
        return Reason(R.PUSH_OVER_LIMIT, params)
    if presence == "subscription" and writes_own_articles(scenario):
        return Reason(R.PUSH_FITS_FOLDER_OWN, params)  # the costs count no article production (costs.py)
    return Reason({"service": R.PUSH_FITS_SERVICE, "subscription": R.PUSH_FITS_FOLDER,
                   "wecom": R.PUSH_FITS_WECOM}[presence], params)


def writes_own_articles(scenario: Scenario) -> bool:
    """Whether the business writes its articles itself, so that producing them costs nothing.

    An individual is one person: a teacher or a creator writes her own posts, as a factory's
    staff write their own notices (content_per_message_cny is 0 where the owner writes). A
    scenario holds no team size, so a company, at home or overseas, is taken to pay for them.
    """
    return scenario.entity == "individual"


def _session_reason(presence: str, raw: float, scenario: Scenario, pack: DataPack) -> Reason | None:
    """The Mini Program and the app: the session length against where the two suit equally
    (session_lean's pivot), the side that also decides their scores; others only when it hurts."""
    # Compared as shown, so that "6 min" is never said to be under "6 min".
    minutes, pivot = as_said(scenario.interaction_minutes), as_said(pack.likely("session_pivot_min"))
    typical = as_said(pack.likely("mp_session_min"))
    params = {"minutes": minutes, "typical": typical, "pivot": pivot}
    if presence == "native_app" and minutes >= pivot and sessions_held(presence, scenario, pack) < 1:
        # Sessions an app would suit (or suit as well as a Mini Program), for an audience too small for many to
        # install it (sessions_held): its score there is low, and "suits" alone would read against it.
        return Reason(R.SESSION_LONG_FEW, {**params, "users": Count(scenario.audience)})
    if presence in ("mini_program", "native_app") and minutes == pivot:
        return Reason(R.SESSION_EVEN, params)
    if presence == "mini_program":
        if minutes > pivot:
            return Reason(R.SESSION_MP_TOO_LONG, params)
        return Reason(R.SESSION_SHORT if minutes <= typical else R.SESSION_MP_LONGER, params)
    if presence == "native_app":
        return Reason(R.SESSION_LONG if minutes > pivot else R.SESSION_APP_SHORT, params)
    if raw < pack.likely("weak_fit_below"):
        return Reason(R.SESSION_POOR, params)
    return None


def need_reason(presence: str, need: str, scenario: Scenario, pack: DataPack) -> Reason:
    if need == "payments":
        if can_take_payments(presence, scenario, pack):
            if presence == "native_app":
                # An individual cannot take WeChat Pay (the pack's payments.individuals), in an app as anywhere: a
                # card said so for the Mini Program beside "An app takes payments through WeChat Pay …".
                individual = scenario.entity == "individual" and not pack.payments["individuals"]
                return Reason(R.PAYMENTS_APP_INDIVIDUAL if individual else R.PAYMENTS_APP)
            if presence == "channels":
                return Reason(R.PAYMENTS_SHOP)
            fee = verification_fee(presence, scenario.entity, pack.average)
            if fee <= 0:
                return Reason(R.PAYMENTS_YES_NO_FEE)
            review = pack.figures[verification_fee_figure(presence, scenario.entity)].unit.endswith("/review")
            if presence == "service":  # in pages the business builds (costs.service_pay_pages)
                return Reason(R.PAYMENTS_YES_PAGES_REVIEW if review else R.PAYMENTS_YES_PAGES, {"fee": Money(fee)})
            return Reason(R.PAYMENTS_YES_REVIEW if review else R.PAYMENTS_YES, {"fee": Money(fee)})
        if scenario.entity == "individual" and presence == "native_app" and pack.payments[presence]:
            return Reason(R.PAYMENTS_APP_INDIVIDUAL_NO)
        if scenario.entity == "individual" and pack.payments[presence]:
            return Reason(R.PAYMENTS_INDIVIDUAL)
        if presence == "channels" and scenario.entity == "overseas_company" and pack.payments[presence]:
            return Reason(R.PAYMENTS_SHOP_OVERSEAS)
        if presence == "channels" and pack.payments[presence]:  # a business that sells no goods
            return Reason(R.PAYMENTS_SHOP_GOODS_ONLY)
        if scenario.entity == "individual" and not pack.payments["individuals"]:
            # "… pair it with a presence that can" where none can: the individual's own limit is said instead.
            return Reason(R.PAYMENTS_INDIVIDUAL)
        return Reason(R.PAYMENTS_NO, {"account": Term(presence)})
    if presence == "native_app":
        return Reason(R.NEED_APP_NO_LIMITS, {"need": Term(need)})
    if presence == "mini_program":
        if need == "offline":
            return Reason(R.NEED_OFFLINE_MP)
        if need == "hardware":
            return Reason(R.NEED_HARDWARE_MP)
        if need == "background":
            return Reason(R.NEED_BACKGROUND_MP, {"seconds": int(pack.likely("mp_background_suspend_s"))})
        return Reason(R.NEED_LARGE_MP, {"size": int(pack.likely("mp_total_package_mb"))})
    if presence == "wecom":
        return Reason(R.NEED_WECOM_CHATS, {"need": Term(need)})
    if presence == "channels":
        return Reason(R.NEED_CHANNELS_VIDEOS, {"need": Term(need)})
    return Reason(R.NEED_OFFICIAL_ARTICLES, {"account": Term(presence), "need": Term(need)})


# Sentences that say the same of each goal or special need they name, with the parameter that names it and how the
# names are listed where one sentence says it of several: the goals a presence is weak or strong at (a Mini Program's
# card read "A weak fit for publishing news. The plan's Channels covers that." and, next, the same of short video and
# live streams), and the needs a presence without a program of the business's own has no way of carrying, or the app
# has none of WeChat's limits on (of which none holds: joined by "or").
_SAID_OF_EACH: Mapping[str, tuple[str, Callable[[list[str]], Terms]]] = MappingProxyType({
    R.WEAK_GOAL: ("goal", Terms), R.STRONG_GOAL: ("goal", Terms), R.STRONG_GOAL_REACHED: ("goal", Terms),
    **dict.fromkeys((R.NEED_OFFICIAL_ARTICLES, R.NEED_WECOM_CHATS, R.NEED_CHANNELS_VIDEOS, R.NEED_APP_NO_LIMITS),
                    ("need", Either))})


def alike_in_one_sentence(reasons: Sequence[Reason], carried: Collection[str] = ()) -> list[Reason]:
    """A presence's reasons with the sentences that read alike but for the goal or need they name said once for all
    of them (_SAID_OF_EACH): a Service Account's card read "… it runs no program of yours, so it has no way of
    running in the background." and next the same "… of shipping a large app.". Said where the first of them stood,
    with their points together. On a member's card (in_plan_reasons, which calls this), those another member covers
    apart from those it does not, each with the member that covers them; and those on what the member carries in the
    plan (`carried`) apart from the rest: a sentence on a duty it carries is a reason for the plan (the handout's),
    and one sentence of both would be taken as one, or left out, by the first goal it names."""
    out: list[Reason] = []
    # For each sentence said of several: where it stands in `out`, its point (the sentence itself, or what a
    # member's card says another member covers) and the goals or needs it names.
    alike: dict[tuple[object, ...], tuple[int, Reason, list[str]]] = {}
    for r in reasons:
        point = r.params["point"] if r.template == R.COVERED_IN_PLAN else r
        if not isinstance(point, Reason) or point.template not in _SAID_OF_EACH:
            out.append(r)
            continue
        named = str(point.params[_SAID_OF_EACH[point.template][0]])
        key = (r.template, r.params.get("member"), point.template, point.params.get("account"), r.about in carried)
        if key in alike:
            at, _, names = alike[key]
            names.append(named)
            out[at] = replace(out[at], impact=out[at].impact + r.impact)
            continue
        alike[key] = (len(out), point, [named])
        out.append(r)
    for at, point, names in alike.values():
        if len(names) > 1:
            name, listed = _SAID_OF_EACH[point.template]
            point = replace(point, params={**point.params, name: listed(names)})
            r = out[at]
            out[at] = replace(r, params={**r.params, "point": point}) if r.template == R.COVERED_IN_PLAN else \
                replace(point, impact=r.impact)
    return out


def weak_fit_reasons(reasons: Sequence[Reason], fit: float, pack: DataPack) -> list[Reason]:
    """A presence's reasons as its card reads them beside its fit: where the fit as written (a whole
    number) is weak, its strong goals are said as what it is good for, in one sentence that names
    the weak fit too, rather than each as "a strong fit"."""
    strong = [r for r in reasons if r.template in STRONG_GOALS]
    if not strong or round(fit) >= pack.likely("weak_fit_below"):
        return list(reasons)
    # Where any is strong only for the users it reaches, all are said so (strong for the whole audience, a goal is
    # strong for those reached too).
    reached = any(r.template == R.STRONG_GOAL_REACHED for r in strong)
    goals = Reason(R.STRONG_GOALS_WEAK_FIT_REACHED if reached else R.STRONG_GOALS_WEAK_FIT,
                   {"goals": Terms(str(r.params["goal"]) for r in strong)}, sum(r.impact for r in strong))
    out = [r for r in reasons if r.template not in STRONG_GOALS] + [goals]
    out.sort(key=lambda r: -abs(r.impact))  # most important first, as presence_reasons orders them
    return out


# Sentences that argue for another presence instead, and how each reads for a presence the plan
# holds: there it is a point to watch, since the card first says what the plan holds it for.
IN_PLAN_WORDING = {
    R.SCALE_SMALL: R.SCALE_SMALL_IN_PLAN,
    R.SCALE_SMALL_STAFF: R.SCALE_SMALL_STAFF_IN_PLAN,
    R.SESSION_LONG_FEW: R.SESSION_LONG_FEW_IN_PLAN,
    R.SESSION_APP_SHORT: R.SESSION_APP_SHORT_IN_PLAN,
    R.SESSION_MP_TOO_LONG: R.SESSION_MP_TOO_LONG_IN_PLAN,
    R.SESSION_POOR: R.SESSION_POOR_IN_PLAN,
}


# A Service Account's payment pages, on one the plan holds while another member takes the payments.
_PAGES_ELSEWHERE = {R.PAYMENTS_YES_PAGES: R.PAYMENTS_PAGES_ELSEWHERE,
                    R.PAYMENTS_YES_PAGES_REVIEW: R.PAYMENTS_PAGES_ELSEWHERE_REVIEW,
                    R.PAYMENTS_YES_RENTED_PAGES: R.PAYMENTS_PAGES_ELSEWHERE_RENTED}


def in_plan_reasons(reasons: Sequence[Reason], presence: str = "",
                    roles: Mapping[str, Sequence[str]] | None = None) -> list[Reason]:
    """A presence's reasons as its card reads them when the plan holds it: the same points, with
    no sentence saying that it does not suit the business (see IN_PLAN_WORDING); and a point against
    it on what another member carries (`roles`: member → what it carries) says which member covers
    it ("Official Account cannot take payments; … The plan's Mini Program covers that.")."""
    # The first other member (in the roles' order) that carries each duty.
    covers: dict[str, str] = {}
    for member, duties in (roles or {}).items():
        if member != presence:
            for duty in duties:
                covers.setdefault(duty, member)
    out = []
    for r in reasons:
        if r.template in IN_PLAN_WORDING:
            r = Reason(IN_PLAN_WORDING[r.template], r.params, r.impact, r.about)
        covering = covers.get(r.about)
        if r.impact < 0 and r.about and covering is not None:
            r = Reason(R.COVERED_IN_PLAN, {"point": r, "member": Term(covering)}, r.impact, r.about)
        elif r.template in _PAGES_ELSEWHERE and covering is not None:
            r = Reason(_PAGES_ELSEWHERE[r.template], {**r.params, "member": Term(covering)}, r.impact, r.about)
        out.append(r)
    return alike_in_one_sentence(out, (roles or {}).get(presence, ()))

