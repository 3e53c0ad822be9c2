"""The plan: which presences to run together, and why this set rather than the next.

Every combination of eligible presences that carries each hard need is a candidate.
Its score is its coverage (fit.py) less a few points for every extra presence to run,
less a point or so for each doubling of its likely first-year cost over the cheapest plan's
(cost_points: within the budget a plan six times dearer must cover more than a hair better),
less points for each doubling of its likely first-year cost beyond the budget
(budget_points). The penalties never take a score below 0, so every plan reads on the
same 0–100 scale as every fit; the plans are ranked by their scores before that floor,
so the floor changes no ranking (where two plans both read 0, the one that lost fewer
points beyond 0 stays ahead). The highest score is the plan; equal scores go to the
cheaper plan, then the smaller one.
"""

from __future__ import annotations

import itertools
import math
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple, overload

import numpy as np

from wxdesk.engine import reasons as R
from wxdesk.engine.cost_reasons import THAN_ANOTHER, messages_as_written
from wxdesk.engine.costs import (OFFICIAL_ACCOUNTS, CostBook, PlanCosts, chat_staff_hours, paid_messages_per_month,
                                 service_pay_pages)
from wxdesk.engine.datapack import PRESENCES, DataPack, HashOnce
from wxdesk.engine.fit import FitTable, can_meet, is_eligible, kept_duties, push_reason, writes_own_articles
from wxdesk.engine.likely_costs import LikelyCosts
from wxdesk.engine.money import rounded
from wxdesk.engine.reasons import Difference, Fixed, Held, Members, Money, Reason, Share, Term, Terms, duty_terms
from wxdesk.engine.scores import points_shown, score_shown
from wxdesk.engine.scenario import Scenario

# Scores closer than this count as equal, so that rounding noise never decides.
_SAME_SCORE = 1e-6


@dataclass(frozen=True)
class Candidate:
    """One admissible plan as the ranking scored it."""

    members: tuple[str, ...]
    coverage: float
    presence_penalty: float
    budget_penalty: float
    staff_penalty: float  # the effort of the full-time staff its WeCom's chats take (_staff_penalties)
    cost_penalty: float  # its likely first year's doublings over the cheapest plan's (_cost_penalties)
    budget_covered: float  # share of the likely first-year cost the budget covers (1 = all)
    book: CostBook
    likely: LikelyCosts  # where its likely costs are found, when asked (at `place`)
    place: int
    # What its cost is weighed against: the cheapest of the ranked plans' likely first years (or the pack's
    # cost_points_from_cny where that is higher), and that plan's members (none where the pack's amount is higher).
    cost_from: float = 0.0
    cheapest: tuple[str, ...] = ()

    @property
    def costs(self) -> PlanCosts:
        return self.book.plan(self.members)

    @property
    def first_year_likely(self) -> float:
        """The likely first-year cost (at every figure's average: draws.py)."""
        return self.likely.first_year(self.place)

    @property
    def total_likely(self) -> float:
        """The likely cost over the horizon (at every figure's average)."""
        return self.likely.total(self.place)

    @cached_property
    def unfloored(self) -> float:
        """Coverage less every penalty in full: below 0 where the penalties outweigh the coverage."""
        return (self.coverage - self.presence_penalty - self.staff_penalty - self.cost_penalty
                - self.budget_penalty)

    @property
    def cost_times(self) -> float:
        """Its likely first year as a multiple of the amount its cost is weighed against (cost_from)."""
        return max(self.first_year_likely, self.cost_from) / self.cost_from if self.cost_from > 0 else 1.0

    @property
    def money_penalty(self) -> float:
        """The points its first-year cost takes: its doublings over the cheapest plan's, and beyond the budget."""
        return self.cost_penalty + self.budget_penalty

    @property
    def effort_penalty(self) -> float:
        """The points its effort takes: its presences beyond the first, and its WeCom's chats."""
        return self.presence_penalty + self.staff_penalty

    @cached_property
    def score(self) -> float:
        """The plan's score on the 0–100 scale: its penalties take it to 0 at most."""
        return max(0.0, self.unfloored)

    @classmethod
    def scored(cls, members: tuple[str, ...], coverage: float, presence_penalty: float, budget_penalty: float,
               staff_penalty: float, cost_penalty: float, budget_covered: float, book: CostBook,
               likely: LikelyCosts, place: int, cost_from: float, cheapest: tuple[str, ...]) -> Candidate:
        """The candidate of these fields, as Candidate(...) makes it, with its score found: a ranking builds a
        dozen at every slider move and reads their scores some fifty times, where a frozen dataclass sets each
        of its twelve fields through object.__setattr__ and the score was found anew at each reading."""
        made = object.__new__(cls)
        unfloored = coverage - presence_penalty - staff_penalty - cost_penalty - budget_penalty  # (as unfloored)
        made.__dict__.update(members=members, coverage=coverage, presence_penalty=presence_penalty,
                             budget_penalty=budget_penalty, staff_penalty=staff_penalty, cost_penalty=cost_penalty,
                             budget_covered=budget_covered, book=book, likely=likely, place=place,
                             cost_from=cost_from, cheapest=cheapest, unfloored=unfloored, score=max(0.0, unfloored))
        return made

    @property
    def floored(self) -> bool:
        """Whether the penalties in full would take the score below 0."""
        return self.unfloored < 0


def hard_needs(scenario: Scenario, pack: DataPack) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(needs some eligible presence can carry, needs none can): only the first are enforced."""
    eligible = [p for p in PRESENCES if is_eligible(p, scenario, pack)]
    meetable = tuple(n for n in scenario.needs if any(can_meet(p, n, scenario, pack) for p in eligible))
    return meetable, tuple(n for n in scenario.needs if n not in meetable)


def carries_needs(members: Sequence[str], needs: Sequence[str], scenario: Scenario, pack: DataPack) -> bool:
    return all(any(can_meet(m, n, scenario, pack) for m in members) for n in needs)


def score_plan(members: tuple[str, ...], table: FitTable, scenario: Scenario, pack: DataPack,
               book: CostBook, ranked: Ranking | None = None) -> Candidate:
    """A plan's candidate, scored as `ranked` scores its plans (the same floor for the budget's points, and the
    same cheapest plan to weigh its cost against)."""
    if ranked is None:
        return score_plans([members], table, scenario, pack, book)[0]
    return score_plans([members], table, scenario, pack, book, ranked.floor, ranked.cheapest)[0]


def score_plans(member_sets: Sequence[tuple[str, ...]], table: FitTable, scenario: Scenario, pack: DataPack,
                book: CostBook, floor: float | None = None,
                cheapest: tuple[float, tuple[str, ...]] | None = None) -> list[Candidate]:
    """Score many plans at once: every plan's likely costs found together instead of one plan at a time."""
    scores = _Scores(member_sets, table, scenario, pack, book, floor, cheapest=cheapest)
    scores.likely.prefetch(range(len(member_sets)))
    return [scores.candidate(i) for i in range(len(member_sets))]


class _Scores:
    """The figures that score each of some plans, as lists; a plan's Candidate is built when asked for."""

    def __init__(self, member_sets: Sequence[tuple[str, ...]], table: FitTable, scenario: Scenario,
                 pack: DataPack, book: CostBook, floor: float | None = None,
                 presence_penalties: list[float] | None = None,
                 cheapest: tuple[float, tuple[str, ...]] | None = None):
        """`presence_penalties`: each plan's, where the caller keeps them (PlanSets.presence_penalties);
        `cheapest`: the likely first year and members of the plan whose cost the others' is weighed against
        (else the cheapest of these plans)."""
        self.member_sets, self.book = member_sets, book
        key = member_sets if isinstance(member_sets, tuple) else tuple(member_sets)  # a HashOnce as it is
        self.likely = book.remember(("likely", key), lambda: LikelyCosts(member_sets, book))
        self._coverages = table.coverages(member_sets) if member_sets else np.zeros(0)
        self.coverages: list[float] = self._coverages.tolist()
        penalty, budget_points = pack.likely("extra_account_penalty"), pack.likely("budget_penalty_points")
        budget = scenario.budget_cny
        self.presence_penalties = (_presence_penalties(member_sets, penalty) if presence_penalties is None
                                   else presence_penalties)
        # The points for the staff, the cost and the budget each follow the costs at the audience (the likely costs'
        # own) and a few numbers only, each in the key it is kept under with the likely costs: a budget move finds
        # the first two kept, a session move all three (its table changes the coverages alone).
        likely = self.likely
        staff_points = pack.likely("staff_effort_points") * staff_count(scenario, pack)
        self.staff_penalties = likely.kept(("staff", staff_points),
                                           lambda: _staff_penalties(member_sets, book, staff_points))
        doublings_from = pack.likely("budget_doublings_from_cny")
        # (The budget's value, type and sign, and the floor's: 0.0 and -0.0 are equal but divide differently.)
        budget_key = ("budget", budget, type(budget), math.copysign(1.0, budget), floor,
                      None if floor is None else math.copysign(1.0, floor), budget_points, doublings_from)
        self.within, self.floor, self.covered, self.budget_penalties = likely.kept(
            budget_key, lambda: _budget_penalties(likely, budget, floor, budget_points, doublings_from))
        cost_key = ("cost", pack.likely("cost_points_per_doubling"), pack.likely("cost_points_from_cny"), cheapest)
        self.cost_penalties, self.cost_from, self.cheapest = likely.kept(
            cost_key, lambda: self._cost_penalties(pack, cheapest))

    def _cost_penalties(self, pack: DataPack, cheapest: tuple[float, tuple[str, ...]] | None
                        ) -> tuple[list[float], float, tuple[str, ...]]:
        """The points each plan loses for its cost: `cost_points_per_doubling` for each doubling of its likely
        first year over the cheapest plan's (over `cost_points_from_cny` where the cheapest costs less), with the
        amount weighed against and the cheapest plan's members.

        Within the budget, cost took no points, so a plan six times dearer won on a hair more coverage (300
        users wanting 30 messages a month: an Official Account + Mini Program at ¥389k against a Mini Program +
        WeCom at ¥105k, 0.9 points behind). Weighed in doublings, as the budget's points are: the step from
        ¥100k to ¥200k weighs as much as from ¥10M to ¥20M."""
        count = len(self.member_sets)
        points = pack.likely("cost_points_per_doubling")
        if not count:
            return [], 0.0, ()
        first_years = self.likely.first_years(range(count))
        if cheapest is None:
            i = min(range(count), key=first_years.__getitem__)
            cheapest = (first_years[i], self.member_sets[i])
        cost_from = max(cheapest[0], pack.likely("cost_points_from_cny"), 1.0)
        # The cheapest plan is named only where its own first year is what the others are weighed against.
        members = cheapest[1] if cheapest[0] >= cost_from else ()
        if not points > 0:
            return [0.0] * count, cost_from, members
        log2, base = math.log2, math.log2(cost_from)
        return ([points * (log2(first_year) - base) if first_year > cost_from else 0.0 for first_year in first_years],
                cost_from, members)

    def unfloored(self) -> np.ndarray:
        """Every plan's score before its floor at 0 (Candidate.unfloored, the same subtractions in the same
        order, element by element)."""
        unfloored: np.ndarray = (self._coverages - np.array(self.presence_penalties, dtype=float)
                                 - np.array(self.staff_penalties, dtype=float)
                                 - np.array(self.cost_penalties, dtype=float)
                                 - np.array(self.budget_penalties, dtype=float))
        return unfloored

    def score(self, i: int) -> float:
        """Candidate.unfloored, from the same numbers in the same order: the ranking's key, so that the
        floor at 0 changes no ranking (of two plans both at 0, the one that lost fewer points beyond it
        stays ahead)."""
        score: float = (self.coverages[i] - self.presence_penalties[i] - self.staff_penalties[i]
                        - self.cost_penalties[i] - self.budget_penalties[i])
        return score

    def candidate(self, i: int) -> Candidate:
        return Candidate.scored(
            members=self.member_sets[i],
            coverage=self.coverages[i],
            presence_penalty=self.presence_penalties[i],
            budget_penalty=self.budget_penalties[i],
            staff_penalty=self.staff_penalties[i],
            cost_penalty=self.cost_penalties[i],
            budget_covered=self.covered[i],
            book=self.book,
            likely=self.likely,
            place=i,
            cost_from=self.cost_from,
            cheapest=self.cheapest,
        )


def _budget_penalties(likely: LikelyCosts, budget: float, floor: float | None, budget_points: float,
                      doublings_from: float) -> tuple[list[bool], float, list[float], list[float]]:
    """(whether the budget covers each plan's likely first year, the floor of the budget's points, the
    share of each plan's first year the budget covers, the points each loses for it): see budget_doublings."""
    # Where the budget covers the likely first year the share is 1.
    within = likely.within(budget)
    short = _places_short(within)
    first_years = likely.first_years(short)
    count = len(within)
    # Below the cheapest of these plans' first years the budget's points grow in a straight line
    # (budget_doublings). Where some plan is within the budget, the budget is at or above it and
    # the line is never reached; a plan scored on its own takes its ranking's floor.
    if floor is None:
        floor = budget if len(short) < count else min(first_years, default=budget)
    floor = max(floor, doublings_from)
    at_budget = _budget_curve(budget, floor)  # the same for every plan: found once
    covered, penalties = [1.0] * count, [0.0] * count
    # The share the budget covers and _doublings_beyond for each plan short of it, with _budget_curve
    # written out in the same operations: a ranking asks for dozens at every slider move, and the
    # calls cost more than the sums (test_likely_costs compares them with budget_doublings). min(1.0, x)
    # and max(0.0, x) written as the comparisons they make (the first argument where x is not below,
    # or above, it), without the calls.
    curve_floor = max(floor, 1.0)
    log2, log_floor, slope = math.log2, math.log2(curve_floor), curve_floor * math.log(2)
    for i, first_year in zip(short, first_years, strict=True):
        share = budget / first_year if first_year > 0 else 1.0
        covered[i] = share if share < 1.0 else 1.0
        beyond = (log2(first_year) if first_year >= curve_floor
                  else log_floor - (curve_floor - first_year) / slope) - at_budget
        penalties[i] = budget_points * (beyond if beyond > 0.0 else 0.0)
    return within, floor, covered, penalties


def _places_short(within: Sequence[bool]) -> list[int]:
    """The places of the plans the budget does not cover: [i for i, covered in enumerate(within) if not
    covered], in Python's own loops rather than the interpreter's (a ranking has sixty-odd plans)."""
    return list(itertools.compress(itertools.count(), map(operator.not_, within)))


def _presence_penalties(member_sets: Sequence[tuple[str, ...]], penalty: float) -> list[float]:
    """The points each plan loses for every presence beyond the first."""
    return [penalty * max(0, len(members) - 1) for members in member_sets]


def _staff_penalties(member_sets: Sequence[tuple[str, ...]], book: CostBook, points: float) -> list[float]:
    """The points each plan loses for the full-time staff its WeCom's chats take (costs.chat_staff_hours), at
    `staff_effort_points` each (`points`: the scenario's staff_count of them): the cost of that staff counted only
    against the budget, WeCom alone stayed the plan at 19 full-time staff taking an overseas brand's orders by
    chat, where a Mini Program beside it would take them by itself."""
    count = len(member_sets)
    if not points > 0:  # (none counted, or an audience of none)
        return [0.0] * count
    return list(map([0.0, points].__getitem__, book.chatting(member_sets)))  # (each plan's True or False)


def budget_doublings(budget: float, first_year: float, cheapest: float) -> float:
    """How many times the likely first-year cost doubles beyond the budget: log2(cost / budget).

    The plan's score loses `budget_penalty_points` for each doubling. Because the points
    follow the difference of one rising curve at the cost and at the budget, a lower
    budget widens the gap between a dearer and a cheaper plan and never narrows it: a
    smaller budget never makes the plan dearer. (Points in proportion to the share not
    covered stop growing once no plan is affordable, and then a far dearer plan could win.)
    Below `cheapest`, the cheapest plan's likely first year or the pack's
    budget_doublings_from_cny where that is higher (not the budget: it must not follow
    the budget), the curve goes on as a straight line, its tangent there, so that a budget
    of ¥0 costs a finite number of points (1.44 doublings for a plan at `cheapest`).
    """
    return _doublings_beyond(_budget_curve(budget, cheapest), first_year, cheapest)


def _doublings_beyond(at_budget: float, first_year: float, cheapest: float) -> float:
    """budget_doublings, from the budget's point on the curve (`_budget_curve(budget, cheapest)`): the
    ranking finds it once for all its plans."""
    return max(0.0, _budget_curve(first_year, cheapest) - at_budget)


def _budget_curve(amount: float, cheapest: float) -> float:
    """log2(amount) from `cheapest` up; below it, the tangent there (rising, and finite at 0)."""
    floor = max(cheapest, 1.0)
    if amount >= floor:
        return math.log2(amount)
    return math.log2(floor) - (floor - amount) / (floor * math.log(2))


@dataclass(frozen=True)
class PlanSets:
    """The plans worth ranking for a scenario, found once for every audience (none of it follows it)."""

    needs: tuple[str, ...]  # the hard needs: those some eligible presence can carry
    unmet: tuple[str, ...]  # the needs no eligible presence can carry
    # Every combination of eligible presences that carries each hard need: by size, then in
    # PRESENCES order, so a plan's place here is the last of the ranking's tie-breaks.
    sets: tuple[tuple[str, ...], ...]
    # The points each plan loses for its presences beyond the first, by the pack's penalty: the same
    # at every audience, session length and budget, so found once (one entry: a basis has one pack).
    _penalties: dict[float, list[float]] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def places(self) -> dict[tuple[str, ...], int]:
        """Each plan's place in `sets`, for finding a ranked plan by its members."""
        return {members: i for i, members in enumerate(self.sets)}

    def presence_penalties(self, penalty: float) -> list[float]:
        found = self._penalties.get(penalty)
        if found is None:
            self._penalties.clear()  # bounded: the pack's one penalty, or the last one asked for
            found = self._penalties[penalty] = _presence_penalties(self.sets, penalty)
        return found


def plan_sets(scenario: Scenario, pack: DataPack) -> PlanSets:
    eligible = [p for p in PRESENCES if is_eligible(p, scenario, pack)]
    needs, unmet = hard_needs(scenario, pack)
    # Which of the hard needs each presence can meet, asked once rather than once per plan.
    meets = {p: {n for n in needs if can_meet(p, n, scenario, pack)} for p in eligible}
    # A key of the memos every audience move looks in (the likely costs', the coverages', the cost rows'):
    # its hash found once, where Python hashed its sixty-odd plans again at each look-up (some 5 µs).
    sets = HashOnce(members for size in range(1, len(eligible) + 1)
                    for members in itertools.combinations(eligible, size)
                    if len(set().union(*(meets[m] for m in members))) == len(set(needs)))
    return PlanSets(needs, unmet, sets)


class Ranking(Sequence[Candidate]):
    """Every admissible plan, best first: the highest score, then the cheaper over the horizon,
    then the smaller, then the earlier in PRESENCES order.

    An evaluation reads only a few ranked plans (the plan, its alternatives, the plans it
    is compared with), so a plan's Candidate is built when read rather than all sixty
    on every slider move.
    """

    def __init__(self, sets: PlanSets, table: FitTable, scenario: Scenario, pack: DataPack, book: CostBook):
        self.sets = sets
        self._scores = scores = _Scores(sets.sets, table, scenario, pack, book,
                                        presence_penalties=sets.presence_penalties(pack.likely("extra_account_penalty")))
        self.floor = scores.floor  # where the budget's points turn from doublings to a straight line
        # The plan whose likely first year every plan's cost is weighed against, and that first year.
        self.cheapest = (scores.cost_from, scores.cheapest)
        self._built: dict[int, Candidate] = {}
        self._place = sets.places
        # Scores closer than _SAME_SCORE count as equal; then the cheaper over the horizon comes
        # first, then the earlier in `sets` (the smaller, then the earlier in PRESENCES order).
        # Only plans that tie on score need their horizon total, and only where they are read: the
        # order is settled by score here, and a run of tied plans is put in order by their totals when
        # a place in it is first asked for (_settle). An evaluation reads the first few places.
        # The runs of tied plans (first place, place after the last) not yet put in order, best last.
        self._ties: list[tuple[int, int]] = []
        self._order: list[int]
        # How many places from the first are in their final order: all but from the first run of tied plans
        # not yet put in order.
        self._settled = 0
        unfloored = scores.unfloored()
        if not np.isfinite(unfloored).all():
            self._order = self._ordered_in_full()
            self._settled = len(self._order)
            return
        # -round(score / _SAME_SCORE) * _SAME_SCORE, as Python's round (to even) gives it, element by
        # element; only the sign of a zero can differ, and -0.0 equals 0.0 in every comparison below.
        rounded = -np.rint(unfloored / _SAME_SCORE) * _SAME_SCORE
        order = rounded.argsort(kind="stable")  # equal scores stay in `sets` order
        in_order = rounded[order]
        self._order = order.tolist()
        self._settled = len(self._order)
        apart = in_order[1:] != in_order[:-1]
        if apart.all():  # no two scores alike (most rankings): no run of tied plans to look for
            return
        edges = [0, *(apart.nonzero()[0] + 1).tolist(), len(order)]  # np.flatnonzero's
        self._ties = [(a, b) for a, b in zip(edges, edges[1:]) if b - a > 1][::-1]
        self._settled = self._ties[-1][0] if self._ties else len(self._order)

    def _ordered_in_full(self) -> list[int]:
        """The whole order, every tie settled at once, where a score is not a finite number (Python's
        round then fails as it always has)."""
        scores = self._scores
        rounded = [-round(scores.score(i) / _SAME_SCORE) * _SAME_SCORE for i in range(len(self.sets.sets))]
        tied = [i for i, count in enumerate(map(Counter(rounded).__getitem__, rounded)) if count > 1]
        totals = dict(zip(tied, scores.likely.totals(tied), strict=True))
        keys = [(score, totals.get(i, 0.0), i) for i, score in enumerate(rounded)]
        return sorted(range(len(keys)), key=keys.__getitem__)

    def _settle(self, places: int) -> None:
        """Put the first `places` places in their final order: the runs of tied plans that reach into
        them, by horizon total (then by place in `sets`), their totals found together."""
        ties = self._ties
        if not ties or ties[-1][0] >= places:
            return
        runs = []
        while ties and ties[-1][0] < places:
            runs.append(ties.pop())
        order = self._order
        tied = [i for a, b in runs for i in order[a:b]]
        totals = dict(zip(tied, self._scores.likely.totals(tied), strict=True))
        for a, b in runs:
            order[a:b] = sorted(order[a:b], key=lambda i: (totals[i], i))
        self._settled = ties[-1][0] if ties else len(order)

    def prefetch(self, places: int, totals: Sequence[Candidate] = (),
                 first_read: Callable[[], Iterable[Candidate]] | None = None) -> None:
        """Find together the likely costs of every plan the first `places` places may hold, and the likely
        totals of the plans `totals`: for an evaluation that reads both (the plans shown, the swaps named).

        `first_read()`: more plans whose totals the evaluation reads, asked for only where no evaluation has
        read these likely costs before (the first at an audience). A budget or session move at an audience
        already met finds nearly all it reads known, and walking the ranking for them took longer than the few
        it finds one at a time."""
        likely = self._scores.likely
        if first_read is not None:
            if not likely.read:
                totals = [*totals, *first_read()]
            likely.read = True
        likely.prefetch(self._reaching(places), [c.place for c in totals])

    def _reaching(self, places: int) -> list[int]:
        """The plans the first `places` places may hold once settled: those there now, and the runs of tied
        plans not yet put in order that reach into them."""
        order = self._order
        reaching = order[:places]
        for a, b in self._ties:
            if a < places < b:
                reaching = reaching + order[places:b]
        return reaching

    def _candidate(self, i: int) -> Candidate:
        found = self._built.get(i)
        if found is None:
            found = self._built[i] = self._scores.candidate(i)
        return found

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, rank: int) -> Candidate: ...

    @overload
    def __getitem__(self, rank: slice) -> list[Candidate]: ...

    def __getitem__(self, rank: int | slice) -> Candidate | list[Candidate]:
        if type(rank) is int and 0 <= rank < self._settled:
            # A place already in its final order, its plan most often built: an evaluation reads the first
            # few places some fifty times.
            i = self._order[rank]
            return self._built.get(i) or self._candidate(i)
        count = len(self._order)
        if isinstance(rank, slice):
            start, stop, step = rank.indices(count)
            upto = stop if step == 1 else count
            # The likely costs of every plan these places may hold, together: the places before `upto` and the
            # runs of tied plans that reach into them (ordered by their totals), rather than the runs' totals
            # first and then the places' likely costs. Settling only reorders those, so the places asked for are
            # among them.
            self.prefetch(upto)
            self._settle(upto)
            return [self._candidate(i) for i in self._order[rank]]
        self._settle(rank + 1 if rank >= 0 else count)
        return self._candidate(self._order[rank])

    def get(self, members: tuple[str, ...]) -> Candidate | None:
        """The ranked plan of exactly these members, if it is admissible."""
        i = self._place.get(members)
        return None if i is None else self._candidate(i)

    def first_within(self, budget: float) -> Candidate | None:
        """The best plan whose likely first-year cost the budget covers."""
        within = self._scores.likely.within(budget)
        if not any(within):
            # No plan within the budget (a budget below every plan's first year): none to find, in whatever
            # order the ranking settles, so no tied run is put in order for it.
            return None
        for rank in range(len(self._order)):
            self._settle(rank + 1)
            i = self._order[rank]
            if within[i]:
                return self._candidate(i)
        return None


def candidates(table: FitTable, scenario: Scenario, pack: DataPack, book: CostBook) -> list[Candidate]:
    """Every admissible plan, best first."""
    ranked = ranking(table, scenario, pack, book)
    return ranked[:]


class _KeptRanking:
    """The last ranking made at one audience, with the fit table and the budget it was made for."""

    def __init__(self) -> None:
        self.table: FitTable | None = None
        self.budget: tuple[object, ...] = ()
        self.ranking: Ranking | None = None


# How many next best plans every view shows beside the plan.
ALTERNATIVES = 2


def pads(alt: Candidate, base: Candidate, table: FitTable, scenario: Scenario, pack: DataPack) -> bool:
    """Whether `alt` is `base` with presences added that would have no job in it and cost no less (next_best)."""
    return _idle_added(alt, base, table, scenario, pack) and alt.total_likely >= base.total_likely


def _idle_added(alt: Candidate, base: Candidate, table: FitTable, scenario: Scenario, pack: DataPack) -> bool:
    """Whether `alt` is `base` with presences added that would have no job in it (whatever they cost): from the
    plans' roles alone, so kept with the table's basis (next_best asks it of a dozen pairs at every move)."""
    key = ("idle added", alt.members, base.members)
    found = table.basis.kept.get(key)
    if found is None:
        found = table.basis.kept[key] = _find_idle_added(alt.members, base.members, table, scenario, pack)
    return found


def _find_idle_added(alt: tuple[str, ...], base: tuple[str, ...], table: FitTable, scenario: Scenario,
                     pack: DataPack) -> bool:
    if not set(base) < set(alt):
        return False
    roles = kept_duties(alt, table, scenario, pack)
    return not any(roles.get(m) for m in alt if m not in base)


def next_best_reads(ranked: Ranking, table: FitTable, scenario: Scenario, pack: DataPack,
                    count: int = ALTERNATIVES) -> list[Candidate]:
    """Plans whose likely totals next_best and the cards it gives read, for finding them in one sort with the
    others an evaluation reads: the plan, and the ranking after it up to the `count`-th plan that is neither the
    plan nor a plan counted before it with idle presences added. next_best weighs each such padded plan by its
    total against the plan it pads (the plan, or a plan it shows); each other plan there it either weighs as
    padding another by its total, or shows, and a card shown says its total against the plan's (why_not). Where
    a padded plan costs less than the plan it pads (a real choice, which it shows), it may stop sooner, and the
    last few totals here are found for nothing. One at a time, each total took a sort and a few array operations
    of its own: five or so at every audience move; counted against the plan alone, the plans next_best read on
    to past one that padded a plan it shows (one audience move in three of the examples' drags)."""
    if not len(ranked):
        return []
    best = ranked[0]
    reads, plain = [best], [best]
    for rank in range(1, len(ranked)):
        alt = ranked[rank]
        reads.append(alt)
        # As next_best weighs it against the plan and the plans it shows: a plan that is another plain one with
        # idle presences added may be padding it (next_best then reads on, where each total it found beyond these
        # took a sort of its own: a third of the audience moves of the examples' drags).
        if not any(_idle_added(alt, base, table, scenario, pack) for base in plain):
            plain.append(alt)
            if len(plain) > count:
                break
    return reads


def next_best(ranked: Ranking, table: FitTable, scenario: Scenario, pack: DataPack,
              count: int = ALTERNATIVES) -> list[Candidate]:
    """The next best plans a client is shown (and the one the plan's lead is measured against), best first: the
    ranking after the plan, without the plan itself with presences added that would have no job in it and cost
    no less. Such a plan scores the extra presences' effort below the plan and changes nothing else, so as "the
    next best" it showed a client no alternative: in five of the nine examples both cards under the plan were
    the plan plus a presence "which would have no job in it" (city_service, yoga_teacher, factory_staff).
    One that is cheaper (a WeChat presence as the cheaper way in for users won through ads) is a real choice.
    Where fewer than `count` plans are left, the padded ones fill the places, in ranked order: fitness_coaching's
    heart-rate app is in every plan that can carry its needs, and a card saying that an Official Account beside it
    would have nothing to do answers the client's question better than no card."""
    if not len(ranked):
        return []
    found: list[int] = []
    padded: list[int] = []
    for rank in range(1, len(ranked)):
        alt = ranked[rank]
        # Padded against the plan, or against a plan already chosen to be shown (yoga_teacher's third card was her next
        # best, the Official Account, with a Channels that would have nothing to do: the same card again).
        if any(pads(alt, ranked[shown], table, scenario, pack) for shown in (0, *found)):
            padded.append(rank)
            continue
        found.append(rank)
        if len(found) == count:
            break
    return [ranked[rank] for rank in sorted(found + padded[:count - len(found)])]


def ranking(table: FitTable, scenario: Scenario, pack: DataPack, book: CostBook) -> Ranking:
    """Every admissible plan, best first; the plans worth ranking are kept for other audiences.

    A ranking reads the scenario only through the fit table at its audience and session length
    (which holds the plans worth ranking), the budget, and the cost parts and pack figures that
    choose the book's store: the last one made at an audience is kept with the costs there, so a
    drag back over an audience, or a move of a slider that changes no fit and no budget, finds it.
    The table is the very object the ranking was made from (a fit basis keeps its tables).
    """
    kept = book.remember(("ranking",), _KeptRanking)
    budget = scenario.budget_cny
    # The budget's value, type and sign (0.0 and -0.0 are equal but divide differently).
    key = (budget, type(budget), math.copysign(1.0, budget))
    if kept.ranking is not None and kept.table is table and kept.budget == key:
        return kept.ranking
    sets = table.basis.keep(("plan sets",), lambda: plan_sets(scenario, pack))
    ranked = Ranking(sets, table, scenario, pack, book)
    kept.table, kept.budget, kept.ranking = table, key, ranked
    return ranked


def weak_goals_reason(members: Sequence[str], duties: Mapping[str, Sequence[str]], table: FitTable,
                      pack: DataPack, the_plan: bool = True) -> Reason | None:
    """The client's goals that no member of the plan carries (each member's fit for them is weak: fit.member_duties),
    in one sentence; None where every goal is carried, or the plan holds no presence (its own sentence says why).
    `the_plan`: False for another plan (an alternative, a variant), whose sentence says "this plan", not "the plan"
    (the plan recommended)."""
    if not members:
        return None
    carried = {duty for member in members for duty in duties.get(member, ())}
    weak = [dim.name for dim in table.dims if dim.kind == "goal" and dim.name not in carried]
    if not weak:
        return None
    if len(weak) == 1:
        j = table.index(weak[0])
        best = max(members, key=lambda m: table.row(m)[j])  # (the first of equals)
        return Reason(R.PLAN_WEAK_GOAL if the_plan else R.OTHER_PLAN_WEAK_GOAL,
                      {"goal": duty_terms(weak)[0], "member": Held([best]), "score": round(float(table.row(best)[j]))})
    return Reason(R.PLAN_WEAK_GOALS if the_plan else R.OTHER_PLAN_WEAK_GOALS,
                  {"goals": duty_terms(weak), "weak": round(pack.likely("weak_fit_below"))})


class ShownPoints(NamedTuple):
    """A plan's score as its lines write it, in whole units of the last digit shown (see shown_points)."""

    coverage: int
    score: int
    effort: int  # the points its presences beyond the first take
    staff: int  # the points the staff its WeCom's chats take take
    cost: int  # the points its first-year cost takes, in doublings over the cheapest plan's
    budget: int  # the points its budget takes
    full: int | None  # where the score stopped at 0, the points the penalties' rules would take in full; else None


def shown_points(plan: Candidate, digits: int = 0) -> ShownPoints:
    """A plan's coverage and score, and the points its presences, its WeCom's chats, its cost and its budget
    take, in whole units of the last digit shown (`digits`), so that coverage less the four reads as the score
    as written.

    Rounded one by one, the parts could miss the rounded score by a unit; one part (the budget's, else the
    chats', else the cost's, else the presences') takes the difference, so the lines add up as read,
    and a part that would fall below 0 so gives it to the part before. Where the penalties in full would take
    the score below 0, the parts take the points the plan had, and `full` says how many their rules would take."""
    unit = 10 ** digits
    coverage, score = round(plan.coverage * unit), round(plan.score * unit)
    penalties = (plan.presence_penalty, plan.staff_penalty, plan.cost_penalty, plan.budget_penalty)
    # The parts that take points, the one that takes the rounding's difference last: the budget's, else the
    # chats', else the cost's, else the presences' (the cost's is checked against its multiple, the presences'
    # against their count, so each takes it only where no other part can).
    taken = [i for i in (0, 2, 1, 3) if penalties[i] > 0] or [0]
    parts = [round(penalty * unit) if i in taken else 0 for i, penalty in enumerate(penalties)]
    parts[taken[-1]] = coverage - score - sum(parts[i] for i in taken[:-1])
    for later, earlier in zip(taken[:0:-1], taken[-2::-1]):
        if parts[later] < 0:
            parts[earlier], parts[later] = parts[earlier] + parts[later], 0
    effort, staff, cost, budget = parts
    full = round(sum(penalties) * unit)
    return ShownPoints(coverage, score, effort, staff, cost, budget,
                       full if plan.floored and full > effort + staff + cost + budget else None)


def staff_count(scenario: Scenario, pack: DataPack) -> float:
    """The full-time staff a plan's WeCom chats take, where it serves, sells or takes payments by them."""
    return chat_staff_hours(scenario, pack) / pack.likely("staff_hours_per_month")


def plan_reasons(best: Candidate, scenario: Scenario, pack: DataPack, digits: int = 0) -> list[Reason]:
    """The plan's coverage and the points it loses, in points that add up to its score as shown
    (whole, or to `digits` decimals where the three best plans' scores are written so: score_digits).

    Where the penalties in full would take the score below 0, the lines take the points the plan
    had, and one more line says so, with the points their rules would take."""
    # (The lines are worked out in whole units of the last digit shown.)
    coverage, score, effort, staff, cost, budget, full = shown_points(best, digits)
    # The first line says how the lines make the score ("80.7 …; less the points that follow, it scores
    # 70.7"), so that coverage and score, both out of 100, never stand side by side unexplained.
    taken = effort > 0 or staff > 0 or cost > 0 or budget > 0
    out = [Reason(R.PLAN_SCORE_LESS if taken else R.PLAN_SCORE, {"coverage": score_shown(coverage, digits),
                                                                     "score": score_shown(score, digits)},
                  best.coverage)]
    if effort > 0:
        out.append(Reason(R.PLAN_PRESENCE_COST, {"count": len(best.members), "points": points_shown(effort, digits)},
                          -best.presence_penalty))
    unit = 10 ** digits
    if staff > 0:
        # Where a line takes the rounding's difference (shown_points), its points are a unit off its rule's: it says so.
        # (Not at the floor: there the lines take the points the plan had, and a line of its own says so.)
        rounding = full is None and staff != round(best.staff_penalty * unit)
        out.append(Reason(R.PLAN_STAFF_COST_ROUNDING if rounding else R.PLAN_STAFF_COST,
                          {"points": points_shown(staff, digits), **R.staff_time(chat_staff_hours(scenario, pack))},
                          -best.staff_penalty))
    if cost > 0:
        # Where the line takes the rounding's difference (no budget or chats to take it), its points may read a unit
        # off its multiple's doublings ("1 point … 1.2 times"): it says so.
        rounding = cost != round(best.cost_penalty * unit)
        out.append(cost_line(best, points_shown(cost, digits), rounding=rounding))
    if budget > 0:
        none = best.budget_covered <= 0  # (no budget at all)
        rounding = full is None and budget != round(best.budget_penalty * unit)
        template = ((R.PLAN_BUDGET_NONE_ROUNDING if rounding else R.PLAN_BUDGET_NONE) if none
                    else R.PLAN_BUDGET_COST_ROUNDING if rounding else R.PLAN_BUDGET_COST)
        out.append(Reason(template,
                          {"share": Share(best.budget_covered), "points": points_shown(budget, digits)},
                          -best.budget_penalty))
    if full is not None:
        out.append(Reason(R.PLAN_SCORE_FLOOR, {"full": points_shown(full, digits),
                                               "points": points_shown(effort + staff + cost + budget, digits)},
                          best.unfloored))
    return out


def _alike(template: str, one: float, other: float) -> str:
    """`template`, or its form for two amounts that read alike once rounded (R.ALIKE_FORMS)."""
    return R.ALIKE_FORMS[template] if rounded(one) == rounded(other) else template


def times_written(times: float) -> float:
    """A multiple of a first year as the sentences write it: to a tenth, or below 1.1 to as many decimals as keep it
    above 1 (up to four), where a tenth would read "1 times" or "1.1 times" beside points that are not a doubling's
    tenth."""
    if times >= 1.095:
        return round(times, 1)
    return next((round(times, d) for d in (2, 3) if round(times, d) > 1), round(times, 4))


def cost_line(plan: Candidate, points: int | float, rounding: bool = False) -> Reason:
    """The plan's line for the points its cost takes: its likely first year as a multiple of the cheapest plan's
    (or of the amount from which a cost counts, where the cheapest plan costs less), so that the points can be
    checked against the cost table: each doubling takes `cost_points_per_doubling`."""
    times = times_written(plan.cost_times)
    if plan.cheapest:
        return Reason(R.PLAN_COST_POINTS_ROUNDING if rounding else R.PLAN_COST_POINTS,
                      {"points": points, "times": times, "cheapest": R.Plan(plan.cheapest)}, -plan.cost_penalty)
    return Reason(R.PLAN_COST_POINTS_FROM_ROUNDING if rounding else R.PLAN_COST_POINTS_FROM,
                  {"points": points, "times": times, "from": Money(plan.cost_from)}, -plan.cost_penalty)


# Coverage closer than this is the same: "covers less" would be false.
_SAME_COVERAGE = 0.05
# An alternative this much cheaper than the plan over the horizon (a share of the plan's likely total) says so: a
# smaller difference is within the plans' cost ranges many times over, and the card's own figure shows it.
CLEARLY_CHEAPER = 0.1


def why_not(alt: Candidate, best: Candidate, table: FitTable, scenario: Scenario,
            pack: DataPack, digits: int = 0, cost: Reason | None = None,
            ahead: Candidate | None = None) -> list[Reason]:
    """The one or two reasons that separate an alternative from the plan, biggest first (its score and
    the plan's with `digits` decimals, as score_digits gives them for the plans shown), and `cost`,
    why it costs less though larger or more though smaller (cost_reasons.py), always kept; and, where
    `ahead` (the plan shown just before it, not the plan) scores the same, that it costs less."""
    gap = best.score - alt.score
    out = []
    extra = alt.total_likely - best.total_likely
    if alt.floored and best.floored:
        # Both at 0: the plan is ahead by the points it lost beyond 0 (the ranking's order before the floor).
        out.append(Reason(R.WHY_NOT_BOTH_AT_ZERO, {"points": max(1, round(best.unfloored - alt.unfloored))},
                          alt.unfloored - best.unfloored))
    elif gap < _SAME_SCORE and extra >= 0.5:
        out.append(Reason(_alike(R.WHY_NOT_TIE, alt.total_likely, best.total_likely),
                          {"cost": Difference(alt.total_likely, best.total_likely),
                           "years": scenario.horizon_years}, -gap))
    elif gap < _SAME_SCORE and abs(extra) < 0.5:
        # Level on both: "scores 69.2 against the plan's 69.2" would leave the order unexplained
        # (city_service at 35M users: Channels, and the Official Account + Channels at the same cost).
        larger = len(alt.members) > len(best.members)
        out.append(Reason(R.WHY_NOT_TIE_LARGER if larger else R.WHY_NOT_TIE_EVEN, {}, -gap))
    else:
        # Written as the three best plans' headings write them (Words.plan_scores): "61.0 against 61.4".
        score, best_score = Fixed(alt.score, digits), Fixed(best.score, digits)
        if score == best_score:
            # A close call too, said as a note as the one below is (PlanResult.close_call).
            out.append(Reason(R.WHY_NOT_HAIR, {"best": best_score}, 0.0))
        elif best_score - score < pack.likely("close_call_points") - 1e-9:
            # Nearer than the model's own weights can tell apart (fitness_coaching: 66.5 against 66.8 read as a
            # clear win): said, so that a client weighs this plan too rather than take the order as a verdict.
            # Apart as written, which a client can check: 28.5 against 29.5 is a point apart, not a close call.
            # (Said as a note, not as a point against it: the views mark it so, where a ✗ or a minus beside "weigh
            # this plan too" argued against the plan it asks the client to consider.)
            out.append(Reason(R.WHY_NOT_CLOSE, {"score": score, "best": best_score}, 0.0))
        else:
            out.append(Reason(R.WHY_NOT_LOWER, {"score": score, "best": best_score}, -gap))
    causes: list[Reason] = []
    weights = table.basis.shares
    best_scores, alt_scores = table.columns(best.members), table.columns(alt.members)
    losses = (best_scores - alt_scores) * weights
    j = int(losses.argmax())  # the array's own method: np.argmax's dispatch takes longer than the work
    if losses[j] > 0.5:
        dim = table.dims[j]
        carrier = table.carriers(list(alt.members))[dim.name] if alt.members else ""
        over = push_reason(carrier, scenario, pack) if dim.kind == "push" and carrier else None
        if over is not None and over.template == R.PUSH_OVER_LIMIT:
            # The sentence the carrier's own panel shows: "may message followers only 4 times a month".
            causes.append(Reason(over.template, over.params, -float(losses[j])))
        else:
            duty = dim.kind in ("goal", "need", "push")
            term = duty_terms([dim.name])[0] if duty else Term(dim.name)
            causes.append(Reason(R.WHY_NOT_DIMENSION if duty else R.WHY_NOT_FIT,
                                 {"dimension": term, "alt": round(alt_scores[j]), "best": round(best_scores[j])},
                                 -float(losses[j])))
    extra_penalty = alt.presence_penalty - best.presence_penalty
    added = [m for m in alt.members if m not in best.members]
    # What it adds that has no job in it (the roles every view shows): said, so that a plan that only adds a presence
    # with nothing to do reads as that.
    roles = kept_duties(alt.members, table, scenario, pack)
    idle = [m for m in added if not roles.get(m)]
    if extra_penalty > 0:
        # The card's heading already names what the plan adds and drops; this says what it costs.
        effort = {"count": len(alt.members), "base": len(best.members), "points": _number(extra_penalty)}
        if idle and idle == added and set(best.members) <= set(alt.members) and any(roles.values()):
            causes.append(Reason(R.WHY_NOT_EXTRA_IDLE, {**effort, "presences": Members(idle)}, -extra_penalty))
        else:
            causes.append(Reason(R.WHY_NOT_EXTRA, effort, -extra_penalty))
    extra_staff = alt.staff_penalty - best.staff_penalty
    if extra_staff > 0.05:  # (a tenth of a point or more: written to one decimal)
        causes.append(Reason(R.WHY_NOT_STAFF, {**R.staff_time(chat_staff_hours(scenario, pack)),
                                               "points": _number(extra_staff)}, -extra_staff))
    same_cost = []
    if added and set(best.members) <= set(alt.members) and abs(extra) < 0.5:
        # The same cost beside a larger plan reads as a slip unless the card says why.
        # An official account beside a plan that pays for its articles already (an official account's, or WeCom's
        # mass messages, costs.CostBook.articles) would publish those.
        articles = (best.book.articles(best.members) is not None
                    and all(m in OFFICIAL_ACCOUNTS for m in added))
        # Channels beside an individual's plan: she films its videos herself (costs: no production counted), where it
        # has videos to show (a Channels with no job in the plan shows none).
        own_videos = "channels" in added and "channels" not in idle and writes_own_articles(scenario)
        # Channels beside a member that carries the video goal: the plan pays for those videos already.
        paid_videos = added == ["channels"] and best.book.films(best.members)
        template = (R.WHY_NOT_SAME_COST_OWN_VIDEOS if own_videos else R.WHY_NOT_SAME_COST if articles
                    else R.WHY_NOT_SAME_COST_VIDEOS if paid_videos else R.WHY_NOT_SAME_COST_PLAIN)
        same_cost.append(Reason(template, {"presences": Terms(added)}, 0.0))
    elif (abs(extra) < 0.5 and "mini_program" in best.members and "mini_program" not in alt.members
          and service_pay_pages(alt.members, scenario, pack, table)):
        # Its Service Account's payment pages are costed as the plan's Mini Program (service_pay_pages_share): two
        # plans at one cost, range and all, read as a slip (city_service's Service Account alone at its plan's ¥964k).
        same_cost.append(Reason(R.WHY_NOT_SAME_COST_PAY_PAGES, {}, 0.0))
    dropped = [m for m in best.members if m not in alt.members]
    if dropped and not causes and best.coverage - alt.coverage > _SAME_COVERAGE:
        causes.append(Reason(R.WHY_NOT_FEWER, {"presences": R.Held(dropped)}, -(best.coverage - alt.coverage)))
    extra_budget = alt.budget_penalty - best.budget_penalty
    # The budget is named where it takes a point or more, or where it alone sets the plans apart
    # (fitness_coaching's next best covers as much and is a little dearer).
    if extra_budget > 0.5 or (extra_budget > 0 and not causes):
        # Beyond the budget is a reason against this plan only where the plan is within it; where both
        # are beyond it, this one is further beyond (its points grow with its first-year cost).
        if best.first_year_likely > scenario.budget_cny:
            causes.append(Reason(R.WHY_NOT_BUDGET_FURTHER, {"cost": Money(alt.first_year_likely),
                                                            "budget": Money(scenario.budget_cny),
                                                            "plan_cost": Money(best.first_year_likely)},
                                 -extra_budget))
        else:
            causes.append(Reason(R.WHY_NOT_BUDGET, {"cost": Money(alt.first_year_likely),
                                                    "budget": Money(scenario.budget_cny)}, -extra_budget))
    extra_cost = alt.cost_penalty - best.cost_penalty
    # Its cost, weighed in doublings over the cheapest plan's, where that takes half a point or more, or where it
    # alone sets the plans apart (300 users: an Official Account + Mini Program, 0.9 points more coverage at
    # nearly four times the first year of a Mini Program + WeCom). As a multiple of the plan's first year, or, where
    # the plan's costs less than the amount a cost counts from, of that amount (the plan's ¥874 read "13.2 times the
    # plan's" for ¥132k), so that the multiple and the points can be checked against each other.
    below = best.first_year_likely < best.cost_from
    times = times_written(alt.cost_times if below else alt.cost_times / best.cost_times)
    # (Points written to a tenth: "0 more points for its cost" beside a gap of 0.1 explained nothing.)
    dearer: Reason | None = None
    if times > 1 and _number(extra_cost) > 0 and (extra_cost > 0.5 or not causes):
        params: dict[str, object] = {"times": times, "points": _number(extra_cost)}
        dearer = Reason(R.WHY_NOT_COST_FROM if below else R.WHY_NOT_COST,
                        {**params, "from": Money(best.cost_from)} if below else params, -extra_cost)
        causes.append(dearer)
    causes.sort(key=lambda r: r.impact)
    notes = same_cost + ([cost] if cost is not None else [])
    # (A cost sentence that compares the card with another card, not the plan, leaves the plan's question open: WeCom
    # alone at ¥617 beside the plan's ¥5,319 said only "Costs more than Service Account + WeCom".)
    about_plan = cost is not None and cost.template not in THAN_ANOTHER
    if not about_plan and gap >= _SAME_SCORE and -extra >= max(0.5, CLEARLY_CHEAPER * best.total_likely):
        # Cheaper, and still behind: said, since a client's first question of a cheaper plan is why not it.
        # In a close call the gap is nothing the model can tell: what it costs less is then a reason to choose it.
        # (A hair below, written alike, is as close a call: "does not make up the gap" there argued with its own note.)
        close = out[0].template in (R.WHY_NOT_CLOSE, R.WHY_NOT_HAIR)
        notes.append(Reason(R.WHY_NOT_CHEAPER_CLOSE if close else R.WHY_NOT_CHEAPER,
                            {"cost": Difference(best.total_likely, alt.total_likely),
                             "years": scenario.horizon_years}, 0.0))
    if ahead is not None and (abs(ahead.score - alt.score) < _SAME_SCORE
                              or Fixed(ahead.score, digits) == Fixed(alt.score, digits)):
        # A tie is ranked by cost: said, since each card only compares with the plan (city_service: 74 and 74).
        # The same where the two read alike, the cheaper a hair ahead for its cost (its first year weighed in
        # doublings): 74.4 and 74.4 otherwise stood in an order nothing on the cards explained.
        cheaper_by = alt.total_likely - ahead.total_likely
        first_cheaper_by = alt.first_year_likely - ahead.first_year_likely
        if cheaper_by >= 0.5:
            notes.insert(0, Reason(_alike(R.WHY_NOT_TIE_AHEAD, alt.total_likely, ahead.total_likely),
                                   {"plan": R.Plan(ahead.members),
                                    "cost": Difference(alt.total_likely, ahead.total_likely),
                                    "years": scenario.horizon_years}, 0.0))
        elif first_cheaper_by >= 0.5 and alt.cost_penalty > ahead.cost_penalty:
            # Ahead for a cheaper first year though it costs as much or more over the horizon: its cost is weighed by
            # the first year (86.31 and 86.31, the first ¥33.03M over 3 years against ¥32.96M, stood unexplained).
            notes.insert(0, Reason(_alike(R.WHY_NOT_TIE_AHEAD_FIRST_YEAR, alt.first_year_likely,
                                          ahead.first_year_likely),
                                   {"plan": R.Plan(ahead.members),
                                    "cost": Difference(alt.first_year_likely, ahead.first_year_likely)},
                                   0.0))
        elif alt.score < ahead.score - _SAME_SCORE:
            # Behind by less than the decimals written, and no dearer: a hair, as the plan's own line says of one
            # (cross_border_skincare's third at 68.09 beside the next best's 68.13, both "68").
            notes.insert(0, Reason(R.WHY_NOT_HAIR_AHEAD, {"plan": R.Plan(ahead.members)}, 0.0))
    kept = causes[:max(0, 2 - len(notes))]
    if dearer is not None and dearer not in kept and extra >= CLEARLY_CHEAPER * best.total_likely:
        # Clearly dearer than the plan, its cost against the plan's is said, whatever else the card says: car_brand's
        # first alternative, at ¥7.88M over 5 years against the plan's ¥3.84M, was compared only with the second
        # alternative ("Costs more than Mini Program + Channels + Native app … though it lacks a Mini Program").
        kept.append(dearer)
    return out + kept + notes


def _number(value: float) -> int | float:
    return int(round(value)) if abs(value - round(value)) < 1e-9 else round(value, 1)


def swap_sentence(swap: tuple[str, Candidate] | None, best: Candidate, scenario: Scenario, pack: DataPack,
                  digits: int = 0) -> Reason | None:
    """Where a presence left out has a higher fit than a member of the plan, what putting it in that
    member's place would do to the plan's score and cost, from the swap swap_of found for it (the member
    replaced, and the plan that makes): a panel with the higher fit outside the plan then says on the
    same screen why the plan holds the other (car_brand: the Service Account at 59 beside the plan's
    Official Account at 44). None where no such swap is a plan."""
    if swap is None:
        return None
    member, swapped = swap
    params: dict[str, object] = {"member": Term(member), "score": Fixed(swapped.score, digits),
                                 "best": Fixed(best.score, digits), "cost": Money(swapped.total_likely),
                                 "plan_cost": Money(best.total_likely), "years": scenario.horizon_years}
    # Where it costs more because it sends fewer of the messages free, the sentence says so: the swapped plan's
    # cost, twice the plan's, stood unexplained beside the presence's own limit on messages.
    # (Both as written: an audience of none costs ¥0 either way, and a fraction of a message reads "0.0". The
    # messages only where the cost is higher: finding them costs more than the rest of the sentence.)
    if swapped.total_likely > best.total_likely and rounded(swapped.total_likely) > rounded(best.total_likely):
        reach, plan_reach = (messages_as_written(paid_messages_per_month(m, scenario, pack))
                             for m in (swapped.members, best.members))
        if reach > plan_reach:
            return Reason(_same_score(R.NOT_IN_PLAN_SWAP_REACH if plan_reach == 0 else R.NOT_IN_PLAN_SWAP_REACH_MORE,
                                      params),
                          {**params, "reach": reach, "plan_reach": plan_reach,
                           "wanted": messages_as_written(scenario.pushes_per_month)}, swapped.score - best.score)
    return Reason(_alike(_same_score(R.NOT_IN_PLAN_SWAP, params), swapped.total_likely, best.total_likely), params,
                  swapped.score - best.score)


def _same_score(template: str, params: Mapping[str, object]) -> str:
    """A swap sentence, or its form for scores that read alike ("would score 51 against 51" read as a slip)."""
    return R.SAME_SCORE_FORMS[template] if params["score"] == params["best"] else template


def swap_of(presence: str, best: Candidate, ranked: Ranking,
            fits: Mapping[str, float]) -> tuple[str, Candidate] | None:
    """The member of the plan a presence left out would best take the place of, with the plan that makes
    (swap_sentence), where the presence has the higher fit and that plan is admissible; else None. From
    the scores alone: an evaluation finds the swaps of every presence, then their costs together."""
    swaps = []
    for member in best.members:
        if round(fits[member]) >= round(fits[presence]):
            continue
        members = tuple(p for p in PRESENCES if (p in best.members and p != member) or p == presence)
        swapped = ranked.get(members)
        if swapped is not None:
            swaps.append((member, swapped))
    if not swaps:
        return None
    return max(swaps, key=lambda swap: swap[1].score)


def with_added(presence: str, best: Candidate, ranked: Ranking) -> Candidate | None:
    """The plan with `presence` added, as ranked (None where it carries no hard need, which a superset always does)."""
    return ranked.get(_added(best.members, presence))


@lru_cache(maxsize=512)  # every set of the six presences, with each of them: 64 × 6 at most
def _added(members: tuple[str, ...], presence: str) -> tuple[str, ...]:
    """`members` with `presence`, in PRESENCES order: asked a dozen times an evaluation, of a few plans."""
    return tuple(p for p in PRESENCES if p in members or p == presence)


def not_in_plan_reason(presence: str, best: Candidate, ranked: Ranking, table: FitTable, scenario: Scenario,
                       pack: DataPack, digits: int = 0) -> Reason:
    """Why an eligible presence is left out: what adding it would do to the plan's score, and why.

    Every superset of the plan carries its hard needs, so the plan with the presence
    added is among the ranked candidates, and its score is never above the plan's.
    The points are the difference of the two scores as written (`digits`, score_digits):
    70.7 beside 68.0 is 2.7 points, never "3". The cause named is the larger of the two
    losses: the budget's points (its first-year cost beyond the budget) or the effort of
    one more presence, where what it does best the plan already covers.
    """
    with_it = with_added(presence, best, ranked)
    assert with_it is not None  # a superset of the plan is admissible
    delta = with_it.score - best.score
    unit = 10 ** digits
    points = points_shown(round(best.score * unit) - round(with_it.score * unit), digits)
    if points <= 0:
        return Reason(R.NOT_IN_PLAN_TIE, {}, delta)
    extra_budget = with_it.budget_penalty - best.budget_penalty
    # "Mostly because of the budget" only where the budget's points outweigh the coverage it would lower too: with no
    # goal ticked, a native app added halved the coverage (28.7 points) and the sentence named the budget's 19.1.
    lowered = best.coverage - with_it.coverage
    if extra_budget > with_it.effort_penalty - best.effort_penalty and extra_budget >= lowered:
        # yoga_teacher's Channels: 65 points, nearly all of them its video production against a ¥20k budget.
        over_already = best.first_year_likely > scenario.budget_cny
        params: dict[str, object] = {"points": points, "plan_cost": Money(best.first_year_likely),
                                     "cost": Money(with_it.first_year_likely), "budget": Money(scenario.budget_cny)}
        if best.staff_penalty - with_it.staff_penalty > 0.05:
            # It would take the payments off WeCom's chats: said beside the budget, as the point to watch says a Mini
            # Program takes them by itself (a card gave the budget alone beside 120 staff hours a month).
            return Reason(R.NOT_IN_PLAN_BUDGET_FURTHER_SPARES if over_already else R.NOT_IN_PLAN_BUDGET_SPARES,
                          {**params, **R.staff_time(chat_staff_hours(scenario, pack))}, delta)
        return Reason(R.NOT_IN_PLAN_BUDGET_FURTHER if over_already else R.NOT_IN_PLAN_BUDGET, params, delta)
    if with_it.staff_penalty - best.staff_penalty > 0.05:
        # Its WeCom would serve, sell or take payments by its staff's chats: the staff it takes is said.
        return Reason(R.NOT_IN_PLAN_STAFF_ADDED, {"points": points, "effort": _number(with_it.presence_penalty
                                                                                      - best.presence_penalty),
                                                  **R.staff_time(chat_staff_hours(scenario, pack))}, delta)
    # Jobs are never a column a slider drag moves (fit.FitBasis), so this is kept for the next move.
    strongest, carrier = table.basis.keep(("does best", presence, best.members),
                                          lambda: _does_best_and_carrier(presence, best, table, pack))
    if strongest is None:
        effort = with_it.presence_penalty - best.presence_penalty
        if effort <= 0:
            return Reason(R.NOT_IN_PLAN_PLAIN, {"points": points}, delta)
        shown = _number(effort)
        params = {"points": points, "effort": shown}
        saved = best.staff_penalty - with_it.staff_penalty
        if saved > 0.05:  # it would take the payments off the chats, yet costs more than that spares
            return Reason(R.NOT_IN_PLAN_STAFF_SAVED, {**params, "saved": _number(saved)}, delta)
        # The points as written in three parts: one more presence to run, the coverage it would lower or raise
        # (to the scores' decimals: whole, "5.5 points: 5 for one more presence … (54 against 55)" read as parts
        # of 6), and the rest, what its first year takes (its cost in doublings, and the budget's points), so that
        # the parts add up to the total as written (each rounded alone, 5 + 1 + 29 read for 36).
        alt_units, covered_units = round(with_it.coverage * unit), round(best.coverage * unit)
        alt, covered = score_shown(alt_units, digits), score_shown(covered_units, digits)
        gain = alt_units - covered_units
        money = round(best.score * unit) - round(with_it.score * unit) - round(float(shown) * unit) + gain
        dearer, cheaper = with_it.money_penalty > best.money_penalty, with_it.money_penalty < best.money_penalty
        coverages: dict[str, object] = {"alt": alt, "best": covered}
        if gain < 0:
            coverages["suits"] = _suits_less(table, best.members, with_it.members)
        if gain > 0 and money > 0 and dearer:
            # It would cover more, and loses for its effort and its first year together: "one more presence to
            # run costs 5, more than it adds" was false where it adds 6.9 and its first year takes 3.7.
            return Reason(R.NOT_IN_PLAN_MORE_COVERED_DEARER,
                          {**params, **coverages, "cost_points": points_shown(money, digits)}, delta)
        if float(shown) == float(points):
            return Reason(R.NOT_IN_PLAN_EFFORT, params, delta)
        if float(shown) > float(points):
            return Reason(R.NOT_IN_PLAN_EFFORT_MORE, params, delta)
        if gain < 0:  # the plan with it would cover less
            if money > 0 and dearer:
                # Beyond a budget the plan's own first year is beyond already, the budget's points alone (its cost
                # in doublings rounds to nothing): said as that. Else a dearer first year, whatever takes its
                # points: "3.4 for its cost" read as ten times the cost, where 3.2 of them were the budget's.
                cost_points = round((with_it.cost_penalty - best.cost_penalty) * unit)
                if extra_budget > 0 and cost_points == 0 and best.first_year_likely > scenario.budget_cny:
                    return Reason(R.NOT_IN_PLAN_EFFORT_LESS_BUDGET,
                                  {**params, "budget": points_shown(money, digits), **coverages}, delta)
                return Reason(R.NOT_IN_PLAN_EFFORT_LESS_COST,
                              {**params, "cost_points": points_shown(money, digits), **coverages}, delta)
            if money < 0 and cheaper:
                # It would make the first year cheaper, and win back some of the points (5 for one more presence
                # and 4.71 of coverage, less 0.33 back, for 9.38).
                return Reason(R.NOT_IN_PLAN_EFFORT_LESS_CHEAPER,
                              {**params, "saved_points": points_shown(-money, digits), **coverages}, delta)
            return Reason(R.NOT_IN_PLAN_EFFORT_LESS, {**params, **coverages}, delta)
        if gain == 0 and money > 0 and dearer:
            # As much covered: the rest of the points are its first year's.
            return Reason(R.NOT_IN_PLAN_EFFORT_COST, {**params, "cost_points": points_shown(money, digits)}, delta)
        return Reason(R.NOT_IN_PLAN_PLAIN, {"points": points}, delta)
    # (What it does best as the plan's member covers it: "what it does best, 1:1 contact with customers, the plan's
    # Service Account already covers", which holds no customer groups.)
    return Reason(R.NOT_IN_PLAN, {"points": points, "carrier": Term(carrier),
                                  "dimension": duty_terms([strongest], carrier)[0]}, delta)


# A saving is a point in the presence's favour on its card (the handout lists a card's points by their sign), of no
# score points: the score has counted it already.
SAVING_POINT = 0.01


def added_cheaper_sentence(presence: str, best: Candidate, ranked: Ranking, scenario: Scenario,
                           plan_total: float) -> Reason | None:
    """Where adding a presence left out would make the plan cheaper over the horizon (as written), that it would and
    by how much, beside the points that keep it out: bank_care's Mini Program read only "adding it would lower the
    plan's score by 3.1 points; one more presence to run costs 5 points", where the plan with it cost ¥7.61M over 5
    years against ¥14.4M (its users won through ads come in through WeChat rather than as app installs). The score
    weighs a plan's cost by its first year's doublings; a client weighing the saving against one more presence to run
    is told both. None where it would cost as much or more. `plan_total`: the plan's likely total as its result states
    it (the same likely total, summed in another order)."""
    with_it = with_added(presence, best, ranked)
    if with_it is None or not rounded(with_it.total_likely) < rounded(best.total_likely):
        return None
    return Reason(R.NOT_IN_PLAN_ADDED_CHEAPER, {"cost": Money(with_it.total_likely),
                                                "plan_cost": Money(plan_total),
                                                "years": scenario.horizon_years}, SAVING_POINT)


def _suits_less(table: FitTable, plan: Sequence[str], with_it: Sequence[str]) -> Reason:
    """Which of the session length and the audience size the plan with one presence more suits less (the only
    columns an added member can lower: goals, messages and needs take the plan's best member), as its columns
    show; both where both are lower, or where neither column says (a lower coverage has no other cause)."""
    now, then = table.columns(plan), table.columns(with_it)
    lower = {dim.kind for dim, a, b in zip(table.dims, then, now, strict=True)
             if dim.kind in ("session", "scale") and a < b - 1e-9}
    if lower == {"session"}:
        return Reason(R.SUITS_LESS_SESSION)
    if lower == {"scale"}:
        return Reason(R.SUITS_LESS_SIZE)
    return Reason(R.SUITS_LESS_BOTH)


def _does_best_and_carrier(presence: str, best: Candidate, table: FitTable,
                           pack: DataPack) -> tuple[str | None, str]:
    """_does_best, and the plan's member that carries that job ("" where there is none)."""
    strongest = _does_best(presence, best, table, pack)
    return strongest, "" if strongest is None else table.carriers(list(best.members))[strongest]


def _does_best(presence: str, best: Candidate, table: FitTable, pack: DataPack) -> str | None:
    """The goal (or the messages) a presence left out serves best, where its own card calls it a strong
    fit and the plan serves it at least as well; None where there is no such job.

    Needs are not "what it does best": they are met or not (every eligible presence that can take
    payments scores alike on it), so WeCom's best would read "taking payments". The scores are read
    before WeChat's reach, as the card's strong and weak fits are; the plan's after it."""
    jobs = [j for j, d in enumerate(table.dims) if d.kind in ("goal", "push")]
    if not jobs:
        return None
    row = table.raw[PRESENCES.index(presence)]
    job = max(jobs, key=lambda j: row[j] * table.weights[j])
    # "Already covers" as the coverage reads it: after reach (fitness_coaching's Service Account, 85 for
    # serving customers before reach, serves its 70% on WeChat less well than the plan's app at 80).
    scores = table.scores[[PRESENCES.index(m) for m in best.members], job]
    if row[job] < pack.likely("strong_fit_from") or scores.max() < table.row(presence)[job]:
        return None
    return table.dims[job].name
